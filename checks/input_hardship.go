package checks

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/wetlint/wetlint/checks/facts"
)

// This file builds the parts of the policy input that the hardvochtigheid
// rules read: adverse effects and presumptions per unit, the mitigations
// and applied laws of the document, and the umbrella documents given as
// context (docs/policy-input.md, docs/hardship.md).

func (b *inputBuilder) unitText(id string) string {
	if u := b.doc.Unit(id); u != nil {
		return u.Text
	}
	return ""
}

func (b *inputBuilder) effects(text string, es []facts.Effect) *ast.Term {
	ts := make([]*ast.Term, len(es))
	for i, e := range es {
		ts[i] = obj(
			kv{"kind", str(e.Kind)}, kv{"text", str(e.Text)},
			kv{"start", num(runes(text, e.Start))}, kv{"end", num(runes(text, e.End))},
			kv{"sentence", str(e.Sentence)}, kv{"bound", boolean(e.Bound)}, kv{"negated", boolean(e.Negated)},
			kv{"main", boolean(e.Main)}, kv{"full", boolean(e.Full)},
			kv{"amount", str(e.Amount)}, kv{"maximum", boolean(e.Maximum)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) presumptions(text string, ps []facts.Presumption) *ast.Term {
	ts := make([]*ast.Term, len(ps))
	for i, p := range ps {
		ts[i] = obj(
			kv{"kind", str(p.Kind)}, kv{"polarity", str(p.Polarity)}, kv{"text", str(p.Text)},
			kv{"start", num(runes(text, p.Start))}, kv{"end", num(runes(text, p.End))},
			kv{"sentence", str(p.Sentence)}, kv{"person", boolean(p.Person)},
		)
	}
	return arr(ts)
}

// mitigationTerms converts mitigations; text gives a unit's text by id for
// the rune offsets (nil for another document: offsets are then 0).
func mitigationTerms(ms []facts.Mitigation, text func(string) string) *ast.Term {
	ts := make([]*ast.Term, len(ms))
	for i, m := range ms {
		start, end := 0, 0
		if text != nil {
			t := text(m.Unit)
			start, end = runes(t, m.Start), runes(t, m.End)
		}
		ts[i] = obj(
			kv{"kind", str(m.Kind)}, kv{"unit", str(m.Unit)}, kv{"article", str(m.Article)}, kv{"label", str(m.Label)},
			kv{"text", str(m.Text)}, kv{"start", num(start)}, kv{"end", num(end)}, kv{"sentence", str(m.Sentence)},
			kv{"covers", strs(m.Covers)}, kv{"general", boolean(m.General)}, kv{"groups_only", boolean(m.GroupsOnly)},
			kv{"softens", strs(m.Softens)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) mitigations() *ast.Term {
	return mitigationTerms(b.fx.Mitigations, b.unitText)
}

func (b *inputBuilder) applies() *ast.Term {
	ts := make([]*ast.Term, len(b.fx.Applications))
	for i, a := range b.fx.Applications {
		found := false
		for _, c := range b.fx.Context {
			if c.Is(a) {
				found = true
				break
			}
		}
		t := b.unitText(a.Unit)
		ts[i] = obj(
			kv{"law", str(a.Law)}, kv{"law_id", str(a.LawID)}, kv{"unit", str(a.Unit)},
			kv{"start", num(runes(t, a.Start))}, kv{"end", num(runes(t, a.End))},
			kv{"partial", boolean(a.Partial)}, kv{"found", boolean(found)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) context() *ast.Term {
	ts := make([]*ast.Term, len(b.fx.Context))
	for i, c := range b.fx.Context {
		name := c.Citeertitel
		if name == "" {
			name = c.Title
		}
		ts[i] = obj(
			kv{"path", str(c.Path)}, kv{"title", str(c.Title)}, kv{"citeertitel", str(c.Citeertitel)},
			kv{"name", str(name)}, kv{"bwb_id", str(c.BWBID)}, kv{"declared", boolean(c.Declared)},
			kv{"mitigations", mitigationTerms(c.Mitigations, nil)},
		)
	}
	return arr(ts)
}
