package lsp

import (
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
)

// This file is the only place that converts between the two ways a place in
// a document is written down:
//
//   - a byte offset: 0-based, counting bytes of the UTF-8 text (clause.Pos
//     Offset, checks.TextEdit Start/End);
//   - an LSP Position: 0-based line, 0-based character counting UTF-16 code
//     units from the start of the line (one for a rune below U+10000, two
//     for a rune above: "€" and "ë" count one, "𝔸" two).
//
// Lines end at "\n", "\r\n" or a lone "\r", as the LSP specification says.
// A byte-order mark at the start of the text counts as a character, as it
// does in the client's buffer. clause.Pos columns (runes, 1-based) are never
// used here: only its byte offset.

// A mapper converts positions of one text. It is immutable.
type mapper struct {
	text  []byte
	lines []int // byte offset where each line starts
}

func newMapper(text []byte) *mapper {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			lines = append(lines, i+1)
		}
	}
	return &mapper{text: text, lines: lines}
}

// lineEnd returns the offset where line i's content ends (before its line
// break).
func (m *mapper) lineEnd(i int) int {
	if i+1 >= len(m.lines) {
		return len(m.text)
	}
	end := m.lines[i+1]
	if end > 0 && m.text[end-1] == '\n' {
		end--
	}
	if end > m.lines[i] && m.text[end-1] == '\r' {
		end--
	}
	return end
}

// position converts a byte offset (clamped to the text) to a Position. An
// offset inside a multi-byte rune counts from the start of that rune.
func (m *mapper) position(off int) Position {
	off = max(0, min(off, len(m.text)))
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	start := m.lines[line]
	if end := m.lineEnd(line); off > end { // inside "\r\n"
		off = end
	}
	return Position{Line: line, Character: utf16Len(m.text[start:off])}
}

// utf16Len counts the UTF-16 code units of the complete runes in b.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(b) {
			break // a rune cut off at the end: not counted
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// rangeOf converts the byte range [start, end) to a Range.
func (m *mapper) rangeOf(start, end int) Range {
	return Range{Start: m.position(start), End: m.position(max(start, end))}
}

// spanRange converts a clause span (through its byte offsets) to a Range.
func (m *mapper) spanRange(s clause.Span) Range {
	return m.rangeOf(s.Start.Offset, s.End.Offset)
}

// offset converts a Position to a byte offset. A character past the end of
// its line means the end of the line (as the LSP specification says); a
// character in the middle of a surrogate pair means the start of that rune.
// A line past the last line is an error.
func (m *mapper) offset(p Position) (int, error) {
	if p.Line < 0 || p.Character < 0 {
		return 0, fmt.Errorf("ongeldige positie %d:%d", p.Line, p.Character)
	}
	if p.Line >= len(m.lines) {
		if p.Line == len(m.lines) && p.Character == 0 {
			return len(m.text), nil // the end of a text that ends with a line break
		}
		return 0, fmt.Errorf("regel %d bestaat niet; het document telt %d regels", p.Line+1, len(m.lines))
	}
	off, end := m.lines[p.Line], m.lineEnd(p.Line)
	for units := 0; off < end; {
		r, size := utf8.DecodeRune(m.text[off:end])
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > p.Character {
			break
		}
		units += w
		off += size
	}
	return off, nil
}

// offsetRange converts a Range to byte offsets.
func (m *mapper) offsetRange(r Range) (start, end int, err error) {
	if start, err = m.offset(r.Start); err != nil {
		return 0, 0, err
	}
	if end, err = m.offset(r.End); err != nil {
		return 0, 0, err
	}
	if end < start {
		return 0, 0, fmt.Errorf("ongeldig bereik: het einde %d:%d ligt voor het begin %d:%d",
			r.End.Line, r.End.Character, r.Start.Line, r.Start.Character)
	}
	return start, end, nil
}
