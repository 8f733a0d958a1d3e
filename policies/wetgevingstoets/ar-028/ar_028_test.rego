package wetlint.rules.wetgevingstoets["AR-028_test"]

import data.wetlint.rules.wetgevingstoets["AR-028"] as rule
import data.wetlint.testing as t

params := {"AR-028": {"max_leden": 8, "max_woorden": 120, "max_diepte": 3}}

lid(art, n, text) := t.merge(t.unit(sprintf("%s/lid:%d", [art, n]), text), {
	"kind": "lid", "parent": art, "article": art, "member": sprintf("%d", [n]), "depth": 1,
	"label": sprintf("%s, lid %d", [art, n]), "readability": {"provision": true},
})

article(id, n, text) := array.concat(
	[t.merge(t.unit(id, ""), {"depth": 0, "full": lower(text), "members": [sprintf("%s/lid:%d", [id, i]) | some i in numbers.range(1, n)]})],
	[lid(id, i, text) | some i in numbers.range(1, n)],
)

long_text := concat(" ", [w | some _ in numbers.range(1, 130); w := "woord"])

test_fail_many_leden if {
	r := rule.report with input as t.doc(article("art:3", 9, "Kort.")) with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.rule == "AR-028"
	f.unit == "art:3"
	contains(f.message, "9 leden")
}

test_fail_long_lid if {
	r := rule.report with input as t.doc(article("art:3", 2, long_text)) with data.wetlint.params as params
	count(r) == 2
	some f in r
	f.unit == "art:3/lid:1"
	contains(f.message, "130 woorden")
}

test_fail_deep_nesting if {
	units := array.concat(article("art:3", 1, "Kort:"), [
		t.merge(t.unit("art:3/lid:1/ond:a", "a:"), {"kind": "onderdeel", "parent": "art:3/lid:1", "article": "art:3", "depth": 2}),
		t.merge(t.unit("art:3/lid:1/ond:a/sub:1°", "b:"), {"kind": "subonderdeel", "parent": "art:3/lid:1/ond:a", "article": "art:3", "depth": 3}),
		t.merge(t.unit("art:3/lid:1/ond:a/sub:1°/x", "c:"), {"kind": "subonderdeel", "parent": "art:3/lid:1/ond:a/sub:1°", "article": "art:3", "depth": 4}),
		t.merge(t.unit("art:3/lid:1/ond:a/sub:1°/x/y", "d"), {"kind": "subonderdeel", "parent": "art:3/lid:1/ond:a/sub:1°/x", "article": "art:3", "depth": 5}),
	])
	r := rule.report with input as t.doc(units) with data.wetlint.params as params
	count(r) == 1
	some f in r
	f.unit == "art:3/lid:1/ond:a/sub:1°/x"
}

test_pass_near_misses if {
	every units in [
		article("art:3", 8, "Kort."),
		article("art:3", 2, concat(" ", [w | some _ in numbers.range(1, 120); w := "woord"])),
	] {
		count(rule.report) == 0 with input as t.doc(units) with data.wetlint.params as params
	}
}

test_pass_definitions_and_tariffs if {
	defs := t.merge_document(t.doc(article("art:1", 10, long_text)), {"definitions": [{"term": "x", "unit": "art:1/lid:1"}]})
	count(rule.report) == 0 with input as defs with data.wetlint.params as params
	count(rule.report) == 0 with input as t.doc(article("art:2", 10, "Het tarief bedraagt € 10.")) with data.wetlint.params as params
}
