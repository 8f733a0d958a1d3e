package report

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/wetlint/wetlint/checks"
)

// Dimensions of `wetlint stats --by`.
const (
	ByFamily   = "family"
	ByRule     = "rule"
	ByMinistry = "ministerie"
	ByYear     = "jaar"
	ByType     = "soort"
)

// StatsDimensions lists every dimension, in the order the outputs use.
var StatsDimensions = []string{ByFamily, ByRule, ByMinistry, ByYear, ByType}

// Unknown is the group of documents whose ministry, year or type the
// source does not give.
const Unknown = "onbekend"

// StatsVersion is the version of the statistics formats (docs/stats.md).
const StatsVersion = 1

// Where a document's year comes from (StatsReport.Provenance).
const (
	YearFromSource    = "source"     // the reader: front matter, metadata, or for BWB the year in the intitule
	YearFromTitleDate = "title-date" // a full date in the title, "van 24 augustus 1815"
	YearUnknown       = "unknown"
)

// StatsOptions configure a Stats.
type StatsOptions struct {
	// By selects the tables; empty means every dimension. The totals are
	// always there.
	By []string
	// Rules are the rules that were evaluated, so that a rule that never
	// fires is listed with zero findings.
	Rules []checks.Rule
	// Period groups years into periods of this many years (aligned to a
	// multiple of it); 0 or 1 is per year.
	Period int
	// Version is wetlint's version, written into the outputs.
	Version string
}

// ParseDimensions checks a --by list.
func ParseDimensions(by []string) ([]string, error) {
	var out []string
	for _, b := range by {
		b = strings.ToLower(strings.TrimSpace(b))
		switch b {
		case "familie":
			b = ByFamily
		case "regel":
			b = ByRule
		case "ministry":
			b = ByMinistry
		case "year":
			b = ByYear
		case "type":
			b = ByType
		}
		if !slices.Contains(StatsDimensions, b) {
			return nil, fmt.Errorf("onbekende indeling %q; kies uit %s", b, strings.Join(StatsDimensions, ", "))
		}
		if !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return slices.Clone(StatsDimensions), nil
	}
	// keep the canonical order whatever the order on the command line
	slices.SortFunc(out, func(a, b string) int {
		return slices.Index(StatsDimensions, a) - slices.Index(StatsDimensions, b)
	})
	return out, nil
}

// Stats aggregates check results file by file and keeps only counts, so
// that a run over thousands of files needs little memory. It is safe for
// concurrent use.
type Stats struct {
	mu         sync.Mutex
	opts       StatsOptions
	by         []string
	docs       int
	articles   int
	total      tally
	families   map[string]*tally
	rules      map[string]*ruleTally
	groups     map[string]map[string]*group // dimension → value → group
	unreadable int
	years      map[string]int // provenance of the year → documents
}

// tally counts findings and the documents that have at least one.
type tally struct {
	findings, justified, suppressed, docsWith int
}

type ruleTally struct {
	tally
	name, title, family string
}

type group struct {
	documents, articles int
	all                 tally
	families            map[string]*tally
}

// NewStats returns an empty aggregation. By must hold valid dimensions
// (ParseDimensions); an empty By means all.
func NewStats(opts StatsOptions) *Stats {
	s := &Stats{opts: opts, by: opts.By, families: map[string]*tally{}, rules: map[string]*ruleTally{},
		groups: map[string]map[string]*group{}, years: map[string]int{}}
	if len(s.by) == 0 {
		s.by = StatsDimensions
	}
	for _, f := range checks.Families {
		s.families[f] = &tally{}
	}
	for _, r := range opts.Rules {
		s.rules[r.ID] = &ruleTally{name: r.Name, title: r.Title, family: r.Family}
		if s.families[r.Family] == nil {
			s.families[r.Family] = &tally{}
		}
	}
	return s
}

// Add counts one file. Nothing of it is kept but numbers.
func (s *Stats) Add(r checks.FileResult) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Err != nil {
		s.unreadable++
		return
	}
	s.docs++
	s.articles += r.Articles

	// this file's counts per family and rule
	var file tally
	fams := map[string]*tally{}
	rules := map[string]*tally{}
	count := func(d checks.Diagnostic, add func(t *tally)) {
		if fams[d.Family] == nil {
			fams[d.Family] = &tally{}
		}
		if rules[d.Rule] == nil {
			rules[d.Rule] = &tally{}
			if s.rules[d.Rule] == nil { // a rule the options did not list (a user policy)
				s.rules[d.Rule] = &ruleTally{name: d.Name, family: d.Family}
			}
		}
		add(&file)
		add(fams[d.Family])
		add(rules[d.Rule])
	}
	for _, d := range r.Diagnostics {
		if directiveRule(d.Rule) {
			continue // about wetlint's own directives, not about the law
		}
		if d.Justified {
			count(d, func(t *tally) { t.justified++ })
		} else {
			count(d, func(t *tally) { t.findings++ })
		}
	}
	for _, d := range r.Suppressed {
		count(d, func(t *tally) { t.suppressed++ })
	}

	s.total.merge(&file)
	for f, t := range fams {
		if s.families[f] == nil {
			s.families[f] = &tally{}
		}
		s.families[f].merge(t)
	}
	for id, t := range rules {
		s.rules[id].tally.merge(t)
	}
	year, prov := documentYear(r)
	s.years[prov]++
	for _, dim := range s.by {
		var key string
		switch dim {
		case ByMinistry:
			key = normalizeMinistry(r.Meta.Ministry)
		case ByYear:
			key = s.yearKey(year)
		case ByType:
			key = r.Meta.Type
		default:
			continue
		}
		if key == "" {
			key = Unknown
		}
		if s.groups[dim] == nil {
			s.groups[dim] = map[string]*group{}
		}
		g := s.groups[dim][key]
		if g == nil {
			g = &group{families: map[string]*tally{}}
			s.groups[dim][key] = g
		}
		g.documents++
		g.articles += r.Articles
		g.all.merge(&file)
		for f, t := range fams {
			if g.families[f] == nil {
				g.families[f] = &tally{}
			}
			g.families[f].merge(t)
		}
	}
}

// merge adds the counts of one document's tally; the document counts once
// for docsWith when it has a finding.
func (t *tally) merge(file *tally) {
	t.findings += file.findings
	t.justified += file.justified
	t.suppressed += file.suppressed
	if file.findings > 0 {
		t.docsWith++
	}
}

var (
	titleDateRe = regexp.MustCompile(`(?i)\b(?:[1-9]|[12][0-9]|3[01])(?:e|ste)?\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(1[5-9][0-9]{2}|20[0-9]{2})\b`)
	spacesRe    = regexp.MustCompile(`\s+`)
)

// documentYear returns the year of a document and where it comes from: the
// reader's metadata, else a full date in the title ("Wet van 5 juni
// 1913"), else unknown (0). A bare number in a title is not taken for a
// year.
func documentYear(r checks.FileResult) (int, string) {
	if r.Meta.Year > 0 {
		return r.Meta.Year, YearFromSource
	}
	if m := titleDateRe.FindStringSubmatch(r.Meta.Title); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y, YearFromTitleDate
	}
	return 0, YearUnknown
}

func (s *Stats) yearKey(y int) string {
	if y == 0 {
		return ""
	}
	p := s.opts.Period
	if p <= 1 {
		return strconv.Itoa(y)
	}
	from := y / p * p
	return fmt.Sprintf("%d-%d", from, from+p-1)
}

// normalizeMinistry tidies how sources write a ministry: surrounding
// punctuation and white space, a leading "Ministerie van", a lower-case
// first letter; a TOOI identifier becomes "gemeente gm0037". Names are not
// merged otherwise: "Binnenlandse Zaken" (before 1999) and "Binnenlandse
// Zaken en Koninkrijksrelaties" stay apart, as they were.
func normalizeMinistry(m string) string {
	m = strings.TrimSpace(spacesRe.ReplaceAllString(m, " "))
	m = strings.TrimRight(m, ",;. ")
	if rest, ok := strings.CutPrefix(m, "/tooi/id/"); ok {
		if kind, code, ok := strings.Cut(rest, "/"); ok {
			return kind + " " + strings.ToLower(code)
		}
		return rest
	}
	for _, p := range []string{"Ministerie van ", "ministerie van "} {
		m = strings.TrimPrefix(m, p)
	}
	if m == "" {
		return ""
	}
	return strings.ToUpper(m[:1]) + m[1:]
}

// A StatsReport is the result of a statistics run: every number that the
// CSV, JSON and HTML outputs show. Its JSON form is the JSON output.
type StatsReport struct {
	Version    int           `json:"version"`
	Tool       JSONTool      `json:"tool"`
	By         []string      `json:"by"`
	Period     int           `json:"period"`
	Totals     Counts        `json:"totals"`
	Unreadable int           `json:"unreadable"` // files that could not be read or checked; not counted elsewhere
	Families   []FamilyStats `json:"families,omitempty"`
	Rules      []RuleStats   `json:"rules,omitempty"`
	Breakdowns []Breakdown   `json:"breakdowns,omitempty"`
	Provenance []Provenance  `json:"provenance"`
	Notes      []string      `json:"notes"`
}

// Counts are the numbers of one row. Documents and Articles are the
// documents and articles the row is about (all of them for a family or a
// rule; those of the group in a breakdown). Findings leave out justified
// and suppressed ones, which are counted apart. Per1000 is findings per
// 1,000 articles, rounded to two decimals; ShareDocuments the percentage
// of the documents with at least one finding, rounded to one decimal.
type Counts struct {
	Documents             int     `json:"documents"`
	Articles              int     `json:"articles"`
	Findings              int     `json:"findings"`
	Per1000               float64 `json:"per_1000_articles"`
	DocumentsWithFindings int     `json:"documents_with_findings"`
	ShareDocuments        float64 `json:"share_documents_pct"`
	Justified             int     `json:"justified"`
	Suppressed            int     `json:"suppressed"`
}

// FamilyStats are the counts of one family.
type FamilyStats struct {
	Family string `json:"family"`
	Counts
}

// RuleStats are the counts of one rule; Rank 1 is the rule with the most
// findings.
type RuleStats struct {
	Rank   int    `json:"rank"`
	Rule   string `json:"rule"`
	Name   string `json:"name"`
	Title  string `json:"title"`
	Family string `json:"family"`
	Counts
}

// A Breakdown splits the documents by ministry, year or type.
type Breakdown struct {
	Dimension string       `json:"dimension"`
	Groups    []GroupStats `json:"groups"`
}

// GroupStats are the counts of one group, in all and per family.
type GroupStats struct {
	Value string `json:"value"`
	Counts
	Families []FamilyStats `json:"families"`
}

// Provenance says for how many documents a value came from where.
type Provenance struct {
	Dimension string `json:"dimension"`
	Source    string `json:"source"`
	Documents int    `json:"documents"`
}

func counts(docs, articles int, t tally) Counts {
	c := Counts{Documents: docs, Articles: articles, Findings: t.findings,
		DocumentsWithFindings: t.docsWith, Justified: t.justified, Suppressed: t.suppressed}
	if articles > 0 {
		c.Per1000 = round(float64(t.findings)*1000/float64(articles), 2)
	}
	if docs > 0 {
		c.ShareDocuments = round(float64(t.docsWith)*100/float64(docs), 1)
	}
	return c
}

func round(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

// familyOrder returns the four families of wetlint in their fixed order,
// then the other families among names (user policies), sorted.
func familyOrder[V any](names map[string]V) []string {
	out := slices.Clone(checks.Families)
	var extra []string
	for f := range names {
		if !slices.Contains(out, f) {
			extra = append(extra, f)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}

// Report computes the numbers of everything added so far.
func (s *Stats) Report() *StatsReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	period := max(s.opts.Period, 1)
	rep := &StatsReport{Version: StatsVersion, Tool: JSONTool{Name: "wetlint", Version: s.opts.Version},
		By: slices.Clone(s.by), Period: period, Totals: counts(s.docs, s.articles, s.total),
		Unreadable: s.unreadable, Provenance: []Provenance{}, Notes: []string{}}
	if slices.Contains(s.by, ByFamily) {
		for _, f := range familyOrder(s.families) {
			rep.Families = append(rep.Families, FamilyStats{f, counts(s.docs, s.articles, *s.families[f])})
		}
	}
	if slices.Contains(s.by, ByRule) {
		for id, t := range s.rules {
			rep.Rules = append(rep.Rules, RuleStats{Rule: id, Name: t.name, Title: t.title, Family: t.family,
				Counts: counts(s.docs, s.articles, t.tally)})
		}
		slices.SortFunc(rep.Rules, func(a, b RuleStats) int {
			if c := cmp.Compare(b.Findings, a.Findings); c != 0 {
				return c
			}
			if c := cmp.Compare(b.DocumentsWithFindings, a.DocumentsWithFindings); c != 0 {
				return c
			}
			return s.compareRules(a.Rule, b.Rule)
		})
		for i := range rep.Rules {
			rep.Rules[i].Rank = i + 1
		}
	}
	for _, dim := range s.by {
		if dim != ByMinistry && dim != ByYear && dim != ByType {
			continue
		}
		b := Breakdown{Dimension: dim, Groups: []GroupStats{}}
		for v, g := range s.groups[dim] {
			gs := GroupStats{Value: v, Counts: counts(g.documents, g.articles, g.all)}
			for _, f := range familyOrder(s.families) {
				t := g.families[f]
				if t == nil {
					t = &tally{}
				}
				gs.Families = append(gs.Families, FamilyStats{f, counts(g.documents, g.articles, *t)})
			}
			b.Groups = append(b.Groups, gs)
		}
		sortGroups(dim, b.Groups)
		rep.Breakdowns = append(rep.Breakdowns, b)
	}
	for _, src := range []string{YearFromSource, YearFromTitleDate, YearUnknown} {
		rep.Provenance = append(rep.Provenance, Provenance{Dimension: ByYear, Source: src, Documents: s.years[src]})
	}
	rep.Notes = s.notes()
	return rep
}

// sortGroups orders years by time and other groups by size, the unknown
// group last.
func sortGroups(dim string, gs []GroupStats) {
	slices.SortFunc(gs, func(a, b GroupStats) int {
		if (a.Value == Unknown) != (b.Value == Unknown) {
			if a.Value == Unknown {
				return 1
			}
			return -1
		}
		if dim == ByYear {
			return cmp.Compare(a.Value, b.Value) // equal-width years and periods sort as text
		}
		if c := cmp.Compare(b.Documents, a.Documents); c != 0 {
			return c
		}
		return cmp.Compare(a.Value, b.Value)
	})
}

// compareRules orders rules as the engine lists them (AR, DISC, DOEN,
// HARD, numbers numerically), rules it did not list after them by id.
func (s *Stats) compareRules(a, b string) int {
	pos := func(id string) int {
		i := slices.IndexFunc(s.opts.Rules, func(r checks.Rule) bool { return r.ID == id })
		if i < 0 {
			return len(s.opts.Rules)
		}
		return i
	}
	if c := cmp.Compare(pos(a), pos(b)); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

// notes say in Dutch what the numbers cannot tell: unknown metadata and
// unreadable files.
func (s *Stats) notes() []string {
	var out []string
	if s.docs == 0 && s.unreadable == 0 {
		out = append(out, "er zijn geen documenten gevonden: wetlint zoekt in mappen naar .md-, .markdown- en .xml-bestanden")
	}
	if s.unreadable > 0 {
		verbs := "konden niet worden gelezen of gecontroleerd en tellen"
		if s.unreadable == 1 {
			verbs = "kon niet worden gelezen of gecontroleerd en telt"
		}
		out = append(out, fmt.Sprintf("%s %s nergens mee; de meldingen staan op standaardfout",
			plural(s.unreadable, "bestand", "bestanden"), verbs))
	}
	unknown := func(dim string) int {
		if g := s.groups[dim][Unknown]; g != nil {
			return g.documents
		}
		return 0
	}
	if slices.Contains(s.by, ByMinistry) {
		if n := unknown(ByMinistry); n > 0 {
			out = append(out, fmt.Sprintf("van %d van de %d documenten noemt de bron geen ministerie (BWB-exports en Markdown zonder front matter doen dat vaak niet); ze staan onder ‘%s’", n, s.docs, Unknown))
		}
		out = append(out, "de indeling ‘ministerie’ volgt de bron: bij decentrale regelgeving staat daar de gemeente, provincie of het waterschap, en oude en nieuwe namen van een ministerie blijven gescheiden")
	}
	if slices.Contains(s.by, ByYear) {
		out = append(out, fmt.Sprintf("het jaar komt bij %s uit de bron (front matter, metadata of bij BWB het jaartal in het opschrift), bij %d uit een volledige datum in de titel (‘van 24 augustus 1815’); van %s is het jaar onbekend",
			plural(s.years[YearFromSource], "document", "documenten"), s.years[YearFromTitleDate], plural(s.years[YearUnknown], "document", "documenten")))
	}
	if slices.Contains(s.by, ByType) {
		if n := unknown(ByType); n > 0 {
			out = append(out, fmt.Sprintf("van %s is de soort onbekend: de bron noemt die niet en de titel begint niet met ‘Wet’, ‘Besluit’, ‘Regeling’ en dergelijke", plural(n, "document", "documenten")))
		}
	}
	return out
}
