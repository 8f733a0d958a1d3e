# METADATA
# title: test helpers
# description: |
#   Builds policy inputs for Rego unit tests, in the shape of
#   docs/policy-input.md, so that a test states only what matters to it.
package wetlint.testing

# unit returns a unit of kind "artikel" with one sentence and no facts.
unit(id, text) := {
	"id": id,
	"kind": "artikel",
	"number": trim_prefix(id, "art:"),
	"label": concat(" ", ["artikel", trim_prefix(id, "art:")]),
	"parent": "",
	"article": id,
	"member": "",
	"quoted": false,
	"text": text,
	"lower": lower(text),
	"sentences": [{
		"id": concat("/", [id, "s:1"]),
		"text": text,
		"lower": lower(text),
		"start": 0,
		"end": count(text),
		"actor": "",
		"actor_name": "",
		"passive": false,
		"modal": false,
		"negated": false,
	}],
	"references": [],
	"deadlines": [],
	"full": lower(text),
}

# merge merges extra fields into a unit (facts, kind, member, …).
merge(u, extra) := object.union(u, extra)

# doc returns an input holding the given units, evaluated with scope "all".
doc(units) := {
	"version": 1,
	"scope": "all",
	"document": {
		"type": "wet",
		"amending": false,
		"articles": [u.id | some u in units; u.kind == "artikel"],
		"definitions": [],
		"numbering": [],
	},
	"units": {u.id: u | some u in units},
	"toelichting": {"present": false, "units": {}, "articles": {}},
}

# merge_document merges fields into the document part of an input.
merge_document(doc_input, extra) := object.union(doc_input, {"document": object.union(doc_input.document, extra)})
