package wetlint.rules.hardvochtigheid["HARD-015_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-015"] as rule

first := h.unit("art:4", "De subsidie wordt teruggevorderd.", [h.effect("recovery", "wordt teruggevorderd", {})], [])

second := h.unit("art:5", "Het voorschot wordt teruggevorderd.", [h.effect("recovery", "wordt teruggevorderd", {})], [])

test_fail_no_threshold_once if {
	r := rule.report with input as h.doc([second, first], [])
	count(r) == 1
	some f in r
	f.unit == "art:5"
	contains(f.message, "eerst artikel 5")
}

# pairs: with a threshold here or in the umbrella law; without one there
test_pass_threshold if {
	every inp in [
		h.doc([first], [h.mitigation("de_minimis", "art:26a", {})]),
		h.with_umbrella(h.doc([first], []), "Algemene wet inkomensafhankelijke regelingen", true, [h.mitigation("de_minimis", "art:26a", {})]),
	] {
		count(rule.report) == 0 with input as inp
	}
}

test_fail_umbrella_without_threshold if {
	inp := h.with_umbrella(h.doc([first], []), "Algemene wet inkomensafhankelijke regelingen", false, [])
	r := rule.report with input as inp
	some f in r
	contains(f.message, "geef die wet dan mee met --context")
}

test_pass_no_recovery if {
	u := h.unit("art:4", "Het college kan de subsidie terugvorderen.", [h.effect("recovery", "terugvorderen", {"bound": false})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}
