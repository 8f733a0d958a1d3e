package checks

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

func TestZZProf(t *testing.T) {
	p := filepath.Join(testcorpus.Dir(t, "corpus-src/bwb/toestand-2016"), "BWBR0004627_2025-08-01_0.xml")
	doc, _ := detect.ReadFile(p)
	e, _ := New(context.Background(), Options{})
	fx := e.Facts(doc)
	in := Input(doc, fx, ScopeDocument, nil)
	e.Evaluate(context.Background(), in)
	pr := profiler.New()
	_, err := e.query.Eval(context.Background(), rego.EvalParsedInput(in), rego.EvalQueryTracer(pr))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range pr.ReportTopNResults(25, []string{"total_time_ns"}) {
		fmt.Printf("%8.1fms %7d %s:%d\n", float64(s.ExprTimeNs)/1e6, s.NumEval, s.Location.File, s.Location.Row)
	}
}
