package wetlint.rules.hardvochtigheid["HARD-008_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-008"] as rule

test_fail_presumption_against_the_person if {
	every p in [
		h.presumption("presumption", "adverse", "wordt vermoed"),
		h.presumption("fiction", "adverse", "wordt de aanvraag geacht"),
		h.presumption("burden", "adverse", "tenzij hij aannemelijk maakt"),
		h.presumption("suspicion", "adverse", "gegrond vermoeden"),
	] {
		u := h.unit("art:4", "x", [], [p])
		r := rule.report with input as h.doc([u], [])
		count(r) == 1
		some f in r
		contains(f.message, p.text)
	}
}

# polarity: a fiction in the person's favour, a neutral one, one about no
# person
test_pass_favourable_or_neutral if {
	every p in [
		h.presumption("fiction", "favourable", "wordt geacht"),
		h.presumption("fiction", "neutral", "worden geacht"),
		object.union(h.presumption("presumption", "adverse", "wordt vermoed"), {"person": false}),
	] {
		u := h.unit("art:5", "x", [], [p])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

test_pass_rebuttal_is_part_of_the_presumption if {
	u := h.unit("art:4", "x", [], [
		h.presumption("presumption", "adverse", "wordt vermoed"),
		h.presumption("burden", "adverse", "tenzij hij aannemelijk maakt"),
	])
	r := rule.report with input as h.doc([u], [])
	count(r) == 1
	some f in r
	contains(f.message, "wordt vermoed")
}
