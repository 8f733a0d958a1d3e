package report

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/golden"
)

// TestReviewGolden writes the report on testdata/review/ontwerp.md, made
// with the golden rules, as HTML and Markdown and compares both with the
// golden files.
func TestReviewGolden(t *testing.T) {
	rev := reviewOf(t, testEngine(t, "golden"), "testdata/review/ontwerp.md")
	for _, f := range []struct{ format, file string }{{"html", "ontwerp.html.golden"}, {"markdown", "ontwerp.md.golden"}} {
		var b bytes.Buffer
		if err := rev.Write(&b, f.format); err != nil {
			t.Fatal(err)
		}
		golden.CheckFile(t, "testdata/review/"+f.file, b.Bytes())
	}
}

// TestReviewModel checks what the report says about the draft: counts per
// family, accepted justifications and suppressions with their reasons,
// and the directives that need attention.
func TestReviewModel(t *testing.T) {
	rev := reviewOf(t, testEngine(t, "golden"), "testdata/review/ontwerp.md")
	m := rev.model()
	sum := map[string]familySummary{}
	for _, s := range m.Summary {
		sum[s.Family] = s
	}
	want := map[string]familySummary{
		"wetgevingstoets":    {Family: "wetgevingstoets", Errors: 1, Justified: 1, Suppressed: 1, N: 1},
		"discriminatietoets": {Family: "discriminatietoets", Warnings: 1, N: 1},
		"doenvermogen":       {Family: "doenvermogen", Warnings: 1, Justified: 1, N: 1},
		"hardvochtigheid":    {Family: "hardvochtigheid", Errors: 1, N: 1},
	}
	for f, w := range want {
		if sum[f] != w {
			t.Errorf("summary %s = %+v, want %+v", f, sum[f], w)
		}
	}
	if m.Total.N != 4 || m.Total.Justified != 2 || m.Total.Suppressed != 1 {
		t.Errorf("total = %+v, want 4 open, 2 justified, 1 suppressed", m.Total)
	}
	reasons := map[string]string{}
	for _, v := range append(append([]findingView{}, m.Justified...), m.Suppressed...) {
		reasons[v.Rule+" "+v.Label] = v.Reason
	}
	for k, w := range map[string]string{
		"DOEN-002 artikel 3": "termijn volgt uit de Europese verordening *2024/1*",
		"AR-004 artikel 6":   "verwijzing wordt in de nota van wijziging hersteld",
		"AR-006 artikel 4":   "letterlijk citaat uit het convenant",
	} {
		if reasons[k] != w {
			t.Errorf("reason of %s = %q, want %q", k, reasons[k], w)
		}
	}
	var problems []string
	for _, d := range m.Directives {
		problems = append(problems, fmt.Sprintf("%s %d: %s", d.Rule, d.Line, d.Message))
	}
	got := strings.Join(problems, "\n")
	for _, w := range []string{"WL-001 39: de aanwijzing mist een reden", "WL-002 44: de aanwijzing wetlint:justify AR-006 voor artikel 7 dekt geen enkele bevinding"} {
		if !strings.Contains(got, w) {
			t.Errorf("directive problems lack %q:\n%s", w, got)
		}
	}
	for _, ff := range m.Families {
		for _, rf := range ff.Rules {
			if directiveRule(rf.ID) {
				t.Errorf("directive diagnostics %s shown among the findings about the law", rf.ID)
			}
		}
	}
	if len(m.Families) == 0 || m.Families[0].Family != "wetgevingstoets" {
		t.Errorf("families not in wetlint's order: %+v", m.Families)
	}
	if m.Verdict != "wetlint heeft 4 openstaande bevindingen gevonden: 2 fouten, 2 waarschuwingen en 0 ter informatie; 2 aanwijzingen voor wetlint vragen aandacht" {
		t.Errorf("verdict = %q", m.Verdict)
	}
}

// TestExcerpt checks that the highlighted part of an excerpt is exactly the
// text the diagnostic points at, in Markdown and in XML with markup and
// character references between the words.
func TestExcerpt(t *testing.T) {
	e := testEngine(t, "golden")
	for _, c := range []struct {
		name, src, rule, match string
	}{
		{"draft.md", "## Artikel 1\n\nDe aanvrager meldt een verhuizing en/of een\nwijziging aan het college.\n", "AR-006", "en/of"},
		{"wet.xml", `<?xml version="1.0" encoding="UTF-8"?><toestand bwb-id="BWBR0099997"><wetgeving soort="wet"><intitule>Wet van 1 mei 2020</intitule><wet-besluit><wettekst>
<artikel><kop><label>Artikel</label><nr>1</nr></kop><al>De aanvrager meldt een <nadruk>verhuizing</nadruk> en/of een wijziging &amp; meer
aan het college.</al></artikel>
</wettekst></wet-besluit></wetgeving></toestand>`, "AR-006", "en/of"},
		{"termijn.md", "## Artikel 1\n\nDe aanvrager verstrekt de gegevens binnen vijf dagen aan het college.\n", "DOEN-002", "binnen vijf dagen"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := detect.Read(c.name, []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			diags, err := e.Check(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			var d *checks.Diagnostic
			for i := range diags {
				if diags[i].Rule == c.rule {
					d = &diags[i]
				}
			}
			if d == nil {
				t.Fatalf("no %s finding in %s: %+v", c.rule, c.name, diags)
			}
			ex := excerptOf(doc, *d)
			if ex.Match != c.match {
				t.Errorf("excerpt = %q [%q] %q; want %q highlighted", ex.Before, ex.Match, ex.After, c.match)
			}
			if ex.Before == "" || ex.After == "" {
				t.Errorf("excerpt lost its context: %q [%q] %q", ex.Before, ex.Match, ex.After)
			}
		})
	}
}

func TestExcerptWholeUnitAndDocument(t *testing.T) {
	doc, err := detect.Read("d.md", []byte("## Artikel 1\n\n1. De eerste zin.\n2. De tweede zin.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Article("1")
	lid := a.Children[0]
	// a finding about a whole lid: its text, nothing highlighted
	ex := excerptOf(doc, checks.Diagnostic{Unit: lid.ID, Span: lid.BestSpan()})
	if ex.Match != "" || ex.After != "De eerste zin." {
		t.Errorf("whole lid: %+v", ex)
	}
	// an article without own text: the text of its leden
	ex = excerptOf(doc, checks.Diagnostic{Unit: a.ID, Span: a.BestSpan()})
	if ex.Match != "" || ex.After != "De eerste zin. De tweede zin." {
		t.Errorf("article with leden: %+v", ex)
	}
	if ex := excerptOf(doc, checks.Diagnostic{Unit: ""}); !ex.None {
		t.Errorf("document-level finding has an excerpt: %+v", ex)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("woord ", 100)
	if got := clip("kort", 10, false); got != "kort" {
		t.Errorf("clip short = %q", got)
	}
	got := clip(long, 50, false)
	if !strings.HasSuffix(got, "woord…") || len([]rune(got)) > 51 {
		t.Errorf("clip start = %q", got)
	}
	got = clip(long, 50, true)
	if !strings.HasPrefix(got, "…woord") || len([]rune(got)) > 51 {
		t.Errorf("clip end = %q", got)
	}
}

func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"artikel 3, *sub* a_b": `artikel 3, \*sub\* a\_b`,
		"a | b [c] <d> `e`":    "a \\| b \\[c\\] &lt;d&gt; \\`e\\`",
		"1. eerste\n2. tweede": `1\. eerste 2\. tweede`,
		"# kop":                `\# kop`,
		"- lijst":              `\- lijst`,
		"bedrag 3.000 euro":    "bedrag 3.000 euro",
		`c:\pad`:               `c:\\pad`,
		"R&D &amp; meer":       "R&amp;D &amp;amp; meer",
	} {
		if got := mdEscape(in); got != want {
			t.Errorf("mdEscape(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := mdQuote("regel een\nregel twee"), "regel een\\\n> regel twee"; got != want {
		t.Errorf("mdQuote = %q, want %q", got, want)
	}
}

// TestReviewCitizenView: the report shows the citizen's view of `wetlint
// burger` — every kind of citizen, every duty with where, what, by when and
// what follows — and says so when there is none.
func TestReviewCitizenView(t *testing.T) {
	rev := reviewOf(t, testEngine(t, "golden"), "testdata/review/ontwerp.md")
	if rev.Citizen == nil || len(rev.Citizen.Citizens) == 0 {
		t.Fatalf("no citizen's view for a draft with duties of the aanvrager: %+v", rev.Citizen)
	}
	for _, f := range ReviewFormats {
		var b bytes.Buffer
		if err := rev.Write(&b, f); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if f == "markdown" {
			out = strings.ReplaceAll(out, "\\", "") // undo the escapes
		}
		for _, c := range rev.Citizen.Citizens {
			if !strings.Contains(out, "De "+c.Kind+":") {
				t.Errorf("%s: citizen %q missing", f, c.Kind)
			}
			for _, d := range c.Duties {
				for _, w := range []string{d.Label, strings.ReplaceAll(d.Text, "|", "")[:30]} {
					if !strings.Contains(out, w) {
						t.Errorf("%s: duty of %s lacks %q", f, c.Kind, w)
					}
				}
				for _, dl := range d.Deadlines {
					if !strings.Contains(out, dl.Text) {
						t.Errorf("%s: deadline %q missing", f, dl.Text)
					}
				}
			}
		}
	}
	rev.Citizen = nil
	var b bytes.Buffer
	if err := rev.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "niet beschikbaar") {
		t.Errorf("without a citizen's view the report does not say so")
	}
	if err := rev.Write(&bytes.Buffer{}, "pdf"); err == nil || !strings.Contains(err.Error(), "html, markdown") {
		t.Errorf("Write(pdf) = %v, want an error naming the formats", err)
	}
}
