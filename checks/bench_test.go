package checks_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// benchFiles are a small, the median and the largest BWB file of the shared
// corpus (by size).
var benchFiles = []struct{ name, file string }{
	{"small", "wetgeving-2012/BWBR0025004.xml"},
	{"median", "wetgeving-2012/BWBR0009992.xml"},
	{"largest", "toestand-2016/BWBR0004627_2025-08-01_0.xml"},
}

// BenchmarkCheck measures a full check (parse, facts, input, Rego,
// diagnostics) of real laws.
func BenchmarkCheck(b *testing.B) {
	dir := testcorpus.Dir(b, "corpus-src/bwb")
	e := testEngine(b)
	ctx := context.Background()
	for _, c := range benchFiles {
		src, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := detect.Read(c.file, src)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := e.Check(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCheckCorpus checks every BWB file of the shared corpus: each gives
// diagnostics or a clear error, never a panic, and every diagnostic has a
// position inside the file and a known rule.
func TestCheckCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := testcorpus.Dir(t, "corpus-src/bwb")
	e := testEngine(t)
	results := e.Run(context.Background(), []string{dir}, checks.RunOptions{})
	if len(results) < 400 {
		t.Fatalf("only %d files checked", len(results))
	}
	n := 0
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("%v", r.Err)
			continue
		}
		for _, d := range r.Diagnostics {
			n++
			if e.Rule(d.Rule) == nil || d.Span.Start.Line < 1 || d.Span.End.Offset < d.Span.Start.Offset {
				t.Errorf("%s: bad diagnostic %+v", r.Path, d)
			}
		}
	}
	t.Logf("%d files, %d diagnostics", len(results), n)
}
