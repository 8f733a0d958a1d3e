# METADATA
# title: Uitsluiting door de situatie van een ander
# description: |
#   De aanvrager verliest zijn recht door de status of het handelen van een
#   ander in zijn huishouden — een partner zonder verblijfsrecht, een
#   medebewoner die niet staat ingeschreven — waar hij zelf geen invloed op
#   heeft. Zo’n uitsluiting treft het hele huishouden. Staat er een
#   uitzondering voor wie het niet te verwijten is (zoals de Wet op de
#   huurtoeslag bij een onjuiste inschrijving), dan meldt wetlint het ter
#   informatie. Zie ook DISC-008 voor de verblijfsstatus.
# custom:
#   id: HARD-014
#   name: uitsluiting-door-derde
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 9, tweede en derde lid; Wet op de huurtoeslag art. 9
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-014"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

third := `\b(?:partner|partners|medebewoner|medebewoners|huisgenoot|huisgenoten|gezinslid|gezinsleden|echtgenoot|echtgenote|bewoner|bewoners|leden van het huishouden|lid van het huishouden|inwonende|een ander|andere personen)\b`

condition := `\b(?:indien|ingeval|in geval|als|wanneer|zolang|voor zover|voorzover|slechts|uitsluitend|tenzij|mits)\b`

# a means test over the household's income or assets, or whether someone
# has a partner at all, is how the scheme measures need or composition,
# not an exclusion by another's status or conduct
means_test := `\b(?:vermogen|inkomen|toetsingsinkomen|draagkracht|rendementsgrondslag|inkomsten)\b|\b(?:geen|zonder) partner\b|\b(?:die|hij|zij) een partner heeft\b|\bheeft een partner\b`

# the third person stands in the condition, before the loss
third_before(s, e) if {
	some r in text.ranges(s.lower, third)
	r[0] < e.start - s.start
}

report contains f if {
	some [u, e] in hard.effects_of("loss")
	hard.imposed(e)
	s := hard.sentence(u, e.sentence)
	regex.match(condition, s.lower)
	not regex.match(means_test, s.lower)
	third_before(s, e)
	msg := sprintf(
		"%s verliest de aanvrager zijn recht (‘%s’) door de situatie of het handelen van een ander in zijn huishouden, waar hij zelf geen invloed op heeft",
		[result.where(u), e.text],
	)
	f := severity(result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg), u)
}

report contains f if {
	some u in hard.only_if_units
	some s in u.sentences
	not regex.match(means_test, s.lower)
	some [r, cond] in hard.only_if(u, s)
	others := {substring(cond, t[0], t[1] - t[0]) | some t in text.ranges(cond, third)}
	count(others) > 0
	msg := sprintf(
		"%s bestaat het recht alleen als ook anderen in het huishouden aan een voorwaarde voldoen (%s); de aanvrager verliest het door de situatie van een ander",
		[result.where(u), concat(", ", [sprintf("‘%s’", [o]) | some o in sort(others)])],
	)
	f := severity(result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg), u)
}

severity(f, u) := result.with_severity(f, "info") if count(hard.local(u, {"fault_exception"})) > 0

severity(f, u) := f if count(hard.local(u, {"fault_exception"})) == 0
