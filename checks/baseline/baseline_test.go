package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
)

func diag(path, rule, fp string, line int) checks.Diagnostic {
	d := checks.Diagnostic{Path: path, Rule: rule, Fingerprint: fp, Message: "m"}
	d.Span.Start.Line = line
	return d
}

// TestRoundTrip: a written baseline, loaded again, filters exactly the
// findings it holds (same file, rule and fingerprint; the line plays no
// part), with paths relative to the baseline file.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	wet := filepath.Join(dir, "regelingen", "wet.md")
	files := []checks.FileResult{{Path: wet, Diagnostics: []checks.Diagnostic{diag(wet, "AR-006", "f1", 5), diag(wet, "DOEN-002", "f2", 9)}}}
	path := filepath.Join(dir, "baseline.json")
	if err := Write(path, files); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"path": "regelingen/wet.md"`) {
		t.Errorf("baseline paths are not relative to its directory:\n%s", data)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	later := []checks.FileResult{{Path: wet, Diagnostics: []checks.Diagnostic{
		diag(wet, "AR-006", "f1", 50),  // moved down: still known
		diag(wet, "AR-006", "f3", 60),  // new text: new
		diag(wet, "DOEN-002", "f1", 5), // another rule with the same fingerprint: new
	}}, {Path: filepath.Join(dir, "andere.md"), Diagnostics: []checks.Diagnostic{diag(filepath.Join(dir, "andere.md"), "DOEN-002", "f2", 9)}}}
	b.Filter(later)
	if later[0].Baselined != 1 || len(later[0].Diagnostics) != 2 || later[1].Baselined != 0 || len(later[1].Diagnostics) != 1 {
		t.Errorf("after Filter: %+v", later)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct{ src, want string }{
		"syntax":  {"{\n  \"version\": 1,\n  \"findings\": [}\n", "b.json:3:16: ongeldige baseline"},
		"version": {`{"version": 2, "findings": []}`, "baseline versie 2; deze wetlint leest versie 1"},
		"type":    {`{"version": 1, "findings": {}}`, "ongeldige baseline"},
	} {
		p := filepath.Join(dir, "b.json")
		os.WriteFile(p, []byte(tc.src), 0o644)
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Load error = %v, want %q", name, err, tc.want)
		}
	}
	if _, err := Load(filepath.Join(dir, "geen.json")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}
