# METADATA
# title: Actieve verplichting voor de burger
# description: |
#   De regeling verplicht de burger iets te doen: gegevens verstrekken, een
#   wijziging melden, een aanvraag indienen, verschijnen. Elke verplichting
#   vraagt plannen, handelen en volhouden; wie onder druk staat, schiet daarin
#   eerder tekort. wetlint telt de verplichtingen per soort burger (aanvrager,
#   ouder, huurder …): vanaf twee meldt het de telling, bij meer dan
#   max_per_actor waarschuwt het, bij de verplichting die de grens
#   overschrijdt. Alle verplichtingen staan in `wetlint burger`.
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
	some x in doen.duties_of(k)
])

kinds := doen.duty_kinds

# the count per kind of citizen, at its first duty
report contains f if {
	some k in kinds
	list := ordered(k)
	count(list) >= 2
	count(list) <= result.param(rego.metadata.chain(), "max_per_actor")
	first := list[0]
	u := input.units[first[2]]
	msg := sprintf("de regeling vraagt de %s %d keer zelf iets te doen: %s", [k, count(list), concat("; ", labels(list))])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}

labels(list) := [l | some e in list; l := input.units[e[2]].label]

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
	msg := sprintf("%s krijgt de %s zijn %de verplichting in deze regeling (in totaal %d, meer dan %d: %s); elke verplichting vraagt plannen en volhouden — bundel verplichtingen of laat de overheid gegevens zelf ophalen", [result.where(u), k, max + 1, count(list), max, concat("; ", labels(list))])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, s.start, s.end, msg), "warning")
}
