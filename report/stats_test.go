package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/internal/golden"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

func diag(rule, family string) checks.Diagnostic {
	return checks.Diagnostic{Rule: rule, Family: family, Severity: checks.SeverityError}
}

// syntheticResults are four files whose numbers are worked out by hand in
// TestStatsArithmetic.
func syntheticResults() []checks.FileResult {
	justified := diag("DISC-001", "discriminatietoets")
	justified.Justified, justified.Severity = true, checks.SeverityInfo
	return []checks.FileResult{
		{Path: "a.md", Articles: 10, Meta: clause.Meta{Title: "Wet a", Ministry: "SZW,", Year: 2019, Type: "wet"},
			Diagnostics: []checks.Diagnostic{diag("AR-006", "wetgevingstoets"), diag("AR-006", "wetgevingstoets"),
				diag("DOEN-002", "doenvermogen"), justified, diag(checks.RuleBadDirective, "wetgevingstoets")},
			Suppressed: []checks.Diagnostic{diag("AR-004", "wetgevingstoets")}},
		{Path: "b.md", Articles: 30, Meta: clause.Meta{Title: "Wet van 5 juni 1913, tot regeling der ziekteverzekering", Ministry: "Ministerie van SZW"},
			Diagnostics: []checks.Diagnostic{diag("AR-006", "wetgevingstoets")}},
		{Path: "c.md", Articles: 0, Meta: clause.Meta{Title: "Regeling 2005"}},
		{Path: "d.md", Err: errors.New("d.md:1:1: kapot")},
	}
}

var syntheticRules = []checks.Rule{
	{ID: "AR-004", Family: "wetgevingstoets"}, {ID: "AR-006", Family: "wetgevingstoets"},
	{ID: "DISC-001", Family: "discriminatietoets"}, {ID: "DOEN-002", Family: "doenvermogen"},
	{ID: "HARD-001", Family: "hardvochtigheid"},
}

func TestStatsArithmetic(t *testing.T) {
	s := NewStats(StatsOptions{Rules: syntheticRules})
	for _, r := range syntheticResults() {
		s.Add(r)
	}
	rep := s.Report()
	got := map[string]Counts{}
	for _, r := range rep.Rows() {
		got[r.Key()] = r.Counts
	}
	// documents, articles, findings, per 1,000, documents with, share %, justified, suppressed
	c := func(d, a, f int, per float64, dw int, share float64, j, s int) Counts {
		return Counts{d, a, f, per, dw, share, j, s}
	}
	want := map[string]Counts{
		"total|||":      c(3, 40, 4, 100, 2, 66.7, 1, 1),
		"unreadable|||": {Documents: 1},
		"family|wetgevingstoets|wetgevingstoets|":       c(3, 40, 3, 75, 2, 66.7, 0, 1),
		"family|discriminatietoets|discriminatietoets|": c(3, 40, 0, 0, 0, 0, 1, 0),
		"family|doenvermogen|doenvermogen|":             c(3, 40, 1, 25, 1, 33.3, 0, 0),
		"family|hardvochtigheid|hardvochtigheid|":       c(3, 40, 0, 0, 0, 0, 0, 0),
		"rule|AR-006|wetgevingstoets|AR-006":            c(3, 40, 3, 75, 2, 66.7, 0, 0),
		"rule|AR-004|wetgevingstoets|AR-004":            c(3, 40, 0, 0, 0, 0, 0, 1),
		"rule|DISC-001|discriminatietoets|DISC-001":     c(3, 40, 0, 0, 0, 0, 1, 0),
		"ministerie|SZW||":                              c(2, 40, 4, 100, 2, 100, 1, 1),
		"ministerie|SZW|wetgevingstoets|":               c(2, 40, 3, 75, 2, 100, 0, 1),
		"ministerie|onbekend||":                         c(1, 0, 0, 0, 0, 0, 0, 0),
		"jaar|1913||":                                   c(1, 30, 1, 33.33, 1, 100, 0, 0),
		"jaar|2019||":                                   c(1, 10, 3, 300, 1, 100, 1, 1),
		"jaar|2019|doenvermogen|":                       c(1, 10, 1, 100, 1, 100, 0, 0),
		"jaar|onbekend||":                               c(1, 0, 0, 0, 0, 0, 0, 0),
		"soort|wet||":                                   c(1, 10, 3, 300, 1, 100, 1, 1),
		"soort|onbekend||":                              c(2, 30, 1, 33.33, 1, 50, 0, 0),
		"provenance|jaar:source||":                      {Documents: 1},
		"provenance|jaar:title-date||":                  {Documents: 1},
		"provenance|jaar:unknown||":                     {Documents: 1},
	}
	for k := range got {
		if strings.Contains(k, checks.RuleBadDirective) {
			t.Errorf("row %s counts a diagnostic about a directive, which is not about the law", k)
		}
	}
	for k, w := range want {
		if g, ok := got[k]; !ok {
			t.Errorf("row %s missing", k)
		} else if g != w {
			t.Errorf("row %s = %+v, want %+v", k, g, w)
		}
	}
	var ranks []string
	for _, r := range rep.Rules {
		ranks = append(ranks, fmt.Sprintf("%d:%s", r.Rank, r.Rule))
	}
	if w := []string{"1:AR-006", "2:DOEN-002", "3:AR-004", "4:DISC-001", "5:HARD-001"}; !slices.Equal(ranks, w) {
		t.Errorf("rule ranks = %v, want %v", ranks, w)
	}
	// groups: years in time order, others by size, unknown last
	for _, b := range rep.Breakdowns {
		var vals []string
		for _, g := range b.Groups {
			vals = append(vals, g.Value)
		}
		want := map[string][]string{ByMinistry: {"SZW", Unknown}, ByYear: {"1913", "2019", Unknown}, ByType: {"wet", Unknown}}[b.Dimension]
		if !slices.Equal(vals, want) {
			t.Errorf("%s groups = %v, want %v", b.Dimension, vals, want)
		}
	}
	notes := strings.Join(rep.Notes, "\n")
	for _, w := range []string{"1 bestand kon niet worden gelezen", "van 1 van de 3 documenten noemt de bron geen ministerie", "bij 1 uit een volledige datum in de titel", "van 2 documenten is de soort onbekend", "het jaar komt bij 1 document uit de bron"} {
		if !strings.Contains(notes, w) {
			t.Errorf("notes lack %q:\n%s", w, notes)
		}
	}
}

func TestStatsPeriodAndDimensions(t *testing.T) {
	s := NewStats(StatsOptions{Rules: syntheticRules, Period: 10, By: []string{ByYear}})
	for _, r := range syntheticResults() {
		s.Add(r)
	}
	rep := s.Report()
	if rep.Families != nil || rep.Rules != nil {
		t.Errorf("--by jaar gave families %v and rules %v, want neither", rep.Families, rep.Rules)
	}
	if len(rep.Breakdowns) != 1 || rep.Breakdowns[0].Dimension != ByYear {
		t.Fatalf("breakdowns = %+v, want only jaar", rep.Breakdowns)
	}
	var vals []string
	for _, g := range rep.Breakdowns[0].Groups {
		vals = append(vals, g.Value)
	}
	if w := []string{"1910-1919", "2010-2019", Unknown}; !slices.Equal(vals, w) {
		t.Errorf("periods = %v, want %v", vals, w)
	}
}

func TestParseDimensions(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want []string
		err  bool
	}{
		{nil, StatsDimensions, false},
		{[]string{"jaar", "family"}, []string{ByFamily, ByYear}, false},
		{[]string{"regel", "Ministerie", "rule"}, []string{ByRule, ByMinistry}, false},
		{[]string{"land"}, nil, true},
	} {
		got, err := ParseDimensions(c.in)
		if (err != nil) != c.err || !c.err && !slices.Equal(got, c.want) {
			t.Errorf("ParseDimensions(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.err)
		}
	}
}

func TestNormalizeMinistry(t *testing.T) {
	for in, want := range map[string]string{
		"Financiën,":             "Financiën",
		"  Binnenlandse  Zaken ": "Binnenlandse Zaken",
		"Ministerie van Onderwijs, Cultuur en Wetenschap": "Onderwijs, Cultuur en Wetenschap",
		"onderwijs en wetenschappen":                      "Onderwijs en wetenschappen",
		"/tooi/id/gemeente/gm0037":                        "gemeente gm0037",
		"/tooi/id/provincie/PV73":                         "provincie pv73",
		"":                                                "",
	} {
		if got := normalizeMinistry(in); got != want {
			t.Errorf("normalizeMinistry(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDocumentYear(t *testing.T) {
	for _, c := range []struct {
		meta clause.Meta
		year int
		prov string
	}{
		{clause.Meta{Year: 2019, Title: "Wet van 5 juni 1913"}, 2019, YearFromSource},
		{clause.Meta{Title: "Wet van 28 augustus 1851, regelende de onteigening ten algemeenen nutte"}, 1851, YearFromTitleDate},
		{clause.Meta{Title: "Grondwet voor het Koninkrijk der Nederlanden van 24 augustus 1815"}, 1815, YearFromTitleDate},
		{clause.Meta{Title: "Besluit van 1 december 2003, houdende regels"}, 2003, YearFromTitleDate},
		{clause.Meta{Title: "Regeling 2005"}, 0, YearUnknown},
		{clause.Meta{Title: "Vervallen en afzonderlijk verzoek om teruggaaf o.g.v. art. 29, lid 1, Wet OB’68"}, 0, YearUnknown},
		{clause.Meta{Title: "Tarieven vastgesteld bij de Wetten van 28 augustus en 29 december 1843"}, 1843, YearFromTitleDate},
		{clause.Meta{}, 0, YearUnknown},
	} {
		y, p := documentYear(checks.FileResult{Meta: c.meta})
		if y != c.year || p != c.prov {
			t.Errorf("documentYear(%q, %d) = %d, %s; want %d, %s", c.meta.Title, c.meta.Year, y, p, c.year, c.prov)
		}
	}
}

// TestStatsConcurrentAdd adds the same results from many goroutines (run
// with -race) and expects the numbers of adding them one by one.
func TestStatsConcurrentAdd(t *testing.T) {
	one := NewStats(StatsOptions{Rules: syntheticRules})
	many := NewStats(StatsOptions{Rules: syntheticRules})
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		for _, r := range syntheticResults() {
			one.Add(r)
			wg.Add(1)
			go func() { defer wg.Done(); many.Add(r) }()
		}
	}
	wg.Wait()
	a, b := one.Report(), many.Report()
	if !reflect.DeepEqual(a.Rows(), b.Rows()) {
		t.Errorf("concurrent Add differs from sequential Add")
	}
	if a.Totals.Documents != 150 || a.Unreadable != 50 {
		t.Errorf("totals = %+v, unreadable %d; want 150 documents, 50 unreadable", a.Totals, a.Unreadable)
	}
}

// TestStatsGolden runs the golden rules over the drafts in
// testdata/stats and compares the CSV and JSON with the golden files.
func TestStatsGolden(t *testing.T) {
	rep := statsOf(t, testEngine(t, "golden"), StatsOptions{Version: "test"}, "testdata/stats")
	for _, f := range []string{"csv", "json"} {
		var b bytes.Buffer
		if err := WriteStats(&b, f, rep); err != nil {
			t.Fatal(err)
		}
		golden.CheckFile(t, "testdata/stats/golden."+f, b.Bytes())
	}
}

// cellMap maps "row key/column" to a number as the CSV writes it.
type cellMap map[string]string

func csvCells(t *testing.T, data []byte) cellMap {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(recs[0], StatsColumns) {
		t.Fatalf("CSV header = %v, want %v", recs[0], StatsColumns)
	}
	out := cellMap{}
	for _, r := range recs[1:] {
		key := strings.Join(r[:4], "|")
		for i := 4; i < len(r); i++ {
			if _, dup := out[key+"/"+StatsColumns[i]]; dup {
				t.Fatalf("CSV row %s appears twice", key)
			}
			out[key+"/"+StatsColumns[i]] = r[i]
		}
	}
	return out
}

// jsonCells walks the JSON output as plain maps (not through the Go
// types) and writes its numbers the way the CSV does.
func jsonCells(t *testing.T, data []byte) cellMap {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out := cellMap{}
	str := func(x any) string {
		s, _ := x.(string)
		return s
	}
	add := func(key string, m map[string]any) {
		for _, col := range StatsColumns[4:] {
			x, ok := m[col]
			if !ok {
				if col == "rank" {
					out[key+"/rank"] = ""
				}
				continue
			}
			n := x.(float64)
			switch col {
			case "per_1000_articles":
				out[key+"/"+col] = strconv.FormatFloat(n, 'f', 2, 64)
			case "share_documents_pct":
				out[key+"/"+col] = strconv.FormatFloat(n, 'f', 1, 64)
			default:
				out[key+"/"+col] = strconv.Itoa(int(n))
			}
		}
	}
	add("total|||", v["totals"].(map[string]any))
	add("unreadable|||", map[string]any{"documents": v["unreadable"], "articles": 0.0, "findings": 0.0, "per_1000_articles": 0.0,
		"documents_with_findings": 0.0, "share_documents_pct": 0.0, "justified": 0.0, "suppressed": 0.0})
	for _, f := range v["families"].([]any) {
		m := f.(map[string]any)
		add("family|"+str(m["family"])+"|"+str(m["family"])+"|", m)
	}
	for _, r := range v["rules"].([]any) {
		m := r.(map[string]any)
		add("rule|"+str(m["rule"])+"|"+str(m["family"])+"|"+str(m["rule"]), m)
	}
	for _, b := range v["breakdowns"].([]any) {
		bm := b.(map[string]any)
		for _, g := range bm["groups"].([]any) {
			gm := g.(map[string]any)
			add(str(bm["dimension"])+"|"+str(gm["value"])+"||", gm)
			for _, f := range gm["families"].([]any) {
				fm := f.(map[string]any)
				add(str(bm["dimension"])+"|"+str(gm["value"])+"|"+str(fm["family"])+"|", fm)
			}
		}
	}
	for _, p := range v["provenance"].([]any) {
		pm := p.(map[string]any)
		add("provenance|"+str(pm["dimension"])+":"+str(pm["source"])+"||", map[string]any{"documents": pm["documents"],
			"articles": 0.0, "findings": 0.0, "per_1000_articles": 0.0, "documents_with_findings": 0.0,
			"share_documents_pct": 0.0, "justified": 0.0, "suppressed": 0.0})
	}
	return out
}

// fromNL turns a number as the HTML writes it (30.563; 84,62; 12,5%) into
// the CSV form (30563; 84.62; 12.5).
func fromNL(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	s = strings.ReplaceAll(s, ".", "")
	return strings.Replace(s, ",", ".", 1)
}

// htmlCells reads every table cell that names its row and column
// (data-row, data-col) from the HTML output.
func htmlCells(t *testing.T, data []byte) cellMap {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out := cellMap{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "td" {
			var row, col string
			for _, a := range n.Attr {
				switch a.Key {
				case "data-row":
					row = a.Val
				case "data-col":
					col = a.Val
				}
			}
			if row != "" && col != "" {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				k := row + "/" + col
				if prev, dup := out[k]; dup && prev != fromNL(b.String()) {
					t.Errorf("HTML shows %s twice, as %q and %q", k, prev, b.String())
				}
				out[k] = fromNL(b.String())
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// compareCells checks that every number of got equals the CSV's, and that
// every row of the CSV is in got (all columns when full).
func compareCells(t *testing.T, name string, csvc, got cellMap, full bool) {
	t.Helper()
	rows := map[string]bool{}
	for k, v := range got {
		w, ok := csvc[k]
		if !ok {
			t.Errorf("%s has %s = %q, which the CSV does not have", name, k, v)
			continue
		}
		if v != w {
			t.Errorf("%s: %s = %q, CSV says %q", name, k, v, w)
		}
		rows[k[:strings.LastIndexByte(k, '/')]] = true
	}
	for k := range csvc {
		row := k[:strings.LastIndexByte(k, '/')]
		if _, ok := got[k]; full && !ok || !rows[row] {
			t.Errorf("%s lacks %s of the CSV", name, k)
		}
	}
}

// TestStatsFormatsAgree renders one report as CSV, JSON and HTML and
// checks that they carry the same numbers: the JSON all of them, the HTML
// every row (the breakdowns show per family only the rate).
func TestStatsFormatsAgree(t *testing.T) {
	rep := statsOf(t, testEngine(t, "all"), StatsOptions{Version: "test"}, "testdata/stats")
	out := map[string][]byte{}
	for _, f := range StatsFormats {
		var b bytes.Buffer
		if err := WriteStats(&b, f, rep); err != nil {
			t.Fatal(err)
		}
		out[f] = b.Bytes()
	}
	c := csvCells(t, out["csv"])
	if len(c) < 100 {
		t.Fatalf("the CSV has only %d numbers", len(c))
	}
	compareCells(t, "JSON", c, jsonCells(t, out["json"]), true)
	compareCells(t, "HTML", c, htmlCells(t, out["html"]), false)
}

// TestStatsOnCorpus counts part of the shared corpus through Stats and
// directly from the results, and expects the same totals.
func TestStatsOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	var paths []string
	for _, d := range []string{"corpus-src/op", "corpus-src/cvdr", "corpus-src/stop", "corpus-src/bwb/toestand-2016"} {
		paths = append(paths, testcorpus.Dir(t, d))
	}
	e := testEngine(t, "all")
	s := NewStats(StatsOptions{Rules: enabledRules(e)})
	var docs, articles, findings, unreadable int
	var mu sync.Mutex
	e.Run(context.Background(), paths, checks.RunOptions{Each: func(r checks.FileResult) {
		s.Add(r)
		mu.Lock()
		defer mu.Unlock()
		if r.Err != nil {
			unreadable++
			return
		}
		docs++
		articles += r.Articles
		for _, d := range r.Diagnostics {
			if !d.Justified {
				findings++
			}
		}
	}})
	rep := s.Report()
	if rep.Totals.Documents != docs || rep.Totals.Articles != articles || rep.Totals.Findings != findings || rep.Unreadable != unreadable {
		t.Errorf("stats totals %+v (unreadable %d), counted directly: %d documents, %d articles, %d findings, %d unreadable",
			rep.Totals, rep.Unreadable, docs, articles, findings, unreadable)
	}
	if docs < 20 {
		t.Errorf("only %d documents read from %v", docs, paths)
	}
	sum := 0
	for _, f := range rep.Families {
		sum += f.Findings
	}
	if sum != findings {
		t.Errorf("findings per family add up to %d, want %d", sum, findings)
	}
}

// TestStatsEmpty: a run that finds nothing still writes every format, and
// says so.
func TestStatsEmpty(t *testing.T) {
	rep := NewStats(StatsOptions{Rules: syntheticRules}).Report()
	if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[0], "geen documenten gevonden") {
		t.Errorf("notes = %q, want one saying nothing was found", rep.Notes)
	}
	for _, f := range StatsFormats {
		var b bytes.Buffer
		if err := WriteStats(&b, f, rep); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if err := WriteStats(&bytes.Buffer{}, "xlsx", rep); err == nil || !strings.Contains(err.Error(), "csv, json, html") {
		t.Errorf("WriteStats(xlsx) = %v, want an error naming the formats", err)
	}
}
