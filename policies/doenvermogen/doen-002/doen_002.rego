# METADATA
# title: Korte termijn voor de burger
# description: |
#   De burger moet binnen een korte termijn handelen. Mensen die onder druk
#   staan, ziek zijn of de post niet direct openen, halen een termijn korter
#   dan zes weken vaak niet; wie een termijn mist, loopt een recht mis of krijgt
#   een sanctie. Vage onmiddellijkheid (‘onverwijld’, ‘terstond’) is nog
#   lastiger: de burger weet niet wanneer hij te laat is. Een termijn voor het
#   bestuursorgaan (een beslistermijn) valt hier niet onder, evenmin een duur
#   (‘gedurende zeven jaar bewaren’) of een opzegtermijn (‘ten minste vier
#   weken voor’).
# custom:
#   id: DOEN-002
#   name: korte-termijn-burger
#   family: doenvermogen
#   severity: warning
#   source: WRR, Weten is nog geen doen (2017)
#   scope: article
#   params:
#     min_days: 42
package wetlint.rules.doenvermogen["DOEN-002"]

import data.wetlint.doen
import data.wetlint.result

report contains f if {
	some u in doen.units
	some d in u.deadlines
	doen.short(d)
	msg := sprintf("%s krijgt de %s ‘%s’ (%s) om te handelen; dat is korter dan zes weken en voor veel mensen niet haalbaar — overweeg een langere termijn of een herstelmogelijkheid", [result.where(u), doen.deadline_kind(d), d.text, days(d.days)])
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}

# vague immediacy counts where it is the time limit of a duty ("meldt
# onverwijld"), not where it places a moment ("direct na de splitsing")
report contains f if {
	some u in doen.units
	some d in u.deadlines
	doen.immediate(d)
	d.duty
	msg := sprintf("%s moet de %s ‘%s’ handelen; dat is geen kenbare termijn — noem een termijn in dagen of weken", [result.where(u), doen.deadline_kind(d), d.text])
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}

days(1) := "1 dag"

days(n) := sprintf("%d dagen", [n]) if n != 1
