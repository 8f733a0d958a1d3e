package checks_test

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

var hardshipTable = flag.String("hardship.table", "", "run the hardvochtigheid family over ../shared/corpus-src and write the measurement of docs/rules/precision.md to this file")

// TestHardshipToeslagen checks the HARD rules on the toeslagen laws of the
// shared corpus: the Awir as exported in 2012 (the text before the repairs
// of 2021) recovers in full and has only a group hardheidsclausule; the Awir
// of 2025 has the 2021 mitigations, so those findings are gone and the
// harsh parts that remain (set-off across schemes, partner liability) stay.
func TestHardshipToeslagen(t *testing.T) {
	dir := testcorpus.Dir(t, "corpus-src/bwb")
	e := hardEngine(t)
	check := func(file string) map[string]bool {
		t.Helper()
		rs := e.Run(context.Background(), []string{filepath.Join(dir, file)}, checks.RunOptions{})
		if len(rs) != 1 || rs[0].Err != nil {
			t.Fatalf("%s: %v", file, rs)
		}
		got := map[string]bool{}
		for _, d := range rs[0].Diagnostics {
			got[fmt.Sprintf("%s %s %s", d.Rule, d.Label, d.Severity)] = true
		}
		return got
	}
	cases := []struct {
		file        string
		want, quiet []string
	}{
		{"wetgeving-2012/BWBR0018472.xml",
			[]string{"HARD-001 artikel 26 error", "HARD-005 artikel 47 info", "HARD-014 artikel 9, tweede lid warning",
				"HARD-010 artikel 33, eerste lid warning", "HARD-006 artikel 40, vierde lid warning", "HARD-015 artikel 26 info",
				"HARD-011 artikel 18, vierde lid warning"},
			nil},
		{"toestand-2016/BWBR0018472_2025-01-01_0.xml",
			[]string{"HARD-012 artikel 30, eerste lid warning", "HARD-010 artikel 33, eerste lid warning", "HARD-008 artikel 9a, tweede lid warning"},
			[]string{"HARD-001", "HARD-005", "HARD-015", "HARD-011", "HARD-013"}},
		{"toestand-2016/BWBR0015703_2024-01-01_0.xml",
			[]string{"HARD-010 artikel 59, vierde lid warning"},
			[]string{"HARD-001", "HARD-003", "HARD-007"}},
	}
	for _, c := range cases {
		got := check(c.file)
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%s: no %q; got %v", c.file, w, sortedKeys(got))
			}
		}
		for _, rule := range c.quiet {
			for g := range got {
				if strings.HasPrefix(g, rule+" ") {
					t.Errorf("%s: %s should be quiet, got %q", c.file, rule, g)
				}
			}
		}
	}
}

// TestHardshipCorpusTable writes the measurement of docs/rules/precision.md
// (section hardvochtigheid): findings per law and rule over the whole
// shared corpus, and a sample of 30 warnings and errors chosen by a hash of
// rule, file, position and message, so that the same tree gives the same
// sample. Run:
//
//	go test ./checks -run TestHardshipCorpusTable -hardship.table=/tmp/hard.md
func TestHardshipCorpusTable(t *testing.T) {
	if *hardshipTable == "" {
		t.Skip("set -hardship.table=FILE to measure the HARD rules on the shared corpus")
	}
	dir := testcorpus.Dir(t, "corpus-src")
	e := hardEngine(t)
	results := e.Run(context.Background(), []string{dir}, checks.RunOptions{})
	type row struct {
		law    string
		counts map[string]int
	}
	rows := map[string]*row{}
	var sample []checks.Diagnostic
	total, files, failed := map[string]int{}, 0, 0
	for _, r := range results {
		files++
		if r.Err != nil {
			failed++
			t.Errorf("%v", r.Err)
			continue
		}
		rel, _ := filepath.Rel(dir, r.Path)
		for _, d := range r.Diagnostics {
			key := d.Rule + " " + d.Severity
			total[key]++
			law := r.Meta.BWBID
			if law == "" {
				law = rel
			}
			if rows[rel] == nil {
				rows[rel] = &row{law: law + " " + short(r.Meta.Title), counts: map[string]int{}}
			}
			rows[rel].counts[d.Rule]++
			if d.Severity != "info" {
				d.Path = rel
				sample = append(sample, d)
			}
		}
	}
	hash := func(d checks.Diagnostic) string {
		h := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%d|%s", d.Rule, d.Path, d.Span.Start.Line, d.Message)))
		return fmt.Sprintf("%x", h)
	}
	sort.Slice(sample, func(i, j int) bool { return hash(sample[i]) < hash(sample[j]) })
	if len(sample) > 30 {
		sample = sample[:30]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d files, %d could not be checked.\n\n| rule | severity | findings |\n|---|---|---|\n", files, failed)
	for _, k := range sortedKeys(total) {
		rule, sev, _ := strings.Cut(k, " ")
		fmt.Fprintf(&b, "| %s | %s | %d |\n", rule, sev, total[k])
	}
	b.WriteString("\n| file | law | findings per rule |\n|---|---|---|\n")
	var rels []string
	for rel := range rows {
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	for _, rel := range rels {
		var parts []string
		for _, k := range sortedKeys(rows[rel].counts) {
			parts = append(parts, fmt.Sprintf("%s ×%d", k, rows[rel].counts[k]))
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", rel, rows[rel].law, strings.Join(parts, ", "))
	}
	b.WriteString("\nSample (warnings and errors):\n\n| # | rule | file:line | label | message |\n|---|---|---|---|---|\n")
	for i, d := range sample {
		fmt.Fprintf(&b, "| %d | %s | %s:%d | %s | %s |\n", i+1, d.Rule, d.Path, d.Span.Start.Line, d.Label, strings.ReplaceAll(d.Message, "|", "/"))
	}
	if err := os.WriteFile(*hardshipTable, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// short cuts a title to its citeertitel in brackets, or to 60 characters.
func short(title string) string {
	if i := strings.LastIndex(title, "("); i >= 0 && strings.HasSuffix(title, ")") {
		return title[i+1 : len(title)-1]
	}
	if r := []rune(title); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return title
}

// BenchmarkHardshipRules measures the cost of the hardvochtigheid rules in
// an evaluation: the same input evaluated by every rule, by every rule but
// the HARD family, and by the HARD family alone.
func BenchmarkHardshipRules(b *testing.B) {
	dir := testcorpus.Dir(b, "corpus-src/bwb")
	ctx := context.Background()
	for _, file := range []string{"toestand-2016/BWBR0018472_2025-01-01_0.xml", "toestand-2016/BWBR0004627_2025-08-01_0.xml"} {
		doc, err := detect.ReadFile(filepath.Join(dir, file))
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range []struct {
			name     string
			families []string
		}{
			{"all", nil},
			{"without-hard", []string{"wetgevingstoets", "discriminatietoets", "doenvermogen"}},
			{"hard-only", []string{"hardvochtigheid"}},
		} {
			e, err := checks.New(ctx, checks.Options{Families: c.families})
			if err != nil {
				b.Fatal(err)
			}
			in := checks.Input(doc, e.Facts(doc), checks.ScopeAll, nil)
			b.Run(filepath.Base(file)+"/"+c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := e.Evaluate(ctx, in); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
