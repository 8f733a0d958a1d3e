# METADATA
# title: Stapeling van verplichtingen
# description: |
#   Eén soort burger krijgt in de regeling veel te doen: verplichtingen, korte
#   termijnen en termijnen waarna het recht vervalt. Elk afzonderlijk lijkt
#   haalbaar, samen vragen ze dat mensen steeds weer in actie komen. De score
#   per soort burger is het aantal verplichtingen plus twee keer het aantal
#   korte of vage termijnen plus twee keer het aantal fatale gevolgen. Vanaf
#   min_score meldt wetlint de score, vanaf max_score waarschuwt het.
# custom:
#   id: DOEN-007
#   name: stapeling
#   family: doenvermogen
#   severity: warning
#   source: WRR, Weten is nog geen doen (2017)
#   scope: document
#   params:
#     min_score: 6
#     max_score: 12
package wetlint.rules.doenvermogen["DOEN-007"]

import data.wetlint.doen
import data.wetlint.result
import data.wetlint.text

kinds := doen.duty_kinds

duties(k) := doen.duties_of(k)

# pressing_deadlines are computed once, with their kind: [kind, unit, start]
pressing_deadlines := {[doen.deadline_kind(d), u.id, d.start] |
	some u in doen.within(text.having("deadlines"))
	some d in u.deadlines
	pressing(d)
}

deadlines(k) := {[id, start] | some [kind, id, start] in pressing_deadlines; kind == k}

pressing(d) if doen.short(d)

pressing(d) if doen.immediate(d)

fatal(k) := {[x.unit.id, x.consequence.start] |
	some x in doen.fatal
	some s in x.duty.sentences
	s.actor == "citizen"
	doen.kind(s) == k
}

score(k) := (count(duties(k)) + 2 * count(deadlines(k))) + 2 * count(fatal(k))

# first is the first duty of a kind in document order, where the finding
# is shown.
first(k) := x if {
	firsts := sort([[object.get(x.unit, "line", 0), x.sentence.start, x.unit.id, x.sentence.id] | some x in duties(k)])
	some x in duties(k)
	x.sentence.id == firsts[0][3]
}

report contains f if {
	some k in kinds
	s := score(k)
	s >= result.param(rego.metadata.chain(), "min_score")
	x := first(k)
	msg := sprintf("de regeling vraagt veel van de %s: %d verplichtingen, %d korte of vage termijnen en %d termijnen waarna het recht vervalt (score %d)%s", [k, count(duties(k)), count(deadlines(k)), count(fatal(k)), s, advice(s)])
	f := result.with_severity(result.finding(rego.metadata.chain(), x.unit.id, msg), severity(s))
}

severity(s) := "warning" if s >= result.param(rego.metadata.chain(), "max_score")

severity(s) := "info" if s < result.param(rego.metadata.chain(), "max_score")

advice(s) := " — samen vragen zij dat mensen steeds weer in actie komen; schrap of bundel verplichtingen en geef ruimere termijnen" if s >= result.param(rego.metadata.chain(), "max_score")

advice(s) := "" if s < result.param(rego.metadata.chain(), "max_score")
