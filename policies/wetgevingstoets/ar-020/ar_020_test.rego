package wetlint.rules.wetgevingstoets["AR-020_test"]

import data.wetlint.rules.wetgevingstoets["AR-020"] as rule
import data.wetlint.testing as t

n(num, style, chapter, base, suffix) := {"unit": concat(":", ["art", num]), "number": num, "style": style, "chapter": chapter, "base": base, "suffix": suffix, "status": "", "duplicate_of": ""}

input_for(numbers) := t.merge_document(t.doc([t.unit(x.unit, "Tekst.") | some x in numbers]), {"numbering": numbers})

test_fail_gap if {
	r := rule.report with input as input_for([n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), n("4", "arabic", "", 4, "")])
	count(r) == 1
	some f in r
	f.unit == "art:4"
}

test_fail_duplicate if {
	second := object.union(n("2", "arabic", "", 2, ""), {"unit": "art:2#2", "duplicate_of": "art:2"})
	r := rule.report with input as input_for([n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), second])
	some f in r
	contains(f.message, "meer dan eens")
}

test_fail_backwards_in_chapter if {
	r := rule.report with input as input_for([n("1.1", "dotted", "1", 1, ""), n("1.3", "dotted", "1", 3, ""), n("1.2", "dotted", "1", 2, "")])
	count(r) == 2 # a gap (1.1 → 1.3) and a step back (1.3 → 1.2)
}

test_fail_bis if {
	r := rule.report with input as input_for([n("1", "arabic", "", 1, ""), n("1bis", "arabic", "", 1, "bis")])
	some f in r
	f.severity == "info"
}

test_pass_sequences if {
	every numbers in [
		[n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), n("2a", "arabic", "", 2, "a"), n("3", "arabic", "", 3, "")],
		[n("1.1", "dotted", "1", 1, ""), n("1.2", "dotted", "1", 2, ""), n("2.1", "dotted", "2", 1, "")],
		[n("I", "roman", "", 1, ""), n("II", "roman", "", 2, ""), n("III", "roman", "", 3, "")],
		[n("", "enig", "", 0, "")],
	] {
		count(rule.report) == 0 with input as input_for(numbers)
	}
}
