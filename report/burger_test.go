package report_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/golden"
	"github.com/wetlint/wetlint/internal/testcorpus"
	"github.com/wetlint/wetlint/report"
)

// TestCitizenViewCorpus renders the citizen's view (`wetlint burger`) of
// every sample draft in ../corpus, as text and as JSON, and compares it
// with testdata/burger/<draft>.txt and .json. Run with -update to rewrite
// them, then read the diff.
func TestCitizenViewCorpus(t *testing.T) {
	files, _ := filepath.Glob("../corpus/*")
	if len(files) < 4 {
		t.Fatalf("only %d sample drafts in ../corpus", len(files))
	}
	e := doenEngine(t)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			v := citizenView(t, e, f)
			v.Path = filepath.ToSlash(filepath.Join("corpus", name))
			var text, js bytes.Buffer
			if err := v.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			if err := v.WriteJSON(&js); err != nil {
				t.Fatal(err)
			}
			base := filepath.Join("testdata", "burger", strings.TrimSuffix(name, filepath.Ext(name)))
			compare(t, base+".txt", text.Bytes())
			compare(t, base+".json", js.Bytes())
		})
	}
}

// TestCitizenViewPractice checks the view of the practice drafts in
// ../shared/practice where a reviewer expects doenvermogen findings: the
// applicant's ten-day deadline with the right that lapses, and the five
// working days of the landlord who applies.
func TestCitizenViewPractice(t *testing.T) {
	dir := testcorpus.Dir(t, "practice")
	e := doenEngine(t)
	var b bytes.Buffer
	citizenView(t, e, filepath.Join(dir, "p1-inburgeringsvoorziening.md")).WriteText(&b)
	for _, want := range []string{
		"De aanvrager: 1 verplichting",
		"termijn: binnen tien dagen (10 dagen)",
		"als het niet gebeurt (artikel 3, tweede lid): Indien de aanvraag niet tijdig is ingediend, vervalt het recht op de voorziening.",
		"[DOEN-003]",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("view of p1 lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "beslist binnen acht weken") {
		t.Errorf("the college's decision period is shown as the citizen's:\n%s", b.String())
	}
	b.Reset()
	citizenView(t, e, filepath.Join(dir, "p2-isolatiesubsidie.md")).WriteText(&b)
	if !strings.Contains(b.String(), "termijn: binnen vijf werkdagen (7 dagen)") {
		t.Errorf("view of p2 lacks the five working days:\n%s", b.String())
	}
}

func doenEngine(t *testing.T) *checks.Engine {
	t.Helper()
	e, err := checks.New(context.Background(), checks.Options{Families: []string{"doenvermogen"}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func citizenView(t *testing.T, e *checks.Engine, path string) *report.CitizenView {
	t.Helper()
	doc, err := detect.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.CheckDocument(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return report.BuildCitizenView(doc, r.Facts, r.Diagnostics, func(id string) string { return e.Rule(id).Title })
}

func compare(t *testing.T, path string, got []byte) {
	t.Helper()
	if golden.Update() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (-want +got):\n%s", path, golden.Diff(string(want), string(got)))
	}
}
