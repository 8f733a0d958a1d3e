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

# units in divisions: parents[i] is the division of numbers[i]
input_in(numbers, parents) := t.merge_document(
	t.doc([t.merge(t.unit(x.unit, "Tekst."), {"parent": parents[i]}) | some i, x in numbers]),
	{"numbering": numbers},
)

dup(num, k, first) := object.union(n(num, "arabic", "", to_number(num), ""), {"unit": sprintf("art:%s#%d", [num, k]), "duplicate_of": first})

test_pass_restart_in_enacted_text if {
	numbers := [n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), dup("1", 2, "art:1"), dup("2", 2, "art:2")]
	inp := t.merge_document(input_in(numbers, ["hfd:1", "hfd:1", "hfd:2", "hfd:2"]), {"bwb_id": "BWBR0011824"})
	count(rule.report) == 0 with input as inp
}

test_fail_restart_per_chapter_in_draft if {
	numbers := [n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), dup("1", 2, "art:1"), dup("2", 2, "art:2")]
	r := rule.report with input as input_in(numbers, ["hfd:1", "hfd:1", "hfd:2", "hfd:2"])
	some f in r
	f.unit == "art:1#2"
	contains(f.message, "meer dan eens")
}

test_fail_duplicate_in_restarted_series if {
	numbers := [n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), dup("1", 2, "art:1"), dup("2", 2, "art:2"), dup("2", 3, "art:2")]
	inp := t.merge_document(input_in(numbers, ["hfd:1", "hfd:1", "hfd:2", "hfd:2", "hfd:2"]), {"bwb_id": "BWBR0000001"})
	r := rule.report with input as inp
	some f in r
	f.unit == "art:2#3"
	contains(f.message, "meer dan eens")
}

test_fail_duplicate_in_same_division if {
	numbers := [n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), dup("1", 2, "art:1")]
	r := rule.report with input as input_in(numbers, ["hfd:1", "hfd:1", "hfd:1"])
	some f in r
	f.unit == "art:1#2"
}

test_pass_treaty_language_versions if {
	numbers := [n("1", "arabic", "", 1, ""), n("2", "arabic", "", 2, ""), dup("1", 2, "art:1"), dup("2", 2, "art:2")]
	inp := t.merge_document(input_in(numbers, ["", "", "", ""]), {"bwb_id": "BWBV0005506"})
	count(rule.report) == 0 with input as inp
}

test_pass_gap_in_consolidated_text if {
	numbers := [n("1", "arabic", "", 1, ""), n("4", "arabic", "", 4, "")]
	inp := t.merge_document(input_for(numbers), {"bwb_id": "BWBR0018831"})
	count(rule.report) == 0 with input as inp
}

test_fail_step_back_in_consolidated_text if {
	numbers := [n("27", "arabic", "", 27, ""), n("23", "arabic", "", 23, "")]
	inp := t.merge_document(input_for(numbers), {"bwb_id": "BWBR0023114"})
	count(rule.report) == 1 with input as inp
}
