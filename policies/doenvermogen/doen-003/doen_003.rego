# METADATA
# title: Fatale termijn zonder herstelmogelijkheid
# description: |
#   Wie een termijn of een vormvoorschrift mist, verliest zijn recht: het
#   recht vervalt, de aanvraag wordt niet behandeld, afgewezen of geldt als
#   niet gedaan.
#   De regeling biedt geen herstel: geen nadere termijn, geen uitnodiging om
#   het verzuim te herstellen, geen aanmaning, geen ‘alsnog’. Voor mensen die
#   een brief over het hoofd zien of ziek zijn, is dat het verschil tussen
#   wel en geen steun. Een hardheidsclausule is geen herstelmogelijkheid: die
#   vraagt een onbillijkheid van overwegende aard.
# custom:
#   id: DOEN-003
#   name: fatale-termijn-zonder-herstel
#   family: doenvermogen
#   severity: warning
#   source: WRR, Weten is nog geen doen (2017)
#   scope: document
package wetlint.rules.doenvermogen["DOEN-003"]

import data.wetlint.doen
import data.wetlint.result

report contains f if {
	some x in doen.fatal
	not doen.repaired(x.unit)
	not doen.repaired(x.duty)
	msg := sprintf("%s %s: wie %s niet haalt, verliest zijn recht, en de regeling biedt geen herstel (een nadere termijn, een aanmaning of de gelegenheid het verzuim te herstellen)", [result.where(x.unit), what(x.consequence), missed(x)])
	f := result.finding_at(rego.metadata.chain(), x.unit.id, x.consequence.start, x.consequence.end, msg)
}

what(c) := sprintf("vervalt het recht (‘%s’)", [c.text]) if c.kind == "verval"

what(c) := sprintf("wordt de aanvraag niet behandeld (‘%s’)", [c.text]) if c.kind == "niet-behandeld"

what(c) := sprintf("geldt de handeling als niet verricht (‘%s’)", [c.text]) if c.kind == "geacht-niet"

what(c) := sprintf("wordt de aanvraag afgewezen (‘%s’)", [c.text]) if c.kind == "afgewezen"

missed(x) := sprintf("de termijn ‘%s’ (%s)", [x.deadline.text, x.duty.label]) if x.deadline != null

missed(x) := sprintf("wat %s vraagt", [x.duty.label]) if x.deadline == null
