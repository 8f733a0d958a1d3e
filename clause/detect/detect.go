// Package detect recognises the format of a draft from its content and
// dispatches to the right reader. It is the only package that imports every
// reader.
package detect

import (
	"bytes"
	"os"
	"unicode/utf8"

	"github.com/antchfx/xmlquery"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/markdown"
	"github.com/wetlint/wetlint/clause/xmlread"
)

// Format names the input formats wetlint reads.
type Format string

// The formats.
const (
	Markdown Format = "markdown"
	XML      Format = "xml"
	Empty    Format = "empty"
	Binary   Format = "binary"
)

// Sniff looks at the content, not the file name: XML starts with "<"
// (after an optional byte-order mark and white space); text that is valid
// UTF-8 without NUL bytes is Markdown; the rest is binary.
func Sniff(src []byte) Format {
	s := bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	s = bytes.TrimLeft(s, " \t\r\n")
	if len(s) == 0 {
		return Empty
	}
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return Binary
	}
	if s[0] == '<' && (bytes.HasPrefix(s, []byte("<?xml")) || looksLikeXMLRoot(s)) {
		return XML
	}
	if !utf8.Valid(trimPartialRune(head)) {
		return Binary
	}
	return Markdown
}

// looksLikeXMLRoot tells "<wetgeving …" (XML without a declaration) from
// a Markdown file that starts with an HTML comment or tag.
func looksLikeXMLRoot(s []byte) bool {
	if bytes.HasPrefix(s, []byte("<!--")) || bytes.HasPrefix(s, []byte("<!DOCTYPE")) {
		// a Markdown file may start with a comment; XML with a DOCTYPE or a
		// comment has an element after it that closes at the end
		t := bytes.TrimRight(s, " \t\r\n")
		return len(t) > 0 && t[len(t)-1] == '>' && bytes.Contains(s, []byte("</"))
	}
	t := bytes.TrimRight(s, " \t\r\n")
	return len(t) > 0 && t[len(t)-1] == '>' && bytes.Count(s, []byte("<")) > 2 && !bytes.Contains(s, []byte("\n#"))
}

func trimPartialRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		if utf8.Valid(b) {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}

// Read reads one file's content with the reader that fits it.
func Read(name string, src []byte) (*clause.Document, error) {
	switch f := Sniff(src); f {
	case Empty, Binary:
		return nil, unreadable(name, f, "geen regeling om te controleren")
	case XML:
		return xmlread.Read(name, src)
	}
	return markdown.Read(name, src)
}

// unreadable is the error for an empty or binary file; empty says what is
// missing.
func unreadable(name string, f Format, empty string) error {
	if f == Empty {
		return &clause.ParseError{Path: name, Msg: "leeg bestand: " + empty}
	}
	return &clause.ParseError{Path: name, Msg: "binair bestand: geen XML of Markdown"}
}

// ReadToelichting reads a file that holds the toelichting of a draft:
// Markdown (with or without a heading "Memorie van toelichting", see
// markdown.ReadToelichting) or XML with a toelichting element (BWB and
// official publications: memorie-toelichting, nota-toelichting,
// toelichting; STOP: Toelichting), also as the root element.
func ReadToelichting(name string, src []byte) (*clause.Document, error) {
	switch f := Sniff(src); f {
	case Empty, Binary:
		return nil, unreadable(name, f, "geen toelichting")
	case XML:
		p, err := xmlread.Parse(name, src)
		if err != nil {
			return nil, err
		}
		for _, r := range xmlread.Readers {
			if r.Matches(p.DOM) {
				return r.Read(p)
			}
		}
		if r := toelichtingRoot(p); r != nil {
			return r.Read(p)
		}
		return xmlread.Read(name, src)
	}
	return markdown.ReadToelichting(name, src)
}

// toelichtingRoot picks the profile for an XML file whose root element is
// the toelichting itself.
func toelichtingRoot(p *xmlread.Parsed) *xmlread.Reader {
	for n := p.DOM.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != xmlquery.ElementNode {
			continue
		}
		switch n.Data {
		case "memorie-toelichting", "nota-toelichting", "toelichting":
			return xmlread.OP
		case "Toelichting":
			return xmlread.STOP
		}
		return nil
	}
	return nil
}

// ReadFileWithToelichting reads a draft and attaches the toelichting
// written in a file of its own.
func ReadFileWithToelichting(path, toelichting string) (*clause.Document, error) {
	doc, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(toelichting)
	if err != nil {
		return nil, &clause.ParseError{Path: toelichting, Msg: readErrorMessage(err)}
	}
	t, err := ReadToelichting(toelichting, src)
	if err != nil {
		return nil, err
	}
	if err := doc.AttachToelichting(t); err != nil {
		return nil, err
	}
	return doc, nil
}

// ReadFile reads a file from disk and parses it.
func ReadFile(path string) (*clause.Document, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &clause.ParseError{Path: path, Msg: readErrorMessage(err)}
	}
	return Read(path, src)
}

func readErrorMessage(err error) string {
	switch {
	case os.IsNotExist(err):
		return "bestand bestaat niet"
	case os.IsPermission(err):
		return "geen leesrechten"
	}
	var pe *os.PathError
	if e, ok := err.(*os.PathError); ok {
		pe = e
		return "kan bestand niet lezen: " + pe.Err.Error()
	}
	return "kan bestand niet lezen: " + err.Error()
}
