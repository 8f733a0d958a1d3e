# METADATA
# title: Onderscheid naar nationaliteit
# description: |
#   De bepaling verbindt een voorwaarde, uitsluiting, beperking, voorrang of
#   ander rechtsgevolg aan nationaliteit. De overheid mag zo’n onderscheid
#   alleen maken als het objectief gerechtvaardigd is: het dient een legitiem
#   doel, het is noodzakelijk (er is geen minder ingrijpend middel) en het is
#   evenredig. De toelichting moet dat voor deze bepaling uitwerken; doet zij
#   dat, dan meldt wetlint het onderscheid alleen ter informatie. Een
#   begripsbepaling, een verwijzing naar de Vreemdelingenwet 2000, een verbod
#   om nationaliteitsgegevens te gebruiken en een bepaling die een recht
#   uitbreidt zijn geen onderscheid. In een regeling die nationaliteit of
#   vreemdelingen als onderwerp heeft (de Vreemdelingenwet 2000, de Rijkswet
#   op het Nederlanderschap) meldt de regel niets.
# custom:
#   id: DISC-001
#   name: onderscheid-nationaliteit
#   family: discriminatietoets
#   severity: warning
#   source: College voor de Rechten van de Mens, toetsingskader risicoprofilering (2021, 2025)
#   scope: article
package wetlint.rules.discriminatietoets["DISC-001"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

report contains f if {
		some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in disc.sentence_grounds(u, s, "nationality")
		not disc.subject_ground(g)
		not disc.third_exclusion(g)
	]
	count(gs) > 0
	g := gs[0]
	what := sprintf("%s wordt onderscheid gemaakt naar nationaliteit: ‘%s’ bepaalt %s", [result.where(u), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := disc.distinction_finding(rego.metadata.chain(), u, g, what, disc.need)
}
