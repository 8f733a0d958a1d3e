package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const enOfDraft = "## Artikel 1\n\nEen boete en/of een last.\n\n## Artikel 2\n\nTekst.\n"

// TestCheck: each file is checked with its nearest configuration, ignored
// paths are skipped, and the results keep the order of Engine.Run.
func TestCheck(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".wetlint.yaml"), "version: 1\nignore: [archief]\nseverity: {AR-006: warning}\n")
	write(t, filepath.Join(root, "b.md"), enOfDraft)
	write(t, filepath.Join(root, "a", ".wetlint.yaml"), "version: 1\ndisable: [AR-006]\n")
	write(t, filepath.Join(root, "a", "wet.md"), enOfDraft)
	write(t, filepath.Join(root, "archief", "oud.md"), enOfDraft)
	ws := New(Options{})
	res, err := ws.Check(context.Background(), []string{root, filepath.Join(root, "bestaat-niet.md")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Files {
		line := strings.TrimPrefix(f.Path, root)
		if f.Err != nil {
			line += " fout"
		}
		for _, d := range f.Diagnostics {
			line += " " + d.Rule + ":" + d.Severity
		}
		got = append(got, line)
	}
	want := "/bestaat-niet.md fout|/a/wet.md|/b.md AR-006:warning"
	if strings.Join(got, "|") != want || res.Ignored != 1 {
		t.Errorf("Check = %q (ignored %d), want %q (ignored 1)", strings.Join(got, "|"), res.Ignored, want)
	}
	for _, r := range res.Rules {
		if r.ID == "AR-006" {
			return
		}
	}
	t.Error("AR-006 ran for b.md but is not among the rules of the result")
}

// TestCheckConfigError: a broken configuration stops the run with its
// position.
func TestCheckConfigError(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, ".wetlint.yaml"), "version: 1\ndisable: [AR-999]\n")
	write(t, filepath.Join(root, "wet.md"), enOfDraft)
	_, err := New(Options{}).Check(context.Background(), []string{root})
	if err == nil || !strings.HasSuffix(err.Error(), `.wetlint.yaml:2:11: disable: onbekende regel of familie "AR-999"`) {
		t.Errorf("Check error = %v", err)
	}
}

// A rule whose fixes overlap: every "ee" becomes "e", so "beeet" yields
// two overlapping fixes, of which only one can be applied per round.
const overlapRule = `# METADATA
# title: dubbele e
# description: Een dubbele e wordt een enkele.
# custom:
#   id: TEST-001
#   name: dubbele-e
#   family: x-test
#   severity: warning
#   source: test
package wetlint.rules["x-test"]["TEST-001"]

import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, "ee")
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], "dubbele e")
	f := result.with_fix(found, "Maak er één e van", [{"start": r[0], "end": r[1], "text": "e"}])
}
`

// TestFixRounds: fixes that overlap are applied in later rounds on the new
// text, until none is left; without write nothing is written.
func TestFixRounds(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "beleid", "x-test", "test-001", "test_001.rego"), overlapRule)
	draft := filepath.Join(root, "wet.md")
	write(t, draft, "## Artikel 1\n\nDe beeeer.\n\n## Artikel 2\n\nTekst.\n")
	ws := New(Options{Engine: checks.Options{PolicyDirs: []string{filepath.Join(root, "beleid")}, Disable: []string{checks.All}, Enable: []string{"x-test"}}})
	ctx := context.Background()
	res, err := ws.Check(ctx, []string{draft})
	if err != nil {
		t.Fatal(err)
	}
	fixed, err := ws.Fix(ctx, res.Files, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(fixed) != 1 || string(fixed[0].New) != "## Artikel 1\n\nDe ber.\n\n## Artikel 2\n\nTekst.\n" || fixed[0].Applied != 3 {
		t.Fatalf("Fix = %+v", fixed)
	}
	if got, _ := os.ReadFile(draft); !strings.Contains(string(got), "beeeer") {
		t.Error("Fix without write changed the file")
	}
	if !strings.Contains(fixed[0].Diff, "-De beeeer.\n+De ber.\n") {
		t.Errorf("diff:\n%s", fixed[0].Diff)
	}
	if _, err := ws.Fix(ctx, res.Files, true); err != nil {
		t.Fatal(err)
	}
	res, _ = ws.Check(ctx, []string{draft})
	if n := len(res.Files[0].Diagnostics); n != 0 {
		t.Errorf("%d findings left after Fix with write", n)
	}
	if got := FixSummary(fixed); got != "3 correcties toegepast in 1 bestand" {
		t.Errorf("FixSummary = %q", got)
	}
}
