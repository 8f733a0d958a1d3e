package scaffold

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
)

// TestScaffoldRuns: a scaffolded rule compiles with the built-in policies,
// its two tests run and pass, and the engine loads it with its METADATA.
func TestScaffoldRuns(t *testing.T) {
	for _, s := range []Spec{
		{Name: "ambtelijke-woorden", Family: "wetgevingstoets", Severity: "info", Scope: "article"},
		{Name: "eigen-norm", ID: "JENV-001", Family: "x-jenv", Severity: "warning", Scope: "document"},
	} {
		dir := t.TempDir()
		files, err := Write(dir, s)
		if s.ID == "" {
			s.ID = strings.ToUpper(s.Name)
		}
		if err != nil {
			t.Fatal(err)
		}
		wantRule := filepath.Join(dir, s.Family, strings.ToLower(s.ID), strings.ReplaceAll(strings.ToLower(s.ID), "-", "_")+".rego")
		if len(files) != 2 || files[0] != wantRule || files[1] != strings.TrimSuffix(wantRule, ".rego")+"_test.rego" {
			t.Errorf("Write = %v, want %s and its _test.rego", files, wantRule)
		}
		mods, err := checks.BuiltinModules(false)
		if err != nil {
			t.Fatal(err)
		}
		user, err := checks.DirModules(dir, true)
		if err != nil {
			t.Fatal(err)
		}
		results, err := checks.RunRegoTests(context.Background(), append(mods, user...))
		if err != nil {
			t.Fatalf("%s: %v", s.ID, err)
		}
		var ran []string
		for _, r := range results {
			if r.Fail || r.Error != "" {
				t.Errorf("%s: %s failed: %s %s", s.ID, r.Name, r.Error, r.Output)
			}
			ran = append(ran, r.Name)
		}
		sort.Strings(ran)
		if got := strings.Join(ran, " "); got != "test_fail_woord test_pass_near_miss" {
			t.Errorf("%s: tests run: %s", s.ID, got)
		}
		e, err := checks.New(context.Background(), checks.Options{PolicyDirs: []string{dir}})
		if err != nil {
			t.Fatal(err)
		}
		r := e.Rule(s.ID)
		if r == nil || r.Family != s.Family || r.Severity != s.Severity || r.Scope != s.Scope || r.Name != s.Name {
			t.Errorf("engine rule = %+v", r)
		}
		if _, err := Write(dir, s); err == nil || !strings.Contains(err.Error(), "bestaat al") {
			t.Errorf("second Write: %v, want an error that the file exists", err)
		}
	}
}

func TestSpecErrors(t *testing.T) {
	for _, tc := range []struct {
		spec Spec
		want string
	}{
		{Spec{Name: "Hoofdletters", Family: "wetgevingstoets", Severity: "info", Scope: "article"}, `ongeldige naam "Hoofdletters"`},
		{Spec{Name: "a", ID: "ar 1", Family: "wetgevingstoets", Severity: "info", Scope: "article"}, `ongeldig id "ar 1"`},
		{Spec{Name: "a", ID: "WL-001", Family: "wetgevingstoets", Severity: "info", Scope: "article"}, "voorbehouden"},
		{Spec{Name: "a", Family: "taal", Severity: "info", Scope: "article"}, `onbekende familie "taal"`},
		{Spec{Name: "a", Family: "wetgevingstoets", Severity: "hoog", Scope: "article"}, `ongeldige ernst "hoog"`},
		{Spec{Name: "a", Family: "wetgevingstoets", Severity: "info", Scope: "lid"}, `ongeldige scope "lid"`},
	} {
		if _, err := Write(t.TempDir(), tc.spec); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Write(%+v) = %v, want %q", tc.spec, err, tc.want)
		}
	}
}
