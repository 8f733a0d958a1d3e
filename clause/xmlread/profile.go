package xmlread

import "github.com/wetlint/wetlint/clause"

// A Profile describes one XML dialect of legislation as XPath expressions:
// which elements are articles, leden and list items, which hold their
// numbers and headings, which are references and which carry metadata. A
// new dialect is a new Profile, not a new parser.
//
// Absolute expressions are evaluated against the document; relative ones
// against the element they describe. Names without a prefix match elements
// without a prefix; map a prefix to a namespace URI in Namespaces to match
// on the namespace whatever prefix a file uses.
type Profile struct {
	Name       string            // format name reported to users: "bwb", "stop", "op", …
	Namespaces map[string]string // prefix → namespace URI for the expressions below
	// Root must select at least one node for the profile to apply.
	Root string
	// Skip selects elements whose whole subtree is ignored (meta-data,
	// editorial notes, metadata blocks).
	Skip string
	// Units are tried in order; an element takes the kind of the first rule
	// that selects it.
	Units []UnitRule
	// NoText selects elements that belong to a unit but are not part of its
	// text: number labels, headings.
	NoText string
	// Blocks selects elements that start a new paragraph in the text.
	Blocks string
	// Links selects references marked up in the text.
	Links []LinkRule
	// Quoted selects elements whose content is quoted text, such as the new
	// text in an amending article.
	Quoted string
	// Notes selects explanations that belong to the article around them
	// (BWB artikel.toelichting); they become toelichting units.
	Notes string
	// Toelichting selects the root of a separate memorie or nota van
	// toelichting; ToelichtingSections and ToelichtingArticles select its
	// parts (relative to the root) and ToelichtingNumber the article
	// number of an artikelsgewijze section (relative to that section).
	Toelichting         string
	ToelichtingSections string
	ToelichtingHeading  string
	ToelichtingArticles string
	ToelichtingNumber   string

	Meta MetaRule
}

// A UnitRule says which elements are units of one kind.
type UnitRule struct {
	// Kind is the unit kind. ItemKind makes the kind depend on nesting: a
	// list item in a list item is a subonderdeel, otherwise an onderdeel.
	Kind   clause.Kind
	Select string // absolute
	// Number, Heading and Head are relative. Number and Heading select the
	// element (or attribute) whose text is the number or heading; Head
	// selects the element whose span is the unit's heading span.
	Number  string
	Heading string
	Head    string
	// Label selects the label word written before the number ("Artikel",
	// "Aanwijzing", "Enig artikel"); used to recognise "Enig artikel".
	Label string
}

// ItemKind marks a UnitRule whose kind follows from nesting.
const ItemKind clause.Kind = "item"

// A LinkRule says which elements are references and where their target is.
type LinkRule struct {
	Select   string // absolute
	Target   string // relative, an attribute or element
	External bool
}

// MetaRule holds expressions for document metadata. Each selects a node
// (element or attribute) whose text is the value.
type MetaRule struct {
	Title       string
	Citeertitel string
	Type        string
	BWBID       string
	Ministry    string
	Year        string // the first four-digit year in the selected text
	// TypeDefault is used when Type selects nothing.
	TypeDefault string
}
