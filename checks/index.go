package checks

import (
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The index (input.index, docs/policy-input.md) lists which text units have
// which facts and which words, so that a document rule that looks for
// something rare visits the few units that have it instead of all of them.
// A Rego loop over the 4,500 text units of a large law costs a few
// milliseconds even when its body is one substring test; the language
// server runs every document rule after each edit, so those loops were
// most of the time of a re-check.
//
// The index is a shortcut, never the only way: policies/lib/text answers
// text.mentioning and text.having by scanning text_units when the index
// lacks the entry (an input built by hand in a Rego test, a word the
// engine did not know to index), so a policy is right with or without it.

// indexedFacts are the list-valued fields of a unit for index.facts.
var indexedFacts = []string{"references", "deadlines", "consequences", "grounds", "effects", "presumptions", "delegations", "entry", "links"}

// mentionFunc is the library function whose literal arguments are indexed.
var mentionFunc = ast.MustParseRef("data.wetlint.text.mentioning")

// mentionedWords returns the string literals the compiled policies pass to
// text.mentioning, sorted: the words input.index.mentions holds.
func mentionedWords(c *ast.Compiler) []string {
	seen := map[string]bool{}
	visit := func(op *ast.Term, args []*ast.Term) {
		if r, ok := op.Value.(ast.Ref); !ok || !r.Equal(mentionFunc) || len(args) == 0 {
			return
		}
		if s, ok := args[0].Value.(ast.String); ok {
			seen[string(s)] = true
		}
	}
	for _, m := range c.Modules {
		ast.WalkTerms(m, func(t *ast.Term) bool {
			if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
				visit(call[0], call[1:])
			}
			return false
		})
		ast.WalkExprs(m, func(e *ast.Expr) bool {
			if e.IsCall() {
				ts := e.Terms.([]*ast.Term)
				visit(ts[0], ts[1:])
			}
			return false
		})
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

// withIndex returns the input with input.index built from its text_units;
// an input without text_units is returned as it is.
func withIndex(in ast.Value, words []string) ast.Value {
	o, ok := in.(ast.Object)
	if !ok {
		return in
	}
	tu, ok := o.Get(ast.StringTerm("text_units")).Value.(ast.Object)
	if !ok {
		return in
	}
	mentions := make([][]*ast.Term, len(words))
	having := make([][]*ast.Term, len(indexedFacts))
	var duties []*ast.Term
	byArticle := map[string][]*ast.Term{}
	var articles []string
	lowerKey, sentencesKey, dutyKey, articleKey := ast.StringTerm("lower"), ast.StringTerm("sentences"), ast.StringTerm("duty"), ast.StringTerm("article")
	factKeys := make([]*ast.Term, len(indexedFacts))
	for i, f := range indexedFacts {
		factKeys[i] = ast.StringTerm(f)
	}
	tu.Foreach(func(id, u *ast.Term) {
		uo, ok := u.Value.(ast.Object)
		if !ok {
			return
		}
		if t := uo.Get(articleKey); t != nil {
			if a, ok := t.Value.(ast.String); ok && a != "" {
				if _, seen := byArticle[string(a)]; !seen {
					articles = append(articles, string(a))
				}
				byArticle[string(a)] = append(byArticle[string(a)], id)
			}
		}
		if t := uo.Get(lowerKey); t != nil {
			if lower, ok := t.Value.(ast.String); ok {
				for i, w := range words {
					if strings.Contains(string(lower), w) {
						mentions[i] = append(mentions[i], id)
					}
				}
			}
		}
		for i, k := range factKeys {
			if t := uo.Get(k); t != nil {
				if a, ok := t.Value.(*ast.Array); ok && a.Len() > 0 {
					having[i] = append(having[i], id)
				}
			}
		}
		if t := uo.Get(sentencesKey); t != nil {
			if a, ok := t.Value.(*ast.Array); ok && a.Until(func(s *ast.Term) bool {
				so, ok := s.Value.(ast.Object)
				if !ok {
					return false
				}
				d := so.Get(dutyKey)
				return d != nil && d.Value.Compare(ast.Boolean(true)) == 0
			}) {
				duties = append(duties, id)
			}
		}
	})
	m := make([][2]*ast.Term, len(words))
	for i, w := range words {
		m[i] = [2]*ast.Term{ast.StringTerm(w), ast.ArrayTerm(mentions[i]...)}
	}
	h := make([][2]*ast.Term, len(indexedFacts))
	for i := range indexedFacts {
		h[i] = [2]*ast.Term{factKeys[i], ast.ArrayTerm(having[i]...)}
	}
	arts := make([][2]*ast.Term, len(articles))
	for i, a := range articles {
		arts[i] = [2]*ast.Term{ast.StringTerm(a), ast.ArrayTerm(byArticle[a]...)}
	}
	index := ast.ObjectTerm(
		[2]*ast.Term{ast.StringTerm("mentions"), ast.ObjectTerm(m...)},
		[2]*ast.Term{ast.StringTerm("articles"), ast.ObjectTerm(arts...)},
		[2]*ast.Term{ast.StringTerm("facts"), ast.ObjectTerm(h...)},
		[2]*ast.Term{ast.StringTerm("duties"), ast.ArrayTerm(duties...)},
	)
	out := ast.NewObject()
	o.Foreach(func(k, v *ast.Term) {
		if s, ok := k.Value.(ast.String); !ok || s != "index" {
			out.Insert(k, v)
		}
	})
	out.Insert(ast.StringTerm("index"), index)
	return out
}
