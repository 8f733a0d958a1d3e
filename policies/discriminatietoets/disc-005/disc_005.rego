# METADATA
# title: Taaleis
# description: |
#   Een recht of plicht hangt af van de beheersing van de Nederlandse taal
#   (een taaleis, een taalniveau). Een taaleis treft vooral mensen van
#   buitenlandse herkomst en is daarom indirect onderscheid, dat een
#   rechtvaardiging in de toelichting vraagt. Schrijft de bepaling voor dat
#   uitsluitend in het Nederlands wordt gecommuniceerd, dan meldt wetlint dat
#   ter informatie. Een bepaling die juist hulp geeft aan wie de taal niet
#   beheerst (een tolk, een vertaling) en de inburgeringswetgeving zelf vallen
#   er niet onder.
# custom:
#   id: DISC-005
#   name: taaleis
#   family: discriminatietoets
#   severity: warning
#   source: College voor de Rechten van de Mens, toetsingskader risicoprofilering (indirect onderscheid naar herkomst)
#   scope: article
package wetlint.rules.discriminatietoets["DISC-005"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

report contains f if {
		some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in disc.sentence_grounds(u, s, "language")
		not disc.subject_ground(g)
		not disc.communication(g)
	]
	count(gs) > 0
	g := gs[0]
	what := sprintf("%s geldt een taaleis: ‘%s’ bepaalt %s; een taaleis treft vooral mensen van buitenlandse herkomst", [result.where(u), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := disc.distinction_finding(rego.metadata.chain(), u, g, what, disc.need)
}

report contains f if {
		some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in disc.sentence_grounds(u, s, "language")
		not disc.subject_ground(g)
		disc.communication(g)
	]
	count(gs) > 0
	g := gs[0]
	msg := sprintf("%s mag alleen in het Nederlands worden gecommuniceerd (‘%s’); ga na of dat mensen uitsluit die de taal niet beheersen en of een vertaling of tolk mogelijk moet zijn", [result.where(u), disc.quote(u, g)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, g.start, g.end, msg), "info")
}
