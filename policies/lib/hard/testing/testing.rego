# METADATA
# title: hardship test helpers
# description: |
#   Builds inputs for the Rego tests of the hardvochtigheid rules: units with
#   effects and presumptions, mitigations, applied laws and context
#   documents, in the shape of docs/policy-input.md. The Go tests in
#   checks/hardship_test.go check the same rules end to end from drafts.
package wetlint.hard.testing

import data.wetlint.testing as t

# effect returns an effect of a kind over the whole text, imposed in the
# main clause; extra overrides fields ({"bound": false}, {"amount": …}).
effect(kind, txt, extra) := object.union(
	{
		"kind": kind, "text": txt, "start": 0, "end": count(txt), "sentence": "s",
		"bound": true, "negated": false, "main": true, "full": false, "amount": "", "maximum": false,
	},
	extra,
)

# presumption returns a presumption of a kind and polarity.
presumption(kind, polarity, txt) := {
	"kind": kind, "polarity": polarity, "text": txt, "start": 0, "end": count(txt),
	"sentence": "s", "person": true,
}

# unit returns an artikel with text, effects and presumptions.
unit(id, txt, effects, presumptions) := t.merge(t.unit(id, txt), {
	"effects": effects, "presumptions": presumptions, "references": [],
	"sentences": [object.union(t.unit(id, txt).sentences[0], {"id": "s"})],
})

# lid returns a lid of an article.
lid(article, n, txt, effects) := t.merge(unit(concat("", [article, "/lid:", n]), txt, effects, []), {
	"kind": "lid", "article": article, "member": n,
	"label": concat("", ["artikel ", trim_prefix(article, "art:"), ", ", ordinals[n], " lid"]),
})

ordinals := {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde"}

# mitigation returns a mitigation of a kind in a unit that names nothing
# (so it covers the whole regulation); extra overrides fields.
mitigation(kind, unit_id, extra) := object.union(
	{
		"kind": kind, "unit": unit_id, "article": split(unit_id, "/")[0], "label": unit_id,
		"text": kind, "start": 0, "end": 0, "sentence": "s", "covers": [], "general": true, "groups_only": false, "softens": [],
	},
	extra,
)

# doc returns an input with units, mitigations, applied laws and context.
doc(units, mitigations) := t.merge_document(t.doc(units), {"mitigations": mitigations, "applies": []})

# with_umbrella adds a declared law to an input; with found true, also a
# context document holding the given mitigations.
with_umbrella(inp, law, found, mitigations) := object.union(
	t.merge_document(inp, {"applies": [{"law": law, "law_id": "", "unit": "art:1", "start": 0, "end": 0, "partial": false, "found": found}]}),
	{"context": [{"path": "koepel.xml", "title": law, "citeertitel": law, "name": law, "bwb_id": "", "declared": true, "mitigations": mitigations} | found]},
)

# with_toelichting adds a toelichting with one section.
with_toelichting(inp, txt) := object.union(inp, {"toelichting": {
	"present": true, "heading": "Memorie van toelichting",
	"units": {"tl/sec:(1)": {"id": "tl/sec:(1)", "kind": "toelichting-sectie", "text": txt, "lower": lower(txt)}},
	"articles": {},
}})
