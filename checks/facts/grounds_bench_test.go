package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// BenchmarkGrounds measures the discriminatietoets facts (grounds and
// justifications) against the whole extraction, on the largest law of the
// shared corpus (the Kieswet, 2.3 MB, full of “Nederlander”).
func BenchmarkGrounds(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testcorpus.Dir(b, "corpus-src/bwb"), "toestand-2016/BWBR0004627_2025-08-01_0.xml"))
	if err != nil {
		b.Fatal(err)
	}
	doc, err := detect.Read("kieswet.xml", src)
	if err != nil {
		b.Fatal(err)
	}
	fx := Extract(doc, Options{})
	b.Run("grounds", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Grounds(doc, fx.Definitions)
		}
	})
	b.Run("justifications", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Justifications(doc, fx)
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Extract(doc, Options{})
		}
	})
}
