package report

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// bigResult is one file with n diagnostics spread over the rules, each
// with its own message, as a large law gives.
func bigResult(i, n int) checks.FileResult {
	r := checks.FileResult{Path: fmt.Sprintf("wet%d.xml", i), Articles: 300,
		Meta: clause.Meta{Ministry: "Financiën", Year: 1990 + i%30, Type: "wet"}}
	for k := 0; k < n; k++ {
		rule := syntheticRules[k%len(syntheticRules)]
		d := diag(rule.ID, rule.Family)
		d.Message = strings.Repeat(fmt.Sprintf("bevinding %d in bestand %d ", k, i), 8)
		r.Diagnostics = append(r.Diagnostics, d)
	}
	return r
}

// TestStatsMemoryBounded adds thousands of files with many diagnostics and
// expects the live heap not to grow with them: Stats keeps counts, not
// results. Retaining them would take tens of megabytes.
func TestStatsMemoryBounded(t *testing.T) {
	s := NewStats(StatsOptions{Rules: syntheticRules})
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for i := 0; i < 100; i++ {
		s.Add(bigResult(i, 50))
	}
	before := heap()
	for i := 100; i < 5100; i++ {
		s.Add(bigResult(i, 50))
	}
	after := heap()
	if after > before+2<<20 {
		t.Errorf("live heap grew from %d to %d bytes over 5,000 files; Stats keeps more than counts", before, after)
	}
	if got := s.Report().Totals.Findings; got != 5100*50 {
		t.Errorf("findings = %d, want %d", got, 5100*50)
	}
	runtime.KeepAlive(s)
}

// BenchmarkStatsAdd measures the cost of counting one file of 50
// diagnostics, to set against the seconds it takes to check one.
func BenchmarkStatsAdd(b *testing.B) {
	s := NewStats(StatsOptions{Rules: syntheticRules})
	files := make([]checks.FileResult, 64)
	for i := range files {
		files[i] = bigResult(i, 50)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Add(files[i%len(files)])
	}
}

// BenchmarkStatsHTML measures writing the HTML page of a corpus-sized run:
// 200 years, 40 ministries, 12 types.
func BenchmarkStatsHTML(b *testing.B) {
	s := NewStats(StatsOptions{Rules: syntheticRules})
	for i := 0; i < 800; i++ {
		r := bigResult(i, 10)
		r.Meta.Year, r.Meta.Ministry, r.Meta.Type = 1815+i%200, fmt.Sprintf("ministerie %d", i%40), fmt.Sprintf("soort%d", i%12)
		s.Add(r)
	}
	rep := s.Report()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := rep.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
