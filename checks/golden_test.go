package checks_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/golden"
)

var (
	engineOnce sync.Once
	engine     *checks.Engine
	engineErr  error
)

func testEngine(t testing.TB) *checks.Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = checks.New(context.Background(), checks.Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// goldenDiag is the part of a diagnostic the end-to-end cases pin.
type goldenDiag struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	At        string `json:"at"` // line:col-line:col, 1-based, columns in runes
	Unit      string `json:"unit"`
	Label     string `json:"label"`
	Message   string `json:"message"`
	Fix       string `json:"fix,omitempty"`
	Justified bool   `json:"justified,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

// TestCheckGolden runs the whole engine — reader, facts, Rego, positions,
// directives — over each case in ../testdata/check and compares the
// diagnostics with want.json. Run with -update to rewrite, then review.
func TestCheckGolden(t *testing.T) {
	e := testEngine(t)
	golden.Run(t, "../testdata/check", func(t *testing.T, c *golden.Case) {
		name, src := c.Input(t)
		doc, err := detect.Read(name, src)
		if err != nil {
			t.Fatal(err)
		}
		r, err := e.CheckDocument(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		got := []goldenDiag{}
		for _, d := range r.Diagnostics {
			g := goldenDiag{Rule: d.Rule, Severity: d.Severity, Unit: d.Unit, Label: d.Label, Message: d.Message,
				Justified: d.Justified, Reason: d.Reason,
				At: fmt.Sprintf("%d:%d-%d:%d", d.Span.Start.Line, d.Span.Start.Column, d.Span.End.Line, d.Span.End.Column)}
			for _, f := range d.Fixes {
				for _, ed := range f.Edits {
					g.Fix += fmt.Sprintf("%s: %q@%d:%d-%d:%d→%q", f.Message, string(src[ed.Start:ed.End]), ed.Span.Start.Line, ed.Span.Start.Column, ed.Span.End.Line, ed.Span.End.Column, ed.NewText)
				}
			}
			got = append(got, g)
		}
		c.Check(t, "want.json", golden.JSON(t, got))
	})
}
