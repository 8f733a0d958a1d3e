package wetlint.rules.doenvermogen["DOEN-008_test"]

import data.wetlint.rules.doenvermogen["DOEN-008"] as rule
import data.wetlint.testing as t

readability(citizen, words, refs, depth) := {
	"provision": true, "citizen": citizen, "words": words, "references": refs,
	"references_per_100": (100 * refs) / words, "reference_depth": depth,
}

provision(r) := object.union(t.unit("art:5", "De aanvrager verstrekt de gegevens, bedoeld in artikel 3."), {"readability": r})

test_fail_dense_references if {
	r := rule.report with input as t.doc([provision(readability(true, 40, 4, 1))])
	count(r) == 1
	some f in r
	f.severity == "warning"
	contains(f.message, "4 verwijzingen in 40 woorden")
}

test_fail_information_below_warning if {
	every r in [readability(true, 100, 7, 0), readability(true, 40, 1, 12)] {
		fs := rule.report with input as t.doc([provision(r)])
		count(fs) == 1
		some f in fs
		f.severity == "info"
	}
}

test_fail_overeenkomstige_toepassing if {
	u := object.union(t.unit("art:6", "Artikel 5 is van overeenkomstige toepassing op de partner."), {"readability": readability(true, 9, 1, 0)})
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	f.severity == "info"
	f.start == 13
}

test_pass_calm_or_not_for_citizens if {
	every r in [
		readability(true, 100, 3, 2),
		readability(true, 10, 2, 0),
		readability(false, 40, 6, 12),
	] {
		count(rule.report) == 0 with input as t.doc([provision(r)])
	}
	admin := object.union(t.unit("art:6", "Artikel 5 is van overeenkomstige toepassing."), {"readability": readability(false, 6, 1, 0)})
	count(rule.report) == 0 with input as t.doc([admin])
}

test_pass_configured if {
	count(rule.report) == 0 with input as t.doc([provision(readability(true, 40, 4, 1))])
		with data.wetlint.params["DOEN-008"] as {"min_words": 20, "info_refs_per_100": 12, "max_refs_per_100": 15, "max_depth": 10}
}
