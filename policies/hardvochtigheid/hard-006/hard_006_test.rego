package wetlint.rules.hardvochtigheid["HARD-006_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-006"] as rule
import data.wetlint.testing as t

awb_unit(txt, ref) := t.merge(h.unit("art:40", txt, [], []), {"references": [object.union(
	{"text": "artikel 5:53", "start": 0, "end": 12, "law_id": "BWBR0005537", "articles": [], "kind": "artikel", "division": ""},
	ref,
)]})

test_fail_safeguard_switched_off if {
	every c in [
		{"txt": "Bij het opleggen van de boete vindt artikel 5:53 van de Algemene wet bestuursrecht geen toepassing.", "ref": {"articles": ["5:53"]}},
		{"txt": "Op de verrekeningsbeschikking zijn de hoofdstukken 6 en 7 van de Algemene wet bestuursrecht niet van toepassing.", "ref": {"kind": "hoofdstuk", "division": "6"}},
		{"txt": "Paragraaf 4.1.3.2 van de Algemene wet bestuursrecht is niet van toepassing.", "ref": {"kind": "paragraaf", "division": "4.1.3.2"}},
	] {
		r := rule.report with input as h.doc([awb_unit(c.txt, c.ref)], [])
		count(r) == 1
		some f in r
		not f.severity
	}
}

test_fail_other_part_is_info if {
	u := awb_unit("Titel 4.2 van de Algemene wet bestuursrecht is niet van toepassing.", {"kind": "titel", "division": "4.2"})
	r := rule.report with input as h.doc([u], [])
	some f in r
	f.severity == "info"
}

test_fail_algemene_termijnenwet if {
	u := h.unit("art:28", "De Algemene termijnenwet is niet van toepassing op de in dit artikel gestelde termijnen.", [], [])
	count(rule.report) == 1 with input as h.doc([u], [])
}

test_pass_applied_or_other_law if {
	every u in [
		# applied, not switched off
		awb_unit("Artikel 5:53 van de Algemene wet bestuursrecht is van toepassing.", {"articles": ["5:53"]}),
		# another law switched off
		t.merge(h.unit("art:40", "Artikel 5 van de Wet op de huurtoeslag is niet van toepassing.", [], []), {"references": [{"text": "artikel 5", "start": 0, "end": 9, "law_id": "BWBR0008659", "articles": ["5"], "kind": "artikel", "division": ""}]}),
	] {
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}
