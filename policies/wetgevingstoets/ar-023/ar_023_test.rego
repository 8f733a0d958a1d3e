package wetlint.rules.wetgevingstoets["AR-023_test"]

import data.wetlint.rules.wetgevingstoets["AR-023"] as rule
import data.wetlint.testing as t

item(id, number) := t.merge(t.unit(id, "x"), {"kind": "onderdeel", "parent": "art:1", "article": "art:1", "number": number, "label": concat(", onderdeel ", ["artikel 1", number])})

def(term, unit) := {"term": term, "lower": lower(term), "unit": unit, "definiens": "iets", "start": 0, "end": count(term), "form": "list", "extends": false, "lettered": false}

list_input(terms, numbers, bwb) := t.merge_document(
	t.doc(array.concat([t.unit("art:1", "In deze wet wordt verstaan onder:")], [item(sprintf("art:1/ond:%d", [i]), numbers[i]) | some i, _ in terms])),
	{"bwb_id": bwb, "definitions": [def(term, sprintf("art:1/ond:%d", [i])) | some i, term in terms]},
)

plain := ["", "", "", ""]

test_fail_not_alphabetical if {
	every terms in [
		["aanvrager", "subsidie", "college"],
		["de subsidie", "aanvraag", "bijdrage"],
		["Onze Minister", "zorgverlener", "bijdrage"],
		["het college", "aanvrager"],
	] {
		r := rule.report with input as list_input(terms, plain, "")
		count(r) == 1
		some f in r
		f.rule == "AR-023"
		contains(f.message, "alfabetische volgorde")
	}
}

test_fail_position if {
	r := rule.report with input as list_input(["aanvrager", "subsidie", "college"], plain, "")
	some f in r
	f.unit == "art:1/ond:2"
	f.start == 0
	f.end == 7
}

test_fail_lettered if {
	r := rule.report with input as list_input(["aanvrager", "college", "subsidie"], ["a", "b", "c"], "")
	count(r) == 1
	some f in r
	f.unit == "art:1"
	contains(f.message, "letters")
}

test_pass_near_misses if {
	every terms in [
		["aanvrager", "de Minister", "subsidie"], # article ignored: m
		["aanvraag", "Aanvrager", "beëindiging", "bijdrage"], # case and accents ignored
		["Onze Minister", "aanvraag", "college"], # the minister may open the list
		["verordening (EG) nr. 794/2004", "verordening (EG) nr. 1290/2005"], # numbered acts
		["bevoegd gezag", "bevoegde instantie"],
	] {
		count(rule.report) == 0 with input as list_input(terms, plain, "")
	}
}

test_pass_enacted_lettered_list if {
	count(rule.report) == 0 with input as list_input(["college", "aanvrager"], ["a", "b", "c"], "BWBR0001234")
}
