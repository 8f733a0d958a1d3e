package checks

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/policies"
)

// Options configure an Engine.
type Options struct {
	// Families limits the rules to these families; empty means all.
	Families []string
	// Disabled rule ids are not evaluated.
	Disabled []string
	// Disable switches rules off and Enable switches them (back) on, by rule
	// id, by family, or "all". The most specific entry decides: a rule id
	// over its family, a family over "all"; every rule runs unless
	// something switches it off. Only the AR rules but AR-028: disable
	// [all, AR-028], enable [wetgevingstoets]. Naming the same key in both
	// is an error. (The configuration file's enable and disable.)
	Enable, Disable []string
	// Severity overrides the severity of every finding of a rule, by rule
	// id or family (the id wins): "error", "warning" or "info". Justified
	// findings stay info.
	Severity map[string]string
	// Params override rule parameters: rule id → name → value.
	Params map[string]map[string]any
	// PolicyDirs hold user policies (.rego files, searched recursively),
	// compiled with the same restricted capabilities.
	PolicyDirs []string
	// Laws is the citeertitel table; nil means facts.DefaultLaws.
	Laws *facts.LawTable
	// Timeout bounds the evaluation of one document; 0 means 5 minutes.
	Timeout time.Duration
}

// An Engine holds the compiled policies and one prepared query. It is safe
// for concurrent use.
type Engine struct {
	opts    Options
	rules   []Rule
	byID    map[string]*Rule
	enabled map[string]bool
	query   rego.PreparedEvalQuery
	// words are those input.index.mentions holds (index.go)
	words []string
}

// Module is a Rego source file.
type Module struct {
	Name string // file name, used in error positions
	Src  string
}

// BuiltinModules returns the built-in policies; with tests, also their
// _test.rego files.
func BuiltinModules(tests bool) ([]Module, error) {
	return modulesFromFS(policies.FS, ".", tests, "policies/")
}

func modulesFromFS(fsys fs.FS, root string, tests bool, prefix string) ([]Module, error) {
	var mods []Module
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return nil
		}
		if !tests && strings.HasSuffix(p, "_test.rego") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		mods = append(mods, Module{Name: prefix + p, Src: string(b)})
		return nil
	})
	return mods, err
}

// DirModules reads the .rego files under dir.
func DirModules(dir string, tests bool) ([]Module, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("beleidsmap %s: %w", dir, err)
	}
	return modulesFromFS(os.DirFS(dir), ".", tests, filepath.ToSlash(dir)+"/")
}

// Compile parses and compiles modules with wetlint's capabilities. Errors
// carry "file:row:col: message" for every problem.
func Compile(mods []Module) (*ast.Compiler, error) {
	parsed := map[string]*ast.Module{}
	var errs []string
	for _, m := range mods {
		pm, err := ast.ParseModuleWithOpts(m.Name, m.Src, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			errs = append(errs, regoErrors(err)...)
			continue
		}
		parsed[m.Name] = pm
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	c := ast.NewCompiler().WithCapabilities(Capabilities()).WithEnablePrintStatements(true)
	c.Compile(parsed)
	if c.Failed() {
		return nil, errors.New(strings.Join(regoErrors(c.Errors), "\n"))
	}
	return c, nil
}

func regoErrors(err error) []string {
	var astErrs ast.Errors
	if errors.As(err, &astErrs) {
		var out []string
		for _, e := range astErrs {
			if e.Location != nil {
				// columns are 1-based; OPA gives 0 at the end of a file
				out = append(out, fmt.Sprintf("%s:%d:%d: %s", e.Location.File, e.Location.Row, max(1, e.Location.Col), e.Message))
			} else {
				out = append(out, e.Message)
			}
		}
		sort.Strings(out)
		return out
	}
	return []string{err.Error()}
}

// New compiles the built-in and user policies and prepares the query.
func New(ctx context.Context, opts Options) (*Engine, error) {
	mods, err := BuiltinModules(false)
	if err != nil {
		return nil, err
	}
	for _, d := range opts.PolicyDirs {
		m, err := DirModules(d, false)
		if err != nil {
			return nil, err
		}
		mods = append(mods, m...)
	}
	c, err := Compile(mods)
	if err != nil {
		return nil, err
	}
	rules, err := rulesFromAnnotations(c)
	if err != nil {
		return nil, err
	}
	e := &Engine{opts: opts, rules: rules, byID: map[string]*Rule{}, enabled: map[string]bool{}, words: mentionedWords(c)}
	for i := range e.rules {
		e.byID[e.rules[i].ID] = &e.rules[i]
	}
	for i := range DirectiveRules {
		r := &DirectiveRules[i]
		if prev := e.byID[r.ID]; prev != nil {
			return nil, fmt.Errorf("%s: regel-id %s is voorbehouden aan wetlint zelf", prev.File, r.ID)
		}
		e.byID[r.ID] = r
		e.enabled[r.ID] = e.wanted(r.ID, r.Family)
	}
	if err := e.checkSelection(); err != nil {
		return nil, err
	}
	for _, f := range opts.Families {
		if !validFamily(f) && !strings.HasPrefix(f, "x-") {
			return nil, fmt.Errorf("onbekende familie %q; kies uit %s", f, strings.Join(Families, ", "))
		}
	}
	disabled := map[string]bool{}
	for _, id := range opts.Disabled {
		if e.byID[id] == nil {
			return nil, fmt.Errorf("onbekende regel %q", id)
		}
		disabled[id] = true
	}
	metaRules := map[string]any{}
	for _, r := range e.rules {
		if disabled[r.ID] || !e.wanted(r.ID, r.Family) {
			continue
		}
		e.enabled[r.ID] = true
		metaRules[r.ID] = map[string]any{"family": r.Family, "scope": r.Scope}
	}
	data := map[string]any{"wetlint": map[string]any{
		"meta":   map[string]any{"rules": metaRules},
		"params": e.params(),
	}}
	q, err := rego.New(
		rego.Query("data.wetlint.main.report"),
		rego.Compiler(c),
		rego.Store(inmem.NewFromObject(data)),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("beleid voorbereiden: %w", err)
	}
	e.query = q
	return e, nil
}

// params merges the defaults from METADATA with the overrides.
func (e *Engine) params() map[string]any {
	out := map[string]any{}
	for _, r := range e.rules {
		p := map[string]any{}
		for k, v := range r.Params {
			p[k] = v
		}
		for k, v := range e.opts.Params[r.ID] {
			p[k] = v
		}
		out[r.ID] = p
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Rules returns every known rule, enabled or not, ordered by id.
func (e *Engine) Rules() []Rule { return e.rules }

// Rule returns the rule with the given id, or nil.
func (e *Engine) Rule(id string) *Rule { return e.byID[id] }

// Enabled reports whether a rule is evaluated.
func (e *Engine) Enabled(id string) bool { return e.enabled[id] }

// Laws returns the citeertitel table in use.
func (e *Engine) Laws() *facts.LawTable {
	if e.opts.Laws != nil {
		return e.opts.Laws
	}
	return facts.DefaultLaws
}

// A Finding is what a policy reports, before it becomes a Diagnostic.
// Start and End are rune offsets into the unit's text, -1 when absent.
type Finding struct {
	Rule     string
	Unit     string
	Message  string
	Severity string
	Start    int
	End      int
	Fix      *FindingFix
}

// FindingFix is a fix as a policy reports it, in runes of the unit's text.
type FindingFix struct {
	Message string
	Edits   []FindingEdit
}

// FindingEdit replaces the runes [Start, End) of a unit's text.
type FindingEdit struct {
	Start, End int
	Text       string
}

// Evaluate runs the prepared query on an input built by Input, with
// input.index added (index.go).
func (e *Engine) Evaluate(ctx context.Context, input ast.Value) ([]Finding, error) {
	return e.evaluate(ctx, withIndex(input, e.words))
}

// evaluate runs the prepared query on the input as it is.
func (e *Engine) evaluate(ctx context.Context, input ast.Value) ([]Finding, error) {
	timeout := e.opts.Timeout
	if timeout == 0 {
		timeout = 5 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rs, err := e.query.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("beleid niet binnen %s geëvalueerd", timeout)
		}
		return nil, fmt.Errorf("beleid evalueren: %w", err)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	raw, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, fmt.Errorf("beleid gaf %T, verwacht een verzameling bevindingen", rs[0].Expressions[0].Value)
	}
	out := make([]Finding, 0, len(raw))
	for _, x := range raw {
		f, err := e.finding(x)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func (e *Engine) finding(x any) (Finding, error) {
	m, ok := x.(map[string]any)
	if !ok {
		return Finding{}, fmt.Errorf("bevinding is geen object: %v", x)
	}
	f := Finding{Start: -1, End: -1}
	f.Rule, _ = m["rule"].(string)
	f.Unit, _ = m["unit"].(string)
	f.Message, _ = m["message"].(string)
	f.Severity, _ = m["severity"].(string)
	r := e.byID[f.Rule]
	if r == nil {
		return f, fmt.Errorf("bevinding van onbekende regel %q", f.Rule)
	}
	if f.Severity == "" {
		f.Severity = r.Severity
	}
	f.Severity = e.severity(r, f.Severity)
	if SeverityRank(f.Severity) == 0 {
		return f, fmt.Errorf("%s: ongeldige ernst %q", f.Rule, f.Severity)
	}
	f.Start, f.End = intOf(m["start"], -1), intOf(m["end"], -1)
	if fx, ok := m["fix"].(map[string]any); ok {
		ff := &FindingFix{}
		ff.Message, _ = fx["message"].(string)
		edits, _ := fx["edits"].([]any)
		for _, ed := range edits {
			em, _ := ed.(map[string]any)
			text, _ := em["text"].(string)
			ff.Edits = append(ff.Edits, FindingEdit{Start: intOf(em["start"], -1), End: intOf(em["end"], -1), Text: text})
		}
		f.Fix = ff
	}
	return f, nil
}

func intOf(v any, def int) int {
	switch n := v.(type) {
	case int:
		return n
	case int64:
		return int(n)
	case float64:
		return int(n)
	case interface{ Int64() (int64, error) }:
		if i, err := n.Int64(); err == nil {
			return int(i)
		}
	}
	return def
}
