package wetlint.rules.wetgevingstoets["AR-010_test"]

import data.wetlint.rules.wetgevingstoets["AR-010"] as rule
import data.wetlint.testing as t

del(extra) := object.union({
	"instrument": "", "instrument_text": "", "formula": "", "issuer": "minister", "kind": "regels",
	"verb": "stelt nadere regels", "object": "de aanvraag", "list": false, "generic": false, "mandatory": true,
	"deviation": "", "sentence": "art:4/s:1", "start": 14, "end": 33, "instrument_start": 14, "instrument_end": 14,
}, extra)

unit(text, d) := t.merge(t.unit("art:4", text), {"delegations": [d]})

test_fail_no_instrument if {
	every c in [
		["Onze Minister stelt nadere regels over de aanvraag.", "Onze Minister stelt nadere regels"],
		["De minister kan nadere regels stellen over de aanvraag.", "De minister kan nadere regels stellen"],
		["Onze Minister van Financiën is bevoegd regels te stellen over de rente.", "Onze Minister van Financiën is bevoegd regels te stellen"],
	] {
		r := rule.report with input as t.doc([unit(c[0], del({"start": 0, "end": count(c[1])}))])
		count(r) == 1
		some f in r
		f.rule == "AR-010"
		f.unit == "art:4"
		f.start == 0
		f.end == count(c[1])
		contains(f.message, sprintf("in artikel 4 mag de minister regels stellen (‘%s’)", [c[1]]))
	}
}

test_fail_besluit_with_fix if {
	text := "Bij besluit van Onze Minister worden regels gesteld over de verdeling."
	d := del({"instrument": "besluit", "instrument_text": "Bij besluit van Onze Minister", "formula": "bij", "verb": "worden regels gesteld", "start": 0, "end": 51, "instrument_start": 0, "instrument_end": 29})
	r := rule.report with input as t.doc([unit(text, d)])
	count(r) == 1
	some f in r
	f.start == 0
	f.end == 29
	f.fix.edits == [{"start": 4, "end": 11, "text": "regeling"}]
	contains(f.message, "‘Bij besluit van Onze Minister’")
}

test_pass_canonical if {
	every d in [
		del({"instrument": "ministeriele-regeling", "instrument_text": "Bij ministeriële regeling", "formula": "bij"}),
		del({"instrument": "ministeriele-regeling", "instrument_text": "Bij regeling van Onze Minister", "formula": "bij"}),
		del({"instrument": "regeling", "instrument_text": "bij regeling", "formula": "bij"}),
		del({"instrument": "amvb", "instrument_text": "Bij algemene maatregel van bestuur", "issuer": ""}),
		del({"kind": "aanwijzen"}),
		del({"instrument": "besluit", "instrument_text": "bij koninklijk besluit"}),
	] {
		count(rule.report) == 0 with input as t.doc([unit("Bij ministeriële regeling worden regels gesteld over de aanvraag.", d)])
	}
}

test_pass_decentral_and_policy_rules if {
	every typ in ["decentrale-regelgeving", "beleidsregel", "ministeriele-regeling"] {
		doc := t.merge_document(t.doc([unit("De minister stelt nadere regels over de aanvraag.", del({}))]), {"type": typ})
		count(rule.report) == 0 with input as doc
	}
}
