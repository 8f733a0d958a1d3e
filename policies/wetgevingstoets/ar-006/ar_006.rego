# METADATA
# title: Gebruik van ‘en/of’
# description: |
#   In regelgeving wordt ‘en/of’ niet gebruikt. ‘Of’ omvat al het geval dat
#   zich meer mogelijkheden tegelijk voordoen; is bedoeld dat slechts één van
#   de mogelijkheden zich mag voordoen, dan schrijft u ‘hetzij … hetzij’ of
#   ‘dan wel’.
# custom:
#   id: AR-006
#   name: en-of
#   family: wetgevingstoets
#   severity: error
#   source: Ar 3.12
#   scope: article
package wetlint.rules.wetgevingstoets["AR-006"]

import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, `\ben\s*/\s*of\b`)
	not mentioned(u.lower, r)
	msg := sprintf("%s staat ‘en/of’; schrijf ‘of’, dat ook het geval omvat dat beide zich voordoen, of ‘hetzij … hetzij’ als slechts één mag", [result.where(u)])
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
	f := result.with_fix(found, "Vervang ‘en/of’ door ‘of’", [{"start": r[0], "end": r[1], "text": "of"}])
}

# mentioned holds when the words stand between quotation marks: a text
# about the expression (“het gebruik van de uitdrukking "en/of" blijft
# achterwege”) does not use it.
mentioned(s, r) if {
	r[0] > 0
	substring(s, r[0] - 1, 1) in {`"`, "“", "‘", "'", "«", "„"}
}
