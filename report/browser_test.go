package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wetlint/wetlint/internal/browser"
)

// The browser tests open the HTML outputs in a real headless Chromium.
// They skip when Chromium is absent, unless WETLINT_REQUIRE_CHROMIUM=1
// (.ci/run sets it). With WETLINT_ARTIFACTS=dir they also leave a
// screenshot and the printed PDF of each page there, for a person to look
// at.

// openInChromium writes page to a file, opens it and checks what every
// report must do: load without console errors, exceptions or failed
// loads, fetch nothing but itself, run no script, and print.
func openInChromium(t *testing.T, name string, page []byte) (*browser.Page, context.Context) {
	t.Helper()
	path := browser.Find(t)
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	b, err := browser.Start(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	p, err := b.Open(ctx, "file://"+file)
	if err != nil {
		t.Fatalf("%v\nChromium's stderr:\n%s", err, b.Stderr())
	}
	var scripts int
	if err := p.Eval(ctx, `document.scripts.length`, &scripts); err != nil {
		t.Fatal(err)
	}
	if scripts != 0 {
		t.Errorf("the page has %d script elements; it must be readable without JavaScript", scripts)
	}
	pdf, err := p.PrintPDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("printing gave no PDF")
	}
	if dir := os.Getenv("WETLINT_ARTIFACTS"); dir != "" {
		png, err := p.Screenshot(ctx, 1100)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name)))
		os.WriteFile(base+".png", png, 0o644)
		os.WriteFile(base+".pdf", pdf, 0o644)
		// the print stylesheet at about the width of A4
		p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil)
		if png, err = p.Screenshot(ctx, 720); err == nil {
			os.WriteFile(base+"-print.png", png, 0o644)
		}
		p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil)
	}
	if probs := p.Problems(); len(probs) > 0 {
		t.Errorf("Chromium reported problems:\n%s", strings.Join(probs, "\n"))
	}
	for _, u := range p.Requests() {
		if u != "file://"+file {
			t.Errorf("the page fetched %s; a report must be self-contained", u)
		}
	}
	return p, ctx
}

// printHidesNav checks the print stylesheet: in print the navigation is
// not shown.
func printHidesNav(t *testing.T, ctx context.Context, p *browser.Page) {
	t.Helper()
	if err := p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil); err != nil {
		t.Fatal(err)
	}
	var display string
	if err := p.Eval(ctx, `getComputedStyle(document.querySelector("nav")).display`, &display); err != nil {
		t.Fatal(err)
	}
	if display != "none" {
		t.Errorf("in print the navigation has display %q, want none", display)
	}
	if err := p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": ""}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestStatsHTMLInBrowser renders the statistics page in Chromium and reads
// back what a person sees: the charts are drawn (with a size, a bar per
// family, a line per family with a point per known year) and every number
// in the tables equals the CSV.
func TestStatsHTMLInBrowser(t *testing.T) {
	rep := statsOf(t, testEngine(t, "all"), StatsOptions{Version: "test"}, "testdata/stats")
	var page, csvOut bytes.Buffer
	if err := rep.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteCSV(&csvOut); err != nil {
		t.Fatal(err)
	}
	p, ctx := openInChromium(t, "stats.html", page.Bytes())

	var charts []struct {
		ID     string
		Width  float64
		Height float64
		Rects  int
		Lines  int
		Dots   int
	}
	err := p.Eval(ctx, `[...document.querySelectorAll("svg.chart")].map(s => {
		const r = s.getBoundingClientRect();
		return {id: s.id, width: r.width, height: r.height,
			rects: s.querySelectorAll("rect").length,
			lines: s.querySelectorAll("g.series polyline").length,
			dots: s.querySelectorAll("g.series circle").length};
	})`, &charts)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, c := range charts {
		byID[c.ID] = i
		if c.Width < 200 || c.Height < 50 {
			t.Errorf("chart %s is drawn %.0f×%.0f px; too small to see", c.ID, c.Width, c.Height)
		}
	}
	knownYears := 0
	for _, b := range rep.Breakdowns {
		if b.Dimension == ByYear {
			for _, g := range b.Groups {
				if g.Value != Unknown {
					knownYears++
				}
			}
		}
	}
	firing := 0
	for _, r := range rep.Rules {
		if r.Findings > 0 {
			firing++
		}
	}
	want := []struct {
		id           string
		rects, lines int
		dots         int
	}{
		{"chart-family", len(rep.Families), 0, 0},
		{"chart-family-share", len(rep.Families), 0, 0},
		{"chart-rule", min(firing, topRules), 0, 0},
		{"chart-trend", 0, len(rep.Families), len(rep.Families) * knownYears},
	}
	for _, w := range want {
		i, ok := byID[w.id]
		if !ok {
			t.Errorf("chart %s not on the page (charts: %+v)", w.id, charts)
			continue
		}
		c := charts[i]
		if c.Rects != w.rects || c.Lines != w.lines || c.Dots != w.dots {
			t.Errorf("chart %s has %d bars, %d lines, %d points; want %d, %d, %d", w.id, c.Rects, c.Lines, c.Dots, w.rects, w.lines, w.dots)
		}
	}

	// the numbers as rendered (innerText: what a reader sees)
	var cells [][3]string
	err = p.Eval(ctx, `[...document.querySelectorAll("td[data-row][data-col]")].map(td => [td.dataset.row, td.dataset.col, td.innerText])`, &cells)
	if err != nil {
		t.Fatal(err)
	}
	seen := cellMap{}
	for _, c := range cells {
		seen[c[0]+"/"+c[1]] = fromNL(c[2])
	}
	compareCells(t, "rendered page", csvCells(t, csvOut.Bytes()), seen, false)
	printHidesNav(t, ctx, p)
}

// TestReviewHTMLInBrowser renders the report on a draft in Chromium: every
// finding is shown with its message, the highlighted part of the excerpt
// is the text the finding points at, the summary adds up, justifications
// and suppressions are listed with their reasons, directive problems
// apart, and the citizen's view has a row per duty.
func TestReviewHTMLInBrowser(t *testing.T) {
	rev := reviewOf(t, testEngine(t, "all"), "testdata/review/ontwerp.md")
	var page bytes.Buffer
	if err := rev.WriteHTML(&page); err != nil {
		t.Fatal(err)
	}
	p, ctx := openInChromium(t, "rapport.html", page.Bytes())

	var shown struct {
		Open       []string
		Justified  []string
		Suppressed []string
		Marks      []string
		Directives []string
		Total      []string
		Duties     []string
	}
	err := p.Eval(ctx, `(() => {
		const texts = sel => [...document.querySelectorAll(sel)].map(e => e.innerText.trim());
		return {
			open: texts("section.family article.finding p.message"),
			justified: texts("#gerechtvaardigd article.finding"),
			suppressed: texts("#onderdrukt article.finding"),
			marks: texts("section.family mark"),
			directives: texts("#aanwijzingen li.directive"),
			total: texts("#table-summary tfoot td"),
			duties: texts("#burger tr.duty"),
		};
	})()`, &shown)
	if err != nil {
		t.Fatal(err)
	}
	open, justified, directives := 0, 0, 0
	for _, d := range rev.Result.Diagnostics {
		if directiveRule(d.Rule) {
			directives++
			if !containsText(shown.Directives, d.Message) {
				t.Errorf("directive diagnostic %s at line %d not listed: %q", d.Rule, d.Span.Start.Line, d.Message)
			}
			continue
		}
		if d.Justified {
			justified++
			if !containsText(shown.Justified, d.Message) || !containsText(shown.Justified, d.Reason) {
				t.Errorf("justified finding %s (%s) not shown with its reason %q", d.Rule, d.Label, d.Reason)
			}
			continue
		}
		open++
		if !containsText(shown.Open, d.Message) {
			t.Errorf("finding %s (%s) not shown: %q", d.Rule, d.Label, d.Message)
		}
	}
	for _, d := range rev.Result.Suppressed {
		if !containsText(shown.Suppressed, d.Message) {
			t.Errorf("suppressed finding %s (%s) not listed", d.Rule, d.Label)
		}
	}
	if len(shown.Open) != open || len(shown.Justified) != justified || len(shown.Suppressed) != len(rev.Result.Suppressed) || len(shown.Directives) != directives {
		t.Errorf("page shows %d open, %d justified, %d suppressed findings and %d directive problems; want %d, %d, %d, %d",
			len(shown.Open), len(shown.Justified), len(shown.Suppressed), len(shown.Directives), open, justified, len(rev.Result.Suppressed), directives)
	}
	if directives == 0 {
		t.Errorf("the draft's broken directives gave no directive diagnostics")
	}
	if !containsText(shown.Marks, "en/of") || !containsText(shown.Marks, "binnen vijf dagen") {
		t.Errorf("highlighted excerpts = %q; want ‘en/of’ and ‘binnen vijf dagen’ among them", shown.Marks)
	}
	if len(shown.Total) != 5 {
		t.Fatalf("summary total row has %d cells: %q", len(shown.Total), shown.Total)
	}
	errors, warnings, infos := 0, 0, 0
	for _, d := range rev.Result.Diagnostics {
		switch {
		case d.Justified, directiveRule(d.Rule):
		case d.Severity == "error":
			errors++
		case d.Severity == "warning":
			warnings++
		default:
			infos++
		}
	}
	wantTotal := []string{itoa(errors), itoa(warnings), itoa(infos), itoa(justified), itoa(len(rev.Result.Suppressed))}
	if strings.Join(shown.Total, " ") != strings.Join(wantTotal, " ") {
		t.Errorf("summary totals = %q, want %q", shown.Total, wantTotal)
	}
	var duties []string
	for _, c := range rev.Citizen.Citizens {
		for _, d := range c.Duties {
			duties = append(duties, d.Label)
		}
	}
	if len(duties) == 0 || len(shown.Duties) != len(duties) {
		t.Errorf("the citizen's view shows %d duties, want %d (%q)", len(shown.Duties), len(duties), duties)
	}
	for i, l := range duties {
		if i < len(shown.Duties) && !strings.HasPrefix(shown.Duties[i], l) {
			t.Errorf("duty %d of the citizen's view = %q, want it to start with %q", i, shown.Duties[i], l)
		}
	}
	printHidesNav(t, ctx, p)
}

func containsText(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}
