package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// BenchmarkExtract measures fact extraction (references, definitions,
// actors, duties, deadlines, consequences, readability) on a small, the
// median and the largest BWB law of the shared corpus.
func BenchmarkExtract(b *testing.B) {
	dir := testcorpus.Dir(b, "corpus-src/bwb")
	for _, c := range []struct{ name, file string }{
		{"small", "wetgeving-2012/BWBR0025004.xml"},
		{"median", "wetgeving-2012/BWBR0009992.xml"},
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
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(doc, Options{})
			}
		})
	}
}
