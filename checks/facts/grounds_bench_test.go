package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// BenchmarkGrounds measures the discriminatietoets facts against the whole
// extraction: grounds on the largest law of the shared corpus (the Kieswet,
// 2.3 MB, full of “Nederlander”), justifications on the test draft with a
// toelichting.
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
	// the Kieswet has no toelichting: justifications are measured on the
	// test draft with one
	tsrc, err := os.ReadFile("../testdata/disc/rechtvaardiging.md")
	if err != nil {
		b.Fatal(err)
	}
	tdoc, err := detect.Read("rechtvaardiging.md", tsrc)
	if err != nil {
		b.Fatal(err)
	}
	tfx := Extract(tdoc, Options{})
	b.Run("justifications", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Justifications(tdoc, tfx)
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Extract(doc, Options{})
		}
	})
}
