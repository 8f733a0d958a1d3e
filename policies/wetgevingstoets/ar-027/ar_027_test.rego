package wetlint.rules.wetgevingstoets["AR-027_test"]

import data.wetlint.rules.wetgevingstoets["AR-027"] as rule
import data.wetlint.testing as t

section(id, heading, text) := {"id": id, "kind": "toelichting-sectie", "number": "", "label": heading, "heading": heading, "article": "", "text": text, "lower": lower(text)}

with_toelichting(type, amending, sections) := object.union(
	t.merge_document(t.doc([t.unit("art:1", "Tekst.")]), {"type": type, "amending": amending}),
	{"toelichting": {"present": true, "units": {s.id: s | some s in sections}, "articles": {}}},
)

complete := [
	section("tl/sec:1", "1. Aanleiding en doel", "Huishoudens raken in betalingsproblemen. De wet beoogt dat te voorkomen."),
	section("tl/sec:2", "2. Alternatieven", "Een verhoging van de huurtoeslag is overwogen maar bereikt niet iedereen."),
	section("tl/sec:3", "3. Gevolgen voor burgers en uitvoering", "De regeldruk is gering."),
	section("tl/sec:4", "4. Evaluatie", "De wet wordt na vijf jaar geëvalueerd."),
]

test_fail_missing_elements if {
	r := rule.report with input as with_toelichting("wet", false, [complete[0], complete[2]])
	count(r) == 2 # instrument and evaluatie
	every f in r {
		f.rule == "AR-027"
		f.unit == ""
		not f.severity # the default: warning for a new wet
	}
	some f in r
	contains(f.message, "evaluatie")
}

test_fail_stub_toelichting if {
	r := rule.report with input as with_toelichting("wet", false, [section("tl/art:2", "Artikel 2", "Dit artikel regelt de aanvraag.")])
	count(r) == 5
}

test_info_for_amvb_and_amendments if {
	every c in [["amvb", false], ["ministeriele-regeling", false], ["wet", true]] {
		r := rule.report with input as with_toelichting(c[0], c[1], [complete[0]])
		count(r) == 3
		every f in r {
			f.severity == "info"
		}
	}
}

test_pass_complete if {
	count(rule.report) == 0 with input as with_toelichting("wet", false, complete)
}

test_pass_explicitly_not_applicable if {
	sections := array.concat(array.slice(complete, 0, 3), [section("tl/sec:5", "5. Evaluatie", "Een evaluatiebepaling is niet van toepassing: de wet vervalt na twee jaar.")])
	count(rule.report) == 0 with input as with_toelichting("wet", false, sections)
}

test_pass_without_toelichting if {
	count(rule.report) == 0 with input as t.doc([t.unit("art:1", "Tekst.")])
}
