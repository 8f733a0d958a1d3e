package lsp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
)

// What stands at a place in a document: the units around it, a reference
// or a defined term. Offsets here are bytes of the source; the features
// convert to and from LSP positions with the snapshot's mapper.

// unitsAt returns the units whose span holds byte offset off, innermost
// first (an onderdeel, its lid, its artikel, its hoofdstuk).
func unitsAt(doc *clause.Document, off int) []*clause.Unit {
	var path []*clause.Unit
	var visit func(us []*clause.Unit)
	visit = func(us []*clause.Unit) {
		for _, u := range us {
			if u.Span.Start.Offset <= off && off < u.Span.End.Offset {
				path = append(path, u)
				visit(u.Children)
				return
			}
		}
	}
	visit(doc.Body)
	if len(path) == 0 && doc.Toelichting != nil {
		visit([]*clause.Unit{doc.Toelichting})
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// inSpan reports whether off lies in the source range of the text bytes
// [start, end) of u.
func inSpan(doc *clause.Document, u *clause.Unit, start, end, off int) (clause.Span, bool) {
	s, e, ok := u.Map.Source(start, end)
	if !ok {
		return clause.Span{}, false
	}
	return doc.Lines.Span(s, e), s <= off && off < e
}

// referenceAt returns the reference whose text holds off, and its unit.
func referenceAt(snap *snapshot, off int) (*clause.Unit, *facts.Reference, clause.Span) {
	for _, u := range unitsAt(snap.doc, off) {
		uf := snap.fx.Units[u.ID]
		if uf == nil {
			continue
		}
		for i := range uf.References {
			r := &uf.References[i]
			if sp, ok := inSpan(snap.doc, u, r.Start, r.End, off); ok {
				return u, r, sp
			}
		}
	}
	return nil, nil, clause.Span{}
}

// definitionAt returns the begripsbepaling of the defined term at off:
// either the term where it is defined or a use of it in the text (the
// term as written, in any case, or with a plural ending -s, -en or -n).
func definitionAt(snap *snapshot, off int) (*facts.Definition, clause.Span) {
	doc := snap.doc
	for i := range snap.fx.Definitions {
		d := &snap.fx.Definitions[i]
		if u := doc.Unit(d.Unit); u != nil {
			if sp, ok := inSpan(doc, u, d.Start, d.End, off); ok {
				return d, sp
			}
		}
	}
	for _, u := range unitsAt(doc, off) {
		if u.Text == "" {
			continue
		}
		lower := strings.ToLower(u.Text)
		if len(lower) != len(u.Text) {
			lower = u.Text // a letter whose lower case has another length: match as written
		}
		var best *facts.Definition
		var bestSpan clause.Span
		for i := range snap.fx.Definitions {
			d := &snap.fx.Definitions[i]
			term := strings.ToLower(d.Term)
			if term == "" {
				continue
			}
			for _, occ := range termOccurrences(lower, term) {
				if sp, ok := inSpan(doc, u, occ[0], occ[1], off); ok && (best == nil || len(d.Term) > len(best.Term)) {
					best, bestSpan = d, sp
				}
			}
		}
		if best != nil {
			return best, bestSpan
		}
	}
	return nil, clause.Span{}
}

// termOccurrences finds term in text as a whole word, allowing a plural
// ending; it returns byte ranges of text. Both are lower case.
func termOccurrences(text, term string) [][2]int {
	var out [][2]int
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], term)
		if i < 0 {
			break
		}
		start := from + i
		end := start + len(term)
		from = end
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && isWordRune(r) {
			continue
		}
		for _, suffix := range []string{"en", "s", "n"} {
			if strings.HasPrefix(text[end:], suffix) {
				if r, _ := utf8.DecodeRuneInString(text[end+len(suffix):]); end+len(suffix) == len(text) || !isWordRune(r) {
					end += len(suffix)
					break
				}
			}
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isWordRune(r) {
			continue
		}
		out = append(out, [2]int{start, end})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// capitalize writes a label as a heading: "artikel 3" → "Artikel 3".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// fullText is the text of a unit and everything in it, each part on a line
// of its own after its number, for showing a unit in a hover.
func fullText(u *clause.Unit, limit int) string {
	var b strings.Builder
	u.Walk(func(x *clause.Unit) bool {
		if b.Len() > limit {
			return false
		}
		if x.Text == "" {
			return true
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		if x != u && x.Number != "" {
			b.WriteString(x.Number)
			if !strings.HasSuffix(x.Number, "°") {
				b.WriteString(".")
			}
			b.WriteString(" ")
		}
		b.WriteString(x.Text)
		return true
	})
	s := b.String()
	if len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + " …"
	}
	return s
}
