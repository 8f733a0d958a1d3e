package wetlint.rules.doenvermogen["DOEN-007_test"]

import data.wetlint.rules.doenvermogen["DOEN-007"] as rule
import data.wetlint.testing as t

# duty_unit is an article with a citizen duty and, when days > 0, a
# deadline of that many days.
duty_unit(n, kind, days) := object.union(u, {
	"line": n,
	"sentences": [object.union(u.sentences[0], {"actor": "citizen", "kind": kind, "duty": true})],
	"deadlines": [{"text": "binnen", "start": 0, "end": 6, "days": d, "kind": "within", "vague": false, "actor": "citizen", "actor_kind": kind} | some d in [days]; d > 0],
}) if {
	u := t.unit(sprintf("art:%d", [n]), "De aanvrager verstrekt binnen tien dagen de gegevens.")
}

test_fail_cumulation if {
	# 6 duties with a ten-day deadline each: 6 + 2 × 6 = 18
	r := rule.report with input as t.doc([duty_unit(n, "aanvrager", 10) | some n in numbers.range(1, 6)])
	count(r) == 1
	some f in r
	f.severity == "warning"
	f.unit == "art:1"
	contains(f.message, "score 18")
}

test_fail_score_as_information if {
	# 6 duties without deadlines: score 6, at min_score
	r := rule.report with input as t.doc([duty_unit(n, "aanvrager", 0) | some n in numbers.range(1, 6)])
	count(r) == 1
	some f in r
	f.severity == "info"
}

test_pass_few_duties_or_long_deadlines if {
	count(rule.report) == 0 with input as t.doc([duty_unit(n, "aanvrager", 60) | some n in numbers.range(1, 5)])
}

test_pass_spread_over_kinds if {
	units := [duty_unit(n, kind, 0) | some n in numbers.range(1, 8); kind := ["aanvrager", "partner"][n % 2]]
	count(rule.report) == 0 with input as t.doc(units)
}
