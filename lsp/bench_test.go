package lsp

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// largestLaw is the largest law of the shared corpus (2.3 MB of BWB XML).
const largestLaw = "corpus-src/bwb/toestand-2016/BWBR0004627_2025-08-01_0.xml"

// oneCharEdit returns src with one letter inserted in the text of an
// article in the middle of the document (inside a word, not in markup),
// and the article's id.
func oneCharEdit(tb testing.TB, src []byte) ([]byte, string, bool) {
	tb.Helper()
	doc, err := detect.Read("wet.xml", src)
	if err != nil {
		tb.Fatal(err)
	}
	arts := doc.Articles()
	for _, a := range append(arts[len(arts)/2:], arts[:len(arts)/2]...) {
		off := 0
		a.Walk(func(x *clause.Unit) bool {
			if off > 0 || x.Text == "" || x.TextSpan.IsZero() {
				return off == 0
			}
			// a letter of the text in the second half of the unit, copied
			// from the source as is (not inside markup or an entity)
			for i, r := range x.Text {
				if i < len(x.Text)/3 || !unicode.IsLetter(r) {
					continue
				}
				n := utf8.RuneLen(r)
				if s, e, ok := x.Map.Source(i, i+n); ok && e-s == n && string(src[s:e]) == string(r) {
					off = s
					break
				}
			}
			return off == 0
		})
		if off > 0 {
			return append(append(append([]byte(nil), src[:off]...), 'e'), src[off:]...), a.ID, true
		}
	}
	return nil, "", false
}

// BenchmarkRecheck measures, in one run, a full check of the largest law
// (read, facts, every rule, diagnostics: what `wetlint check` does) and the
// language server's re-check after a one-character edit inside an article
// (the document derived by clause.Document.Edit, facts from the cache, the
// input of unchanged units reused, document rules, the article rules of
// the edited article only). Each iteration does both, alternating the edit
// so every re-check sees a changed article, and the ratio is reported.
func BenchmarkRecheck(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testcorpus.Dir(b, filepath.Dir(largestLaw)), filepath.Base(largestLaw)))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	// WETLINT_BENCH_DISABLE=HARD-001,… leaves rules out, to see what they cost
	var disabled []string
	if d := os.Getenv("WETLINT_BENCH_DISABLE"); d != "" {
		disabled = strings.Split(d, ",")
	}
	e, err := checks.New(ctx, checks.Options{Disabled: disabled})
	if err != nil {
		b.Fatal(err)
	}
	edited, _, ok := oneCharEdit(b, src)
	if !ok {
		b.Fatal("no article text to edit")
	}
	mods, _ := checks.BuiltinModules(false)
	c := newChecker(e, policiesReadLines(mods))
	if _, err := c.check(ctx, "file:///wet.xml", 1, src); err != nil {
		b.Fatal(err)
	}
	var fulls, res []time.Duration
	texts := [][]byte{edited, src}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		// each measurement starts without the garbage of the other, so
		// that neither pays for the other's collection
		runtime.GC()
		t0 := time.Now()
		doc, err := detect.Read("wet.xml", texts[n%2])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.CheckDocument(ctx, doc); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		runtime.GC()
		t2 := time.Now()
		snap, err := c.check(ctx, "file:///wet.xml", n+2, texts[n%2])
		if err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		if snap.stats.Evaluated != 1 || !snap.stats.Edited {
			b.Fatalf("re-check evaluated %d article groups (want 1), derived the document by Edit: %v (want true)", snap.stats.Evaluated, snap.stats.Edited)
		}
		if n == 0 {
			st := snap.stats
			b.Logf("first re-check: read %v, facts %v, input %v, document rules %v, article rules %v; total %v",
				st.Read, st.Facts, st.Input, st.DocRules, st.ArticleRules, st.Duration)
		}
		fulls = append(fulls, t1.Sub(t0))
		res = append(res, t3.Sub(t2))
		n++
	}
	var full, re time.Duration
	for i := range fulls {
		full += fulls[i]
		re += res[i]
	}
	b.ReportMetric(float64(full.Milliseconds())/float64(n), "full-ms/op")
	b.ReportMetric(float64(re.Milliseconds())/float64(n), "recheck-ms/op")
	b.ReportMetric(float64(median(res))/float64(median(fulls)), "median-recheck/full")
	b.ReportMetric(float64(re)/float64(full), "recheck/full")
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
