package wetlint.rules.wetgevingstoets["AR-018_test"]

import data.wetlint.rules.wetgevingstoets["AR-018"] as rule
import data.wetlint.testing as t

params := {"AR-018": {"since_year": 2010}}

date(day, month) := {"kind": "date", "subject": "deze wet", "day": day, "month": month, "year": 2027, "date": "", "text": "treedt in werking", "start": 9, "end": 26, "when": "met ingang van …", "when_start": 27, "when_end": 50}

day_after := {"kind": "day-after", "subject": "deze regeling", "day": 0, "month": 0, "year": 0, "date": "", "text": "treedt in werking", "start": 9, "end": 26, "when": "met ingang van de dag na de datum van uitgifte", "when_start": 27, "when_end": 70}

kb := {"kind": "kb", "subject": "deze wet", "day": 0, "month": 0, "year": 0, "date": "", "text": "", "start": 0, "end": 0, "when": "", "when_start": 0, "when_end": 0}

art(e) := t.merge(t.unit("art:10", "Deze wet treedt in werking met ingang van de datum die hier staat."), {"entry": [e]})

draft(type, e, tl) := object.union(t.merge_document(t.doc([art(e)]), {"type": type, "year": 2026, "title": "Wet inburgeringsvoorziening"}), {"toelichting": {
	"present": true,
	"units": {sprintf("tl/sec:%d", [i]): {"id": sprintf("tl/sec:%d", [i]), "kind": "toelichting-sectie", "text": x, "lower": lower(x)} | some i, x in tl},
	"articles": {},
}})

test_fail_off_moment if {
	every c in [
		["wet", date(1, 3)],
		["amvb", date(1, 4)],
		["rijkswet", date(15, 7)],
		["ministeriele-regeling", date(1, 3)],
		["ministeriele-regeling", date(1, 8)],
	] {
		r := rule.report with input as draft(c[0], c[1], ["De regeling is bedoeld voor nieuwkomers."]) with data.wetlint.params as params
		count(r) == 1
		some f in r
		f.rule == "AR-018"
		f.unit == "art:10"
		f.start == 27
		not f.severity
	}
}

test_fail_day_after_without_ground if {
	r := rule.report with input as draft("ministeriele-regeling", day_after, ["Deze regeling treedt in werking op de dag na uitgifte."]) with data.wetlint.params as params
	count(r) == 1
}

test_info_without_toelichting if {
	doc := t.merge_document(t.doc([art(date(1, 3))]), {"type": "wet", "year": 2026})
	r := rule.report with input as doc with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.severity == "info"
}

test_pass if {
	every c in [
		["wet", date(1, 1), []],
		["wet", date(1, 7), []],
		["ministeriele-regeling", date(1, 4), []],
		["ministeriele-regeling", date(1, 10), []],
		["wet", kb, []],
		# a ground in the toelichting
		["wet", date(1, 3), ["Gelet op de spoedeisendheid treedt de wet in werking met ingang van 1 maart."]],
		["ministeriele-regeling", day_after, ["In afwijking van de vaste verandermomenten treedt de regeling in werking op de dag na uitgifte, omdat de richtlijn uiterlijk dan moet zijn geïmplementeerd."]],
		# other kinds of regulation are not bound to these moments
		["beleidsregel", date(1, 3), []],
	] {
		r := rule.report with input as draft(c[0], c[1], c[2]) with data.wetlint.params as params
		count(r) == 0
	}
}

test_amending_wet_uses_its_own_moments if {
	doc := object.union(draft("wijzigingsregeling", date(1, 4), []), {"document": {"type": "wijzigingsregeling", "year": 2026, "title": "Wet van 3 maart 2026 tot wijziging van de Wet op de zorgtoeslag", "amending": true, "articles": ["art:10"], "definitions": [], "numbering": []}})
	count(rule.report) == 1 with input as doc with data.wetlint.params as params
	doc2 := object.union(doc, {"document": {"type": "wijzigingsregeling", "year": 2026, "title": "Regeling van de Minister tot wijziging van de Regeling X", "amending": true, "articles": ["art:10"], "definitions": [], "numbering": []}})
	count(rule.report) == 0 with input as doc2 with data.wetlint.params as params
}

test_pass_education_year if {
	doc := object.union(draft("wet", date(1, 8), []), {"document": {"type": "wet", "year": 2026, "title": "Wet op het primair onderwijs", "amending": false, "articles": ["art:10"], "definitions": [], "numbering": []}})
	count(rule.report) == 0 with input as doc with data.wetlint.params as params
}

test_pass_education_ministry if {
	doc := object.union(draft("ministeriele-regeling", date(1, 8), []), {"document": {"type": "ministeriele-regeling", "year": 2026, "title": "Regeling bekostiging", "ministry": "OCW", "amending": false, "articles": ["art:10"], "definitions": [], "numbering": []}})
	count(rule.report) == 0 with input as doc with data.wetlint.params as params
}

test_pass_day_after_without_toelichting if {
	doc := t.merge_document(t.doc([art(day_after)]), {"type": "wet", "year": 2026})
	count(rule.report) == 0 with input as doc with data.wetlint.params as params
}

test_pass_old_law if {
	doc := t.merge_document(t.doc([art(date(1, 3))]), {"type": "wet", "year": 1996})
	count(rule.report) == 0 with input as doc with data.wetlint.params as params
}

test_pass_old_date if {
	e := object.union(date(1, 3), {"year": 1995})
	doc := t.merge_document(t.doc([art(e)]), {"type": "wet", "year": 0})
	count(rule.report) == 0 with input as doc with data.wetlint.params as params
}

test_pass_not_the_regulation if {
	e := object.union(date(1, 3), {"subject": "een besluit als bedoeld in het eerste lid"})
	count(rule.report) == 0 with input as draft("wet", e, []) with data.wetlint.params as params
}
