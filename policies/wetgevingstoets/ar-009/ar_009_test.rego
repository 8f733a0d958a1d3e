package wetlint.rules.wetgevingstoets["AR-009_test"]

import data.wetlint.rules.wetgevingstoets["AR-009"] as rule
import data.wetlint.testing as t

del(extra) := object.union({
	"instrument": "amvb", "instrument_text": "Bij algemene maatregel van bestuur", "formula": "bij", "issuer": "",
	"kind": "bepalen", "verb": "kan worden bepaald", "object": "", "list": false, "generic": false,
	"mandatory": false, "deviation": "", "sentence": "art:3/s:1", "start": 0, "end": 53,
	"instrument_start": 0, "instrument_end": 34,
}, extra)

unit(text, d) := object.union(t.merge(t.unit("art:3", text), {"delegations": [d]}), {"full": lower(text), "article": "art:3"})

test_fail_subdelegation_in_sentence if {
	every text in [
		"Bij algemene maatregel van bestuur kan worden bepaald dat de verzekerde een bij ministeriële regeling vast te stellen premie is verschuldigd.",
		"Bij algemene maatregel van bestuur kan worden bepaald dat bij ministeriële regeling de bedragen worden vastgesteld.",
		"Bij algemene maatregel van bestuur worden regels gesteld over de aanvraag, waarbij kan worden bepaald dat bij regeling van Onze Minister het formulier wordt vastgesteld.",
	] {
		r := rule.report with input as t.doc([unit(text, del({}))])
		count(r) == 1
		some f in r
		f.rule == "AR-009"
		f.unit == "art:3"
		f.start == 0
		f.end == 34
		contains(f.message, "in artikel 3 wordt gedelegeerd ‘Bij algemene maatregel van bestuur’")
	}
}

test_fail_subdelegation_in_article if {
	lid1 := object.union(t.merge(t.unit("art:3/lid:1", "Bij algemene maatregel van bestuur worden regels gesteld over de aanvraag."), {"delegations": [del({"kind": "regels", "sentence": "art:3/lid:1/s:1"})]}), {"article": "art:3", "kind": "lid", "label": "artikel 3, eerste lid"})
	art := object.union(t.unit("art:3", ""), {"full": "bij algemene maatregel van bestuur worden regels gesteld over de aanvraag.\nbij die maatregel kan worden bepaald dat bij ministeriële regeling het model wordt vastgesteld.", "text": "", "sentences": []})
	r := rule.report with input as t.doc([art, lid1])
	some f in r
	f.unit == "art:3/lid:1"
}

test_fail_krachtens_alone if {
	text := "Krachtens algemene maatregel van bestuur worden regels gesteld over de aanvraag."
	d := del({"formula": "krachtens", "instrument_text": "Krachtens algemene maatregel van bestuur", "instrument_end": 40, "kind": "regels"})
	r := rule.report with input as t.doc([unit(text, d)])
	some f in r
	contains(f.message, "alleen ‘Krachtens algemene maatregel van bestuur’")
}

test_pass_near_misses if {
	every c in [
		# "bij of krachtens" permits subdelegation
		["Bij of krachtens algemene maatregel van bestuur kan worden bepaald dat bij ministeriële regeling de bedragen worden vastgesteld.", del({"formula": "bij of krachtens"})],
		# no ministeriële regeling
		["Bij algemene maatregel van bestuur worden regels gesteld over de aanvraag.", del({})],
		# the law itself delegates to the minister as well
		["Bij algemene maatregel van bestuur worden regels gesteld over de aanvraag en bij ministeriële regeling over het model.", del({})],
		# krachtens in a relative clause is no delegation formula
		["Voor keuringen die krachtens algemene maatregel van bestuur worden verricht, worden vergoedingen betaald.", del({"formula": "krachtens", "start": 20, "instrument_start": 20})],
	] {
		count(rule.report) == 0 with input as t.doc([unit(c[0], c[1])])
	}
}
