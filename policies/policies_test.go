package policies_test

import (
	"context"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/policies"
)

// TestRego runs every Rego unit test of the built-in policies.
func TestRego(t *testing.T) {
	mods, err := checks.BuiltinModules(true)
	if err != nil {
		t.Fatal(err)
	}
	results, err := checks.RunRegoTests(context.Background(), mods)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	for _, r := range results {
		if r.Fail || r.Error != "" {
			t.Errorf("%s:%d: %s.%s failed %s\n%s", r.File, r.Row, r.Package, r.Name, r.Error, r.Output)
		}
	}
	t.Logf("%d Rego tests", len(results))
}

var idRe = regexp.MustCompile(`^(AR|DISC|DOEN|HARD)-\d{3}$`)

// TestLayout checks every rule the way go/analysis validates analyzers: a
// rule lives in <family>/<id lower>/<id snake>.rego, has complete METADATA
// (the engine refuses it otherwise) and a _test.rego beside it with at
// least one test_fail_ and one test_pass_ case.
func TestLayout(t *testing.T) {
	e, err := checks.New(context.Background(), checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Rules()) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range e.Rules() {
		if !idRe.MatchString(r.ID) {
			t.Errorf("%s: id does not follow the catalogue (AR-001, DISC-001, DOEN-001, HARD-001)", r.ID)
		}
		dir := r.Family + "/" + strings.ToLower(r.ID)
		base := strings.ReplaceAll(strings.ToLower(r.ID), "-", "_")
		if want := "policies/" + dir + "/" + base + ".rego"; r.File != want {
			t.Errorf("%s: defined in %s, want %s", r.ID, r.File, want)
		}
		test, err := fs.ReadFile(policies.FS, path.Join(dir, base+"_test.rego"))
		if err != nil {
			t.Errorf("%s: no test file: %v", r.ID, err)
			continue
		}
		if !regexp.MustCompile(`(?m)^test_fail_`).Match(test) || !regexp.MustCompile(`(?m)^test_pass_`).Match(test) {
			t.Errorf("%s: the test needs a test_fail_ case (a finding) and a test_pass_ case (a near miss)", r.ID)
		}
		if !strings.Contains(string(test), `import data.wetlint.rules.`+r.Family+`["`+r.ID+`"] as rule`) {
			t.Errorf("%s: the test should import the rule as rule", r.ID)
		}
	}
}
