# METADATA
# title: Actieve verplichting voor de burger
# description: |
#   De bepaling verplicht de burger iets te doen: gegevens verstrekken, een
#   wijziging melden, een aanvraag indienen, verschijnen. Elke verplichting
#   vraagt plannen, handelen en volhouden; wie onder druk staat, schiet daarin
#   eerder tekort. wetlint telt de verplichtingen per soort burger (aanvrager,
#   ouder, huurder …) en waarschuwt als één soort burger er in de regeling meer
#   dan max_per_actor krijgt. De telling staat ook in `wetlint burger`.
# custom:
#   id: DOEN-001
#   name: actieve-verplichting
#   family: doenvermogen
#   severity: info
#   source: WRR, Weten is nog geen doen (2017)
#   scope: document
#   params:
#     max_per_actor: 5
package wetlint.rules.doenvermogen["DOEN-001"]

import data.wetlint.doen
import data.wetlint.result

# ordered lists a kind's duties in document order (line, then sentence).
ordered(k) := sort([[object.get(x.unit, "line", 0), x.sentence.start, x.unit.id, x.sentence.id] |
	some x in doen.duties
	doen.kind(x.sentence) == k
])

kinds contains doen.kind(x.sentence) if some x in doen.duties

report contains f if {
	some x in doen.duties
	k := doen.kind(x.sentence)
	list := ordered(k)
	some i, e in list
	e[3] == x.sentence.id
	msg := sprintf("%s moet de %s zelf iets doen (‘%s’): verplichting %d van %d voor de %s in deze regeling", [result.where(x.unit), k, x.sentence.act, i + 1, count(list), k])
	f := result.finding_at(rego.metadata.chain(), x.unit.id, x.sentence.start, x.sentence.end, msg)
}

# one warning per kind of citizen, at the duty that goes over the limit
report contains f if {
	some k in kinds
	list := ordered(k)
	max := result.param(rego.metadata.chain(), "max_per_actor")
	count(list) > max
	e := list[max]
	u := input.units[e[2]]
	some s in u.sentences
	s.id == e[3]
	msg := sprintf("%s krijgt de %s zijn %de verplichting in deze regeling (in totaal %d, meer dan %d); elke verplichting vraagt plannen en volhouden — bundel verplichtingen of laat de overheid gegevens zelf ophalen", [result.where(u), k, max + 1, count(list), max])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, s.start, s.end, msg), "warning")
}
