package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed templates
var templateFS embed.FS

// baseCSS is the stylesheet shared by the HTML reports, inlined in each.
var baseCSS = func() template.CSS {
	b, err := templateFS.ReadFile("templates/base.css")
	if err != nil {
		panic(err)
	}
	return template.CSS(b)
}()

var htmlFuncs = template.FuncMap{
	"intNL": intNL,
	"dec1":  func(x float64) string { return formatNL(x, 1) },
	"dec2":  func(x float64) string { return formatNL(x, 2) },
	"add":   func(a, b float64) float64 { return a + b },
	"sub":   func(a, b float64) float64 { return a - b },
	"rowkey": func(dim, value, family, rule string) string {
		return StatsRow{Dimension: dim, Value: value, Family: family, Rule: rule}.Key()
	},
	"hyphenate":    hyphenate,
	"weakArticles": func() int { return weakArticles },
	"provenanceNL": func(src string) string {
		switch src {
		case YearFromSource:
			return "de bron (front matter, metadata, bij BWB het jaartal in het opschrift)"
		case YearFromTitleDate:
			return "een volledige datum in de titel"
		case YearUnknown:
			return "onbekend"
		}
		return src
	},
}

var statsTemplate = template.Must(template.New("stats.html.tmpl").Funcs(htmlFuncs).ParseFS(templateFS, "templates/stats.html.tmpl"))

// topRules is how many rules the bar chart of the HTML shows; the table
// lists them all.
const topRules = 10

type statsPage struct {
	R           *StatsReport
	CSS         template.CSS
	FamilyChart barChart
	ShareChart  barChart
	RuleChart   barChart
	FamilyNames []string
	Breakdowns  []breakdownView
}

type breakdownView struct {
	Breakdown
	Heading, Column, Intro string
	Trend                  *lineChart
}

// WriteHTML writes the report as one self-contained HTML page: tables, and
// inline SVG charts of the findings per family, the most frequent rules
// and the trend per year. It needs no script and fetches nothing.
func (rep *StatsReport) WriteHTML(w io.Writer) error {
	p := statsPage{R: rep, CSS: baseCSS}
	var famBars, shareBars []barItem
	for _, f := range rep.Families {
		color, _ := familyStyle(f.Family)
		famBars = append(famBars, barItem{Label: f.Family, Color: color, Value: f.Per1000, ValueText: formatNL(f.Per1000, 2),
			Tip: fmt.Sprintf("%s: %s bevindingen, %s per 1.000 artikelen", f.Family, intNL(f.Findings), formatNL(f.Per1000, 2))})
		shareBars = append(shareBars, barItem{Label: f.Family, Color: color, Value: f.ShareDocuments, ValueText: formatNL(f.ShareDocuments, 1) + "%",
			Tip: fmt.Sprintf("%s: %s van de %s documenten", f.Family, intNL(f.DocumentsWithFindings), intNL(f.Documents))})
	}
	p.FamilyChart = newBarChart("chart-family", "Bevindingen per 1.000 artikelen, per familie", famBars)
	p.ShareChart = newBarChart("chart-family-share", "Aandeel documenten met minstens één bevinding, per familie", shareBars)
	var ruleBars []barItem
	for _, r := range rep.Rules {
		if len(ruleBars) == topRules || r.Findings == 0 {
			break
		}
		color, _ := familyStyle(r.Family)
		ruleBars = append(ruleBars, barItem{Label: r.Rule + " " + shorten(r.Title, 28), Color: color, Value: r.Per1000,
			ValueText: formatNL(r.Per1000, 2), Tip: fmt.Sprintf("%s %s: %s bevindingen in %s documenten", r.Rule, r.Title, intNL(r.Findings), intNL(r.DocumentsWithFindings))})
	}
	p.RuleChart = newBarChart("chart-rule", fmt.Sprintf("De %d regels met de meeste bevindingen, per 1.000 artikelen", len(ruleBars)), ruleBars)
	for _, b := range rep.Breakdowns {
		v := breakdownView{Breakdown: b}
		if len(b.Groups) > 0 {
			for _, f := range b.Groups[0].Families {
				if !slices.Contains(p.FamilyNames, f.Family) {
					p.FamilyNames = append(p.FamilyNames, f.Family)
				}
			}
		}
		switch b.Dimension {
		case ByMinistry:
			v.Heading, v.Column = "Per ministerie", "Ministerie of bestuursorgaan"
			v.Intro = "Zoals de bron het noemt; bij decentrale regelgeving de gemeente, provincie of het waterschap."
		case ByYear:
			v.Heading, v.Column = "Per jaar", "Jaar"
			if rep.Period > 1 {
				v.Heading, v.Column = fmt.Sprintf("Per periode van %d jaar", rep.Period), "Periode"
			}
			v.Intro = "Het jaar van de regeling of het ontwerp. Een jaar met weinig artikelen geeft een grillig cijfer; kijk ook naar het aantal documenten."
			t := trendChart(b)
			v.Trend = &t
		case ByType:
			v.Heading, v.Column = "Per soort regeling", "Soort"
			v.Intro = "De soort uit de bron, of afgeleid uit het begin van de titel (‘Wet …’, ‘Besluit …’)."
		}
		p.Breakdowns = append(p.Breakdowns, v)
	}
	return statsTemplate.Execute(w, p)
}

// weakArticles: a point of the trend based on fewer articles is drawn open,
// as its rate is unsure.
const weakArticles = 100

// trendChart draws findings per 1,000 articles per family over the groups
// with a known year.
func trendChart(b Breakdown) lineChart {
	var names []string
	var points [][]linePoint
	for _, g := range b.Groups {
		year, err := strconv.Atoi(strings.SplitN(g.Value, "-", 2)[0])
		if err != nil {
			continue // unknown
		}
		for i, f := range g.Families {
			if i == len(names) {
				names = append(names, f.Family)
				points = append(points, nil)
			}
			points[i] = append(points[i], linePoint{X: float64(year), Y: f.Per1000, Weak: g.Articles < weakArticles,
				Tip: fmt.Sprintf("%s, %s: %s per 1.000 artikelen (%s bevindingen, %s documenten)", g.Value, f.Family,
					formatNL(f.Per1000, 2), intNL(f.Findings), intNL(g.Documents))})
		}
	}
	return newLineChart("chart-trend", "Bevindingen per 1.000 artikelen per familie, door de jaren", names, points)
}

// hyphenate lets a family name break in a narrow table header:
// "discriminatie-toets" with a soft hyphen.
func hyphenate(family string) template.HTML {
	for _, suffix := range []string{"toets", "vermogen", "heid"} {
		if stem, ok := strings.CutSuffix(family, suffix); ok && stem != "" {
			return template.HTML(template.HTMLEscapeString(stem) + "&shy;" + suffix)
		}
	}
	return template.HTML(template.HTMLEscapeString(family))
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
