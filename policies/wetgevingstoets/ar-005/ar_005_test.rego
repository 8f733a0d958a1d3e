package wetlint.rules.wetgevingstoets["AR-005_test"]

import data.wetlint.rules.wetgevingstoets["AR-005"] as rule
import data.wetlint.testing as t

external(text, start, law, law_id) := {
	"text": text, "start": start, "end": start + count(text), "kind": "artikel",
	"scope": "external", "law": law, "law_id": law_id, "informal": [],
}

with_refs(id, text, refs) := t.merge(t.unit(id, text), {"references": refs})

test_fail_abbreviation_with_fix if {
	every c in [
		["Op de aanvraag is artikel 4:8 Awb van toepassing.", 30, 33, "van de Algemene wet bestuursrecht"],
		["Hoofdstuk 4 van de Awb is van toepassing.", 19, 22, "Algemene wet bestuursrecht"],
		["De uitkering ingevolge artikel 7, eerste lid, AOW wordt verrekend.", 46, 49, "van de Algemene Ouderdomswet"],
		["Artikel 350 Sr is van toepassing.", 12, 14, "van het Wetboek van Strafrecht"],
		["De toeslag, bedoeld in de Awir, wordt verminderd.", 26, 30, "Algemene wet inkomensafhankelijke regelingen"],
		["Hij ontvangt een maatwerkvoorziening krachtens de Wmo 2015.", 50, 58, "Wet maatschappelijke ondersteuning 2015"],
	] {
		r := rule.report with input as t.doc([t.unit("art:4", c[0])])
		count(r) == 1
		some f in r
		f.rule == "AR-005"
		f.unit == "art:4"
		not f.severity
		f.start == c[1]
		f.end == c[2]
		f.fix.edits[0].text == c[3]
	}
}

test_fail_abbreviation_without_fix if {
	every text in [
		"Een uitkering op grond van de WW of de WIA wordt als inkomen aangemerkt.",
		"Het besluit op grond van de Awb wordt bekendgemaakt.",
	] {
		r := rule.report with input as t.doc([t.unit("art:4", text)])
		count(r) >= 1
		every f in r {
			not f.severity
		}
	}
}

test_fail_unknown_law_is_info if {
	u := with_refs("art:4", "Artikel 3 van de Wet op de tegemoetkoming studiekosten is van toepassing. Ook artikel 4 van de Wet op de tegemoetkoming studiekosten.", [
		external("artikel 3 van de Wet op de tegemoetkoming studiekosten", 0, "Wet op de tegemoetkoming studiekosten", ""),
		external("artikel 4 van de Wet op de tegemoetkoming studiekosten", 79, "Wet op de tegemoetkoming studiekosten", ""),
	])
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	f.severity == "info"
	f.start == 0
}

test_pass_known_law_and_anaphora if {
	every ref in [
		external("artikel 3 van de Algemene wet bestuursrecht", 0, "Algemene wet bestuursrecht", "BWBR0005537"),
		external("artikel 3 van die wet", 0, "die wet", ""),
		external("artikel 3 van dat besluit", 0, "dat besluit", ""),
		external("artikel 3 van de wet", 0, "de wet", ""),
		external("artikel 5 van Verordening (EU) 2016/679", 0, "Verordening (EU) 2016/679", ""),
		external("artikel 9 van Richtlijn 2006/123/EG", 0, "Richtlijn 2006/123/EG", ""),
		external("artikel 8 van het Verdrag tot bescherming van de rechten van de mens", 0, "Verdrag tot bescherming van de rechten van de mens", ""),
		external("artikel 40 van Boek 3 van het Burgerlijk Wetboek", 0, "Boek 3 van het Burgerlijk Wetboek", ""),
		external("Titel XXIX van het Tweede Boek", 0, "Tweede Boek", ""),
	] {
		u := with_refs("art:4", "Verwijzing.", [ref])
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_near_miss_abbreviations if {
	every text in [
		"De WWB-uitkering en de Awbz-zorg worden verrekend.",
		"De Algemene wet bestuursrecht is van toepassing.",
		"Deze wet wordt aangehaald als: Wet Awb-aanpassingen.",
		"De gemeentegrens loopt in ZW-richting.",
		"Artikel 1 van het Besluit prudentiële regels Wft is van toepassing.",
		"Het Tijdelijk besluit proefplaatsing WW blijft van toepassing.",
		"De citeertitel kan worden afgekort tot: Wet IB 2001.",
		"Artikel 18 VWEU en artikel 6 VEU zijn van toepassing.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:4", text)])
	}
}

test_pass_defined_abbreviation if {
	inp := t.merge_document(t.doc([t.unit("art:4", "Op de aanvraag is de Awb van toepassing.")]), {"definitions": [{"term": "Awb", "lower": "awb", "unit": "art:1"}]})
	count(rule.report) == 0 with input as inp
}

test_pass_quoted if {
	u := t.merge(t.unit("art:4", "Artikel 4:8 Awb is van toepassing."), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}

test_fail_unknown_law_title_trimmed if {
	u := with_refs("art:4", "De in artikel 31 van de Wet algemene regelen gemeentelijke indeling bedoelde ambtenaren gaan over.", [
		external("artikel 31 van de Wet algemene regelen gemeentelijke indeling bedoelde ambtenaren gaan over", 7, "Wet algemene regelen gemeentelijke indeling bedoelde ambtenaren gaan over", ""),
	])
	r := rule.report with input as t.doc([u])
	some f in r
	contains(f.message, "‘Wet algemene regelen gemeentelijke indeling’;")
}

test_fail_longest_abbreviation if {
	r := rule.report with input as t.doc([t.unit("art:4", "De Wmo 2015 vervangt de oude Wmo.")])
	count(r) == 2
	{[f.start, f.end] | some f in r} == {[3, 11], [29, 32]}
}

test_fail_unknown_law_once_per_article if {
	ref1 := external("artikel 3 van de Wet X", 0, "Wet X", "")
	lid1 := t.merge(with_refs("art:4/lid:1", "artikel 3 van de Wet X geldt.", [ref1]), {"kind": "lid", "article": "art:4", "line": 3})
	lid2 := t.merge(with_refs("art:4/lid:2", "artikel 3 van de Wet X geldt.", [ref1]), {"kind": "lid", "article": "art:4", "line": 4})
	other := t.merge(with_refs("art:5", "artikel 3 van de Wet X geldt.", [ref1]), {"line": 6})
	r := rule.report with input as t.doc([lid1, lid2, other])
	{f.unit | some f in r} == {"art:4/lid:1", "art:5"}
}

test_fail_civil_code_written_out if {
	every c in [
		["Artikel 6:162 BW is van toepassing.", 8, 16, "162 van Boek 6 van het Burgerlijk Wetboek"],
		["Cultuurgoederen als bedoeld in artikel 3:86a, eerste lid, BW.", 39, 60, "86a, eerste lid, van Boek 3 van het Burgerlijk Wetboek"],
	] {
		r := rule.report with input as t.doc([t.unit("art:4", c[0])])
		count(r) == 1
		some f in r
		f.fix.edits[0] == {"start": c[1], "end": c[2], "text": c[3]}
	}
}
