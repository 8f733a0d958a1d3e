package wetlint.rules.wetgevingstoets["AR-001_test"]

import data.wetlint.rules.wetgevingstoets["AR-001"] as rule
import data.wetlint.testing as t

ref(text, start, informal, formal, law) := {
	"text": text, "start": start, "end": start + count(text), "kind": "lid",
	"scope": "", "law": law, "law_id": "", "informal": informal, "formal": formal,
}

with_refs(id, text, refs) := t.merge(t.unit(id, text), {"references": refs})

test_fail_with_fix if {
	u := with_refs("art:3", "Het verzoek, bedoeld in artikel 5 lid 2, wordt afgewezen.", [ref("artikel 5 lid 2", 24, ["lid N"], "artikel 5, tweede lid", "")])
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	f.rule == "AR-001"
	f.unit == "art:3"
	f.start == 24
	f.end == 39
	f.fix.edits[0].text == "artikel 5, tweede lid"
	contains(f.message, "artikel 5, tweede lid")
}

test_fail_several_forms if {
	every c in [
		["Lid 2 is van overeenkomstige toepassing.", "Lid 2", "Het tweede lid", 0],
		["De gegevens, bedoeld onder sub a, worden verstrekt.", "sub a", "onderdeel a", 25],
		["De gegevens, bedoeld in letter b, worden verstrekt.", "letter b", "onderdeel b", 24],
		["Op grond van art. 5 kan de minister besluiten.", "art. 5", "artikel 5", 13],
		["De regels van § 3 gelden.", "§ 3", "paragraaf 3", 14],
	] {
		u := with_refs("art:7", c[0], [ref(c[1], c[3], ["x"], c[2], "")])
		r := rule.report with input as t.doc([u])
		count(r) == 1
		some f in r
		f.fix.edits[0].text == c[2]
		f.start == c[3]
	}
}

test_fail_without_fix if {
	u := with_refs("art:3", "Bedoeld in artikel 5 lid 2, eerste volzin.", [ref("artikel 5 lid 2, eerste volzin", 11, ["lid N"], "", "")])
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	not f.fix
}

test_pass_eu_style if {
	every law in ["Verordening (EU) 2016/679", "die verordening", "Richtlijn 2006/123/EG", "het Verdrag betreffende de werking van de Europese Unie"] {
		u := with_refs("art:3", "Bedoeld in artikel 6, lid 1, van X.", [ref("artikel 6, lid 1, van X", 11, ["lid N"], "artikel 6, eerste lid, van X", law)])
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_formal if {
	u := with_refs("art:3", "Bedoeld in artikel 5, tweede lid.", [ref("artikel 5, tweede lid", 11, [], "", "")])
	count(rule.report) == 0 with input as t.doc([u])
}

test_pass_quoted if {
	u := t.merge(with_refs("art:3", "Bedoeld in artikel 5 lid 2.", [ref("artikel 5 lid 2", 11, ["lid N"], "artikel 5, tweede lid", "")]), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}

test_pass_quotation if {
	u := with_refs("art:3", "In de uitspraak staat: “zie artikel 5 lid 2”.", [ref("artikel 5 lid 2", 28, ["lid N"], "artikel 5, tweede lid", "")])
	count(rule.report) == 0 with input as t.doc([u])
}
