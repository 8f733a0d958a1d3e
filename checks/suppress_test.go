package checks

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

const directivesDraft = `# Wet proef

## Artikel 1

De aanvrager meldt een verhuizing en/of een wijziging.

<!-- wetlint:ignore AR-006 reden="geciteerde tekst" -->
## Artikel 2

1. Een boete en/of een last.
2. Drie.

<!-- wetlint:ignore AR-006 -->
## Artikel 3

Tekst zonder problemen.

<!-- wetlint:ignore AR-006 reden="vergeten" -->
## Artikel 4

Nog meer tekst.

<!-- wetlint:justify AR-999 reden="x" -->
## Artikel 5

Laatste.

<!-- wetlint:ignore DOEN-002 reden="termijn is elders verlengd" -->
## Artikel 6

Tekst.
`

func check(t *testing.T, opts Options, src string) *DocResult {
	t.Helper()
	e, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markdown.Read("wet.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.CheckDocument(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func brief(ds []Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%d:%d %s %s %s\n", d.Span.Start.Line, d.Span.Start.Column, d.Severity, d.Rule, d.Message)
	}
	return b.String()
}

// TestDirectiveDiagnostics: a directive without a reason, one naming an
// unknown rule and one that covers nothing are reported themselves; a
// directive whose rule did not run is not called unused.
func TestDirectiveDiagnostics(t *testing.T) {
	// DOEN-004 (the duty to report a change in artikel 1) is not what this
	// case is about
	r := check(t, Options{Disable: []string{"DOEN-002", "DOEN-004"}}, directivesDraft)
	want := `5:35 error AR-006 in artikel 1 staat ‘en/of’; schrijf ‘of’, dat ook het geval omvat dat beide zich voordoen, of ‘hetzij … hetzij’ als slechts één mag
13:1 error WL-001 de aanwijzing mist een reden (reden="…")
18:1 warning WL-002 de aanwijzing wetlint:ignore AR-006 voor artikel 4 dekt geen enkele bevinding; verwijder haar of zet haar bij het onderdeel waar zij voor bedoeld is
23:1 error WL-001 de aanwijzing noemt regel AR-999, die wetlint niet kent; zie ` + "`wetlint rules`" + `
`
	// only what the directives touch: AR-006 (one covered, one not) and
	// the directive checks themselves; other rules find other things in
	// this draft
	var touched []Diagnostic
	for _, d := range r.Diagnostics {
		if d.Rule == "AR-006" || strings.HasPrefix(d.Rule, "WL-") {
			touched = append(touched, d)
		}
	}
	if got := brief(touched); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
	if len(r.Suppressed) != 1 || r.Suppressed[0].Unit != "art:2/lid:1" || r.Suppressed[0].Reason != "geciteerde tekst" {
		t.Errorf("suppressed = %+v", r.Suppressed)
	}
	for _, d := range r.Diagnostics {
		if d.Rule == RuleBadDirective && (d.Family != FamilyDirectives || d.Name != "ongeldige-aanwijzing" || d.Source == "") {
			t.Errorf("directive diagnostic without its metadata: %+v", d)
		}
	}

	// with DOEN-002 running, its unused directive is reported too
	r = check(t, Options{}, directivesDraft)
	if !strings.Contains(brief(r.Diagnostics), "WL-002 de aanwijzing wetlint:ignore DOEN-002 voor artikel 6") {
		t.Errorf("unused DOEN-002 directive not reported:\n%s", brief(r.Diagnostics))
	}

	// the directive diagnostics can be switched off and re-graded like rules
	r = check(t, Options{Disable: []string{"WL-002"}, Severity: map[string]string{"WL-001": "info"}}, directivesDraft)
	got := brief(r.Diagnostics)
	if strings.Contains(got, "WL-002") || !strings.Contains(got, "info WL-001") || strings.Contains(got, "error WL-001") {
		t.Errorf("WL-002 disabled, WL-001 info:\n%s", got)
	}
}

// TestSelection: Enable and Disable by family and id, the id deciding over
// its family, and Severity by family and id.
func TestSelection(t *testing.T) {
	e, err := New(context.Background(), Options{
		Enable:   []string{"wetgevingstoets", "DOEN-002"},
		Disable:  []string{All, "AR-004"},
		Severity: map[string]string{"wetgevingstoets": "info", "AR-020": "warning"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.Rules() {
		want := r.Family == "wetgevingstoets" && r.ID != "AR-004" || r.ID == "DOEN-002"
		if e.Enabled(r.ID) != want {
			t.Errorf("Enabled(%s) = %v, want %v", r.ID, e.Enabled(r.ID), want)
		}
	}
	for id, want := range map[string]string{"AR-006": "info", "AR-020": "warning", "DOEN-002": "warning"} {
		if got := e.severity(e.Rule(id), e.Rule(id).Severity); got != want {
			t.Errorf("severity(%s) = %s, want %s", id, got, want)
		}
	}
	e, err = New(context.Background(), Options{Disable: []string{"doenvermogen"}, Enable: []string{"DOEN-002"}})
	if err != nil {
		t.Fatal(err)
	}
	if !e.Enabled("DOEN-002") || !e.Enabled("AR-006") {
		t.Errorf("disable doenvermogen + enable DOEN-002: DOEN-002 %v, AR-006 %v; want both on", e.Enabled("DOEN-002"), e.Enabled("AR-006"))
	}
}

// TestFingerprint: a fingerprint does not change when lines are inserted
// above the unit, and does change when the unit's text changes.
func TestFingerprint(t *testing.T) {
	const art = "## Artikel 7\n\nEen boete en/of een last.\n"
	fp := func(src string) string {
		ds := check(t, Options{Disable: []string{All}, Enable: []string{"AR-006"}}, src).Diagnostics
		if len(ds) != 1 {
			t.Fatalf("want one diagnostic, got:\n%s", brief(ds))
		}
		return ds[0].Fingerprint
	}
	a := fp("# Wet\n\n" + art)
	b := fp("# Wet\n\n## Artikel 6\n\nEen nieuw artikel\nover twee regels.\n\n" + art)
	c := fp("# Wet\n\n" + strings.Replace(art, "last", "dwangsom", 1))
	if a == "" || a != b {
		t.Errorf("fingerprint moved with the lines: %q vs %q", a, b)
	}
	if a == c {
		t.Errorf("fingerprint did not change with the text: %q", a)
	}
}
