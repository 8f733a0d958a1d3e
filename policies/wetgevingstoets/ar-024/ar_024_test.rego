package wetlint.rules.wetgevingstoets["AR-024_test"]

import data.wetlint.rules.wetgevingstoets["AR-024"] as rule
import data.wetlint.testing as t

def(term, unit, definiens, uses, first) := {
	"term": term, "lower": lower(term), "unit": unit, "definiens": definiens,
	"start": 0, "end": count(term), "form": "list", "extends": false, "lettered": false,
	"uses": uses, "first_use": first,
}

units := [
	t.unit("art:1", "In deze wet wordt verstaan onder:"),
	t.merge(t.unit("art:1/ond:a", "aanvrager: degene die een aanvraag indient;"), {"kind": "onderdeel", "article": "art:1", "label": "artikel 1, onderdeel a"}),
	t.merge(t.unit("art:1/ond:b", "toeslag: de toeslag, bedoeld in artikel 2."), {"kind": "onderdeel", "article": "art:1", "label": "artikel 1, onderdeel b"}),
	t.unit("art:2", "De aanvrager heeft recht op een zorgtoeslag."),
	t.merge(t.unit("art:3", "In deze wet wordt verstaan onder:"), {}),
	t.merge(t.unit("art:3/ond:a", "partner: de echtgenoot."), {"kind": "onderdeel", "article": "art:3", "label": "artikel 3, onderdeel a"}),
]

numbering := [{"unit": id, "number": trim_prefix(id, "art:"), "style": "arabic"} | some id in ["art:1", "art:2", "art:3", "art:4"]]

with_defs(defs) := t.merge_document(t.doc(units), {"definitions": defs, "articles": ["art:1", "art:2", "art:3"], "numbering": numbering})

test_fail_unused if {
	every term in ["toeslag", "Onze Minister", "het college"] {
		r := rule.report with input as with_defs([def(term, "art:1/ond:b", "iets", 0, "")])
		count(r) == 1
		some f in r
		f.rule == "AR-024"
		f.unit == "art:1/ond:b"
		f.start == 0
		f.end == count(term)
		contains(f.message, "nergens")
	}
}

test_fail_defined_twice_differently if {
	r := rule.report with input as with_defs([
		def("aanvrager", "art:1/ond:a", "degene die een aanvraag indient", 2, "art:2"),
		def("de aanvrager", "art:3/ond:a", "de persoon die om subsidie vraagt", 2, "art:2"),
	])
	some f in r
	f.unit == "art:3/ond:a"
	contains(f.message, "opnieuw gedefinieerd")
}

test_fail_used_before_definition if {
	r := rule.report with input as with_defs([def("partner", "art:3/ond:a", "de echtgenoot", 1, "art:2")])
	some f in r
	f.unit == "art:3/ond:a"
	f.severity == "warning"
	contains(f.message, "artikel 2 gebruikt")
}

test_pass_near_misses if {
	every defs in [
		# used (the fact counts inflections and compound heads)
		[def("toeslag", "art:1/ond:b", "de toeslag", 1, "art:2")],
		# the same definition twice, punctuation aside
		[def("aanvrager", "art:1/ond:a", "degene die een aanvraag indient", 2, "art:2"), def("aanvrager", "art:3/ond:a", "degene die een aanvraag indient;", 2, "art:2")],
		# an extension of the ordinary meaning ("wordt mede verstaan") need not recur
		[object.union(def("woning", "art:1/ond:b", "een woonwagen", 0, ""), {"extends": true})],
		# used before, but defined in the first article
		[def("aanvrager", "art:1/ond:a", "degene die een aanvraag indient", 1, "art:3")],
		# a local "onder X wordt verstaan" in a later article
		[object.union(def("partner", "art:3/ond:a", "de echtgenoot", 1, "art:2"), {"form": "onder"})],
	] {
		count(rule.report) == 0 with input as with_defs(defs)
	}
}

test_pass_definition_for_applying_other_provisions if {
	applied := [
		t.unit("art:1", "Voor de overeenkomstige toepassing van die artikelen wordt verstaan onder:"),
		t.merge(t.unit("art:1/ond:a", "gerechtsbestuur: de voorzitter van het tuchtcollege."), {"kind": "onderdeel", "article": "art:1"}),
	]
	inp := t.merge_document(t.doc(applied), {"definitions": [def("gerechtsbestuur", "art:1/ond:a", "de voorzitter", 0, "")]})
	count(rule.report) == 0 with input as inp
}

test_pass_scoped_definition_used_earlier if {
	scoped := array.concat(units, [t.unit("art:4", "In dit hoofdstuk wordt verstaan onder:"), t.merge(t.unit("art:4/ond:a", "partner: de geregistreerde partner."), {"kind": "onderdeel", "article": "art:4"})])
	inp := t.merge_document(t.doc(scoped), {"articles": ["art:1", "art:2", "art:3", "art:4"], "definitions": [def("partner", "art:4/ond:a", "de geregistreerde partner", 1, "art:2"), def("partner", "art:3/ond:a", "de echtgenoot", 1, "art:2")]})
	r := rule.report with input as inp
	every f in r {
		not contains(f.message, "opnieuw")
		f.unit != "art:4/ond:a"
	}
}
