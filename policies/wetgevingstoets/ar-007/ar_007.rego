# METADATA
# title: ‘c.q.’ en ‘onderscheidenlijk’
# description: |
#   ‘C.q.’ (casu quo) wordt in regelgeving niet gebruikt: het kan ‘of’,
#   ‘dan wel’, ‘en’ of ‘onderscheidenlijk’ betekenen en laat de lezer raden.
#   Worden twee opsommingen paarsgewijs aan elkaar gekoppeld (‘de leden van
#   provinciale staten of de gemeenteraad … in de provincie,
#   onderscheidenlijk de gemeente’), dan schrijft u ‘onderscheidenlijk’ (of
#   ‘respectievelijk’); gaat het om een keuze, dan ‘of’ of ‘dan wel’.
#   ‘Onderscheidenlijk’ en ‘respectievelijk’ zonder tweede opsomming waarmee
#   zij een paar vormen, worden gemeld ter informatie: daar is meestal ‘of’
#   of ‘en’ bedoeld.
# custom:
#   id: AR-007
#   name: cq-onderscheidenlijk
#   family: wetgevingstoets
#   severity: error
#   source: Ar 3.15
#   scope: article
package wetlint.rules.wetgevingstoets["AR-007"]

import data.wetlint.result
import data.wetlint.text

cq := `\b(?:c\.\s?q\b\.?|cq\b|casu quo\b)`

pairing_words := `\b(?:onderscheidenlijk|respectievelijk)\b`

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, cq)
	not quoted_at(u, r[0])
	written := substring(u.text, r[0], r[1] - r[0])
	replacement := cq_replacement(u, r)
	msg := sprintf("%s staat ‘%s’; de Aanwijzingen gebruiken ‘c.q.’ niet, omdat het zowel ‘of’ als ‘onderscheidenlijk’ kan betekenen: schrijf ‘of’ of ‘dan wel’ voor een keuze en ‘onderscheidenlijk’ voor paarsgewijs gekoppelde opsommingen", [result.where(u), written])
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
	f := result.with_fix(found, fix_message(written, replacement), [{"start": r[0], "end": r[1], "text": replacement}])
}

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, pairing_words)
	not quoted_at(u, r[0])
	not paired(u, r)
	written := substring(u.text, r[0], r[1] - r[0])
	msg := sprintf("%s staat ‘%s’ zonder tweede opsomming waarmee het een paar vormt; ‘onderscheidenlijk’ koppelt de delen van twee opsommingen paarsgewijs (‘de provincie, onderscheidenlijk de gemeente’), controleer of hier ‘of’ of ‘en’ bedoeld is", [result.where(u), written])
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
	f := result.with_severity(found, "info")
}

# the text around the word, without the word itself, in which a second
# list must be found: the whole unit (a pronoun pair such as "zij
# onderscheidenlijk hij" pairs with the list of the sentence before), and
# for an onderdeel the lead-in
context_text(u, r) := concat(" ", [substring(u.lower, 0, r[0]), substring(u.lower, r[1], -1), lead(u)])

lead(u) := input.units[u.parent].lower if {
	u.kind in {"onderdeel", "subonderdeel"}
	input.units[u.parent]
} else := ""

# another list in the same unit: a coordination or a second
# "onderscheidenlijk"; a lead-in ending in a colon pairs with its onderdelen
paired(u, r) if regex.match(`\b(?:en|of|dan wel|alsmede|onderscheidenlijk|respectievelijk)\b|/`, context_text(u, r))

paired(u, r) if regex.match(`:\s*$`, context_text(u, r))

# "c.q." in a sentence with a second list pairs the two; otherwise it
# offers a choice
cq_replacement(u, r) := "onderscheidenlijk" if paired(u, r)

cq_replacement(u, r) := "of" if not paired(u, r)

fix_message(written, "onderscheidenlijk") := sprintf("Vervang ‘%s’ door ‘onderscheidenlijk’: de zin koppelt twee opsommingen; controleer of niet ‘of’ of ‘dan wel’ bedoeld is", [written])

fix_message(written, "of") := sprintf("Vervang ‘%s’ door ‘of’: de zin biedt een keuze; controleer of niet ‘en’ of ‘dan wel’ bedoeld is", [written])

# inside quotation marks of the unit's own text, or in a paragraph after one
# that announces a text ("komt te luiden:", "wordt het volgende model
# gevolgd:"): quoted, not drafted here
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`[“„«]`, before, -1)) > count(regex.find_n(`[”»]`, before, -1))
}

quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`"`, before, -1)) % 2 == 1
}

# ‘…’: only when no apostrophe makes the closing marks outnumber the opening
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`‘`, before, -1)) > count(regex.find_n(`’`, before, -1))
}

quoted_at(u, i) if regex.match(`(?:luiden|luidt|luidende|gelezen|model gevolgd|volgende model|volgende toegevoegd|wordt toegevoegd|wordt ingevoegd|vervangen door)\s*:\s*\n`, lower(substring(u.text, 0, i)))
