package wetlint.rules.hardvochtigheid["HARD-005_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-005"] as rule

clause := h.unit("art:47", "Onze Minister is bevoegd bij ministeriële regeling voor groepen van gevallen tegemoet te komen aan onbillijkheden van overwegende aard.", [], [])

groups := h.mitigation("hardship_clause", "art:47", {"groups_only": true, "start": 50, "end": 60})

test_fail_groups_only if {
	r := rule.report with input as h.doc([clause], [groups])
	count(r) == 1
	some f in r
	f.unit == "art:47"
	contains(f.message, "alleen voor groepen van gevallen")
}

test_pass_individual_cases if {
	every inp in [
		h.doc([clause], [h.mitigation("hardship_clause", "art:47", {})]),
		h.doc([clause], [groups, h.mitigation("hardship_clause", "art:48", {})]),
		h.with_umbrella(h.doc([clause], [groups]), "Algemene wet inkomensafhankelijke regelingen", true, [h.mitigation("hardship_clause", "art:47", {})]),
	] {
		count(rule.report) == 0 with input as inp
	}
}
