package wetlint.rules.doenvermogen["DOEN-002_test"]

import data.wetlint.rules.doenvermogen["DOEN-002"] as rule
import data.wetlint.testing as t

deadline(days, actor, vague) := {"text": "binnen tien dagen", "start": 28, "end": 45, "days": days, "amount": 10, "unit": "dag", "vague": vague, "kind": "within", "actor": actor, "actor_kind": "aanvrager", "duty": true}

unit_with(d) := t.merge(t.unit("art:3", "De aanvraag wordt ingediend binnen tien dagen nadat de aanvrager is verhuisd."), {"deadlines": [d]})

test_fail_short_citizen_deadline if {
	every days in [1, 10, 14, 30, 41] {
		r := rule.report with input as t.doc([unit_with(deadline(days, "citizen", false))])
		count(r) == 1
		some f in r
		f.start == 28
		contains(f.message, "krijgt de aanvrager")
	}
}

test_fail_period if {
	count(rule.report) == 1 with input as t.doc([unit_with(object.union(deadline(14, "citizen", false), {"kind": "period"}))])
}

test_fail_vague if {
	r := rule.report with input as t.doc([unit_with(deadline(0, "citizen", true))])
	count(r) == 1
}

test_pass_administration_deadline if {
	every actor in ["admin", "business", ""] {
		count(rule.report) == 0 with input as t.doc([unit_with(deadline(10, actor, false))])
		count(rule.report) == 0 with input as t.doc([unit_with(deadline(0, actor, true))])
	}
}

test_pass_vague_moment_without_duty if {
	count(rule.report) == 0 with input as t.doc([unit_with(object.union(deadline(0, "citizen", true), {"duty": false}))])
}

test_pass_treaty if {
	count(rule.report) == 0 with input as t.merge_document(t.doc([unit_with(deadline(10, "citizen", false))]), {"type": "verdrag"})
}

test_pass_six_weeks_or_more if {
	every days in [42, 56, 365] {
		count(rule.report) == 0 with input as t.doc([unit_with(deadline(days, "citizen", false))])
	}
}

test_pass_notice_duration_date if {
	every kind in ["notice", "duration", "date"] {
		count(rule.report) == 0 with input as t.doc([unit_with(object.union(deadline(14, "citizen", false), {"kind": kind}))])
	}
}

test_pass_configured_limit if {
	count(rule.report) == 0 with input as t.doc([unit_with(deadline(30, "citizen", false))])
		with data.wetlint.params["DOEN-002"].min_days as 28
}
