package wetlint.rules.hardvochtigheid["HARD-009_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-009"] as rule
import data.wetlint.testing as t

fine := h.unit("art:3", "Het college legt een boete op.", [h.effect("fine", "legt een boete op", {})], [])

grant := h.unit("art:2", "Onze Minister kent een tegemoetkoming toe.", [], [])

retro(txt) := h.unit("art:10", txt, [], [])

test_fail_burden_retroactive if {
	every u in [
		retro("Deze wet treedt in werking met ingang van de dag na publicatie en werkt terug tot en met 1 januari 2026."),
		t.merge(retro("Artikel 3 werkt terug tot en met 1 januari 2026."), {"references": [{"scope": "internal", "start": 0, "end": 9, "targets": ["art:3"]}]}),
	] {
		r := rule.report with input as h.doc([fine, u], [])
		count(r) == 1
		some f in r
		not f.severity
		contains(f.message, "legt een boete op")
	}
}

test_fail_explained_is_warning if {
	inp := h.with_toelichting(h.doc([fine, retro("Deze wet werkt terug tot en met 1 januari 2026.")], []), "De terugwerkende kracht is nodig omdat de boete al was aangekondigd.")
	r := rule.report with input as inp
	some f in r
	f.severity == "warning"
}

test_pass_favourable_or_not_retroactive if {
	every inp in [
		# retroactive, but only favourable provisions
		h.doc([grant, retro("Deze wet werkt terug tot en met 1 januari 2026.")], []),
		# a burden, but no retroactivity
		h.doc([fine, retro("Deze wet treedt in werking met ingang van 1 januari 2027.")], []),
		# retroactivity of another article than the burden
		h.doc([fine, grant, t.merge(retro("Artikel 2 werkt terug tot en met 1 januari 2026."), {"references": [{"scope": "internal", "start": 0, "end": 9, "targets": ["art:2"]}]})], []),
		h.doc([fine, retro("Aan dit besluit kan geen terugwerkende kracht worden verleend.")], []),
		# a situation described, not a provision that works back
		h.doc([fine, retro("Een persoon die met terugwerkende kracht verzekeringsplichtig wordt ingevolge deze wet, kan een vergoeding aanvragen.")], []),
	] {
		count(rule.report) == 0 with input as inp
	}
}
