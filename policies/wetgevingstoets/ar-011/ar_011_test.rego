package wetlint.rules.wetgevingstoets["AR-011_test"]

import data.wetlint.rules.wetgevingstoets["AR-011"] as rule
import data.wetlint.testing as t

del(extra) := object.union({
	"instrument": "amvb", "instrument_text": "Bij of krachtens algemene maatregel van bestuur",
	"formula": "bij of krachtens", "issuer": "", "kind": "regels", "verb": "worden nadere regels gesteld",
	"object": "", "list": false, "generic": true, "mandatory": true, "deviation": "",
	"sentence": "art:6/s:1", "start": 0, "end": 76, "instrument_start": 0, "instrument_end": 47,
}, extra)

unit(text, d) := t.merge(t.unit("art:6", text), {"delegations": [d]})

test_fail_no_subject if {
	r := rule.report with input as t.doc([unit("Bij of krachtens algemene maatregel van bestuur worden nadere regels gesteld.", del({}))])
	count(r) == 1
	some f in r
	f.rule == "AR-011"
	f.unit == "art:6"
	f.start == 0
	f.end == 76
	contains(f.message, "in artikel 6 worden regels gedelegeerd (‘Bij of krachtens algemene maatregel van bestuur worden nadere regels gesteld’)")
}

test_fail_catch_all if {
	every c in [
		["Bij ministeriële regeling kunnen nadere regels worden gesteld ter uitvoering van dit artikel.", "ter uitvoering van dit artikel"],
		["Voor de uitvoering van deze wet kunnen bij algemene maatregel van bestuur nadere regels worden gesteld.", "Voor de uitvoering van deze wet"],
		["Bij ministeriële regeling kunnen nadere regels worden gesteld met betrekking tot de toepassing van dit artikel.", "de toepassing van dit artikel"],
	] {
		r := rule.report with input as t.doc([unit(c[0], del({"object": c[1], "instrument": "ministeriele-regeling"}))])
		count(r) == 1
		some f in r
		contains(f.message, c[1])
	}
}

test_fail_minister_without_instrument if {
	d := del({"instrument": "", "instrument_text": "", "formula": "", "issuer": "minister", "verb": "stelt nadere regels"})
	r := rule.report with input as t.doc([unit("Onze Minister stelt nadere regels.", d)])
	some f in r
	contains(f.message, "mag de minister regels stellen (‘stelt nadere regels’)")
}

test_pass_bounded if {
	every d in [
		del({"generic": false, "object": "de hoogte van de tegemoetkoming"}),
		del({"generic": false, "list": true}),
		del({"kind": "aanwijzen", "generic": true}),
	] {
		count(rule.report) == 0 with input as t.doc([unit("Bij algemene maatregel van bestuur worden regels gesteld over de hoogte van de tegemoetkoming.", d)])
	}
}

test_pass_treaty if {
	text := "Bij algemene maatregel van bestuur kunnen regels worden gesteld ter uitvoering van deze wet en van verdragen."
	count(rule.report) == 0 with input as t.doc([unit(text, del({"object": "ter uitvoering van deze wet"}))])
}

test_pass_quoted if {
	u := t.merge(unit("Bij algemene maatregel van bestuur worden nadere regels gesteld.", del({})), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}
