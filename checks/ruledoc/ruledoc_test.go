package ruledoc

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/internal/golden"
)

// TestRuleDocs fails when a page in docs/rules is missing, differs from
// what the METADATA and tests of its rule give, or belongs to no rule.
// `go run ./cmd/wetlint docs rules` (or this test with -update) rewrites
// the generated parts and keeps what is written by hand.
func TestRuleDocs(t *testing.T) {
	rules, err := Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "docs", "rules")
	pages := Pages(dir, rules)
	if golden.Update() {
		if _, err := Write(pages); err != nil {
			t.Fatal(err)
		}
	}
	if stale := Stale(dir, pages); len(stale) > 0 {
		t.Errorf("docs/rules is out of date:\n  %s\nregenerate with: %s", strings.Join(stale, "\n  "), Command)
	}
	for _, r := range rules {
		if r.Title == "" || r.Description == "" || r.Source == "" || r.Severity == "" || r.Family == "" {
			t.Errorf("%s: incomplete metadata for its page: %+v", r.ID, r.Rule)
		}
	}
}

// TestPageKeepsHandWritten: regenerating replaces the generated part and
// keeps the rest; a new page gets a placeholder below the marker.
func TestPageKeepsHandWritten(t *testing.T) {
	r := Rule{Rule: checks.Rule{ID: "AR-006", Title: "Gebruik van ‘en/of’", Family: "wetgevingstoets",
		Severity: "error", Source: "Ar 3.12", Description: "In regelgeving\nwordt ‘en/of’ niet gebruikt.", Scope: "article", Name: "en-of"}}
	fresh := string(Page(r, nil))
	if !strings.HasPrefix(fresh, beginMarker) || !strings.HasSuffix(fresh, endMarker+"\n"+newBody) {
		t.Errorf("new page:\n%s", fresh)
	}
	for _, want := range []string{"# AR-006: Gebruik van ‘en/of’", "**Samenvatting:** In regelgeving wordt ‘en/of’ niet gebruikt.", "| Familie | wetgevingstoets |", "| Ernst | error |", "| Bron | Ar 3.12 |"} {
		if !strings.Contains(fresh, want) {
			t.Errorf("new page lacks %q:\n%s", want, fresh)
		}
	}
	hand := "\n## Waarom\n\nOmdat.\n"
	old := strings.Replace(fresh, newBody, hand, 1)
	old = strings.Replace(old, "| Ernst | error |", "| Ernst | warning |", 1) // a stale header
	got := string(Page(r, []byte(old)))
	if !strings.HasSuffix(got, endMarker+"\n"+hand) || !strings.Contains(got, "| Ernst | error |") {
		t.Errorf("regenerated page:\n%s", got)
	}
}

// TestStale: a missing page, a changed page and an orphan page are named.
func TestStale(t *testing.T) {
	dir := t.TempDir()
	pages := map[string][]byte{filepath.Join(dir, "a.md"): []byte("a"), filepath.Join(dir, "b.md"): []byte("b")}
	if _, err := Write(pages); err != nil {
		t.Fatal(err)
	}
	if got := Stale(dir, pages); len(got) != 0 {
		t.Errorf("fresh pages reported stale: %v", got)
	}
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("oud"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.md"), []byte("weg"), 0o644)
	pages[filepath.Join(dir, "d.md")] = []byte("d")
	got := strings.Join(Stale(dir, pages), ",")
	want := strings.Join([]string{filepath.Join(dir, "b.md"), filepath.Join(dir, "c.md") + " (hoort bij geen regel)", filepath.Join(dir, "d.md")}, ",")
	if got != want {
		t.Errorf("Stale = %s\nwant %s", got, want)
	}
}

// TestExamples: examples come from the tests and are checked by the
// engine; a test text that needs facts supplied by hand is left out.
func TestExamples(t *testing.T) {
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const src = `package wetlint.rules.wetgevingstoets["AR-006_test"]

import data.wetlint.rules.wetgevingstoets["AR-006"] as rule
import data.wetlint.testing as t

u(x) := t.unit("art:1", x)

helper := t.unit("art:2", "De aanvrager doet aangifte en/of melding bij het college.")

test_fail_list if {
	every text in ["Een boete en/of een last onder dwangsom.", "Kort."] {
		count(rule.report) == 1 with input as t.doc([t.unit("art:7", text)])
	}
}

test_fail_literal if {
	count(rule.report) == 1 with input as t.doc([t.unit("art:7", "De burger betaalt en/of meldt tijdig.")])
}

test_fail_synthetic if {
	# passes only because the test claims a fact the text does not have
	count(rule.report) == 1 with input as t.doc([t.merge(t.unit("art:7", "De burger betaalt tijdig aan het college."), {"x": 1})])
}

test_pass_near_miss if {
	count(rule.report) == 0 with input as t.doc([u("Het vennootschapsrecht/ofwel het recht van de EU.")])
}
`
	fail, pass, err := Examples(ctx, e, "AR-006", src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ex := range fail {
		if !strings.Contains(ex.Message, "‘en/of’") {
			t.Errorf("example %q has message %q", ex.Text, ex.Message)
		}
		got = append(got, ex.Text)
	}
	if want := "Een boete en/of een last onder dwangsom.|De burger betaalt en/of meldt tijdig."; strings.Join(got, "|") != want {
		t.Errorf("fail examples = %q, want %q", got, want)
	}
	if len(pass) != 1 || pass[0].Text != "Het vennootschapsrecht/ofwel het recht van de EU." {
		t.Errorf("pass examples = %+v", pass)
	}
}
