package wetlint.rules.hardvochtigheid["HARD-007_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-007"] as rule

fine := h.unit("art:5", "Het college legt hem een bestuurlijke boete op van 10 procent van de kosten.", [h.effect("fine", "legt hem een bestuurlijke boete op", {"amount": "10 procent"})], [])

test_fail_fixed_fine if {
	every u in [
		fine,
		h.unit("art:5", "De boete bedraagt € 500.", [h.effect("fine", "boete bedraagt", {"amount": "€ 500"})], []),
		# a fixed amount as a power is still fixed
		h.unit("art:5", "Het college kan een boete van € 500 opleggen.", [h.effect("fine", "boete", {"amount": "€ 500", "bound": false})], []),
		h.unit("art:5", "Het college verlaagt de bijstand met 100 procent.", [h.effect("sanction", "verlaagt de bijstand", {"amount": "100 procent"})], []),
	] {
		r := rule.report with input as h.doc([u], [])
		count(r) == 1
	}
}

test_pass_maximum_or_no_amount if {
	every e in [
		h.effect("fine", "legt een boete op", {"amount": "€ 1.500", "maximum": true}),
		h.effect("fine", "legt een boete op", {}),
		h.effect("fine", "legt geen boete op", {"amount": "€ 500", "negated": true}),
	] {
		u := h.unit("art:5", "Het college legt de deelnemer een boete op.", [e], [])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

# pairs: the fixed fine with a power to lower it or a proportionality rule
test_pass_with_mitigation if {
	every m in [
		h.mitigation("lower_amount", "art:5", {"general": false}),
		h.mitigation("proportionality", "art:12", {}),
	] {
		count(rule.report) == 0 with input as h.doc([fine], [m])
	}
}

test_pass_lowered_budget_is_no_sanction if {
	u := h.unit("art:5", "Het subsidieplafond wordt verlaagd met € 2.000.000.", [h.effect("sanction", "wordt verlaagd", {"amount": "€ 2.000.000"})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}
