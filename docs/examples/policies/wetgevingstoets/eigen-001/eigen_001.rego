# METADATA
# title: Ambtelijke woorden
# description: |
#   Woorden als ‘middels’, ‘zulks’ en ‘alsdan’ maken een tekst stroef en
#   ouderwets, terwijl een gewoon woord hetzelfde zegt. Het team schrijft
#   ‘met’, ‘dat’ en ‘dan’. Een voorbeeld van een eigen regel; zie
#   docs/custom-rules.md.
# custom:
#   id: EIGEN-001
#   name: ambtelijke-woorden
#   family: wetgevingstoets
#   severity: info
#   source: teamafspraak (voorbeeld)
#   scope: article
#   params:
#     woorden:
#       middels: met
#       zulks: dat
#       alsdan: dan
package wetlint.rules.wetgevingstoets["EIGEN-001"]

import data.wetlint.result
import data.wetlint.text

# The parameter maps each word to the plainer word the team prefers; a
# team changes the list in .wetlint.yaml (params: EIGEN-001: woorden: …).
#
# No fix is offered: replacing the word is not always right ("de
# onderhavige regeling" does not become "de deze regeling"), and a fix is
# offered only when it is certainly right.
report contains f if {
	some u in text.text_units
	some woord, beter in result.param(rego.metadata.chain(), "woorden")
	some r in text.ranges(u.lower, sprintf(`\b%s\b`, [woord]))
	msg := sprintf("%s staat ‘%s’; schrijf liever ‘%s’", [result.where(u), woord, beter])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}
