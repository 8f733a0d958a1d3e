package checks_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
)

// TestPracticeWetgevingstoets checks the reviewer's expectations of the
// practice drafts for the AR rules.
func TestPracticeWetgevingstoets(t *testing.T) {
	checkPractice(t, testEngine(t), "wetgevingstoets")
}

// TestPracticeDiscriminatietoets checks them for the DISC rules.
func TestPracticeDiscriminatietoets(t *testing.T) {
	checkPractice(t, testEngine(t), "discriminatietoets")
}

// TestWellDraftedCorpus: the project's well-drafted sample drafts
// (docs/corpus.md) give no AR warning or error, and the deliberately
// flawed ones do, so that the test notices a family that went silent.
func TestWellDraftedCorpus(t *testing.T) {
	e := testEngine(t)
	cases := []struct {
		file   string
		flawed bool
	}{
		{"wet-tegemoetkoming-energiekosten.md", false},
		{"wijzigingswet-zorgtoeslag.md", false},
		{"besluit-schoolkostenvergoeding.xml", false},
		{"regeling-subsidie-buurthuizen.md", true},
		{"regeling-parkeervergunning-mantelzorg.xml", true},
	}
	for _, c := range cases {
		doc, err := detect.ReadFile(filepath.Join("..", "corpus", c.file))
		if err != nil {
			t.Fatal(err)
		}
		diags, err := e.Check(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range diags {
			if d.Family == "wetgevingstoets" && checks.SeverityRank(d.Severity) >= checks.SeverityRank(checks.SeverityWarning) {
				n++
				if !c.flawed {
					t.Errorf("%s: %s %s at %s: %s", c.file, d.Rule, d.Severity, d.Label, d.Message)
				}
			}
		}
		if c.flawed && n == 0 {
			t.Errorf("%s: no AR warning or error on a deliberately flawed draft", c.file)
		}
	}
}
