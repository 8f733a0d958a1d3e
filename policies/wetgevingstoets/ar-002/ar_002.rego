# METADATA
# title: Verwijzing naar een onderdeel van een opsomming
# description: |
#   In een verwijzing naar een onderdeel staat geen punt achter de letter
#   (‘artikel 8, onderdeel c, is van toepassing’, niet ‘onderdeel c., is’):
#   de punt hoort alleen bij de letter in de opsomming zelf. Een punt
#   direct voor het einde van de zin is geen fout. Gemeld ter informatie.
# custom:
#   id: AR-002
#   name: verwijzing-naar-opsomming
#   family: wetgevingstoets
#   severity: info
#   source: Ar 3.29
#   scope: article
package wetlint.rules.wetgevingstoets["AR-002"]

import data.wetlint.result
import data.wetlint.text

# "onderdeel a." followed by more of the sentence
report contains f if {
	some u in text.text_units
	some ref in u.references
	count(ref.items) + count(ref.subs) > 0
	regex.match(`(?:\b[a-z]{1,2}|\d°)$`, lower(ref.text))
	after := substring(u.text, ref.end, 4)
	regex.match(`^\.(?:\s*[a-z,;(]|,)`, after)
	msg := sprintf("%s staat een punt achter de letter in ‘%s.’; in een verwijzing naar een onderdeel staat geen punt achter de letter", [result.where(u), ref.text])
	found := result.finding_at(rego.metadata.chain(), u.id, ref.start, ref.end + 1, msg)
	f := result.with_fix(found, "Verwijder de punt achter de letter", [{"start": ref.end, "end": ref.end + 1, "text": ""}])
}
