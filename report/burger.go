package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
)

// CitizenViewVersion is the version of the JSON of `wetlint burger`.
const CitizenViewVersion = 1

// A CitizenView is the citizen's view of a draft: for each kind of citizen
// it addresses (aanvrager, ouder, huurder …), what they must do, by when,
// and what happens when they do not, with article references. It is built
// from the facts (docs/doenvermogen.md) and the doenvermogen findings.
type CitizenView struct {
	Version  int       `json:"version"`
	Path     string    `json:"path"`
	Title    string    `json:"title"`
	Citizens []Citizen `json:"citizens"`
}

// A Citizen is one kind of citizen and what the draft asks of them.
type Citizen struct {
	// Kind is the lemma the draft uses ("aanvrager"), or "burger" when the
	// text names nobody ("de aanvraag wordt ingediend" without an
	// aanvrager) or only a generic person ("degene").
	Kind   string        `json:"kind"`
	Duties []CitizenDuty `json:"duties"`
}

// A CitizenDuty is one thing a citizen must (or, with Optional, may) do.
type CitizenDuty struct {
	Label string `json:"label"` // "artikel 3, eerste lid"
	Unit  string `json:"unit"`
	Line  int    `json:"line"` // 1-based line of the sentence
	Text  string `json:"text"` // the sentence as written
	// Optional is true for a right the citizen may use within a deadline
	// ("kan binnen zes weken bezwaar maken"): no duty, but a deadline that
	// counts.
	Optional     bool                 `json:"optional,omitempty"`
	Deadlines    []CitizenDeadline    `json:"deadlines"`
	Consequences []CitizenConsequence `json:"consequences"`
	// Findings are the doenvermogen warnings about this duty, its deadline
	// or what follows from missing it.
	Findings []CitizenFinding `json:"findings"`
}

// A CitizenDeadline is a deadline of a duty.
type CitizenDeadline struct {
	Text  string `json:"text"`
	Days  int    `json:"days"` // 0 when vague or a date
	Vague bool   `json:"vague,omitempty"`
	Kind  string `json:"kind"` // within, period, notice, date
}

// A CitizenConsequence is what the draft says happens when the duty is not
// met.
type CitizenConsequence struct {
	Label string `json:"label"`
	Kind  string `json:"kind"` // verval, niet-behandeld, boete, …
	Text  string `json:"text"` // the sentence that says so
}

// A CitizenFinding is a doenvermogen finding shown with a duty.
type CitizenFinding struct {
	Rule     string `json:"rule"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
}

// genericKinds name nobody in particular; their duties are the burger's.
var genericKinds = map[string]bool{"": true, "degene": true, "persoon": true, "een ieder": true, "hij die": true, "zij die": true}

// BuildCitizenView collects the duties of citizens in doc. diags are the
// findings of a check of doc (only doenvermogen warnings and errors are
// shown); title gives a rule's Dutch title.
func BuildCitizenView(doc *clause.Document, fx *facts.Facts, diags []checks.Diagnostic, title func(id string) string) *CitizenView {
	v := &CitizenView{Version: CitizenViewVersion, Path: doc.Path, Title: doc.Meta.Title, Citizens: []Citizen{}}
	// what follows from missing a duty: the consequences linked to its sentence
	follows := map[string][]CitizenConsequence{}
	consequenceUnits := map[string][]string{}
	doc.Walk(func(u *clause.Unit) bool {
		uf := fx.Units[u.ID]
		if uf == nil {
			return true
		}
		for _, c := range uf.Consequences {
			for _, l := range c.Links {
				follows[l.Sentence] = appendConsequence(follows[l.Sentence], CitizenConsequence{Label: u.Label, Kind: c.Kind, Text: sentenceText(u, c.Sentence)})
				consequenceUnits[l.Sentence] = appendOnce(consequenceUnits[l.Sentence], u.ID)
			}
		}
		return true
	})
	byKind := map[string]*Citizen{}
	var order []string
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			uf := fx.Units[u.ID]
			if uf == nil {
				return true
			}
			for i, sf := range uf.Sentences {
				if i >= len(u.Sentences) || sf.List && !sf.Duty {
					continue
				}
				deadlines := citizenDeadlines(uf.Deadlines, sf.ID)
				duty := sf.Duty && sf.Actor == facts.RoleCitizen
				right := !duty && sf.Actor == facts.RoleCitizen && sf.Modal && len(deadlines) > 0
				if !duty && !right {
					continue
				}
				kind := sf.Kind
				if genericKinds[kind] {
					kind = "burger"
				}
				c := byKind[kind]
				if c == nil {
					c = &Citizen{Kind: kind}
					byKind[kind] = c
					order = append(order, kind)
				}
				s := u.Sentences[i]
				d := CitizenDuty{Label: u.Label, Unit: u.ID, Line: s.Span.Start.Line, Text: s.Text, Optional: right,
					Deadlines: deadlines, Consequences: follows[s.ID], Findings: []CitizenFinding{}}
				if d.Consequences == nil {
					d.Consequences = []CitizenConsequence{}
				}
				d.Findings = findingsFor(diags, u.ID, s, consequenceUnits[s.ID], title)
				c.Duties = append(c.Duties, d)
			}
			return true
		})
	}
	for _, k := range order {
		v.Citizens = append(v.Citizens, *byKind[k])
	}
	return v
}

func citizenDeadlines(ds []facts.Deadline, sid string) []CitizenDeadline {
	out := []CitizenDeadline{}
	for _, d := range ds {
		if d.Sentence == sid && d.Actor == facts.RoleCitizen && d.Kind != "duration" {
			out = append(out, CitizenDeadline{Text: d.Text, Days: d.Days, Vague: d.Vague, Kind: d.Kind})
		}
	}
	return out
}

// findingsFor returns the doenvermogen warnings on the duty's sentence and
// on the units of the consequences that follow from it, once per rule.
func findingsFor(diags []checks.Diagnostic, unit string, s clause.Sentence, consequenceUnits []string, title func(string) string) []CitizenFinding {
	out := []CitizenFinding{}
	seen := map[string]bool{}
	for _, d := range diags {
		if d.Family != "doenvermogen" || d.Severity == "info" || d.Justified || seen[d.Rule] {
			continue
		}
		here := d.Unit == unit && d.Span.Start.Offset >= s.Span.Start.Offset && d.Span.Start.Offset <= s.Span.End.Offset
		if !here && !(d.Rule == "DOEN-003" && contains(consequenceUnits, d.Unit)) {
			continue
		}
		seen[d.Rule] = true
		out = append(out, CitizenFinding{Rule: d.Rule, Title: title(d.Rule), Severity: d.Severity})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return out
}

func sentenceText(u *clause.Unit, sid string) string {
	for _, s := range u.Sentences {
		if s.ID == sid {
			return s.Text
		}
	}
	return u.Text
}

func appendConsequence(cs []CitizenConsequence, c CitizenConsequence) []CitizenConsequence {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

func appendOnce(s []string, v string) []string {
	if contains(s, v) {
		return s
	}
	return append(s, v)
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// WriteJSON writes the view as indented JSON.
func (v *CitizenView) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// WriteText writes the view as a checklist in Dutch, one block per kind of
// citizen.
func (v *CitizenView) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Wat %s van burgers vraagt\n", or(v.Title, v.Path))
	if v.Title != "" {
		fmt.Fprintf(&b, "%s\n", v.Path)
	}
	if len(v.Citizens) == 0 {
		b.WriteString("\nDe regeling legt burgers geen verplichtingen op.\n")
	}
	for _, c := range v.Citizens {
		duties, rights := 0, 0
		for _, d := range c.Duties {
			if d.Optional {
				rights++
			} else {
				duties++
			}
		}
		fmt.Fprintf(&b, "\nDe %s: %s\n", c.Kind, counted(duties, rights))
		for i, d := range c.Duties {
			mark := "moet"
			if d.Optional {
				mark = "kan"
			}
			fmt.Fprintf(&b, "  %d. %s (regel %d) — %s\n", i+1, d.Label, d.Line, mark)
			fmt.Fprintf(&b, "     %s\n", d.Text)
			for _, dl := range d.Deadlines {
				fmt.Fprintf(&b, "     termijn: %s\n", deadlineText(dl))
			}
			if len(d.Deadlines) == 0 && !d.Optional {
				b.WriteString("     termijn: geen\n")
			}
			for _, cq := range d.Consequences {
				fmt.Fprintf(&b, "     als het niet gebeurt (%s): %s\n", cq.Label, cq.Text)
			}
			if len(d.Consequences) == 0 {
				b.WriteString("     als het niet gebeurt: de regeling zegt het niet\n")
			}
			for _, f := range d.Findings {
				fmt.Fprintf(&b, "     wetlint: %s [%s]\n", lowerFirst(f.Title), f.Rule)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func counted(duties, rights int) string {
	var parts []string
	if duties > 0 {
		parts = append(parts, plural(duties, "verplichting", "verplichtingen"))
	}
	if rights > 0 {
		parts = append(parts, plural(rights, "recht met een termijn", "rechten met een termijn"))
	}
	return strings.Join(parts, " en ")
}

func deadlineText(d CitizenDeadline) string {
	switch {
	case d.Vague:
		return fmt.Sprintf("%s (geen termijn in dagen)", d.Text)
	case d.Kind == "date" || d.Days == 0:
		return d.Text
	case d.Days == 1:
		return fmt.Sprintf("%s (1 dag)", d.Text)
	}
	return fmt.Sprintf("%s (%d dagen)", d.Text, d.Days)
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
