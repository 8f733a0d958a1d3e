package wetlint.rules.wetgevingstoets["AR-019_test"]

import data.wetlint.rules.wetgevingstoets["AR-019"] as rule
import data.wetlint.testing as t

params := {"AR-019": {"since_year": 1993}}

body := [
	t.unit("art:1", "Het college verstrekt een tegemoetkoming."),
	t.unit("art:2", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."),
]

model(term) := t.unit("art:3", sprintf("Onze Minister zendt binnen %s jaar na de inwerkingtreding van deze wet aan de Staten-Generaal een verslag over de doeltreffendheid en de effecten van deze wet in de praktijk.", [term]))

law(units) := t.merge_document(t.doc(units), {"type": "wet", "year": 2026, "title": "Wet tegemoetkoming energiekosten"})

with_toelichting(doc, texts) := object.union(doc, {"toelichting": {
	"present": true,
	"units": {sprintf("tl/sec:%d", [i]): {"id": sprintf("tl/sec:%d", [i]), "kind": "toelichting-sectie", "text": x, "lower": lower(x)} | some i, x in texts},
	"articles": {},
}})

test_fail_info_missing if {
	r := rule.report with input as law(body) with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.rule == "AR-019"
	f.unit == "art:2"
	not f.severity
}

test_fail_off_model if {
	v2 := t.unit("art:3", "Onze Minister zendt binnen vijf jaar na de inwerkingtreding van deze wet aan de beide Kamers der Staten-Generaal een verslag over de wijze waarop zij is toegepast.")
	r2 := rule.report with input as law(array.concat(body, [v2])) with data.wetlint.params as params
	count(r2) == 1
	v := t.unit("art:3", "Onze Minister zendt binnen vijf jaar na de inwerkingtreding aan de Staten-Generaal een verslag over de werking van deze wet.")
	r := rule.report with input as law(array.concat(body, [v])) with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.unit == "art:3"
}

test_fail_short_term if {
	every term in ["drie", "twee", "vier", "3"] {
		r := rule.report with input as with_toelichting(law(array.concat(body, [model(term)])), ["Deze wet regelt een tegemoetkoming."]) with data.wetlint.params as params
		count(r) == 1
		some f in r
		f.unit == "art:3"
		f.severity == "warning"
		f.start == 20
	}
	r := rule.report with input as law(array.concat(body, [model("drie")])) with data.wetlint.params as params
	count(r) == 1
	some f in r
	not f.severity
}

test_pass if {
	every units in [
		array.concat(body, [model("vijf")]),
		array.concat(body, [t.unit("art:3", "Onze Minister zendt binnen vijf jaar na de inwerkingtreding van deze wet, en vervolgens telkens na vijf jaar, aan de Staten-Generaal een verslag over de doeltreffendheid en effecten van deze wet in de praktijk.")]),
	] {
		count(rule.report) == 0 with input as law(units) with data.wetlint.params as params
	}
}

test_pass_short_term_explained if {
	d := with_toelichting(law(array.concat(body, [model("drie")])), ["De evaluatie vindt al na drie jaar plaats, omdat de regeling tijdelijk is."])
	count(rule.report) == 0 with input as d with data.wetlint.params as params
}

test_pass_other_documents if {
	every d in [
		{"type": "wet", "amending": true},
		{"type": "amvb"},
		{"type": "ministeriele-regeling"},
		{"type": "wet", "year": 1990},
		{"type": "rijkswet", "title": "Rijkswet van 17 maart 1994, houdende goedkeuring van de Overeenkomst"},
		{"type": "wet", "title": "Invoeringswet Omgevingswet"},
		{"type": "wet", "numbering": [{"unit": "art:1", "style": "roman"}, {"unit": "art:2", "style": "roman"}]},
	] {
		count(rule.report) == 0 with input as t.merge_document(law(body), d) with data.wetlint.params as params
	}
}
