# METADATA
# title: Rechtvaardiging van het onderscheid ontbreekt
# description: |
#   Het artikel maakt onderscheid naar nationaliteit, herkomst (een proxy),
#   taal of de status van een ander (DISC-001, DISC-003, DISC-005,
#   DISC-008), maar de toelichting rechtvaardigt dat niet volledig. wetlint
#   zoekt de toelichting op het artikel (de artikelsgewijze toelichting, en
#   passages van het algemeen deel die het artikel noemen of dit onderscheid
#   bespreken) en gaat na of die drie dingen beargumenteert: een legitiem
#   doel, de noodzaak (waarom geen minder ingrijpend middel volstaat) en de
#   evenredigheid (waarom het nadeel voor de betrokkenen opweegt tegen het
#   doel). Alleen de woorden noemen (‘het onderscheid is evenredig’) telt
#   niet; andere woorden die het wel beargumenteren (‘er is geen minder
#   ingrijpend middel’) tellen wel. De melding noemt wat ontbreekt. Heeft
#   het ontwerp geen toelichting, dan is de melding een waarschuwing.
# custom:
#   id: DISC-007
#   name: rechtvaardiging-ontbreekt
#   family: discriminatietoets
#   severity: error
#   source: College voor de Rechten van de Mens, toetsingskader risicoprofilering (2021, 2025)
#   scope: article
package wetlint.rules.discriminatietoets["DISC-007"]

import data.wetlint.disc
import data.wetlint.result

articles contains d.article if some d in disc.distinctions

# first(article) is the first distinction of an article in document order.
first(article) := d if {
	keys := [[object.get(input.units[x.unit], "line", 0), x.start, x.unit] |
		some x in disc.distinctions
		x.article == article
	]
	k := min(keys)
	some d in disc.distinctions
	d.unit == k[2]
	d.start == k[1]
}

grounds(article) := disc.join_nl(sort({d.ground.name |
	some d in disc.distinctions
	d.article == article
}))

missing_text(article) := disc.join_nl([disc.element_name[e] | some e in disc.missing(article)])

units_text(article) := disc.join_nl([label |
	some id in disc.justification(article).units
	label := object.get(input.toelichting.units, [id, "label"], id)
])

asserted_note(article) := sprintf(" (%s %s wel genoemd, maar niet onderbouwd)", [disc.join_nl([disc.element_short[e] | some e in disc.asserted(article)]), verb(count(disc.asserted(article)))]) if {
	count(disc.asserted(article)) > 0
} else := ""

verb(1) := "wordt"

verb(n) := "worden" if n > 1

argued_text(article) := sprintf("beargumenteert alleen %s", [disc.join_nl([disc.element_short[e] | some e in disc.argued(article)])]) if {
	count(disc.argued(article)) > 0
} else := "beargumenteert geen van de drie"

report contains f if {
	input.toelichting.present
	some article in articles
	not disc.justified(article)
	count(disc.justification(article).units) > 0
	d := first(article)
	u := input.units[input.units[d.unit].article]
	msg := sprintf("%s wordt onderscheid gemaakt naar %s, maar de toelichting (%s) %s; er %s %s%s", [result.where(u), grounds(article), units_text(article), argued_text(article), lack(count(disc.missing(article))), missing_text(article), asserted_note(article)])
	f := result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg)
}

report contains f if {
	input.toelichting.present
	some article in articles
	count(disc.justification(article).units) == 0
	d := first(article)
	u := input.units[input.units[d.unit].article]
	msg := sprintf("%s wordt onderscheid gemaakt naar %s, maar geen deel van de toelichting bespreekt dit artikel; werk daarin %s uit", [result.where(u), grounds(article), missing_text(article)])
	f := result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg)
}

report contains f if {
	not input.toelichting.present
	some article in articles
	d := first(article)
	u := input.units[input.units[d.unit].article]
	msg := sprintf("%s wordt onderscheid gemaakt naar %s, maar het ontwerp heeft geen toelichting; voeg er een toe (of geef ze mee met --toelichting) die %s uitwerkt", [result.where(u), grounds(article), missing_text(article)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg), "warning")
}

lack(1) := "ontbreekt"

lack(n) := "ontbreken" if n > 1
