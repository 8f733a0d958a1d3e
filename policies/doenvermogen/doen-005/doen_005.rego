# METADATA
# title: Recht afhankelijk van medewerking van anderen
# description: |
#   Het recht of de aanvraag van de burger hangt af van wat een ander doet:
#   de partner of een medebewoner moet meetekenen, de werkgever of de
#   verhuurder moet een verklaring geven, een ander moet toestemming geven.
#   Wie een ex-partner, een onwillige huisgenoot of een werkgever in conflict
#   heeft, kan dan niets. Zorg voor een uitweg als die medewerking uitblijft,
#   of laat de ander zelf melden.
# custom:
#   id: DOEN-005
#   name: medewerking-derden
#   family: doenvermogen
#   severity: warning
#   source: Awir art. 15 en 17 (medeondertekening); WRR, Weten is nog geen doen (2017)
#   scope: article
package wetlint.rules.doenvermogen["DOEN-005"]

import data.wetlint.doen
import data.wetlint.result

# others: people around the citizen, not the administration
others := `(partner|partners|echtgeno(o)?t|echtgenote|echtgenoten|medebewoner(s)?|huisgeno(o)?t(en)?|ouder(s)?|werkgever(s)?|verhuurder(s)?|eigenaar|zorgaanbieder|(huis)?arts|gezinsle(d|den)|de ander|de andere ouder)\b`

cooperation := concat("", [
	`\bmede(-| )?(wordt |worden )?ondertekend door\b[^.;]{0,40}\b`, others,
	`|\bmede-?ondertekening\b[^.;]{0,40}\b`, others,
	`|\bmet (de |schriftelijke )?(instemming|toestemming|medewerking) van (de |zijn |haar |hun )?`, others,
	`|\b(verklaring|handtekening|instemming|toestemming)\b[^.;]{0,20}\bvan (de |zijn |haar |hun )?`, others,
	`|\bondertekend door\b[^.;]{0,40}\b`, others,
])

report contains f if {
	some u in doen.units
	some s in u.sentences
	not s.actor in {"admin", "business"}
	some m in regex.find_n(cooperation, s.lower, 1)
	i := indexof(s.lower, m)
	msg := sprintf("%s hangt het recht van de burger af van de medewerking van een ander (‘%s’); wie met die ander in conflict is of geen contact heeft, staat met lege handen — regel wat er gebeurt als de medewerking uitblijft, of laat de ander zelf melden", [result.where(u), m])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + i, s.start + i + count(m), msg)
}
