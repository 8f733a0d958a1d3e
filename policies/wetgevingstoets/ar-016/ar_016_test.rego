package wetlint.rules.wetgevingstoets["AR-016_test"]

import data.wetlint.rules.wetgevingstoets["AR-016"] as rule
import data.wetlint.testing as t

entry(kind, year, s, e, ws, we) := {"kind": kind, "year": year, "date": "", "day": 1, "month": 1, "text": "", "start": s, "end": e, "when": "met ingang van 1 januari 2025", "when_start": ws, "when_end": we, "subject": "deze wet"}

with_entry(id, text, es) := t.merge(t.unit(id, text), {"entry": es})

test_fail_fiction if {
	every u in [
		with_entry("art:12", "Deze wet wordt geacht in werking te zijn getreden met ingang van 1 januari 2026.", [entry("fiction", 2026, 9, 49, 50, 79)]),
		with_entry("art:12", "Artikel 3 wordt geacht op 1 januari 2026 in werking te zijn getreden.", [entry("fiction", 2026, 10, 69, 0, 0)]),
	] {
		r := rule.report with input as t.merge_document(t.doc([u]), {"year": 2026})
		count(r) == 1
		some f in r
		f.rule == "AR-016"
		f.unit == "art:12"
		f.start == u.entry[0].start
		contains(f.message, "terugwerkt tot en met")
	}
}

test_fail_past_date if {
	u := with_entry("art:10", "Deze wet treedt in werking met ingang van 1 januari 2025.", [entry("date", 2025, 9, 56, 27, 56)])
	r := rule.report with input as t.merge_document(t.doc([u]), {"year": 2026})
	count(r) == 1
	some f in r
	f.unit == "art:10"
	f.start == 27
	f.end == 56
}

test_pass_near_misses if {
	every case in [
		# a date in the year of the draft or later
		[with_entry("art:10", "Deze wet treedt in werking met ingang van 1 januari 2027.", [entry("date", 2027, 9, 56, 27, 56)]), 2026],
		# year of the regulation unknown
		[with_entry("art:10", "Deze wet treedt in werking met ingang van 1 januari 2025.", [entry("date", 2025, 9, 56, 27, 56)]), 0],
		# retroactivity in the proper form is AR-017's business
		[with_entry("art:10", "Deze wet treedt in werking met ingang van 1 juli 2026 en werkt terug tot en met 1 januari 2026.", [entry("date", 2026, 9, 50, 27, 50), entry("retroactive", 2026, 54, 88, 64, 88)]), 2026],
		# not the regulation
		[t.merge(with_entry("art:10", "De verhoging treedt telkens in werking vijf jaar na de vaststelling, voor de eerste maal met ingang van 1 januari 2024.", [object.union(entry("date", 2024, 9, 56, 27, 56), {"subject": "de verhoging"})]), {}), 2026],
		# no year in the date
		[with_entry("art:10", "Deze wet treedt in werking met ingang van 1 januari.", [entry("date", 0, 9, 50, 27, 50)]), 2026],
	] {
		r := rule.report with input as t.merge_document(t.doc([case[0]]), {"year": case[1]})
		count(r) == 0
	}
}

test_pass_quoted if {
	u := t.merge(with_entry("art:I", "Deze wet wordt geacht in werking te zijn getreden op 1 januari 2020.", [entry("fiction", 2020, 9, 49, 0, 0)]), {"quoted": true})
	count(rule.report) == 0 with input as t.merge_document(t.doc([u]), {"year": 2026})
}
