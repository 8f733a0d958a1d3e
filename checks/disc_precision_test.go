package checks

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// discVerdicts holds the findings of the discriminatietoets on real law that
// were read by hand: "path<TAB>unit<TAB>rule<TAB>ok|fp<TAB>why", with path
// relative to corpus-src.
const discVerdicts = "testdata/disc/precision.tsv"

const discSample = 30 // findings in the sample read by hand

type discFinding struct {
	key, law, title, text string
	d                     Diagnostic
}

type discVerdict struct {
	ok  bool
	why string
}

func readDiscVerdicts(t *testing.T) map[string]discVerdict {
	t.Helper()
	f, err := os.Open(discVerdicts)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]discVerdict{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 5 || (p[3] != "ok" && p[3] != "fp") {
			t.Fatalf("%s:%d: want path, unit, rule, ok|fp, why separated by tabs", discVerdicts, n)
		}
		out[p[0]+"\t"+p[1]+"\t"+p[2]] = discVerdict{p[3] == "ok", p[4]}
	}
	return out
}

// TestDISCPrecision measures the discriminatietoets on the shared corpus
// of real law (docs/rules/precision.md, section discriminatietoets). By
// default it checks the laws of the hand-read sample: every finding judged
// right must still be reported, and the precision of the sample must stay
// at or above 80 %. With WETLINT_DISC_CORPUS=1 it runs the whole corpus and
// prints what the precision section reports: the findings per law, the
// sample (the 30 distinct findings whose keys hash lowest, a choice that
// does not move when other findings come and go) with its verdicts, and
// the findings of the sample that still need one.
//
//	WETLINT_DISC_CORPUS=1 go test ./checks -run TestDISCPrecision -v -timeout 30m
func TestDISCPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	root := testcorpus.Dir(t, "corpus-src")
	verdicts := readDiscVerdicts(t)
	full := os.Getenv("WETLINT_DISC_CORPUS") != ""
	var files []string
	if full {
		files = testcorpus.Files(t, "corpus-src", ".xml", ".md")
	} else {
		files = judgedFiles(root, slices.Collect(maps.Keys(verdicts)))
	}
	e, err := New(context.Background(), Options{Families: []string{"discriminatietoets"}})
	if err != nil {
		t.Fatal(err)
	}
	results, docs := runKeepingDocs(e, files)

	var all []discFinding
	for _, r := range results {
		rel := filepath.ToSlash(strings.TrimPrefix(r.Path, root+string(filepath.Separator)))
		law := r.Meta.BWBID
		if law == "" {
			law = rel
		}
		title := r.Meta.Citeertitel
		if title == "" {
			title = r.Meta.Title
		}
		for _, d := range r.Diagnostics {
			text := ""
			if v, ok := docs.Load(r.Path); ok {
				if u := v.(*clause.Document).Unit(d.Unit); u != nil {
					text = u.Text
				}
			}
			all = append(all, discFinding{rel + "\t" + d.Unit + "\t" + d.Rule, law, title, text, d})
		}
	}

	if full {
		discReport(t, files, all, verdicts)
	}
	// precision of the judged findings that are reported now
	present := map[string]bool{}
	for _, f := range all {
		present[f.key] = true
	}
	ok, judged := 0, 0
	for k, v := range verdicts {
		switch {
		case present[k]:
			judged++
			if v.ok {
				ok++
			}
		case v.ok:
			t.Errorf("%s: judged right (%s) but no longer reported", strings.ReplaceAll(k, "\t", " "), v.why)
		default:
			t.Logf("%s: judged wrong and no longer reported", strings.ReplaceAll(k, "\t", " "))
		}
	}
	if judged == 0 {
		t.Fatal("none of the judged findings is reported")
	}
	precision := float64(ok) / float64(judged)
	t.Logf("precision of the judged findings: %d of %d right (%.0f %%)", ok, judged, 100*precision)
	if precision < 0.8 {
		t.Errorf("precision %.2f is below 0.80", precision)
	}
}

// discHash orders the findings for the sample.
func discHash(key string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()
}

// discReport prints the findings per law and the sample to read by hand.
func discReport(t *testing.T, files []string, all []discFinding, verdicts map[string]discVerdict) {
	// the findings per law and per rule
	perLaw := map[string]map[string]int{}
	titles := map[string]string{}
	perRule := map[string]int{}
	for _, f := range all {
		if perLaw[f.law] == nil {
			perLaw[f.law] = map[string]int{}
		}
		perLaw[f.law][f.d.Rule+" "+f.d.Severity]++
		perRule[f.d.Rule+" "+f.d.Severity]++
		titles[f.law] = f.title
	}
	var laws []string
	for l := range perLaw {
		laws = append(laws, l)
	}
	sort.Strings(laws)
	var b strings.Builder
	fmt.Fprintf(&b, "%d files, %d findings\n", len(files), len(all))
	for _, l := range laws {
		var parts []string
		for r, n := range perLaw[l] {
			parts = append(parts, fmt.Sprintf("%s %d", r, n))
		}
		sort.Strings(parts)
		fmt.Fprintf(&b, "  %s (%s): %s\n", l, titles[l], strings.Join(parts, ", "))
	}
	var rules []string
	for r, n := range perRule {
		rules = append(rules, fmt.Sprintf("%s %d", r, n))
	}
	sort.Strings(rules)
	fmt.Fprintf(&b, "per rule: %s\n", strings.Join(rules, ", "))

	// distinct distinctions at warning or error: one per law, unit and
	// rule, whatever the format
	seen := map[string]bool{}
	var distinct []discFinding
	sort.Slice(all, func(i, j int) bool { return all[i].key < all[j].key })
	for _, f := range all {
		id := f.law + "\t" + f.d.Unit + "\t" + f.d.Rule
		if f.d.Rule == "DISC-007" || SeverityRank(f.d.Severity) < SeverityRank(SeverityWarning) || seen[id] {
			continue
		}
		seen[id] = true
		distinct = append(distinct, f)
	}
	// the sample: the findings whose keys hash lowest, so that it stays
	// the same when other findings come and go
	sort.SliceStable(distinct, func(i, j int) bool { return discHash(distinct[i].key) < discHash(distinct[j].key) })
	fmt.Fprintf(&b, "%d distinct findings at warning or error (DISC-007 left out)\nsample:\n", len(distinct))
	for i := 0; i < discSample && i < len(distinct); i++ {
		f := distinct[i]
		v, has := verdicts[f.key]
		mark := "?"
		if has {
			mark = map[bool]string{true: "ok", false: "fp"}[v.ok]
		}
		text := f.text
		if len(text) > 240 {
			text = text[:240] + "…"
		}
		fmt.Fprintf(&b, "  %s\t%s\t%s\n      %s\n", mark, strings.ReplaceAll(f.key, "\t", " "), f.title, text)
	}
	t.Log("\n" + b.String())
}

// judgedFiles lists, sorted and once each, the corpus files named by the
// keys of hand-read verdicts (path relative to corpus-src, a tab, …).
func judgedFiles(root string, keys []string) []string {
	seen := map[string]bool{}
	var files []string
	for _, k := range keys {
		p := filepath.Join(root, filepath.FromSlash(strings.SplitN(k, "\t", 2)[0]))
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	sort.Strings(files)
	return files
}

// runKeepingDocs checks files and keeps each document it read, by path, so
// that a report can quote the text of a finding's unit.
func runKeepingDocs(e *Engine, files []string) ([]FileResult, *sync.Map) {
	var docs sync.Map
	results := e.Run(context.Background(), files, RunOptions{Read: func(p string) (*clause.Document, error) {
		doc, err := detect.ReadFile(p)
		if err == nil {
			docs.Store(p, doc)
		}
		return doc, err
	}})
	return results, &docs
}
