package checks

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// The precision of the wetgevingstoets family on enacted law
// (docs/rules/precision.md, section wetgevingstoets). The findings read by
// hand are in checks/testdata/ar/<RULE>.tsv, one file per rule:
//
//	path<TAB>unit<TAB>rule<TAB>start<TAB>ok|fp<TAB>why
//
// with path relative to corpus-src. A line "# reden: …" in the file gives
// the written reason for a rule whose sampled precision is below 80 %.
const arVerdictDir = "testdata/ar"

const arSample = 20 // findings per rule in the sample read by hand

type arVerdict struct {
	ok  bool
	why string
}

type arVerdicts struct {
	byKey   map[string]arVerdict
	reasons map[string]string // rule → written reason for a low precision
}

func readARVerdicts(t *testing.T) arVerdicts {
	t.Helper()
	v := arVerdicts{byKey: map[string]arVerdict{}, reasons: map[string]string{}}
	files, err := filepath.Glob(filepath.Join(arVerdictDir, "*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		rule := strings.TrimSuffix(filepath.Base(name), ".tsv")
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if r, ok := strings.CutPrefix(line, "# reden:"); ok {
				v.reasons[rule] = strings.TrimSpace(r)
				continue
			}
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			p := strings.Split(line, "\t")
			if len(p) != 6 || (p[4] != "ok" && p[4] != "fp") || p[2] != rule {
				f.Close()
				t.Fatalf("%s:%d: want path, unit, %s, start, ok|fp, why separated by tabs", name, n, rule)
			}
			v.byKey[strings.Join(p[:4], "\t")] = arVerdict{p[4] == "ok", p[5]}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return v
}

type arFinding struct {
	key, title, snippet string
	d                   Diagnostic
}

// TestARPrecision measures the wetgevingstoets family on the BWB files of
// the shared corpus. By default it checks the laws of the hand-read
// samples: every finding judged right must still be reported, and a rule
// whose judged precision is below 80 % must have a written reason. With
// WETLINT_AR_CORPUS=1 it runs all BWB files and prints, per rule, the
// findings, the rate per 1,000 articles and the sample (the 20 findings of
// the rule whose keys hash lowest, a choice that does not move when other
// findings come and go) with its verdicts; WETLINT_AR_RULES=AR-003,AR-007
// limits the run to some rules.
//
//	WETLINT_AR_CORPUS=1 go test ./checks -run TestARPrecision -v -timeout 60m
func TestARPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	root := testcorpus.Dir(t, "corpus-src")
	verdicts := readARVerdicts(t)
	full := os.Getenv("WETLINT_AR_CORPUS") != ""
	var only []string
	if s := os.Getenv("WETLINT_AR_RULES"); s != "" {
		only = strings.Split(s, ",")
	}
	var files []string
	if full {
		files = testcorpus.Files(t, "corpus-src/bwb", ".xml")
	} else {
		files = judgedFiles(root, slices.Collect(maps.Keys(verdicts.byKey)))
	}
	if len(files) == 0 {
		t.Skip("no hand-read findings yet")
	}
	opts := Options{Families: []string{"wetgevingstoets"}}
	if only != nil {
		opts.Disable = []string{"all"}
		opts.Enable = only
	}
	e, err := New(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	results, docs := runKeepingDocs(e, files)
	var all []arFinding
	articles := 0
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("%v", r.Err)
			continue
		}
		articles += r.Articles
		rel := filepath.ToSlash(strings.TrimPrefix(r.Path, root+string(filepath.Separator)))
		title := r.Meta.Citeertitel
		if title == "" {
			title = r.Meta.Title
		}
		for _, d := range r.Diagnostics {
			snippet := ""
			if v, ok := docs.Load(r.Path); ok {
				doc := v.(*clause.Document)
				if u := doc.Unit(d.Unit); u != nil {
					snippet = arSnippet(u.Text, doc.Src, d.Span)
				}
			}
			key := fmt.Sprintf("%s\t%s\t%s\t%d", rel, d.Unit, d.Rule, d.Span.Start.Offset)
			all = append(all, arFinding{key, title, snippet, d})
		}
	}
	if full {
		arReport(t, len(files), articles, all, verdicts)
	}

	present := map[string]bool{}
	for _, f := range all {
		present[f.key] = true
	}
	ok, judged := map[string]int{}, map[string]int{}
	for k, v := range verdicts.byKey {
		rule := strings.Split(k, "\t")[2]
		if only != nil && !slices.Contains(only, rule) {
			continue
		}
		switch {
		case present[k]:
			judged[rule]++
			if v.ok {
				ok[rule]++
			}
		case v.ok:
			t.Errorf("%s: judged right (%s) but no longer reported", strings.ReplaceAll(k, "\t", " "), v.why)
		}
	}
	for _, rule := range sortedKeys(judged) {
		p := float64(ok[rule]) / float64(judged[rule])
		t.Logf("%s: %d of %d judged findings right (%.0f %%)", rule, ok[rule], judged[rule], 100*p)
		if p < 0.8 && verdicts.reasons[rule] == "" {
			t.Errorf("%s: precision %.2f is below 0.80 and %s/%s.tsv gives no “# reden:”", rule, p, arVerdictDir, rule)
		}
	}
}

// arSnippet shows the finding in its unit's text with some context: the
// found words (from the source, markup removed) between ⟦ ⟧.
func arSnippet(text string, src []byte, span clause.Span) string {
	found := ""
	if a, b := span.Start.Offset, span.End.Offset; 0 <= a && a < b && b <= len(src) && b-a < 400 {
		found = strings.Join(strings.Fields(tagRe.ReplaceAllString(string(src[a:b]), "")), " ")
	}
	text = strings.ReplaceAll(text, "\n", " ¶ ")
	if i := strings.Index(text, found); found != "" && i >= 0 {
		from, to := max(0, i-150), min(len(text), i+len(found)+150)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		return text[from:i] + "⟦" + found + "⟧" + text[i+len(found):to]
	}
	if r := []rune(text); len(r) > 300 {
		text = string(r[:300]) + "…"
	}
	return text
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

func arHash(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

// arReport prints the table of docs/rules/precision.md and the samples.
func arReport(t *testing.T, files, articles int, all []arFinding, verdicts arVerdicts) {
	perRule := map[string][]arFinding{}
	for _, f := range all {
		perRule[f.d.Rule] = append(perRule[f.d.Rule], f)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d BWB files, %d articles, %d findings\n\n", files, articles, len(all))
	fmt.Fprintf(&b, "| regel | bevindingen | per 1.000 artikelen | ernst | steekproef | juist | precisie |\n|---|---|---|---|---|---|---|\n")
	var samples strings.Builder
	for _, rule := range sortedKeys(perRule) {
		fs := perRule[rule]
		sev := map[string]int{}
		for _, f := range fs {
			sev[f.d.Severity]++
		}
		var sevs []string
		for _, s := range sortedKeys(sev) {
			sevs = append(sevs, fmt.Sprintf("%s %d", s, sev[s]))
		}
		sort.Slice(fs, func(i, j int) bool { return arHash(fs[i].key) < arHash(fs[j].key) })
		n := min(arSample, len(fs))
		okN, judged := 0, 0
		fmt.Fprintf(&samples, "\n%s sample:\n", rule)
		for _, f := range fs[:n] {
			mark := "?"
			if v, has := verdicts.byKey[f.key]; has {
				judged++
				mark = "fp"
				if v.ok {
					okN++
					mark = "ok"
				}
			}
			fmt.Fprintf(&samples, "%s\t%s\t%s\n      %s | %s\n      %s\n", mark, f.key, f.d.Severity, f.title, f.d.Message, f.snippet)
		}
		prec := "–"
		if judged > 0 {
			prec = fmt.Sprintf("%.0f %%", 100*float64(okN)/float64(judged))
		}
		fmt.Fprintf(&b, "| %s | %d | %.1f | %s | %d | %d | %s |\n", rule, len(fs), 1000*float64(len(fs))/float64(max(articles, 1)), strings.Join(sevs, ", "), judged, okN, prec)
	}
	t.Log("\n" + b.String() + samples.String())
}
