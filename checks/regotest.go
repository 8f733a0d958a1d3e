package checks

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// A TestResult is the outcome of one Rego unit test.
type TestResult struct {
	Package  string
	Name     string
	File     string
	Row      int
	Fail     bool
	Error    string
	Output   string // what print() wrote
	Duration time.Duration
}

// RunRegoTests runs the Rego unit tests (test_… rules) in mods with the
// capabilities and rule parameters the engine uses.
func RunRegoTests(ctx context.Context, mods []Module) ([]TestResult, error) {
	var nonTest []Module
	for _, m := range mods {
		if !strings.HasSuffix(m.Name, "_test.rego") {
			nonTest = append(nonTest, m)
		}
	}
	c, err := Compile(nonTest)
	if err != nil {
		return nil, err
	}
	rules, err := rulesFromAnnotations(c)
	if err != nil {
		return nil, err
	}
	e := &Engine{rules: rules}
	store := inmem.NewFromObject(map[string]any{"wetlint": map[string]any{"params": e.params()}})
	parsed := map[string]*ast.Module{}
	for _, m := range mods {
		pm, err := ast.ParseModuleWithOpts(m.Name, m.Src, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return nil, fmt.Errorf("%s", strings.Join(regoErrors(err), "\n"))
		}
		parsed[m.Name] = pm
	}
	ch, err := tester.NewRunner().
		SetCompiler(ast.NewCompiler().WithCapabilities(Capabilities()).WithEnablePrintStatements(true)).
		CapturePrintOutput(true).
		SetStore(store).
		SetModules(parsed).
		RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s", strings.Join(regoErrors(err), "\n"))
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Fail: r.Fail, Output: string(r.Output), Duration: r.Duration}
		if r.Location != nil {
			tr.File, tr.Row = r.Location.File, r.Location.Row
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		}
		out = append(out, tr)
	}
	return out, nil
}
