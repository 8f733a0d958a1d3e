package report

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
)

// goldenRules are the rules the golden files are made with, so that rules
// added later do not change them. When one of these rules changes its
// findings or text, run `go test ./report -update` and review the diff.
var goldenRules = []string{"AR-004", "AR-006", "AR-020", "DISC-001", "DOEN-002", "HARD-001"}

var (
	engineOnce sync.Map // "golden" or "all" → *checks.Engine
)

// testEngine returns an engine with every rule ("all") or only goldenRules
// ("golden"), compiled once per test binary.
func testEngine(t testing.TB, which string) *checks.Engine {
	t.Helper()
	if e, ok := engineOnce.Load(which); ok {
		return e.(*checks.Engine)
	}
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if which == "golden" {
		var off []string
		for _, r := range e.Rules() {
			if !slices.Contains(goldenRules, r.ID) {
				off = append(off, r.ID)
			}
		}
		if e, err = checks.New(ctx, checks.Options{Disabled: off}); err != nil {
			t.Fatal(err)
		}
	}
	engineOnce.Store(which, e)
	return e
}

func enabledRules(e *checks.Engine) []checks.Rule {
	var out []checks.Rule
	for _, r := range e.Rules() {
		if e.Enabled(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// statsOf runs the engine over paths the way `wetlint stats` does: results
// streamed into a Stats.
func statsOf(t testing.TB, e *checks.Engine, opts StatsOptions, paths ...string) *StatsReport {
	t.Helper()
	opts.Rules = enabledRules(e)
	s := NewStats(opts)
	e.Run(context.Background(), paths, checks.RunOptions{Each: s.Add})
	return s.Report()
}

// reviewOf checks one draft and returns its review, as `wetlint report`
// builds it.
func reviewOf(t testing.TB, e *checks.Engine, path string) *Review {
	t.Helper()
	doc, err := detect.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.CheckDocument(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return NewReview(doc, res, e.Rule, "test")
}

func itoa(n int) string { return strconv.Itoa(n) }

func formatCSV(x float64, dec int) string { return strconv.FormatFloat(x, 'f', dec, 64) }
