package clause

import "fmt"

// AttachToelichting gives the draft d the toelichting of t, a document
// read from a file of its own (markdown.ReadToelichting, or an XML file with
// a toelichting). The units keep their spans in t's file; SourceOf tells
// which document holds a unit. A draft that has a toelichting of its own
// keeps it, and the call fails: wetlint does not guess how two toelichtingen
// fit together.
func (d *Document) AttachToelichting(t *Document) error {
	if t.Toelichting == nil {
		return &ParseError{Path: t.Path, Msg: "geen toelichting gevonden; begin de toelichting met een kop ‘Memorie van toelichting’, ‘Nota van toelichting’ of ‘Toelichting’, of schrijf alleen de toelichting in het bestand"}
	}
	if d.Toelichting != nil {
		return &ParseError{Path: d.Path, Msg: fmt.Sprintf("het ontwerp heeft al een toelichting; %s kan er niet aan worden toegevoegd", t.Path)}
	}
	d.Toelichting = t.Toelichting
	d.ToelichtingFrom = t
	if d.index == nil {
		d.index = map[string]*Unit{}
	}
	t.Toelichting.Walk(func(u *Unit) bool {
		d.index[u.ID] = u
		return true
	})
	return nil
}

// SourceOf returns the document whose source holds u: d itself, or the
// document its toelichting was read from.
func (d *Document) SourceOf(u *Unit) *Document {
	if d.ToelichtingFrom == nil || u == nil {
		return d
	}
	root := u
	for root.Parent != nil {
		root = root.Parent
	}
	if root == d.ToelichtingFrom.Toelichting {
		return d.ToelichtingFrom
	}
	return d
}
