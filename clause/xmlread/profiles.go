package xmlread

import (
	"fmt"

	"github.com/antchfx/xmlquery"

	"github.com/wetlint/wetlint/clause"
)

// bwbLike is the element vocabulary that BWB (both the 2012 "wetgeving"
// export and the current "toestand" format), the official publications
// (officiele-publicatie) and CVDR share: artikel/kop/nr, lid/lidnr, al,
// lijst/li/li.nr, intref/extref.
func bwbLike(name, root string, meta MetaRule) *Profile {
	return &Profile{
		Name: name,
		Root: root,
		Skip: "//meta-data | //redactie | //redactionele-correcties | //bwb-wijzigingen | //bwb-inputbestand | //jcis | //metadata | //meta | //noot | //nootref | //plaatje | //illustratie | //opmerkingen-inhoud",
		Units: []UnitRule{
			{Kind: clause.Boek, Select: "//boek", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Deel, Select: "//deel", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Hoofdstuk, Select: "//hoofdstuk", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Titel, Select: "//titeldeel", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Afdeling, Select: "//afdeling", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Paragraaf, Select: "//paragraaf", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Subparagraaf, Select: "//sub-paragraaf", Number: "kop/nr", Heading: "kop/titel", Head: "kop"},
			{Kind: clause.Artikel, Select: "//artikel | //wijzig-artikel", Number: "kop/nr", Heading: "kop/titel", Head: "kop", Label: "kop/label"},
			{Kind: clause.Lid, Select: "//lid", Number: "lidnr", Head: "lidnr"},
			{Kind: ItemKind, Select: "//li | //definitie-item", Number: "li.nr", Head: "li.nr"},
		},
		NoText: "//kop | //lidnr | //li.nr | //tussenkop",
		Blocks: "//al | //li | //definitie-item | //entry | //considerans.al | //tekstregel | //definitie | //term",
		Links: []LinkRule{
			{Select: "//intref", Target: "@doc"},
			{Select: "//extref", Target: "@doc", External: true},
		},
		Quoted:              "//artikeltekst | //wijziging | //wat",
		Notes:               "//artikel.toelichting",
		Toelichting:         "//nota-toelichting | //memorie-toelichting | //toelichting",
		ToelichtingSections: "algemeen/divisie | algemeen[not(divisie)] | divisie | artikelsgewijs/divisie | artikelsgewijs[not(divisie)] | paragraaf",
		ToelichtingHeading:  "kop/titel | tussenkop | kop",
		ToelichtingArticles: ".//divisie[kop]",
		ToelichtingNumber:   "kop",
		Meta:                meta,
	}
}

// BWB reads the BWB XML of wetten.overheid.nl: the 2012 export (root
// wetgeving, with a DOCTYPE naming a remote DTD that is never fetched) and
// the toestand format (root toestand, meta-data blocks everywhere).
var BWB = Compile(bwbLike("bwb", "/wetgeving | /toestand", MetaRule{
	Title:       "/wetgeving/intitule | /toestand/wetgeving/intitule",
	Citeertitel: "(//citeertitel[not(ancestor::meta-data)])[1]",
	Type:        "/wetgeving/@soort | /toestand/wetgeving/@soort",
	BWBID:       "/wetgeving/@bwb-id | /toestand/@bwb-id",
	Ministry:    "(//ondertekening[not(ancestor::meta-data)]//organisatie)[1]",
	Year:        "/wetgeving/intitule | /toestand/wetgeving/intitule",
}))

// OP reads official publications (Staatsblad, Staatscourant, Kamerstukken,
// decentral gazettes) in the officiele-publicatie format.
var OP = Compile(bwbLike("op", "/officiele-publicatie", MetaRule{
	Title:       "(//intitule | //metadata/meta[@name='DC.title']/@content)[1]",
	Citeertitel: "(//citeertitel)[1]",
	Type:        "(//metadata/meta[@name='DC.type' and @scheme!='OVERHEID.Informatietype']/@content)[1]",
	Ministry:    "(//metadata/meta[@name='DC.creator']/@content)[1]",
	Year:        "(//metadata/meta[@name='OVERHEIDop.datumOndertekening' or @name='DCTERMS.issued' or @name='DCTERMS.available']/@content | //intitule)[1]",
}))

// CVDR reads decentral regulations from the CVDR repository.
var CVDR = Compile(bwbLike("cvdr", "/*[local-name()='cvdr']", MetaRule{
	Title:       "(//*[local-name()='title'])[1]",
	Ministry:    "(//*[local-name()='creator'])[1]",
	Year:        "(//*[local-name()='issued'])[1]",
	TypeDefault: clause.TypeDecentraal,
}))

// stopText is the namespace of STOP's text model.
const stopText = "https://standaarden.overheid.nl/stop/imop/tekst/"

// STOP reads STOP/IMOP documents (Omgevingswet and LVBB deliveries). Names
// are matched on the namespace, whatever prefix a file uses.
var STOP = Compile(&Profile{
	Name: "stop",
	Namespaces: map[string]string{
		"t": stopText,
		"d": "https://standaarden.overheid.nl/stop/imop/data/",
	},
	Root: "//t:BesluitCompact | //t:RegelingCompact | //t:RegelingVrijetekst | //t:RegelingKlassiek | //t:RegelingTijdelijkdeel | //t:Lichaam",
	Skip: "//t:Illustratie | //t:Noot | //t:Figuur",
	Units: []UnitRule{
		{Kind: clause.Boek, Select: "//t:Boek", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Deel, Select: "//t:Deel", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Hoofdstuk, Select: "//t:Hoofdstuk", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Titel, Select: "//t:Titel", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Afdeling, Select: "//t:Afdeling", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Paragraaf, Select: "//t:Paragraaf", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Subparagraaf, Select: "//t:Subparagraaf | //t:Subsubparagraaf", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop"},
		{Kind: clause.Artikel, Select: "//t:Artikel | //t:WijzigArtikel", Number: "t:Kop/t:Nummer", Heading: "t:Kop/t:Opschrift", Head: "t:Kop", Label: "t:Kop/t:Label"},
		{Kind: clause.Lid, Select: "//t:Lid", Number: "t:LidNummer", Head: "t:LidNummer"},
		{Kind: ItemKind, Select: "//t:Li | //t:Begrip", Number: "t:LiNummer", Head: "t:LiNummer"},
	},
	NoText: "//t:Kop | //t:LidNummer | //t:LiNummer",
	Blocks: "//t:Al | //t:Li | //t:Begrip | //t:Term | //t:Definitie | //t:entry | //t:Tussenkop",
	Links: []LinkRule{
		{Select: "//t:IntRef | //t:IntIoRef", Target: "@ref"},
		{Select: "//t:ExtRef | //t:ExtIoRef", Target: "@ref", External: true},
	},
	Quoted:              "//t:RegelingMutatie | //t:Wat",
	Toelichting:         "//t:Toelichting",
	ToelichtingSections: "t:AlgemeneToelichting/t:Divisie | t:AlgemeneToelichting/t:Divisietekst | t:AlgemeneToelichting[not(t:Divisie or t:Divisietekst)] | t:ArtikelgewijzeToelichting/t:Divisie | t:ArtikelgewijzeToelichting/t:Divisietekst | t:ArtikelgewijzeToelichting[not(t:Divisie or t:Divisietekst)]",
	ToelichtingHeading:  "t:Kop/t:Opschrift | t:Kop",
	ToelichtingArticles: "t:ArtikelgewijzeToelichting//t:Divisietekst[t:Kop] | t:ArtikelgewijzeToelichting//t:Divisie[t:Kop]",
	ToelichtingNumber:   "t:Kop",
	Meta: MetaRule{
		Title:       "(//d:officieleTitel | //t:RegelingOpschrift)[1]",
		Citeertitel: "(//d:citeertitel)[1]",
		Type:        "(//d:soortRegeling)[1]",
		Ministry:    "(//d:eindverantwoordelijke)[1]",
		Year:        "(//d:bekendOp | //d:FRBRWork)[1]",
		TypeDefault: clause.TypeDecentraal,
	},
})

// AKN reads Akoma Ntoso acts: sections as articles, subsections as leden,
// paragraphs as onderdelen.
var AKN = Compile(&Profile{
	Name:       "akn",
	Namespaces: map[string]string{"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"},
	Root:       "/a:akomaNtoso",
	Skip:       "//a:meta | //a:authorialNote",
	Units: []UnitRule{
		{Kind: clause.Deel, Select: "//a:part", Number: "a:num", Heading: "a:heading", Head: "a:num"},
		{Kind: clause.Hoofdstuk, Select: "//a:chapter", Number: "a:num", Heading: "a:heading", Head: "a:num"},
		{Kind: clause.Afdeling, Select: "//a:division", Number: "a:num", Heading: "a:heading", Head: "a:num"},
		{Kind: clause.Artikel, Select: "//a:section | //a:article", Number: "a:num", Heading: "a:heading", Head: "a:num"},
		{Kind: clause.Lid, Select: "//a:subsection", Number: "a:num", Head: "a:num"},
		{Kind: ItemKind, Select: "//a:paragraph | //a:subparagraph | //a:item", Number: "a:num", Head: "a:num"},
	},
	NoText: "//a:num | //a:heading",
	Blocks: "//a:p | //a:intro | //a:wrapUp | //a:content",
	Links:  []LinkRule{{Select: "//a:ref", Target: "@href"}},
	Meta: MetaRule{
		Title:       "(//a:FRBRWork/a:FRBRname/@value | //a:docTitle)[1]",
		Year:        "(//a:FRBRWork/a:FRBRdate/@date)[1]",
		TypeDefault: "act",
	},
})

// Readers lists every XML profile in the order they are tried.
var Readers = []*Reader{BWB, STOP, OP, CVDR, AKN}

// Read parses src and reads it with the first profile that matches.
func Read(name string, src []byte) (*clause.Document, error) {
	p, err := Parse(name, src)
	if err != nil {
		return nil, err
	}
	for _, r := range Readers {
		if r.Matches(p.DOM) {
			return r.Read(p)
		}
	}
	root := ""
	for n := p.DOM.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == xmlquery.ElementNode {
			root = n.Data
			break
		}
	}
	return nil, &clause.ParseError{Path: name, Line: 1, Column: 1, Msg: fmt.Sprintf("onbekend XML-formaat (hoofdelement <%s>); wetlint leest BWB, STOP, officiële publicaties, CVDR en Akoma Ntoso", root)}
}
