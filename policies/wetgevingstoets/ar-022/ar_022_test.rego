package wetlint.rules.wetgevingstoets["AR-022_test"]

import data.wetlint.rules.wetgevingstoets["AR-022"] as rule
import data.wetlint.testing as t

sentence(id, text, start) := {"id": id, "text": text, "lower": lower(text), "start": start, "end": start + count(text)}

# a unit with its text cut into sentences at ". "
unit(id, kind, number, parent, text, children) := t.merge(t.unit(id, text), {
	"kind": kind, "number": number, "parent": parent, "article": "art:3", "children": children,
	"label": concat(", onderdeel ", ["artikel 3", number]),
	"sentences": sentences(id, text),
})

sentences(id, text) := [sentence(sprintf("%s/s:%d", [id, i + 1]), s, start) |
	parts := split(text, ". ")
	some i, part in parts
	s := concat("", [part, suffix(i, parts)])
	start := count(concat(". ", array.slice(parts, 0, i))) + min([i, 1]) * 2
]

suffix(i, parts) := "." if i < count(parts) - 1

suffix(i, parts) := "" if i == count(parts) - 1

list_input(lead, items) := t.doc(array.concat(
	[t.merge(unit("art:3", "artikel", "3", "", lead, [sprintf("art:3/ond:%s", [n]) | some [n, _] in items]), {"full": lower(lead)})],
	[unit(sprintf("art:3/ond:%s", [n]), "onderdeel", n, "art:3", text, []) | some [n, text] in items],
))

test_fail_numbering if {
	every items in [
		[["1", "een stichting;"], ["2", "een vereniging."]],
		[["-", "een stichting;"], ["-#2", "een vereniging."]],
		[["A", "een stichting;"], ["B", "een vereniging."]],
	] {
		r := rule.report with input as list_input("Subsidie wordt verstrekt aan:", items)
		count(r) == 1
		some f in r
		f.rule == "AR-022"
		contains(f.message, "letters")
	}
}

test_fail_punctuation if {
	every items in [
		[["a", "een stichting."], ["b", "een vereniging."], ["c", "een coöperatie;"]],
		[["a", "een stichting die een buurthuis exploiteert"], ["b", "een vereniging;"], ["c", "een coöperatie."]],
	] {
		r := rule.report with input as list_input("Subsidie wordt verstrekt aan:", items)
		some f in r
		f.unit == "art:3/ond:a"
		contains(f.message, "puntkomma")
		f.end == count(items[0][1])
	}
}

test_fail_new_sentence_in_item if {
	r := rule.report with input as list_input("De aanvrager verstrekt:", [["a", "zijn naam. Dit is steeds verplicht;"], ["b", "zijn adres."]])
	some f in r
	f.unit == "art:3/ond:a"
	f.start == 11
	contains(f.message, "nieuwe zin")
}

test_fail_tail_sentence if {
	r := rule.report with input as list_input("Subsidie wordt verstrekt aan:", [["a", "een stichting;"], ["b", "een vereniging. Het college houdt daarbij rekening met de begroting."]])
	some f in r
	f.unit == "art:3/ond:b"
	contains(f.message, "na het laatste onderdeel")
}

test_fail_tail_paragraph if {
	r := rule.report with input as list_input("Indien het college beslist dat:\nwordt dit schriftelijk meegedeeld.", [["a", "de aanvraag wordt afgewezen, of"], ["b", "de subsidie lager wordt vastgesteld,"]])
	some f in r
	f.unit == "art:3"
	f.start == 32
	contains(f.message, "na de opsomming")
}

test_pass_near_misses if {
	every items in [
		[["a", "een stichting;"], ["b", "een vereniging; en"], ["c", "een coöperatie."]],
		[["a", "een stichting; of"], ["b", "een coöperatie."]],
		[["a", "de aanvraag te laat is ingediend, of"], ["b", "de gegevens onjuist zijn."]],
		[["a", "Terrorisme"], ["b", "Mensenhandel"], ["c", "Corruptie"]], # a list of names
		[["a", "het bedrag van de leningen, verminderd met"], ["b", "de rente."]], # a formula
	] {
		count(rule.report) == 0 with input as list_input("Subsidie wordt verstrekt aan:", items)
	}
}

test_pass_definitions_and_amendments if {
	count(rule.report) == 0 with input as list_input("In deze wet wordt verstaan onder:", [["-", "aanvrager: degene die"], ["-#2", "college: het college."]])
	count(rule.report) == 0 with input as list_input("De Wet X wordt als volgt gewijzigd:", [["1", "Artikel 1 vervalt."], ["2", "Artikel 2 vervalt"]])
}

test_pass_enacted_numbering if {
	inp := object.union(list_input("Gestraft wordt:", [["1°", "hij die steelt;"], ["2°", "hij die heelt."]]), {"document": {"bwb_id": "BWBR0001854", "definitions": [], "amending": false}})
	count(rule.report) == 0 with input as inp
}
