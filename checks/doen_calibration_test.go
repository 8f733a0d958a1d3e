package checks_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/golden"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

const calibrationDoc = "../docs/rules/calibration.md"

// TestDoenCalibration runs the doenvermogen rules over every BWB law of the
// shared corpus and measures (1) the distribution of the readability and
// density facts over the provisions that address citizens, from which the
// DOEN-008 and DOEN-009 thresholds were chosen, and (2) how often each DOEN
// rule fires on enacted law. The measurement is the block between the
// "measured" markers in docs/rules/calibration.md; the test fails when the
// document no longer says what wetlint measures (run with -update to
// rewrite the block, then read the diff) and when warnings stop being rare.
func TestDoenCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := testcorpus.Dir(t, "corpus-src/bwb")
	e, err := checks.New(context.Background(), checks.Options{Families: []string{"doenvermogen"}})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xml") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	m := newCalibration()
	for _, f := range files {
		doc, err := detect.ReadFile(f)
		if err != nil {
			m.unreadable++
			continue
		}
		r, err := e.CheckDocument(context.Background(), doc)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		m.add(doc, r)
	}
	if m.docs < 400 {
		t.Fatalf("only %d laws read", m.docs)
	}
	got := m.render()
	t.Log("\n" + got)

	// warnings must stay rare on enacted law
	for _, id := range []string{"DOEN-008", "DOEN-009"} {
		if rate := float64(m.warnings[id]) / float64(m.citizen); rate > 0.03 {
			t.Errorf("%s warns on %.1f %% of the provisions for citizens; calibrate it to stay under 3 %%", id, 100*rate)
		}
	}

	doc, err := os.ReadFile(calibrationDoc)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- measured:begin -->\n", "<!-- measured:end -->"
	i, j := bytes.Index(doc, []byte(begin)), bytes.Index(doc, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("%s: no block between %q and %q", calibrationDoc, begin, end)
	}
	if golden.Update() {
		out := append(append(append([]byte{}, doc[:i+len(begin)]...), got...), doc[j:]...)
		if err := os.WriteFile(calibrationDoc, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want := string(doc[i+len(begin) : j]); want != got {
		t.Errorf("%s differs from what wetlint measures (run with -update and read the diff):\n%s", calibrationDoc, golden.Diff(want, got))
	}
}

type calibration struct {
	docs, unreadable, treaties, provisions, citizen int
	metrics                                         map[string][]float64
	warnings, infos                                 map[string]int
	docsWarned                                      map[string]int
	anyWarned                                       int
}

func newCalibration() *calibration {
	return &calibration{metrics: map[string][]float64{}, warnings: map[string]int{}, infos: map[string]int{}, docsWarned: map[string]int{}}
}

// metricNames are the facts measured, in the order of the table; the ones
// marked (≥ 20) are only measured on provisions of at least 20 words.
var metricNames = []string{"max_sentence_words", "words_per_sentence", "flesch_douma (≥ 20)", "long_word_pct (≥ 20)",
	"nominalisations_per_100 (≥ 20)", "passive_pct (≥ 20)", "references_per_100 (≥ 20)", "reference_depth", "words"}

func (m *calibration) add(doc *clause.Document, r *checks.DocResult) {
	m.docs++
	if doc.Meta.Type == clause.TypeVerdrag {
		m.treaties++
		return // the DOEN rules do not judge treaties
	}
	doc.Walk(func(u *clause.Unit) bool {
		uf := r.Facts.Units[u.ID]
		if uf == nil || uf.Readability == nil || !uf.Readability.Provision || uf.Readability.Words == 0 {
			return true
		}
		m.provisions++
		x := uf.Readability
		if !x.Citizen {
			return true
		}
		m.citizen++
		m.metrics["max_sentence_words"] = append(m.metrics["max_sentence_words"], float64(x.MaxSentenceWords))
		m.metrics["words_per_sentence"] = append(m.metrics["words_per_sentence"], x.WordsPerSentence)
		m.metrics["reference_depth"] = append(m.metrics["reference_depth"], float64(x.ReferenceDepth))
		m.metrics["words"] = append(m.metrics["words"], float64(x.Words))
		if x.Words >= 20 {
			m.metrics["flesch_douma (≥ 20)"] = append(m.metrics["flesch_douma (≥ 20)"], x.FleschDouma)
			m.metrics["long_word_pct (≥ 20)"] = append(m.metrics["long_word_pct (≥ 20)"], x.LongWordPct)
			m.metrics["nominalisations_per_100 (≥ 20)"] = append(m.metrics["nominalisations_per_100 (≥ 20)"], x.NominalisationsPer100)
			m.metrics["passive_pct (≥ 20)"] = append(m.metrics["passive_pct (≥ 20)"], x.PassivePct)
			m.metrics["references_per_100 (≥ 20)"] = append(m.metrics["references_per_100 (≥ 20)"], x.ReferencesPer100)
		}
		return true
	})
	warned := map[string]bool{}
	for _, d := range r.Diagnostics {
		switch d.Severity {
		case "warning", "error":
			m.warnings[d.Rule]++
			warned[d.Rule] = true
		case "info":
			m.infos[d.Rule]++
		}
	}
	for id := range warned {
		m.docsWarned[id]++
	}
	if len(warned) > 0 {
		m.anyWarned++
	}
}

// percentile is the nearest-rank percentile of sorted xs.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	k := int(math.Ceil(p/100*float64(len(xs)))) - 1
	return xs[max(0, min(k, len(xs)-1))]
}

func (m *calibration) render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Measured on the %d BWB regulations of `../shared/corpus-src/bwb` (%d unreadable; %d treaties, which the DOEN rules skip): %d provisions (leden, and artikelen without leden), of which %d address citizens.\n\n",
		m.docs, m.unreadable, m.treaties, m.provisions, m.citizen)
	b.WriteString("Distribution over the provisions that address citizens (nearest-rank percentiles):\n\n")
	ps := []float64{1, 5, 10, 50, 90, 95, 97, 98, 99}
	b.WriteString("| fact | n |")
	for _, p := range ps {
		fmt.Fprintf(&b, " p%g |", p)
	}
	b.WriteString("\n|---|---|")
	for range ps {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, name := range metricNames {
		xs := m.metrics[name]
		sort.Float64s(xs)
		fmt.Fprintf(&b, "| `%s` | %d |", name, len(xs))
		for _, p := range ps {
			fmt.Fprintf(&b, " %s |", strings.TrimSuffix(fmt.Sprintf("%.1f", percentile(xs, p)), ".0"))
		}
		b.WriteString("\n")
	}
	b.WriteString("\nFindings of the DOEN rules on these laws, with the default parameters:\n\n")
	b.WriteString("| rule | warnings | regulations with a warning | warnings per 100 provisions for citizens | infos |\n|---|---|---|---|---|\n")
	for i := 1; i <= 12; i++ {
		id := fmt.Sprintf("DOEN-%03d", i)
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f | %d |\n", id, m.warnings[id], m.docsWarned[id],
			100*float64(m.warnings[id])/float64(max(1, m.citizen)), m.infos[id])
	}
	fmt.Fprintf(&b, "\nRegulations with at least one DOEN warning: %d of %d.\n", m.anyWarned, m.docs-m.treaties)
	return b.String()
}
