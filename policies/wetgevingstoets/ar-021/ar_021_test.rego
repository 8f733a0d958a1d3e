package wetlint.rules.wetgevingstoets["AR-021_test"]

import data.wetlint.rules.wetgevingstoets["AR-021"] as rule
import data.wetlint.testing as t

div(id, kind, number) := {"id": id, "kind": kind, "number": number, "label": concat(" ", [kind, number]), "heading": ""}

with_structure(divs, title) := t.merge_document(t.doc([t.unit("art:1", "Tekst.")]), {"structure": divs, "title": title, "bwb_id": ""})

test_fail_wrong_order if {
	every divs in [
		[div("afd:1", "afdeling", "1"), div("afd:1/hfd:1", "hoofdstuk", "1"), div("afd:1/hfd:2", "hoofdstuk", "2")],
		[div("hfd:1", "hoofdstuk", "1"), div("hfd:1/par:1", "paragraaf", "1"), div("hfd:1/par:1/afd:1", "afdeling", "1")],
		[div("tit:1", "titel", "1"), div("tit:1/hfd:1", "hoofdstuk", "1")],
		[div("hfd:1", "hoofdstuk", "1"), div("hfd:1/hfd:2", "hoofdstuk", "2")],
	] {
		r := rule.report with input as with_structure(divs, "Wet tegemoetkoming")
		count(r) == 1 # once per wrong pair of levels
		some f in r
		f.rule == "AR-021"
		contains(f.message, "staat niet onder")
	}
}

test_fail_boek_outside_wetboek if {
	r := rule.report with input as with_structure([div("boek:1", "boek", "1"), div("boek:1/hfd:1", "hoofdstuk", "1")], "Wet inburgering")
	some f in r
	contains(f.message, "wetboek")
}

test_fail_single_level if {
	every kind in ["afdeling", "titel", "deel"] {
		r := rule.report with input as with_structure([div("x:1", kind, "1"), div("x:2", kind, "2")], "Regeling")
		count(r) == 1
	}
}

test_info_in_enacted_law if {
	inp := t.merge_document(with_structure([div("afd:1", "afdeling", "1"), div("afd:1/hfd:1", "hoofdstuk", "1")], "Kieswet"), {"bwb_id": "BWBR0004627"})
	r := rule.report with input as inp
	some f in r
	f.severity == "info"
}

test_pass_near_misses if {
	every divs in [
		[div("hfd:1", "hoofdstuk", "1"), div("hfd:2", "hoofdstuk", "2")],
		[div("par:1", "paragraaf", "1"), div("par:2", "paragraaf", "2")],
		[div("hfd:1", "hoofdstuk", "1"), div("hfd:1/par:1", "paragraaf", "1"), div("hfd:1/par:1/sub:1", "subparagraaf", "1")],
		[div("hfd:1", "hoofdstuk", "1"), div("hfd:1/afd:1", "afdeling", "1"), div("hfd:1/afd:1/par:1", "paragraaf", "1")],
		[div("deel:1", "deel", "1"), div("deel:1/hfd:1", "hoofdstuk", "1"), div("deel:1/hfd:1/tit:1", "titel", "1")],
		[],
	] {
		count(rule.report) == 0 with input as with_structure(divs, "Wet tegemoetkoming")
	}
	count(rule.report) == 0 with input as with_structure([div("boek:1", "boek", "1"), div("boek:1/tit:1", "titel", "1")], "Burgerlijk Wetboek Boek 2")
}
