// Package detect recognises the format of a draft from its content and
// dispatches to the right reader. It is the only package that imports every
// reader.
package detect

import (
	"bytes"
	"os"
	"unicode/utf8"

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
	switch Sniff(src) {
	case Empty:
		return nil, &clause.ParseError{Path: name, Msg: "leeg bestand: geen regeling om te controleren"}
	case Binary:
		return nil, &clause.ParseError{Path: name, Msg: "binair bestand: geen XML of Markdown"}
	case XML:
		return xmlread.Read(name, src)
	}
	return markdown.Read(name, src)
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
