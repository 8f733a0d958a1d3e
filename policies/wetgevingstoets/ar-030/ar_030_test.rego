package wetlint.rules.wetgevingstoets["AR-030_test"]

import data.wetlint.rules.wetgevingstoets["AR-030"] as rule
import data.wetlint.testing as t

entry(kind, subject) := {"kind": kind, "subject": subject, "day": 0, "month": 0, "year": 0, "date": "", "text": "", "start": 0, "end": 0, "when": "", "when_start": 0, "when_end": 0}

art(id, text, es) := t.merge(t.unit(id, text), {"entry": es})

body := [
	art("art:1", "Het college verstrekt een tegemoetkoming.", []),
	art("art:2", "Deze wet wordt aangehaald als: Wet tegemoetkoming.", []),
]

test_fail_no_entry if {
	every type in ["wet", "amvb", "rijkswet"] {
		r := rule.report with input as t.merge_document(t.doc(body), {"type": type, "format": "markdown"})
		count(r) == 1
		some f in r
		f.rule == "AR-030"
		f.unit == "art:2"
		contains(f.message, "in werking")
	}
}

test_fail_entry_only_in_quoted_text if {
	q := t.merge(art("art:3", "Dit besluit treedt in werking op 1 januari 2027.", [entry("date", "dit besluit")]), {"quoted": true})
	r := rule.report with input as t.merge_document(t.doc(array.concat(body, [q])), {"type": "wet", "format": "markdown"})
	count(r) == 1
}

test_pass_entry if {
	every e in [
		art("art:3", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.", [entry("kb", "deze wet")]),
		art("art:3", "Dit besluit treedt in werking met ingang van 1 januari 2027.", [entry("date", "dit besluit")]),
		art("art:3", "De artikelen 1 en 2 treden in werking met ingang van de dag na de datum van uitgifte van het Staatsblad.", [entry("day-after", "de artikelen 1 en 2")]),
		art("art:3", "De inwerkingtreding van deze wet wordt nader bij de wet geregeld.", []),
		art("art:3", "Het in werking treden van dit wetboek wordt nader bij de wet geregeld.", []),
		art("art:3", "De onderscheidene artikelen van deze wet treden in werking op door Ons te bepalen tijdstippen.", [entry("kb", "de onderscheidene artikelen van deze wet")]),
	] {
		r := rule.report with input as t.merge_document(t.doc(array.concat(body, [e])), {"type": "wet", "format": "markdown"})
		count(r) == 0
	}
}

test_pass_other_documents if {
	every d in [
		{"type": "wet", "amending": true, "format": "markdown"},
		{"type": "ministeriele-regeling", "format": "markdown"},
		{"type": "wet", "format": "bwb"},
	] {
		count(rule.report) == 0 with input as t.merge_document(t.doc(body), d)
	}
}

test_fail_entry_of_something_else if {
	# the entry into force of a decision taken under the regulation
	e := art("art:3", "Een besluit tot zetelverplaatsing treedt niet in werking voordat het is goedgekeurd.", [entry("other", "een besluit tot zetelverplaatsing")])
	count(rule.report) == 1 with input as t.merge_document(t.doc(array.concat(body, [e])), {"type": "wet", "format": "markdown"})
}
