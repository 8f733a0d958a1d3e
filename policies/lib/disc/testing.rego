# METADATA
# title: discriminatietoets test helpers
# description: |
#   Builds policy inputs with grounds and justifications for the Rego tests
#   of the DISC rules, so that a test states only the ground that matters.
package wetlint.disc.testing

import data.wetlint.testing as t

# unit returns an article unit with one sentence and the given grounds:
# each {"word", "category", "role", "kind"} and optionally "name",
# "holder", "holder_name", "negative"; "word" is found in the text.
unit(id, text, gs) := t.merge(t.unit(id, text), {"grounds": [ground(id, text, g) | some g in gs]})

default_name := {"nationality": "nationaliteit", "residence": "verblijfsstatus", "proxy": "geboorteland", "language": "taal"}

ground(id, text, g) := object.union(
	{
		"text": g.word,
		"start": indexof(text, g.word),
		"end": indexof(text, g.word) + count(g.word),
		"name": default_name[g.category],
		"sentence": concat("/", [id, "s:1"]),
		"marker": "",
		"holder": "self",
		"holder_name": "",
		"negative": false,
	},
	object.remove(g, ["word"]),
)

# doc returns an input with the units; title sets the citeertitel.
doc(units, title) := t.merge_document(t.doc(units), {"title": title, "citeertitel": title})

# with_toelichting gives an input a toelichting whose justification of
# article (an id) argues and asserts the given elements.
with_toelichting(doc_input, article, argued, asserted) := object.union(doc_input, {"toelichting": {
	"present": true,
	"heading": "Memorie van toelichting",
	"units": {concat("", ["tl/", article]): {"id": concat("", ["tl/", article]), "label": concat(" ", ["toelichting op artikel", trim_prefix(article, "art:")])}},
	"articles": {},
	"justifications": {article: {
		"article": article,
		"units": [concat("", ["tl/", article])],
		"via": ["artikelsgewijs"],
		"argued": argued,
		"asserted": asserted,
		"evidence": [],
	}},
}})

# with_empty_toelichting gives an input a toelichting that discusses no
# article.
with_empty_toelichting(doc_input) := object.union(doc_input, {"toelichting": {
	"present": true,
	"heading": "Memorie van toelichting",
	"units": {},
	"articles": {},
	"justifications": {},
}})
