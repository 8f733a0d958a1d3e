package checks

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Directive kinds.
const (
	// DirectiveJustify accepts a finding that the toelichting justifies: it
	// stays in the output with severity info, Justified true and the reason.
	DirectiveJustify = "justify"
	// DirectiveIgnore suppresses a finding; it is counted, not shown.
	DirectiveIgnore = "ignore"
)

// A Directive is a parsed wetlint instruction from the draft:
//
//	<!-- wetlint:justify DISC-001 art:2 reden="toelichting § 3.2" -->
//	<!-- wetlint:ignore AR-028 reden="tabelartikel" -->
//	<?wetlint justify DISC-001 art:2 reden="…"?>
//
// Rules is one or more rule ids separated by commas. Unit is a structural
// id; when it is left out the directive covers the next article or lid
// after it. A reason (reden= or reason=) is required.
type Directive struct {
	Kind   string
	Rules  []string
	Unit   string // as written, or the unit found after the directive
	Reason string
	Span   clause.Span
	Err    string // why the directive is malformed, "" when it is fine
	Used   int    // how many findings it covered
}

var (
	directiveRe = regexp.MustCompile(`^wetlint\s*[:\s]\s*(\w+)\s+(.*)$`)
	reasonRe    = regexp.MustCompile(`(?:reden|reason)\s*=\s*(?:"([^"]*)"|“([^”]*)”|'([^']*)')`)
	unitIDRe    = regexp.MustCompile(`^(?:art|hfd|par|afd|tit|boek|deel|subpar|tl):\S*$`)
)

// ParseDirectives reads the wetlint directives of a document.
func ParseDirectives(doc *clause.Document) []*Directive {
	var out []*Directive
	for _, raw := range doc.Directives {
		d := &Directive{Span: raw.Span}
		m := directiveRe.FindStringSubmatch(strings.TrimSpace(raw.Text))
		if m == nil {
			d.Err = "onbekende wetlint-aanwijzing; gebruik wetlint:justify of wetlint:ignore"
			out = append(out, d)
			continue
		}
		d.Kind = strings.ToLower(m[1])
		rest := m[2]
		if rm := reasonRe.FindStringSubmatchIndex(rest); rm != nil {
			for g := 2; g < len(rm); g += 2 {
				if rm[g] >= 0 {
					d.Reason = strings.TrimSpace(rest[rm[g]:rm[g+1]])
				}
			}
			rest = rest[:rm[0]] + rest[rm[1]:]
		}
		fields := strings.Fields(rest)
		if len(fields) > 0 {
			for _, r := range strings.Split(fields[0], ",") {
				if r = strings.TrimSpace(r); r != "" {
					d.Rules = append(d.Rules, strings.ToUpper(r))
				}
			}
		}
		if len(fields) > 1 && unitIDRe.MatchString(fields[1]) {
			d.Unit = fields[1]
		}
		switch {
		case d.Kind != DirectiveJustify && d.Kind != DirectiveIgnore:
			d.Err = fmt.Sprintf("onbekende wetlint-aanwijzing %q; gebruik wetlint:justify of wetlint:ignore", d.Kind)
		case len(d.Rules) == 0:
			d.Err = "de aanwijzing noemt geen regel"
		case d.Reason == "":
			d.Err = `de aanwijzing mist een reden (reden="…")`
		case d.Unit != "" && doc.Unit(d.Unit) == nil:
			d.Err = fmt.Sprintf("de aanwijzing noemt %s, maar dat onderdeel bestaat niet", d.Unit)
		}
		if d.Unit == "" && d.Err == "" {
			if u := nextUnit(doc, raw.Span.End.Offset); u != nil {
				d.Unit = u.ID
			} else {
				d.Err = "de aanwijzing staat niet voor een artikel of lid"
			}
		}
		out = append(out, d)
	}
	return out
}

// nextUnit returns the first article or lid that starts at or after off.
func nextUnit(doc *clause.Document, off int) *clause.Unit {
	var best *clause.Unit
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if (u.Kind == clause.Artikel || u.Kind == clause.Lid) && u.Span.Start.Offset >= off {
				if best == nil || u.Span.Start.Offset < best.Span.Start.Offset {
					best = u
				}
			}
			return true
		})
	}
	return best
}

// covers reports whether the directive applies to a diagnostic: same rule
// and the diagnostic's unit is the directive's unit or inside it.
func (d *Directive) covers(diag Diagnostic) bool {
	if d.Err != "" || d.Unit == "" {
		return false
	}
	ruleOK := false
	for _, r := range d.Rules {
		if r == diag.Rule {
			ruleOK = true
		}
	}
	return ruleOK && (diag.Unit == d.Unit || strings.HasPrefix(diag.Unit, d.Unit+"/"))
}

// ApplyDirectives marks justified diagnostics and removes ignored ones. It
// returns the diagnostics to show and those that were suppressed.
func ApplyDirectives(diags []Diagnostic, dirs []*Directive) (shown, suppressed []Diagnostic) {
	for _, diag := range diags {
		ignored := false
		for _, d := range dirs {
			if !d.covers(diag) {
				continue
			}
			d.Used++
			switch d.Kind {
			case DirectiveIgnore:
				ignored = true
				diag.Reason = d.Reason
			case DirectiveJustify:
				diag.Justified = true
				diag.Severity = SeverityInfo
				diag.Reason = d.Reason
			}
		}
		if ignored {
			suppressed = append(suppressed, diag)
			continue
		}
		shown = append(shown, diag)
	}
	return shown, suppressed
}
