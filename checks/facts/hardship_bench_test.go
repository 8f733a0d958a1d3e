package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// BenchmarkHardshipFacts measures the facts the hardvochtigheid rules add
// (effects, presumptions, mitigations and applied laws) on the Awir of 2025
// and on the largest law of the corpus; BenchmarkExtract/largest measures
// all facts of the latter.
func BenchmarkHardshipFacts(b *testing.B) {
	dir := testcorpus.Dir(b, "corpus-src/bwb")
	for _, c := range []struct{ name, file string }{
		{"awir", "toestand-2016/BWBR0018472_2025-01-01_0.xml"},
		{"largest", "toestand-2016/BWBR0004627_2025-08-01_0.xml"},
	} {
		src, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			b.Fatal(err)
		}
		doc, err := detect.Read(c.file, src)
		if err != nil {
			b.Fatal(err)
		}
		fx := Extract(doc, Options{})
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for _, top := range doc.Body {
					top.Walk(func(u *clause.Unit) bool {
						for _, s := range u.Sentences {
							n += len(effects(s.Text, s.Start, s.ID)) + len(presumptions(s.Text, s.Start, s.ID))
						}
						return true
					})
				}
				n += len(mitigations(doc, fx.Units, nil)) + len(applications(doc, DefaultLaws, nil))
				if n < 0 {
					b.Fatal(n)
				}
			}
		})
	}
}
