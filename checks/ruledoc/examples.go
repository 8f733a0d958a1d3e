package ruledoc

import (
	"context"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/markdown"
)

// An Example is a text from a rule's tests, checked by the real engine.
type Example struct {
	Text    string
	Message string // what wetlint reports; "" for a text it leaves alone
}

// testTexts returns the unit texts that the test rules with the given name
// prefix (test_fail_, test_pass_) of a test module build their input from,
// in file order: the second argument of t.unit(id, text), either a string
// or a variable that an `every` runs over a list of strings, also inside
// functions of the module the tests call, and strings the tests hand to
// those functions. Texts of fewer than four words
// ("Tekst.") are left out: they show nothing.
func testTexts(mod *ast.Module, prefix string) []string {
	funcs := map[string][]*ast.Rule{}
	for _, r := range mod.Rules {
		name := r.Head.Name.String()
		if len(r.Head.Args) > 0 {
			funcs[name] = append(funcs[name], r)
		}
	}
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if len(strings.Fields(s)) >= 4 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	var walk func(r *ast.Rule, visited map[*ast.Rule]bool)
	walk = func(r *ast.Rule, visited map[*ast.Rule]bool) {
		if visited[r] {
			return
		}
		visited[r] = true
		domains := map[string][]string{}
		ast.WalkExprs(r, func(e *ast.Expr) bool {
			if ev, ok := e.Terms.(*ast.Every); ok {
				if arr, ok := ev.Domain.Value.(*ast.Array); ok {
					var strs []string
					arr.Foreach(func(t *ast.Term) {
						if s, ok := t.Value.(ast.String); ok {
							strs = append(strs, string(s))
						}
					})
					domains[ev.Value.String()] = strs
				}
			}
			return false
		})
		ast.WalkTerms(r, func(t *ast.Term) bool {
			call, ok := t.Value.(ast.Call)
			if !ok || len(call) == 0 {
				return false
			}
			op := call[0].String()
			if strings.HasSuffix(op, ".unit") && len(call) >= 3 {
				switch v := call[2].Value.(type) {
				case ast.String:
					add(string(v))
				case ast.Var:
					for _, s := range domains[v.String()] {
						add(s)
					}
				}
			}
			if fs := funcs[op]; len(fs) > 0 {
				// a text handed to a helper of the test (unit_with("…"))
				for _, arg := range call[1:] {
					if s, ok := arg.Value.(ast.String); ok {
						add(string(s))
					}
				}
				for _, f := range fs {
					walk(f, visited)
				}
			}
			return false
		})
	}
	for _, r := range mod.Rules {
		if strings.HasPrefix(r.Head.Name.String(), prefix) {
			walk(r, map[*ast.Rule]bool{})
		}
	}
	return out
}

// maxExamples bounds the examples of each kind.
const maxExamples = 3

// Examples returns texts from the rule's tests that the engine, reading
// each as the only article of a Markdown draft, reports under the rule
// (fail) and texts it leaves alone (pass). A test text that only fails
// because the test supplies facts by hand, which the real reader would not
// derive from the text alone, is not an example and is left out.
func Examples(ctx context.Context, e *checks.Engine, ruleID, testSrc string) (fail, pass []Example, err error) {
	mod, err := ast.ParseModuleWithOpts("test.rego", testSrc, ast.ParserOptions{RegoVersion: ast.RegoV1})
	if err != nil {
		return nil, nil, err
	}
	for _, kind := range []string{"test_fail_", "test_pass_"} {
		for _, text := range testTexts(mod, kind) {
			msg, err := reported(ctx, e, ruleID, text)
			if err != nil {
				return nil, nil, err
			}
			switch {
			case kind == "test_fail_" && msg != "" && len(fail) < maxExamples:
				fail = append(fail, Example{Text: text, Message: msg})
			case kind == "test_pass_" && msg == "" && len(pass) < maxExamples:
				pass = append(pass, Example{Text: text})
			}
		}
	}
	return fail, pass, nil
}

// reported checks text as the only article of a draft and returns the
// first message of the rule, or "".
func reported(ctx context.Context, e *checks.Engine, ruleID, text string) (string, error) {
	doc, err := markdown.Read("voorbeeld.md", []byte("## Artikel 1\n\n"+text+"\n"))
	if err != nil {
		return "", nil // not a text the reader takes on its own
	}
	ds, err := e.Check(ctx, doc)
	if err != nil {
		return "", err
	}
	for _, d := range ds {
		if d.Rule == ruleID {
			return d.Message, nil
		}
	}
	return "", nil
}
