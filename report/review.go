package report

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// A Review is the report on one draft that `wetlint report` writes for a
// reviewer: a summary per family, every finding with an excerpt of its
// article and the rule's explanation, the justifications and suppressions
// that were accepted, problems with wetlint directives, and the citizen's
// view where there is one.
type Review struct {
	Doc    *clause.Document
	Result *checks.DocResult
	// Rule returns a rule's metadata (checks.Engine.Rule); nil, or a nil
	// result, leaves the explanation out.
	Rule func(id string) *checks.Rule
	// Citizen is the citizen's view of the draft (`wetlint burger`), or
	// nil when there is none. NewReview builds it from the facts.
	Citizen *CitizenView
	Version string // wetlint's version
}

// NewReview returns the review of a checked document, with the citizen's
// view built from the document's facts and findings as `wetlint burger`
// builds it. rule gives a rule's metadata (checks.Engine.Rule).
func NewReview(doc *clause.Document, res *checks.DocResult, rule func(id string) *checks.Rule, version string) *Review {
	r := &Review{Doc: doc, Result: res, Rule: rule, Version: version}
	if res.Facts != nil {
		r.Citizen = BuildCitizenView(doc, res.Facts, res.Diagnostics, func(id string) string {
			if x := r.rule(id); x != nil {
				return x.Title
			}
			return id
		})
	}
	return r
}

// reviewModel is what the HTML and Markdown templates render.
type reviewModel struct {
	Title, Path, Format, Type, Ministry, Year, Version string
	Articles                                           int
	Verdict                                            string
	Summary                                            []familySummary
	Total                                              familySummary
	Families                                           []familyFindings
	Justified, Suppressed                              []findingView
	Directives                                         []findingView // about wetlint directives (WL-001, WL-002)
	Citizen                                            *citizenView
}

// citizenView is the citizen's view as the templates show it.
type citizenView struct {
	Groups []citizenGroup
}

type citizenGroup struct {
	Kind, Counted string
	Duties        []citizenDuty
}

type citizenDuty struct {
	Label, Text, Verb string
	Line              int
	Deadlines         []string // "", when none: "geen termijn"
	Consequences      []string
	Findings          []string
}

type familySummary struct {
	Family                                            string
	Errors, Warnings, Infos, Justified, Suppressed, N int
}

type familyFindings struct {
	Family string
	Rules  []ruleFindings
}

type ruleFindings struct {
	ID, Family, Title, Description, Source, Severity, SeverityNL string
	Findings                                                     []findingView
}

type findingView struct {
	Rule, RuleTitle, Severity, SeverityNL string
	Label, Message, Reason                string
	Line, Column                          int
	Excerpt                               excerpt
	Fixes                                 []string
}

// An excerpt is the text of the unit a finding is about, with the part
// the finding points at in Match (empty when it is about the whole unit).
type excerpt struct {
	Before, Match, After string
	None                 bool // a finding about the document as a whole
}

// citizenModel turns the citizen's view into what the templates show, with
// the words of `wetlint burger`.
func citizenModel(v *CitizenView) *citizenView {
	if v == nil {
		return nil
	}
	m := &citizenView{Groups: []citizenGroup{}}
	for _, c := range v.Citizens {
		g := citizenGroup{Kind: c.Kind}
		duties, rights := 0, 0
		for _, d := range c.Duties {
			cd := citizenDuty{Label: d.Label, Text: d.Text, Line: d.Line, Verb: "moet"}
			if d.Optional {
				cd.Verb = "kan"
				rights++
			} else {
				duties++
			}
			for _, dl := range d.Deadlines {
				cd.Deadlines = append(cd.Deadlines, deadlineText(dl))
			}
			for _, cq := range d.Consequences {
				cd.Consequences = append(cd.Consequences, cq.Label+": "+cq.Text)
			}
			for _, f := range d.Findings {
				cd.Findings = append(cd.Findings, f.Rule+" "+lowerFirst(f.Title))
			}
			g.Duties = append(g.Duties, cd)
		}
		g.Counted = counted(duties, rights)
		m.Groups = append(m.Groups, g)
	}
	return m
}

// directiveRule reports whether a rule is one of the engine's checks of
// wetlint directives in the draft (WL-001, WL-002): they are about the
// annotations, not about the law.
func directiveRule(id string) bool {
	return slices.ContainsFunc(checks.DirectiveRules, func(r checks.Rule) bool { return r.ID == id })
}

// SeverityNL names a severity in Dutch.
func SeverityNL(s string) string {
	switch s {
	case checks.SeverityError:
		return "fout"
	case checks.SeverityWarning:
		return "waarschuwing"
	case checks.SeverityInfo:
		return "ter informatie"
	}
	return s
}

func (r *Review) model() reviewModel {
	doc := r.Doc
	m := reviewModel{Title: doc.Meta.Title, Path: doc.Path, Format: doc.Format, Type: doc.Meta.Type,
		Ministry: doc.Meta.Ministry, Articles: len(doc.Articles()), Version: r.Version, Citizen: citizenModel(r.Citizen)}
	if m.Title == "" {
		m.Title = doc.Meta.Citeertitel
	}
	if m.Title == "" {
		m.Title = filepath.Base(doc.Path)
	}
	if doc.Meta.Year > 0 {
		m.Year = strconv.Itoa(doc.Meta.Year)
	}
	sums := map[string]*familySummary{}
	sum := func(f string) *familySummary {
		if sums[f] == nil {
			sums[f] = &familySummary{Family: f}
		}
		return sums[f]
	}
	byRule := map[string]*ruleFindings{}
	for _, d := range r.Result.Diagnostics {
		v := r.view(d)
		if directiveRule(d.Rule) {
			// about a wetlint directive in the draft, not about the law
			m.Directives = append(m.Directives, v)
			continue
		}
		if d.Justified {
			sum(d.Family).Justified++
			m.Justified = append(m.Justified, v)
			continue
		}
		s := sum(d.Family)
		countSeverity(d.Severity, &s.Errors, &s.Warnings, &s.Infos)
		s.N++
		rf := byRule[d.Rule]
		if rf == nil {
			rf = &ruleFindings{ID: d.Rule, Family: d.Family, Title: v.RuleTitle, Source: d.Source, Severity: d.Severity}
			if rule := r.rule(d.Rule); rule != nil {
				rf.Description = rule.Description
				if rf.Source == "" {
					rf.Source = rule.Source
				}
			}
			byRule[d.Rule] = rf
		}
		if checks.SeverityRank(d.Severity) > checks.SeverityRank(rf.Severity) {
			rf.Severity = d.Severity
		}
		rf.Findings = append(rf.Findings, v)
	}
	for _, d := range r.Result.Suppressed {
		sum(d.Family).Suppressed++
		m.Suppressed = append(m.Suppressed, r.view(d))
	}
	for _, f := range familyOrder(sums) {
		m.Summary = append(m.Summary, *sum(f))
	}
	for _, s := range m.Summary {
		m.Total.Errors += s.Errors
		m.Total.Warnings += s.Warnings
		m.Total.Infos += s.Infos
		m.Total.Justified += s.Justified
		m.Total.Suppressed += s.Suppressed
		m.Total.N += s.N
	}
	for _, s := range m.Summary {
		ff := familyFindings{Family: s.Family}
		for _, rf := range byRule {
			if rf.Family == s.Family {
				rf.SeverityNL = SeverityNL(rf.Severity)
				ff.Rules = append(ff.Rules, *rf)
			}
		}
		// errors first, then by where the rule first applies
		slices.SortFunc(ff.Rules, func(a, b ruleFindings) int {
			if c := cmp.Compare(checks.SeverityRank(b.Severity), checks.SeverityRank(a.Severity)); c != 0 {
				return c
			}
			if c := cmp.Compare(a.Findings[0].Line, b.Findings[0].Line); c != 0 {
				return c
			}
			return cmp.Compare(a.ID, b.ID)
		})
		if len(ff.Rules) > 0 {
			m.Families = append(m.Families, ff)
		}
	}
	m.Verdict = verdict(m.Total, len(m.Directives))
	return m
}

func (r *Review) rule(id string) *checks.Rule {
	if r.Rule == nil {
		return nil
	}
	return r.Rule(id)
}

func (r *Review) view(d checks.Diagnostic) findingView {
	v := findingView{Rule: d.Rule, Severity: d.Severity, SeverityNL: SeverityNL(d.Severity), Label: d.Label,
		Message: d.Message, Reason: d.Reason, Line: d.Span.Start.Line, Column: d.Span.Start.Column,
		Excerpt: excerptOf(r.Doc, d)}
	if v.Label == "" {
		v.Label = "het ontwerp als geheel"
	}
	if rule := r.rule(d.Rule); rule != nil {
		v.RuleTitle = rule.Title
	}
	for _, fx := range d.Fixes {
		v.Fixes = append(v.Fixes, fx.Message)
	}
	return v
}

// verdict sums the open findings up in one sentence.
func verdict(t familySummary, directives int) string {
	var s string
	if t.N == 0 {
		s = "wetlint heeft in dit ontwerp geen openstaande bevindingen gevonden"
		if t.Justified+t.Suppressed > 0 {
			s += fmt.Sprintf("; %s gerechtvaardigd of onderdrukt", plural(t.Justified+t.Suppressed, "bevinding is", "bevindingen zijn"))
		}
	} else {
		s = fmt.Sprintf("wetlint heeft %s gevonden: %s, %s en %d ter informatie",
			plural(t.N, "openstaande bevinding", "openstaande bevindingen"),
			plural(t.Errors, "fout", "fouten"), plural(t.Warnings, "waarschuwing", "waarschuwingen"), t.Infos)
	}
	if directives > 0 {
		s += fmt.Sprintf("; %s voor wetlint %s aandacht", plural(directives, "aanwijzing", "aanwijzingen"),
			map[bool]string{true: "vraagt", false: "vragen"}[directives == 1])
	}
	return s
}

// Excerpt lengths, in characters.
const (
	excerptContext = 160 // before and after the highlighted part
	excerptMatch   = 400 // the highlighted part, or a whole unit
)

// excerptOf returns the text of the finding's unit, with the part the
// finding points at separated out. The part is found by mapping the
// diagnostic's source range back onto the unit's text; when that does not
// map exactly (a finding about the whole unit) nothing is highlighted.
func excerptOf(doc *clause.Document, d checks.Diagnostic) excerpt {
	u := doc.Unit(d.Unit)
	if u == nil {
		return excerpt{None: true}
	}
	if u.Text == "" {
		// an article or lid with only sub-units: show the start of its text
		var parts []string
		u.Walk(func(x *clause.Unit) bool {
			if x.Text != "" {
				parts = append(parts, x.Text)
			}
			return true
		})
		return excerpt{After: clip(strings.Join(parts, " "), excerptMatch, false)}
	}
	s, e, ok := textRange(u, d.Span.Start.Offset, d.Span.End.Offset)
	if !ok || s == 0 && e == len(u.Text) {
		return excerpt{After: clip(u.Text, excerptMatch, false)}
	}
	return excerpt{Before: clip(u.Text[:s], excerptContext, true), Match: clip(u.Text[s:e], excerptMatch, false),
		After: clip(u.Text[e:], excerptContext, false)}
}

// textRange finds the byte range of the unit's text that maps onto the
// source range [src0, src1). The map is monotonic, so a binary search
// finds it.
func textRange(u *clause.Unit, src0, src1 int) (int, int, bool) {
	n := len(u.Text)
	if n == 0 || src1 <= src0 {
		return 0, 0, false
	}
	start := sort.Search(n+1, func(t int) bool {
		s, _, _ := u.Map.Source(t, t)
		return s >= src0
	})
	end := sort.Search(n+1, func(t int) bool {
		if t <= start {
			return false
		}
		_, e, _ := u.Map.Source(start, t)
		return e >= src1
	})
	if start >= n || end > n {
		return 0, 0, false
	}
	if !utf8.RuneStart(u.Text[start]) || end < n && !utf8.RuneStart(u.Text[end]) {
		return 0, 0, false
	}
	if s, e, ok := u.Map.Source(start, end); !ok || s != src0 || e != src1 {
		return 0, 0, false
	}
	return start, end, true
}

// clip shortens s to about n characters at a word boundary, keeping the
// end (fromEnd) or the start, and marks the cut with "…".
func clip(s string, n int, fromEnd bool) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if fromEnd {
		cut := string(r[len(r)-n:])
		if i := strings.IndexByte(cut, ' '); i >= 0 && i < 40 {
			cut = cut[i+1:]
		}
		return "…" + cut
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i >= 0 && len(cut)-i < 40 {
		cut = cut[:i]
	}
	return cut + "…"
}
