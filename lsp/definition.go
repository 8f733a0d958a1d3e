package lsp

import (
	"context"
	"encoding/json"
)

func (s *Server) definition(ctx context.Context, raw json.RawMessage) (any, error) {
	snap, off, err := s.positionRequest(raw)
	if snap == nil {
		return []Location{}, err
	}
	return definitionAtOffset(snap, off), nil
}

// positionRequest decodes the params of a request about a place in a
// document and returns the snapshot and the byte offset of that place. The
// snapshot is nil when the document is not an open draft, could not be
// read, or the params are wrong (err says so).
func (s *Server) positionRequest(raw json.RawMessage) (*snapshot, int, error) {
	var p TextDocumentPositionParams
	if err := unmarshal(raw, &p); err != nil {
		return nil, 0, err
	}
	snap := s.snapshotOf(p.TextDocument.URI)
	if snap == nil || snap.doc == nil {
		return nil, 0, nil
	}
	off, err := snap.m.offset(p.Position)
	if err != nil {
		return nil, 0, invalidParams(err.Error())
	}
	return snap, off, nil
}

// definitionAtOffset answers go-to-definition: from a reference ("artikel
// 5, tweede lid") the units it points to, from a defined term its
// begripsbepaling. It returns an empty list when there is nothing to go to.
func definitionAtOffset(snap *snapshot, off int) []Location {
	doc := snap.doc
	out := []Location{}
	if _, r, _ := referenceAt(snap, off); r != nil {
		for _, id := range r.Targets {
			if t := doc.Unit(id); t != nil {
				sp := t.HeadSpan
				if sp.IsZero() {
					sp = t.BestSpan()
				}
				out = append(out, Location{URI: snap.uri, Range: snap.m.spanRange(sp)})
			}
		}
		return out
	}
	if d, _ := definitionAt(snap, off); d != nil {
		if u := doc.Unit(d.Unit); u != nil {
			if s, e, ok := u.Map.Source(d.Start, d.End); ok {
				out = append(out, Location{URI: snap.uri, Range: snap.m.rangeOf(s, e)})
			}
		}
	}
	return out
}
