package wetlint.rules.hardvochtigheid["HARD-010_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-010"] as rule

liable(txt) := h.unit("art:33", txt, [h.effect("liability", "hoofdelijk aansprakelijk", {})], [])

test_fail_person_liable if {
	every txt in [
		"De partner van de belanghebbende is hoofdelijk aansprakelijk voor een terugvordering.",
		"De persoon aan wie zorg wordt verleend, is hoofdelijk aansprakelijk voor de boete.",
	] {
		r := rule.report with input as h.doc([liable(txt)], [])
		count(r) == 1
		some f in r
		not f.severity
	}
}

test_fail_director_or_excused_is_info if {
	every c in [
		{"u": liable("De bestuurder van de rechtspersoon is hoofdelijk aansprakelijk voor de premie."), "m": []},
		{"u": liable("Executeurs van nalatenschappen zijn hoofdelijk aansprakelijk voor de erfbelasting."), "m": []},
		{"u": liable("De partner is hoofdelijk aansprakelijk, tenzij hem de schuld niet kan worden verweten."), "m": [h.mitigation("fault_exception", "art:33", {"general": false})]},
	] {
		r := rule.report with input as h.doc([c.u], c.m)
		some f in r
		f.severity == "info"
	}
}

test_pass_not_liable if {
	u := h.unit("art:33", "De partner is niet hoofdelijk aansprakelijk.", [h.effect("liability", "hoofdelijk aansprakelijk", {"negated": true})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}
