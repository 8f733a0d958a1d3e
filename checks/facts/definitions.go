package facts

import (
	"regexp"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// A Definition is a begripsbepaling: a term and what it means.
type Definition struct {
	Term      string `json:"term"`      // as written
	Unit      string `json:"unit"`      // id of the unit that holds it
	Definiens string `json:"definiens"` // the meaning, as written
	Start     int    `json:"start"`     // byte offsets of the term in the unit's text
	End       int    `json:"end"`
	// Form is "list" (an item after "wordt verstaan onder:"), "inline"
	// ("wordt verstaan onder X: Y") or "onder" ("onder X wordt verstaan Y").
	Form string `json:"form"`
	// Extends is true for "mede verstaan" (an extension of the ordinary
	// meaning) rather than "verstaan".
	Extends bool `json:"extends,omitempty"`
	// Lettered is true when the definitions list is lettered (a, b, c).
	Lettered bool `json:"lettered,omitempty"`
}

var (
	leadInRe = regexp.MustCompile(`(?i)\b(?:wordt|worden)\b[^.:]{0,160}?\b(mede\s+)?verstaan\s*(?:onder)?\s*:\s*$`)
	inlineRe = regexp.MustCompile(`(?i)\b(?:wordt|worden)\b[^.:]{0,160}?\b(mede\s+)?verstaan\s+onder\s+([^:;.]{1,80}?)\s*:\s*(.+?)\s*[.;]?\s*$`)
	onderRe  = regexp.MustCompile(`(?i)\bonder\s+(?:een\s+|de\s+|het\s+)?([^,:;]{1,80}?)\s+(?:wordt|worden)\s+(?:in\s+[^,]{1,80}?\s+)?(?:,\s*tenzij anders bepaald,\s+)?(mede\s+)?verstaan\s*:?\s*(.+?)\s*[.;]?\s*$`)
	itemRe   = regexp.MustCompile(`^\s*([^:;]{1,80}?)\s*:\s*(.+?)\s*[;.]?\s*$`)
)

// definitions finds the begripsbepalingen of a document.
func definitions(doc *clause.Document) []Definition {
	var out []Definition
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			text := u.Text
			// the lead-in is a sentence ending in "verstaan onder:"; the
			// items follow as onderdelen or as lines of the same text
			lead, m := "", []string(nil)
			for _, s := range u.Sentences {
				if !mayContain(s.Text, "verstaan") {
					continue // the expressions below need it; most sentences lack it
				}
				if m = leadInRe.FindStringSubmatch(s.Text); m != nil {
					lead = s.Text
					break
				}
			}
			if m != nil {
				extends := m[1] != ""
				// items as child units
				lettered := false
				for _, c := range u.Children {
					if c.Kind == clause.Onderdeel && c.Number != "" {
						lettered = true
					}
				}
				for _, c := range u.Children {
					if c.Kind != clause.Onderdeel {
						continue
					}
					if d, ok := listItem(c, c.Text, 0); ok {
						d.Extends, d.Lettered = extends, lettered
						out = append(out, d)
					}
				}
				// items written in the same text after the lead-in, one per
				// line or separated by semicolons
				if i := strings.Index(text, lead); i >= 0 {
					rest := text[i+len(lead):]
					base := i + len(lead)
					for _, part := range splitItems(rest) {
						if d, ok := listItem(u, rest[part[0]:part[1]], base+part[0]); ok {
							d.Extends = extends
							out = append(out, d)
						}
					}
				}
				return true
			}
			for _, s := range u.Sentences {
				if !mayContain(s.Text, "verstaan") {
					continue
				}
				if m := inlineRe.FindStringSubmatchIndex(s.Text); m != nil {
					out = append(out, Definition{Term: s.Text[m[4]:m[5]], Unit: u.ID, Definiens: s.Text[m[6]:m[7]],
						Start: s.Start + m[4], End: s.Start + m[5], Form: "inline", Extends: m[2] >= 0})
					continue
				}
				if m := onderRe.FindStringSubmatchIndex(s.Text); m != nil {
					out = append(out, Definition{Term: s.Text[m[2]:m[3]], Unit: u.ID, Definiens: s.Text[m[6]:m[7]],
						Start: s.Start + m[2], End: s.Start + m[3], Form: "onder", Extends: m[4] >= 0})
				}
			}
			return true
		})
	}
	return out
}

// splitItems splits the text after a lead-in at line breaks and
// semicolons, returning byte ranges.
func splitItems(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' || s[i] == ';' {
			if strings.TrimSpace(s[start:i]) != "" {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}

func listItem(u *clause.Unit, s string, base int) (Definition, bool) {
	m := itemRe.FindStringSubmatchIndex(s)
	if m == nil {
		return Definition{}, false
	}
	term := s[m[2]:m[3]]
	// a term is a short noun phrase, not a sentence
	if len(strings.Fields(term)) > 8 || strings.ContainsAny(term, ",()") && len(strings.Fields(term)) > 4 {
		return Definition{}, false
	}
	lead := len(term) - len(strings.TrimLeft(term, " "))
	return Definition{Term: strings.TrimSpace(term), Unit: u.ID, Definiens: s[m[4]:m[5]],
		Start: base + m[2] + lead, End: base + m[3], Form: "list"}, true
}
