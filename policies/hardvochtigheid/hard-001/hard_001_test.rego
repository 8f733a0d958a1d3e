package wetlint.rules.hardvochtigheid["HARD-001_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-001"] as rule

recovery := h.unit("art:4", "Het college vordert de kosten van de voorziening volledig terug.", [h.effect("recovery", "vordert de kosten van de voorziening volledig terug", {"full": true})], [])

test_fail_full_recovery if {
	r := rule.report with input as h.doc([recovery], [])
	count(r) == 1
	some f in r
	f.unit == "art:4"
	contains(f.message, "in artikel 4 wordt het hele bedrag teruggevorderd")
}

# pairs: the same provision without and with each kind of mitigation
test_pass_with_mitigation if {
	every m in [
		h.mitigation("lower_amount", "art:9", {}),
		h.mitigation("proportionality", "art:2", {}),
		h.mitigation("hardship_clause", "art:9", {"general": false, "covers": ["art:4"]}),
		h.mitigation("fault_exception", "art:4", {"general": false, "covers": ["art:1"]}),
	] {
		count(rule.report) == 0 with input as h.doc([recovery], [m])
	}
}

test_fail_mitigation_that_does_not_cover if {
	every m in [
		# a hardheidsclausule for another article
		h.mitigation("hardship_clause", "art:9", {"general": false, "covers": ["art:3/lid:1"]}),
		# a mitigation that does not soften recovery
		h.mitigation("hearing", "art:9", {}),
		h.mitigation("de_minimis", "art:9", {}),
	] {
		count(rule.report) == 1 with input as h.doc([recovery], [m])
	}
}

# a fault exception qualifies its own lid only
test_fail_fault_exception_in_another_lid if {
	lid1 := h.lid("art:5", "1", "De subsidie wordt volledig teruggevorderd.", [h.effect("recovery", "wordt volledig teruggevorderd", {})])
	m := h.mitigation("fault_exception", "art:5/lid:2", {"general": false})
	count(rule.report) == 1 with input as h.doc([lid1], [m])
	count(rule.report) == 0 with input as h.doc([lid1], [object.union(m, {"unit": "art:5/lid:1"})])
}

# a unit that names the article holding the mitigation imports it
test_pass_named_mitigation if {
	u := object.union(recovery, {"references": [{"scope": "internal", "targets": ["art:26b"]}]})
	m := h.mitigation("lower_amount", "art:26b", {"general": false, "covers": ["art:26"]})
	count(rule.report) == 0 with input as h.doc([u], [m])
}

# recovery between institutions concerns no person's benefit
test_pass_between_institutions if {
	u := h.unit("art:4", "Het Zorginstituut vordert het verschil terug van de zorgverzekeraar.", [h.effect("recovery", "vordert het verschil terug", {})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}

test_pass_not_imposed if {
	every extra in [{"bound": false}, {"negated": true}, {"main": false}] {
		u := h.unit("art:4", "De subsidie wordt teruggevorderd.", [h.effect("recovery", "wordt teruggevorderd", extra)], [])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

# umbrella law: declared but not given, given with the mitigation, given
# without it
test_fail_umbrella_not_given if {
	inp := h.with_umbrella(h.doc([recovery], []), "Algemene wet inkomensafhankelijke regelingen", false, [])
	r := rule.report with input as inp
	some f in r
	contains(f.message, "de regeling verklaart de Algemene wet inkomensafhankelijke regelingen van toepassing; staat de matiging daar, geef die wet dan mee met --context")
}

test_pass_umbrella_given if {
	m := h.mitigation("lower_amount", "art:26", {"general": false, "covers": ["art:26/lid:1"], "softens": ["recovery"]})
	inp := h.with_umbrella(h.doc([recovery], []), "Algemene wet inkomensafhankelijke regelingen", true, [m])
	count(rule.report) == 0 with input as inp
}

test_fail_umbrella_given_without_mitigation if {
	every m in [
		h.mitigation("hearing", "art:26b", {}),
		# a hardheidsclausule of the umbrella law for another of its articles
		h.mitigation("hardship_clause", "art:47", {"general": false, "covers": ["art:7"], "softens": ["loss"]}),
	] {
		umbrella_fires(m)
	}
}

umbrella_fires(m) if {
	inp := h.with_umbrella(h.doc([recovery], []), "Algemene wet inkomensafhankelijke regelingen", true, [m])
	r := rule.report with input as inp
	count(r) == 1
	some f in r
	not contains(f.message, "--context")
}

# the person is known from the sentence's actor, also when no word of the
# person list or the benefit list is in it ("de mantelzorger … het bedrag")
test_fail_person_known_from_actor if {
	txt := "De mantelzorger is gehouden het ontvangen bedrag in zijn geheel terug te betalen."
	base := h.unit("art:9", txt, [h.effect("recovery", "in zijn geheel terug te betalen", {"full": true})], [])
	citizen := object.union(base, {"sentences": [object.union(base.sentences[0], {"actor": "citizen"})]})
	count(rule.report) == 1 with input as h.doc([citizen], [])
	count(rule.report) == 0 with input as h.doc([base], [])
}

# a mitigation that names no provision but stands beside a fine is about
# the fine ("stemt de hoogte van de boete af op de ernst"): it does not
# soften a recovery elsewhere; beside the recovery, or in an article
# without consequences, it does
test_fail_general_mitigation_about_another_consequence if {
	m := h.mitigation("proportionality", "art:9", {"softens": ["fine"]})
	count(rule.report) == 1 with input as h.doc([recovery], [m])
	count(rule.report) == 0 with input as h.doc([recovery], [object.union(m, {"softens": ["fine", "recovery"]})])
	count(rule.report) == 0 with input as h.doc([recovery], [object.union(m, {"softens": []})])
}
