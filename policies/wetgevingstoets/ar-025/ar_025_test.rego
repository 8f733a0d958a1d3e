package wetlint.rules.wetgevingstoets["AR-025_test"]

import data.wetlint.rules.wetgevingstoets["AR-025"] as rule
import data.wetlint.testing as t

params := {"AR-025": {"since_year": 1993}}

body := [
	t.unit("art:1", "Het college verstrekt een tegemoetkoming."),
	t.unit("art:2", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip."),
]

test_fail_no_citeertitel if {
	every type in ["wet", "rijkswet", "amvb"] {
		r := rule.report with data.wetlint.params as params with input as t.merge_document(t.doc(body), {"type": type, "citeertitel": "", "title": "Wet van 3 maart 2026, houdende regels over een tegemoetkoming"})
		count(r) == 1
		some f in r
		f.rule == "AR-025"
		f.unit == "art:2"
		contains(f.message, "wordt aangehaald als")
	}
}

test_fail_citeertitel_in_quoted_text_only if {
	q := t.merge(t.unit("art:3", "Deze wet wordt aangehaald als: Wet X."), {"quoted": true})
	r := rule.report with data.wetlint.params as params with input as t.merge_document(t.doc(array.concat(body, [q])), {"type": "wet", "citeertitel": ""})
	count(r) == 1
}

test_pass_citeertitel if {
	every text in [
		"Deze wet wordt aangehaald als: Wet tegemoetkoming energiekosten.",
		"Dit besluit kan worden aangehaald als Besluit schoolkosten.",
		"Deze wet kan worden aangehaald onder de benaming “Zondagswet”.",
	] {
		r := rule.report with data.wetlint.params as params with input as t.merge_document(t.doc(array.concat(body, [t.unit("art:3", text)])), {"type": "wet", "citeertitel": ""})
		count(r) == 0
	}
}

test_pass_citeertitel_in_metadata if {
	count(rule.report) == 0 with data.wetlint.params as params with input as t.merge_document(t.doc(body), {"type": "wet", "citeertitel": "Wet tegemoetkoming"})
}

test_pass_other_documents if {
	every d in [
		{"type": "wet", "amending": true, "citeertitel": ""},
		{"type": "wijzigingsregeling", "amending": true, "citeertitel": ""},
		{"type": "ministeriele-regeling", "citeertitel": ""},
		{"type": "rijkswet", "citeertitel": "", "title": "Rijkswet van 17 maart 1994, houdende goedkeuring van de Overeenkomst"},
		{"type": "wet", "citeertitel": "", "title": "Wet van 7 juli 1994, tot samenvoeging van de gemeenten Sint Philipsland en Tholen"},
		{"type": "wet", "citeertitel": "", "title": "Wet van 9 september 1998 tot gemeentelijke herindeling in de Bommelerwaard"},
		{"type": "wet", "citeertitel": "", "title": "Burgerlijk Wetboek Boek 2, Rechtspersonen"},
		{"type": "wet", "citeertitel": "", "year": 1971},
		{"type": "wet", "citeertitel": "", "numbering": [{"unit": "art:1", "style": "roman"}, {"unit": "art:2", "style": "roman"}]},
	] {
		count(rule.report) == 0 with data.wetlint.params as params with input as t.merge_document(t.doc(body), d)
	}
}
