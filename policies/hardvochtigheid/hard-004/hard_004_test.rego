package wetlint.rules.hardvochtigheid["HARD-004_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-004"] as rule

recovery := h.unit("art:4", "De subsidie wordt geheel teruggevorderd.", [h.effect("recovery", "wordt geheel teruggevorderd", {})], [])

draft := h.with_toelichting(h.doc([recovery], []), "Deze regeling verstrekt subsidie voor isolatie.")

test_fail_no_clause_no_consideration if {
	r := rule.report with input as draft
	count(r) == 1
	some f in r
	f.unit == "art:4"
	not f.severity
	contains(f.message, "bevat geen hardheidsclausule, en de toelichting gaat niet in op de vraag of die nodig is")
}

test_fail_no_toelichting_is_info if {
	r := rule.report with input as h.doc([recovery], [])
	some f in r
	f.severity == "info"
	contains(f.message, "dit bestand heeft geen toelichting")
}

# a hardheidsclausule anywhere, even for another article, shows that the
# question was weighed (the Ar 5.25 restraint: no clause is demanded)
test_pass_clause_or_consideration if {
	every inp in [
		h.doc([recovery], [h.mitigation("hardship_clause", "art:9", {"general": false, "covers": ["art:3/lid:1"]})]),
		h.with_toelichting(h.doc([recovery], []), "Een hardheidsclausule is niet nodig, omdat de regeling alleen vaste bedragen kent."),
		h.with_toelichting(h.doc([recovery], []), "Bij de terugvordering is ruimte voor maatwerk."),
		h.with_umbrella(h.doc([recovery], []), "Algemene wet inkomensafhankelijke regelingen", true, [h.mitigation("hardship_clause", "art:47", {})]),
	] {
		count(rule.report) == 0 with input as inp
	}
}

test_pass_no_burden if {
	every u in [
		h.unit("art:2", "De Minister verstrekt op aanvraag subsidie.", [], []),
		# a fine with a maximum is no trigger (HARD-007 asks for a fixed one)
		h.unit("art:2", "De Minister legt een boete op van ten hoogste € 500.", [h.effect("fine", "legt een boete op", {"amount": "€ 500", "maximum": true})], []),
	] {
		count(rule.report) == 0 with input as h.with_toelichting(h.doc([u], []), "Geen.")
	}
}
