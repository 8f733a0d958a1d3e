# METADATA
# title: Kwaliteitseis aan de informatie van de burger
# description: |
#   De burger moet informatie ‘duidelijk, stellig en zonder voorbehoud’ of
#   ‘juist en volledig’ verstrekken. Zo’n eis maakt elke vergissing
#   verwijtbaar: een vergeten bijbaan of een verkeerd ingeschat inkomen
#   wordt een schending van de informatieplicht, met terugvordering en boete
#   als gevolg. Ter informatie: ga na of de eis nodig is en of de burger
#   weet wat er precies van hem wordt gevraagd.
# custom:
#   id: DOEN-011
#   name: informatie-zonder-voorbehoud
#   family: doenvermogen
#   severity: info
#   source: Awir art. 15 lid 2
#   scope: article
package wetlint.rules.doenvermogen["DOEN-011"]

import data.wetlint.doen
import data.wetlint.result
import data.wetlint.text

quality := `\bduidelijk,? stellig en zonder voorbehoud\b|\bjuist(e)? en volledig(e)?\b|\bvolledig(e)? en juist(e)?\b|\bnaar waarheid\b`

report contains f if {
	some u in doen.units
	some s in u.sentences
	s.actor == "citizen"
	some m in text.ranges(s.lower, quality)
	msg := sprintf("%s moet de %s informatie ‘%s’ verstrekken; zo’n eis maakt elke vergissing verwijtbaar — ga na of hij nodig is en zeg wat er precies wordt gevraagd", [result.where(u), doen.kind(s), substring(s.text, m[0], m[1] - m[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + m[0], s.start + m[1], msg)
}
