package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// reasonPlaceholder stands where the drafter writes why a finding is
// justified or ignored.
const reasonPlaceholder = "…"

func (s *Server) codeAction(ctx context.Context, raw json.RawMessage) (any, error) {
	var p CodeActionParams
	if err := unmarshal(raw, &p); err != nil {
		return nil, err
	}
	snap := s.snapshotOf(p.TextDocument.URI)
	if snap == nil || snap.doc == nil || !snap.checked {
		return []CodeAction{}, nil
	}
	start, end, err := snap.m.offsetRange(p.Range)
	if err != nil {
		return nil, invalidParams(err.Error())
	}
	return codeActions(snap, start, end, p.Context.Diagnostics), nil
}

// codeActions returns, for every finding the client lists (or, when it
// lists none, every finding that touches the byte range [start, end)):
// the rule's own fixes as quick fixes, then two actions that insert a
// directive before the article, wetlint:justify and wetlint:ignore, with a
// reason placeholder to fill in.
func codeActions(snap *snapshot, start, end int, listed []Diagnostic) []CodeAction {
	out := []CodeAction{}
	for _, d := range snap.diags {
		lsp := lspDiagnostic(snap.m, d)
		if !wanted(d, lsp, start, end, listed) {
			continue
		}
		for _, fix := range d.Fixes {
			edits := make([]TextEdit, 0, len(fix.Edits))
			for _, e := range fix.Edits {
				edits = append(edits, TextEdit{Range: snap.m.rangeOf(e.Start, e.End), NewText: e.NewText})
			}
			out = append(out, CodeAction{Title: fix.Message, Kind: KindQuickFix, Diagnostics: []Diagnostic{lsp},
				IsPreferred: true, Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{snap.uri: edits}}})
		}
		if d.Unit == "" {
			continue // a directive covers a unit; a finding about the document has none
		}
		for _, kind := range []string{checks.DirectiveJustify, checks.DirectiveIgnore} {
			if a, ok := directiveAction(snap, d, lsp, kind); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// wanted reports whether a code action request is about diagnostic d.
func wanted(d checks.Diagnostic, lsp Diagnostic, start, end int, listed []Diagnostic) bool {
	if len(listed) == 0 {
		return d.Span.Start.Offset <= end && start <= d.Span.End.Offset
	}
	for _, l := range listed {
		if l.Source != "wetlint" || l.Code != d.Rule {
			continue
		}
		if l.Data != nil && l.Data.Unit != d.Unit {
			continue
		}
		if l.Range == lsp.Range {
			return true
		}
	}
	return false
}

// directiveAction inserts a justify or ignore directive for d's rule and
// unit on a line of its own before the article that holds the unit: an
// HTML comment in Markdown, a processing instruction in XML.
func directiveAction(snap *snapshot, d checks.Diagnostic, lsp Diagnostic, kind string) (CodeAction, bool) {
	doc := snap.doc
	u := doc.Unit(d.Unit)
	if u == nil {
		return CodeAction{}, false
	}
	at := u
	if a := u.Article(); a != nil {
		for a.Parent != nil && a.Parent.Article() != nil { // a quoted article: the amending one
			a = a.Parent.Article()
		}
		at = a
	}
	for _, dir := range checks.ParseDirectives(doc) {
		if dir.Kind == kind && dir.Unit == d.Unit && dir.Err == "" && containsRule(dir.Rules, d.Rule) {
			return CodeAction{}, false // already there
		}
	}
	var text string
	if doc.Format == "markdown" {
		text = fmt.Sprintf("<!-- wetlint:%s %s %s reden=\"%s\" -->", kind, d.Rule, d.Unit, reasonPlaceholder)
	} else {
		text = fmt.Sprintf("<?wetlint %s %s %s reden=\"%s\"?>", kind, d.Rule, d.Unit, reasonPlaceholder)
	}
	// on a line of its own before the article's line, with the same
	// indentation; when the article does not start its line (XML on one
	// line), right before it
	off := at.Span.Start.Offset
	lineStart := off
	for lineStart > 0 && snap.text[lineStart-1] != '\n' && snap.text[lineStart-1] != '\r' {
		lineStart--
	}
	insertAt, newText := off, text
	if indent := snap.text[lineStart:off]; len(bytes.TrimLeft(indent, " \t")) == 0 {
		eol := "\n"
		if bytes.Contains(snap.text, []byte("\r\n")) {
			eol = "\r\n"
		}
		insertAt, newText = lineStart, string(indent)+text+eol
	}
	title := fmt.Sprintf("Rechtvaardig %s %s (wetlint:justify, vul de reden in)", d.Rule, labelOf(u))
	if kind == checks.DirectiveIgnore {
		title = fmt.Sprintf("Negeer %s %s (wetlint:ignore, vul de reden in)", d.Rule, labelOf(u))
	}
	pos := snap.m.position(insertAt)
	return CodeAction{Title: title, Kind: KindQuickFix, Diagnostics: []Diagnostic{lsp},
		Edit: &WorkspaceEdit{Changes: map[string][]TextEdit{snap.uri: {{Range: Range{Start: pos, End: pos}, NewText: newText}}}}}, true
}

func labelOf(u *clause.Unit) string {
	if u.Label == "" {
		return ""
	}
	return "in " + u.Label
}

func containsRule(rules []string, id string) bool {
	for _, r := range rules {
		if r == id {
			return true
		}
	}
	return false
}
