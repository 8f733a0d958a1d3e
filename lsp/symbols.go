package lsp

import (
	"context"
	"encoding/json"

	"github.com/wetlint/wetlint/clause"
)

func (s *Server) documentSymbol(ctx context.Context, raw json.RawMessage) (any, error) {
	var p DocumentSymbolParams
	if err := unmarshal(raw, &p); err != nil {
		return nil, err
	}
	snap := s.snapshotOf(p.TextDocument.URI)
	if snap == nil || snap.doc == nil {
		return []DocumentSymbol{}, nil
	}
	return outline(snap), nil
}

// outline is the document's structure as the editor's outline shows it:
// divisions (boek … subparagraaf) with their articles, then the
// toelichting with its sections. Leden and onderdelen are left out: an
// outline of a large law lists its articles, as its table of contents does.
// Quoted articles (the new text in an amending article) are not part of the
// regulation's own structure and are left out too.
func outline(snap *snapshot) []DocumentSymbol {
	var build func(us []*clause.Unit) []DocumentSymbol
	build = func(us []*clause.Unit) []DocumentSymbol {
		var out []DocumentSymbol
		for _, u := range us {
			kind := 0
			switch {
			case u.Quoted:
			case u.Kind.IsDivision():
				kind = SymbolNamespace
			case u.Kind == clause.Artikel:
				kind = SymbolClass
			case u.Kind == clause.Toelichting || u.Kind == clause.ToelichtingSectie || u.Kind == clause.ToelichtingArtikel:
				kind = SymbolModule
			}
			if kind == 0 {
				continue
			}
			sym := DocumentSymbol{Name: capitalize(u.Label), Detail: u.Heading, Kind: kind, Range: snap.m.spanRange(u.Span)}
			if sym.Name == "" {
				sym.Name = capitalize(string(u.Kind))
			}
			sel := u.HeadSpan
			if sel.IsZero() || sel.Start.Offset < u.Span.Start.Offset || sel.End.Offset > u.Span.End.Offset {
				sel = clause.Span{Start: u.Span.Start, End: u.Span.Start}
			}
			sym.SelectionRange = snap.m.spanRange(sel)
			if kind != SymbolClass {
				sym.Children = build(u.Children)
			}
			out = append(out, sym)
		}
		return out
	}
	out := build(snap.doc.Body)
	if snap.doc.Toelichting != nil {
		out = append(out, build([]*clause.Unit{snap.doc.Toelichting})...)
	}
	if out == nil {
		out = []DocumentSymbol{}
	}
	return out
}
