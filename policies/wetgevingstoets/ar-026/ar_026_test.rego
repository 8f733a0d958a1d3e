package wetlint.rules.wetgevingstoets["AR-026_test"]

import data.wetlint.rules.wetgevingstoets["AR-026"] as rule
import data.wetlint.testing as t

params := {"AR-026": {"min_artikelen": 10, "max_overlap": 0.8}}

tl(id, kind, heading, article, text) := {"id": id, "kind": kind, "number": "", "label": heading, "heading": heading, "article": article, "text": text, "lower": lower(text)}

doc_with(n, units) := object.union(
	t.doc([t.unit(sprintf("art:%d", [i]), "De aanvrager dient een aanvraag in bij het college van burgemeester en wethouders.") | some i in numbers.range(1, n)]),
	{"toelichting": {"present": true, "heading": "Memorie van toelichting", "units": {u.id: u | some u in units}, "articles": {}}},
)

general := tl("tl/sec:1", "toelichting-sectie", "1. Algemeen", "", "Deze wet regelt een tegemoetkoming voor huishoudens met een laag inkomen.")

explained := tl("tl/art:1", "toelichting-artikel", "Artikel 1", "art:1", "De aanvraag gaat naar het college, omdat de gemeente de huishoudens kent en snel kan beslissen.")

test_fail_no_artikelsgewijs_part if {
	r := rule.report with input as doc_with(12, [general]) with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.rule == "AR-026"
	f.unit == ""
	contains(f.message, "geen artikelsgewijs deel")
}

test_fail_no_general_part if {
	r := rule.report with input as doc_with(12, [explained]) with data.wetlint.params as params
	some f in r
	contains(f.message, "geen algemeen deel")
}

test_fail_says_nothing if {
	every text in [
		"Dit artikel behoeft geen toelichting.",
		"Deze bepaling spreekt voor zich.",
		"Het artikel behoeft geen nadere toelichting.",
		"Dit artikel wijst zich vanzelf.",
	] {
		r := rule.report with input as doc_with(2, [general, tl("tl/art:2", "toelichting-artikel", "Artikel 2", "art:2", text)]) with data.wetlint.params as params
		count(r) == 1
		some f in r
		f.unit == "tl/art:2"
		f.start > 0
	}
}

test_fail_paraphrase if {
	para := tl("tl/art:1", "toelichting-artikel", "Artikel 1", "art:1", "De aanvrager dient de aanvraag in bij het college van burgemeester en wethouders.")
	r := rule.report with input as doc_with(2, [general, para]) with data.wetlint.params as params
	some f in r
	f.unit == "tl/art:1"
	contains(f.message, "herhaalt")
}

test_pass_near_misses if {
	every units in [
		[general, explained], # both parts, a real explanation
		[general], # a small regulation may have only a general part
	] {
		count(rule.report) == 0 with input as doc_with(3, units) with data.wetlint.params as params
	}
	count(rule.report) == 0 with input as doc_with(12, [general, explained]) with data.wetlint.params as params
	count(rule.report) == 0 with input as t.doc([t.unit("art:1", "Tekst.")]) with data.wetlint.params as params
}

test_pass_explanations_under_each_article if {
	inp := object.union(doc_with(12, [explained]), {"toelichting": {"heading": ""}})
	count(rule.report) == 0 with input as inp with data.wetlint.params as params
}
