package wetlint.rules.wetgevingstoets["AR-002_test"]

import data.wetlint.rules.wetgevingstoets["AR-002"] as rule
import data.wetlint.testing as t

item_ref(text, start, items, targets, aanhef) := {
	"text": text, "start": start, "end": start + count(text), "kind": "onderdeel",
	"items": items, "subs": [], "aanhef": aanhef, "scope": "internal", "targets": targets, "informal": [],
}

with_refs(id, text, refs) := t.merge(t.unit(id, text), {"references": refs})

test_fail_full_stop_after_letter if {
	every c in [
		["De gegevens, bedoeld in artikel 3, onderdeel a., worden verstrekt.", "artikel 3, onderdeel a", 24],
		["In het geval, bedoeld in onder b. van het eerste lid, beslist het college.", "onder b", 25],
	] {
		u := with_refs("art:5", c[0], [item_ref(c[1], c[2], ["a"], [], false)])
		r := rule.report with input as t.doc([u])
		count(r) == 1
		some f in r
		f.rule == "AR-002"
		f.start == c[2]
		f.end == c[2] + count(c[1]) + 1
		f.fix.edits[0] == {"start": c[2] + count(c[1]), "end": c[2] + count(c[1]) + 1, "text": ""}
	}
}

test_pass_near_misses if {
	every c in [
		# the sentence ends after the letter
		["De gegevens worden verstrekt als bedoeld in artikel 3, onderdeel a.", "artikel 3, onderdeel a", 44],
		["Bedoeld in artikel 3, onderdeel a, meldt hij.", "artikel 3, onderdeel a", 11],
		["Bedoeld in artikel 3, onderdeel a. Hij meldt het.", "artikel 3, onderdeel a", 11],
	] {
		u := with_refs("art:5", c[0], [item_ref(c[1], c[2], ["a"], [], false)])
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_quoted if {
	u := t.merge(with_refs("art:5", "Bedoeld in artikel 3, onderdeel a., meldt hij.", [item_ref("artikel 3, onderdeel a", 11, ["a"], [], false)]), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}
