package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// hoverLimit bounds the text of a unit shown in a hover (bytes).
const hoverLimit = 3000

func (s *Server) hover(ctx context.Context, raw json.RawMessage) (any, error) {
	snap, off, err := s.positionRequest(raw)
	if snap == nil {
		return nil, err
	}
	h := hoverAt(snap.engine, snap, off)
	if h == nil {
		return nil, nil // JSON null: nothing to show
	}
	return h, nil
}

// hoverAt says what stands at byte offset off: the findings there (with
// the rule's explanation and source), the reference (with the text of the
// unit it points to) or the defined term (with its definition).
func hoverAt(e *checks.Engine, snap *snapshot, off int) *Hover {
	var parts []string
	var rng *Range
	setRange := func(sp clause.Span) {
		if rng == nil {
			r := snap.m.spanRange(sp)
			rng = &r
		}
	}
	// findings under the cursor, the narrowest first: a finding about a
	// word says more than one about the whole lid around it
	var under []checks.Diagnostic
	for _, d := range snap.diags {
		if d.Span.Start.Offset <= off && off < max(d.Span.End.Offset, d.Span.Start.Offset+1) {
			under = append(under, d)
		}
	}
	sort.SliceStable(under, func(i, j int) bool {
		return under[i].Span.End.Offset-under[i].Span.Start.Offset < under[j].Span.End.Offset-under[j].Span.Start.Offset
	})
	for _, d := range under {
		parts = append(parts, findingHover(e, d))
		setRange(d.Span)
	}
	if u, r, sp := referenceAt(snap, off); r != nil {
		if txt := referenceHover(snap.doc, u, r.Text, r.Targets, r.Missing, r.Scope, r.Law, r.LawID); txt != "" {
			parts = append(parts, txt)
			setRange(sp)
		}
	} else if d, sp := definitionAt(snap, off); d != nil {
		parts = append(parts, definitionHover(snap.doc, d.Term, d.Definiens, d.Unit, d.Extends))
		setRange(sp)
	}
	if len(parts) == 0 {
		return nil
	}
	return &Hover{Contents: MarkupContent{Kind: "markdown", Value: strings.Join(parts, "\n\n---\n\n")}, Range: rng}
}

// findingHover explains a finding: the rule, the message, the rule's Dutch
// explanation and what it rests on.
func findingHover(e *checks.Engine, d checks.Diagnostic) string {
	var b strings.Builder
	title := d.Rule
	if r := e.Rule(d.Rule); r != nil && r.Title != "" {
		title += " · " + r.Title
	}
	fmt.Fprintf(&b, "**%s** (%s)\n\n%s", markdownEscape(title), severityWord(d.Severity), markdownEscape(d.Message))
	if d.Justified {
		fmt.Fprintf(&b, "\n\nGerechtvaardigd: %s", markdownEscape(d.Reason))
	}
	if r := e.Rule(d.Rule); r != nil {
		if r.Description != "" {
			fmt.Fprintf(&b, "\n\n%s", markdownEscape(r.Description))
		}
		if r.Source != "" {
			fmt.Fprintf(&b, "\n\nBron: %s", markdownEscape(r.Source))
		}
	}
	return b.String()
}

// severityWord names a severity in Dutch.
func severityWord(s string) string {
	switch s {
	case checks.SeverityError:
		return "fout"
	case checks.SeverityWarning:
		return "waarschuwing"
	}
	return "ter informatie"
}

// referenceHover shows where a reference points: the label and text of
// each target, the labels of missing targets, or the other regulation.
func referenceHover(doc *clause.Document, from *clause.Unit, text string, targets, missing []string, scope, law, lawID string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**Verwijzing** ‘%s’", markdownEscape(text))
	shown := 0
	for _, id := range targets {
		t := doc.Unit(id)
		if t == nil {
			continue
		}
		shown++
		head := capitalize(t.Label)
		if t.Heading != "" {
			head += ". " + t.Heading
		}
		fmt.Fprintf(&b, "\n\n**%s**\n\n%s", markdownEscape(head), quote(fullText(t, hoverLimit)))
		if b.Len() > 2*hoverLimit {
			break
		}
	}
	for _, m := range missing {
		fmt.Fprintf(&b, "\n\n%s bestaat niet in deze regeling", markdownEscape(capitalize(m)))
		shown++
	}
	if shown == 0 {
		switch scope {
		case "external":
			if law == "" {
				return ""
			}
			fmt.Fprintf(&b, " verwijst naar een andere regeling: %s", markdownEscape(law))
			if lawID != "" {
				fmt.Fprintf(&b, " (%s)", lawID)
			}
		case "amended":
			b.WriteString(" verwijst naar de regeling die wordt gewijzigd")
		default:
			return ""
		}
	}
	return b.String()
}

// definitionHover shows a begripsbepaling.
func definitionHover(doc *clause.Document, term, definiens, unit string, extends bool) string {
	where := ""
	if u := doc.Unit(unit); u != nil {
		where = " (" + u.Label + ")"
	}
	verb := "wordt verstaan onder"
	if extends {
		verb = "wordt mede verstaan onder"
	}
	return fmt.Sprintf("**Begripsbepaling**%s\n\nIn deze regeling %s *%s*: %s", markdownEscape(where), verb,
		markdownEscape(term), markdownEscape(definiens))
}

// quote renders text as a Markdown block quote.
func quote(s string) string {
	lines := strings.Split(markdownEscape(s), "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

// markdownEscape keeps legal text from being read as Markdown markup.
func markdownEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
	return r.Replace(s)
}
