package lsp

import (
	"context"
	"os"
	"path/filepath"
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

// oneCharEdit returns src with one letter inserted in the middle of the
// text of an article in the middle of the document, and the article's id.
func oneCharEdit(tb testing.TB, src []byte) ([]byte, string) {
	tb.Helper()
	doc, err := detect.Read("wet.xml", src)
	if err != nil {
		tb.Fatal(err)
	}
	arts := doc.Articles()
	for _, a := range arts[len(arts)/2:] {
		off := 0
		a.Walk(func(x *clause.Unit) bool {
			if off > 0 || x.Text == "" || x.TextSpan.IsZero() {
				return off == 0
			}
			for o := (x.TextSpan.Start.Offset + x.TextSpan.End.Offset) / 2; o < x.TextSpan.End.Offset; o++ {
				if r, _ := utf8.DecodeRune(src[o:]); utf8.RuneStart(src[o]) && unicode.IsLetter(r) {
					off = o
					break
				}
			}
			return off == 0
		})
		if off > 0 {
			return append(append(append([]byte(nil), src[:off]...), 'e'), src[off:]...), a.ID
		}
	}
	tb.Fatal("no article text to edit")
	return nil, ""
}

// BenchmarkRecheck measures, in one run, a full check of the largest law
// (read, facts, every rule, diagnostics: what `wetlint check` does) and the
// language server's re-check after a one-character edit inside an article
// (read again, facts from the cache, document rules, the article rules of
// the edited article only). Each iteration does both, alternating the edit
// so every re-check sees a changed article, and the ratio is reported.
func BenchmarkRecheck(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testcorpus.Dir(b, filepath.Dir(largestLaw)), filepath.Base(largestLaw)))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		b.Fatal(err)
	}
	edited, _ := oneCharEdit(b, src)
	mods, _ := checks.BuiltinModules(false)
	c := newChecker(e, policiesReadLines(mods))
	if _, err := c.check(ctx, "file:///wet.xml", 1, src); err != nil {
		b.Fatal(err)
	}
	var full, re time.Duration
	texts := [][]byte{edited, src}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		t0 := time.Now()
		doc, err := detect.Read("wet.xml", texts[n%2])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.CheckDocument(ctx, doc); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		snap, err := c.check(ctx, "file:///wet.xml", n+2, texts[n%2])
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if snap.stats.Evaluated != 1 {
			b.Fatalf("re-check evaluated %d article groups, want 1", snap.stats.Evaluated)
		}
		if n == 0 {
			st := snap.stats
			b.Logf("re-check: read %v, facts %v, input %v, document rules %v, article rules %v; total %v",
				st.Read, st.Facts, st.Input, st.DocRules, st.ArticleRules, st.Duration)
		}
		full += t1.Sub(t0)
		re += t2.Sub(t1)
		n++
	}
	b.ReportMetric(float64(full.Milliseconds())/float64(n), "full-ms/op")
	b.ReportMetric(float64(re.Milliseconds())/float64(n), "recheck-ms/op")
	b.ReportMetric(float64(re)/float64(full), "recheck/full")
}
