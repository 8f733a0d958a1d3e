package wetlint.rules.doenvermogen["DOEN-001_test"]

import data.wetlint.rules.doenvermogen["DOEN-001"] as rule
import data.wetlint.testing as t

# duty_unit is an article with one sentence whose actor and duty are given.
duty_unit(n, actor, kind, duty) := object.union(u, {"line": n, "sentences": [object.union(u.sentences[0], {"actor": actor, "kind": kind, "duty": duty, "act": "verstrekt"})]}) if {
	u := t.unit(sprintf("art:%d", [n]), "De aanvrager verstrekt de gegevens.")
}

test_fail_count_as_information if {
	r := rule.report with input as t.doc([duty_unit(1, "citizen", "aanvrager", true), duty_unit(2, "citizen", "aanvrager", true)])
	count(r) == 1
	some f in r
	not f.severity
	f.unit == "art:1"
	contains(f.message, "de aanvrager 2 keer zelf iets te doen: artikel 1; artikel 2")
}

test_pass_a_single_duty if {
	count(rule.report) == 0 with input as t.doc([duty_unit(1, "citizen", "aanvrager", true)])
}

test_fail_warning_over_the_limit if {
	units := [duty_unit(n, "citizen", "aanvrager", true) | some n in numbers.range(1, 7)]
	r := rule.report with input as t.doc(units)
	count(r) == 1
	some f in r
	f.severity == "warning"
	f.unit == "art:6"
	contains(f.message, "6e verplichting")
}

test_pass_limit_per_kind_of_citizen if {
	# five for the aanvrager and two for the partner: no warning
	units := array.concat(
		[duty_unit(n, "citizen", "aanvrager", true) | some n in numbers.range(1, 5)],
		[duty_unit(n, "citizen", "partner", true) | some n in numbers.range(6, 7)],
	)
	r := rule.report with input as t.doc(units)
	count(r) == 2
	every f in r {
		not f.severity
	}
}

test_pass_not_a_citizen_duty if {
	every u in [duty_unit(1, "admin", "college", true), duty_unit(1, "business", "werkgever", true), duty_unit(1, "citizen", "aanvrager", false)] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_configured_limit if {
	units := [duty_unit(n, "citizen", "aanvrager", true) | some n in numbers.range(1, 7)]
	r := rule.report with input as t.doc(units) with data.wetlint.params["DOEN-001"].max_per_actor as 10
	count(r) == 1
	every f in r {
		not f.severity
	}
}
