package clause

import (
	"strings"
)

// A Kind is the kind of a structural unit.
type Kind string

// The kinds of units, from the largest division down to the subonderdeel,
// and the parts of a toelichting.
const (
	Boek         Kind = "boek"
	Deel         Kind = "deel"
	Hoofdstuk    Kind = "hoofdstuk"
	Titel        Kind = "titel"
	Afdeling     Kind = "afdeling"
	Paragraaf    Kind = "paragraaf"
	Subparagraaf Kind = "subparagraaf"
	Artikel      Kind = "artikel"
	Lid          Kind = "lid"
	Onderdeel    Kind = "onderdeel"
	Subonderdeel Kind = "subonderdeel"

	// Toelichting is the root of a memorie or nota van toelichting.
	Toelichting Kind = "toelichting"
	// ToelichtingSectie is a section of the general part ("algemeen deel").
	ToelichtingSectie Kind = "toelichting-sectie"
	// ToelichtingArtikel is the explanation of one article ("artikelsgewijs").
	ToelichtingArtikel Kind = "toelichting-artikel"
)

// IsDivision reports whether k groups articles (hoofdstuk, paragraaf, …).
func (k Kind) IsDivision() bool {
	switch k {
	case Boek, Deel, Hoofdstuk, Titel, Afdeling, Paragraaf, Subparagraaf:
		return true
	}
	return false
}

// idPrefix is the short form of a kind in structural ids.
var idPrefix = map[Kind]string{
	Boek: "boek", Deel: "deel", Hoofdstuk: "hfd", Titel: "tit", Afdeling: "afd",
	Paragraaf: "par", Subparagraaf: "subpar", Artikel: "art", Lid: "lid",
	Onderdeel: "ond", Subonderdeel: "sub",
	Toelichting: "tl", ToelichtingSectie: "sec", ToelichtingArtikel: "art",
}

// Document types. Readers map the source's own vocabulary (BWB "soort",
// front matter "soort") onto these.
const (
	TypeWet                  = "wet"
	TypeRijkswet             = "rijkswet"
	TypeAMvB                 = "amvb"
	TypeKB                   = "kb"
	TypeMinisterieleRegeling = "ministeriele-regeling"
	TypeWijzigingsregeling   = "wijzigingsregeling"
	TypeBeleidsregel         = "beleidsregel"
	TypeCirculaire           = "circulaire"
	TypeVerdrag              = "verdrag"
	TypeDecentraal           = "decentrale-regelgeving"
	TypeOnbekend             = ""
)

// Meta is what a document says about itself.
type Meta struct {
	Title       string `json:"title"`       // opschrift or intitule
	Citeertitel string `json:"citeertitel"` // citation title, when known
	Type        string `json:"type"`        // one of the Type constants
	Ministry    string `json:"ministry"`    // ministerie (as written, e.g. "SZW")
	Year        int    `json:"year"`        // year of the draft or publication, 0 if unknown
	BWBID       string `json:"bwb_id"`      // BWBR… identifier, when known
	// Amending is true when the document amends other regulations
	// (articles I, II, … with "wordt als volgt gewijzigd").
	Amending bool `json:"amending"`
}

// A Document is one regulation as read from one file.
type Document struct {
	Path   string
	Format string // "markdown", "bwb", "stop", "op", "akn", "cvdr"
	Meta   Meta

	// Body holds the top-level units of the regulation: divisions and
	// articles, in document order.
	Body []*Unit
	// Toelichting is the memorie or nota van toelichting, or nil.
	Toelichting *Unit
	// ToelichtingFrom is the document the toelichting was read from when
	// it came from a file of its own (see AttachToelichting), else nil.
	// The spans of its units refer to that file.
	ToelichtingFrom *Document
	// Directives are the wetlint comments and processing instructions.
	Directives []Directive

	Src   []byte
	Lines *LineIndex

	index    map[string]*Unit
	articles []*Unit
}

// A Directive is a wetlint instruction written in the source: an HTML
// comment in Markdown ("<!-- wetlint:justify … -->") or a processing
// instruction in XML ("<?wetlint justify …?>"). Text is the instruction
// without the comment or PI markers; the checks package parses it.
type Directive struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// A Link is a reference marked up in the source (BWB intref/extref, STOP
// IntRef/ExtRef), with its target as written in the markup.
type Link struct {
	Text     string `json:"text"`
	Target   string `json:"target"`
	External bool   `json:"external"`
	Start    int    `json:"start"` // byte offset in the unit's Text
	End      int    `json:"end"`
}

// A Unit is one node of the clause tree.
type Unit struct {
	ID      string // structural id, "art:3/lid:2/ond:b"
	Kind    Kind
	Number  string // as written, without a trailing period: "3", "1.7", "2", "b", "1°"
	Label   string // legal label: "artikel 3, tweede lid, onderdeel b"
	Heading string // heading text (kop/titel, Markdown heading text), may be empty
	Text    string // own normalised text; see the package documentation

	Span     Span // the whole unit in the source
	HeadSpan Span // heading or number marker; zero when absent
	TextSpan Span // own text; zero when there is none

	Sentences []Sentence
	Links     []Link
	Children  []*Unit
	Parent    *Unit

	// Quoted is true for text quoted from or for another regulation, such
	// as the new text in an amending article.
	Quoted bool
	// Status is the source's status of the unit, e.g. "vervallen".
	Status string

	Map TextMap
}

// A Sentence is one sentence of a unit's Text.
type Sentence struct {
	ID    string // unit id plus "/s:N", 1-based
	Text  string
	Start int // byte offset in the unit's Text
	End   int
	Span  Span
}

// Article returns the nearest artikel at or above u, or nil.
func (u *Unit) Article() *Unit {
	for x := u; x != nil; x = x.Parent {
		if x.Kind == Artikel {
			return x
		}
	}
	return nil
}

// Member returns the nearest lid at or above u, or nil.
func (u *Unit) Member() *Unit {
	for x := u; x != nil; x = x.Parent {
		if x.Kind == Lid {
			return x
		}
		if x.Kind == Artikel {
			return nil
		}
	}
	return nil
}

// Walk calls fn for u and its descendants in document order; when fn
// returns false the children of that unit are skipped.
func (u *Unit) Walk(fn func(*Unit) bool) {
	if !fn(u) {
		return
	}
	for _, c := range u.Children {
		c.Walk(fn)
	}
}

// TextSpanOf returns the source span of the byte range [start, end) of the
// unit's Text. It falls back to the unit's text span, heading span or span.
func (d *Document) TextSpanOf(u *Unit, start, end int) Span {
	if s, e, ok := u.Map.Source(start, end); ok {
		return d.Lines.Span(s, e)
	}
	return u.BestSpan()
}

// BestSpan is the span a diagnostic about the whole unit points at: its own
// text when it has any, else its heading, else all of it.
func (u *Unit) BestSpan() Span {
	if !u.TextSpan.IsZero() {
		return u.TextSpan
	}
	if !u.HeadSpan.IsZero() {
		return u.HeadSpan
	}
	return u.Span
}

// Walk calls fn for every unit of the regulation body and then of the
// toelichting, in document order.
func (d *Document) Walk(fn func(*Unit) bool) {
	for _, u := range d.Body {
		u.Walk(fn)
	}
	if d.Toelichting != nil {
		d.Toelichting.Walk(fn)
	}
}

// Unit returns the unit with the given structural id, or nil.
func (d *Document) Unit(id string) *Unit { return d.index[id] }

// Articles returns every artikel of the body in document order, including
// articles nested in other units (quoted articles in amendments).
func (d *Document) Articles() []*Unit { return d.articles }

// Article returns the first artikel whose number is n, or nil.
func (d *Document) Article(n string) *Unit {
	for _, a := range d.articles {
		if !a.Quoted && strings.EqualFold(a.Number, n) {
			return a
		}
	}
	return nil
}
