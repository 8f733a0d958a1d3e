package facts

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/wetlint/wetlint/clause"
)

// An Application is a statement that another regulation applies to this
// one as a whole: "Op deze wet is de Algemene wet inkomensafhankelijke
// regelingen van toepassing." Such an umbrella law may hold the
// mitigations (a power to recover less, a hardheidsclausule) that the
// regulation itself lacks.
type Application struct {
	Law   string `json:"law"`    // as written: "Algemene wet inkomensafhankelijke regelingen"
	LawID string `json:"law_id"` // its BWB id when wetlint knows the title
	Unit  string `json:"unit"`
	Start int    `json:"start"` // byte offsets of Law in the unit's text
	End   int    `json:"end"`
	// Partial is true when only listed provisions of the law apply ("Op
	// deze wet zijn van toepassing van de … : a. …").
	Partial bool `json:"partial,omitempty"`
}

var (
	applyOnRe   = regexp.MustCompile(`(?i)^\s*(?:op|voor|bij(?: de toepassing van)?)\s+(?:deze|dit|de|het)\s+[^,.;]{1,80}?\s+(?:is|zijn)\s+(?:de|het)\s+([^,.;]{4,120}?)\s*(?:,[^.;]{0,200}?,\s*)?van\s+(?:overeenkomstige\s+)?toepassing\b`)
	applyIsRe   = regexp.MustCompile(`(?i)^\s*(?:de|het)\s+([^,.;]{4,120}?)\s+(?:is|zijn)\s+(?:op\s+(?:deze|dit)\s+\S+\s+)?van\s+(?:overeenkomstige\s+)?toepassing\b`)
	applyListRe = regexp.MustCompile(`(?i)^\s*(?:op|voor)\s+(?:deze|dit)\s+\S+\s+(?:is|zijn)\s+van\s+(?:overeenkomstige\s+)?toepassing\s+van\s+(?:de|het)\s+([^:;.]{4,120}?)\s*:`)
	lawWordRe   = regexp.MustCompile(`(?i)(?:wet|wetboek|besluit|regeling|verordening)\b`)
	notLawRe    = regexp.MustCompile(`(?i)\b(?:artikel|artikelen|afdeling|hoofdstuk|paragraaf|titel|bepaling|bepalingen|lid|leden|onderdeel|regels)\b`)
)

// applications finds the regulations a document declares applicable as a
// whole.
func applications(doc *clause.Document, laws *LawTable, c *Cache) []Application {
	var out []Application
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			for _, s := range u.Sentences {
				if a, ok := c.application(s.Text); ok {
					a.LawID, a.Unit = laws.Lookup(a.Law), u.ID
					a.Start += s.Start
					a.End += s.Start
					out = append(out, a)
				}
			}
			return true
		})
	}
	return out
}

// application returns what a sentence declares applicable, with Start and
// End in bytes of the sentence and without LawID and Unit, and whether it
// declares anything.
func application(text string) (Application, bool) {
	for _, x := range []struct {
		re      *regexp.Regexp
		partial bool
	}{{applyOnRe, false}, {applyIsRe, false}, {applyListRe, true}} {
		m := x.re.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		law := strings.TrimSpace(text[m[2]:m[3]])
		if !isLawName(law) {
			continue
		}
		return Application{Law: law, Start: m[2], End: m[2] + len(law), Partial: x.partial}, true
	}
	return Application{}, false
}

// isLawName reports whether s names a regulation as a whole: capitalised,
// with a word such as wet, besluit or regeling, and no article or division.
func isLawName(s string) bool {
	r := []rune(s)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	return lawWordRe.MatchString(s) && !notLawRe.MatchString(s)
}

// A ContextDoc is what a check of one document needs to know about
// another: the regulation a draft declares applicable (an umbrella law),
// given with --context or checked in the same run. Only its mitigations
// travel; the rules see them in input.context.
type ContextDoc struct {
	Path        string       `json:"path"`
	Title       string       `json:"title"`
	Citeertitel string       `json:"citeertitel"`
	BWBID       string       `json:"bwb_id"`
	Mitigations []Mitigation `json:"mitigations"`
	// Declared is set per checked document: true when that document
	// declares this one applicable (see Application).
	Declared bool `json:"declared"`
}

// Summarize returns the context summary of a document.
func Summarize(doc *clause.Document, fx *Facts) *ContextDoc {
	cite := doc.Meta.Citeertitel
	if cite == "" {
		cite = fx.Citeertitel
	}
	return &ContextDoc{Path: doc.Path, Title: doc.Meta.Title, Citeertitel: cite, BWBID: doc.Meta.BWBID,
		Mitigations: fx.Mitigations}
}

// Is reports whether the application names this document: by BWB id when
// both are known, else by its citeertitel or title.
func (c *ContextDoc) Is(a Application) bool {
	if a.LawID != "" && c.BWBID != "" {
		return strings.EqualFold(a.LawID, c.BWBID)
	}
	law := normName(a.Law)
	if law == "" {
		return false
	}
	if cite := normName(c.Citeertitel); cite != "" && cite == law {
		return true
	}
	title := normName(c.Title)
	return title == law || strings.Contains(title, "("+law+")") || strings.HasSuffix(title, " "+law)
}

func normName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "de ")
	s = strings.TrimPrefix(s, "het ")
	return strings.TrimRight(s, ". ")
}

// WithContext sets the context documents of fx: every document in
// explicit (given with --context: the user says they apply) and every
// document in peers that fx declares applicable (other files of the same
// run). Each one is a copy with Declared set for this document.
func (fx *Facts) WithContext(explicit, peers []*ContextDoc) {
	fx.Context = nil
	seen := map[*ContextDoc]bool{}
	add := func(c *ContextDoc, must bool) {
		if seen[c] {
			return
		}
		declared := false
		for _, a := range fx.Applications {
			if c.Is(a) {
				declared = true
				break
			}
		}
		if !declared && !must {
			return
		}
		seen[c] = true
		cp := *c
		cp.Declared = declared
		fx.Context = append(fx.Context, &cp)
	}
	for _, c := range explicit {
		add(c, true)
	}
	for _, c := range peers {
		add(c, false)
	}
}
