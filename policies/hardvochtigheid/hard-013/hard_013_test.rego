package wetlint.rules.hardvochtigheid["HARD-013_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-013"] as rule
import data.wetlint.testing as t

interest := h.unit("art:27", "Over terug te vorderen bedragen wordt rente in rekening gebracht.", [h.effect("interest", "rente in rekening gebracht", {"start": 39, "end": 44})], [])

term := t.merge(h.unit("art:28", "De belanghebbende betaalt het terug te vorderen bedrag binnen twee weken.", [], []), {"deadlines": [{
	"text": "binnen twee weken", "start": 55, "end": 72, "days": 14, "amount": 2, "unit": "week",
	"vague": false, "kind": "within", "sentence": "s", "actor": "citizen", "actor_name": "de belanghebbende",
}]})

test_fail_interest_and_short_term if {
	every u in [interest, term] {
		r := rule.report with input as h.doc([u], []) with data.wetlint.params as {"HARD-013": {"min_days": 42}}
		count(r) == 1
	}
}

test_pass_with_deferral if {
	every u in [interest, term] {
		count(rule.report) == 0 with input as h.doc([u], [h.mitigation("deferral", "art:31", {})]) with data.wetlint.params as {"HARD-013": {"min_days": 42}}
	}
}

test_pass_interest_paid_to_the_person if {
	u := h.unit("art:27", "Over uit te betalen bedragen wordt rente vergoed.", [h.effect("interest", "rente vergoed", {"start": 35, "end": 40})], [])
	count(rule.report) == 0 with input as h.doc([u], []) with data.wetlint.params as {"HARD-013": {"min_days": 42}}
}
