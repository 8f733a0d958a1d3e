package checks

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// TestDocRuleCost prints what each document rule costs on its own on the
// largest law of the corpus (Kieswet, 2.3 MB). The language server
// evaluates every document rule after each edit (docs/lsp.md), so these
// figures bound how fast a re-check can be. Rules alone also pay for the
// library sets they share with others (hard.units, doen.duties), which a
// run of all rules computes once.
//
//	WETLINT_DOCRULE_COST=1 go test ./checks -run TestDocRuleCost -v
func TestDocRuleCost(t *testing.T) {
	if os.Getenv("WETLINT_DOCRULE_COST") == "" {
		t.Skip()
	}
	p := filepath.Join(testcorpus.Dir(t, "corpus-src/bwb/toestand-2016"), "BWBR0004627_2025-08-01_0.xml")
	doc, err := detect.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := New(context.Background(), Options{})
	fx := all.Facts(doc)
	in := Input(doc, fx, ScopeDocument, nil)
	type cost struct {
		id string
		d  time.Duration
	}
	var cs []cost
	for _, r := range all.Rules() {
		if r.Scope != "document" {
			continue
		}
		e, err := New(context.Background(), Options{Disable: []string{"all"}, Enable: []string{r.ID}})
		if err != nil {
			t.Fatal(err)
		}
		e.Evaluate(context.Background(), in)
		t0 := time.Now()
		for i := 0; i < 3; i++ {
			if _, err := e.Evaluate(context.Background(), in); err != nil {
				t.Fatal(err)
			}
		}
		cs = append(cs, cost{r.ID, time.Since(t0) / 3})
	}
	e, _ := New(context.Background(), Options{Disable: []string{"all"}, Enable: []string{"AR-006"}})
	t0 := time.Now()
	e.Evaluate(context.Background(), in)
	cs = append(cs, cost{"none (AR-006 only)", time.Since(t0)})
	sort.Slice(cs, func(i, j int) bool { return cs[i].d > cs[j].d })
	for _, c := range cs {
		t.Logf("%-20s %v", c.id, c.d)
	}
}
