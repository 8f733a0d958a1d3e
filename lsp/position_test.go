package lsp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMapperPosition(t *testing.T) {
	// "€" is 3 bytes and 1 UTF-16 unit, "ë" 2 bytes and 1 unit, "𝔸"
	// (U+1D538) 4 bytes and 2 units
	text := "ab\nprijs € 5, ëën 𝔸 en/of x\r\nlaatste\rna cr"
	tests := []struct {
		at   string // the text at the offset
		want Position
	}{
		{"ab", Position{0, 0}},
		{"prijs", Position{1, 0}},
		{"€", Position{1, 6}},
		{" 5", Position{1, 7}},
		{"ëën", Position{1, 11}},
		{"𝔸", Position{1, 15}},
		{" en/of", Position{1, 17}}, // 𝔸 counts two
		{"en/of", Position{1, 18}},
		{"laatste", Position{2, 0}},
		{"na cr", Position{3, 0}},
	}
	m := newMapper([]byte(text))
	for _, tt := range tests {
		off := strings.Index(text, tt.at)
		if got := m.position(off); got != tt.want {
			t.Errorf("position(%d) before %q = %+v, want %+v", off, tt.at, got, tt.want)
		}
		back, err := m.offset(tt.want)
		if err != nil || back != off {
			t.Errorf("offset(%+v) = %d, %v, want %d", tt.want, back, err, off)
		}
	}
	// the end of the text, and an offset inside "\r\n" (the end of its line)
	if got := m.position(len(text)); got != (Position{3, 5}) {
		t.Errorf("position(end) = %+v, want 3:5", got)
	}
	if got := m.position(strings.Index(text, "\r\n") + 1); got != (Position{1, 25}) {
		t.Errorf("position inside CRLF = %+v, want the end of line 1 (1:25)", got)
	}
	// an offset inside a multi-byte rune counts from its start
	if got := m.position(strings.Index(text, "𝔸") + 2); got != (Position{1, 15}) {
		t.Errorf("position inside 𝔸 = %+v, want 1:15", got)
	}
}

func TestMapperOffsetClamps(t *testing.T) {
	text := "één 𝔸\nx"
	m := newMapper([]byte(text))
	tests := []struct {
		pos  Position
		want int
	}{
		{Position{0, 0}, 0},
		{Position{0, 1}, len("é")},
		{Position{0, 3}, len("één")},
		{Position{0, 4}, len("één ")},    // before 𝔸
		{Position{0, 5}, len("één ")},    // inside 𝔸's surrogate pair: its start
		{Position{0, 6}, len("één 𝔸")},   // after 𝔸
		{Position{0, 99}, len("één 𝔸")},  // past the line end: the line end
		{Position{1, 0}, len("één 𝔸\n")}, // the start of line 2
		{Position{1, 99}, len(text)},     // past the end of the last line
		{Position{2, 0}, len(text)},      // the line after the last: only its start
	}
	for _, tt := range tests {
		got, err := m.offset(tt.pos)
		if err != nil || got != tt.want {
			t.Errorf("offset(%+v) = %d, %v, want %d", tt.pos, got, err, tt.want)
		}
	}
	for _, bad := range []Position{{3, 0}, {2, 1}, {-1, 0}, {0, -1}} {
		if _, err := m.offset(bad); err == nil {
			t.Errorf("offset(%+v) succeeded, want an error", bad)
		}
	}
}

// TestMapperRoundTrip converts every rune boundary of a text with CRLF,
// lone CR, a byte-order mark and runes of every UTF-8 length to a position
// and back.
func TestMapperRoundTrip(t *testing.T) {
	text := "\uFEFFArtikel 1\r\nDe prijs is € 5.\rëën 𝔸𝔹 x\n\n𝕏"
	m := newMapper([]byte(text))
	prev := Position{-1, -1}
	for off := range len(text) + 1 {
		if off < len(text) && (!utf8.RuneStart(text[off]) || text[off] == '\n' && text[off-1] == '\r') {
			continue // inside a rune or between "\r" and "\n": not a place in the text
		}
		p := m.position(off)
		if p.Line < prev.Line || p.Line == prev.Line && p.Character <= prev.Character {
			t.Errorf("position(%d) = %+v does not follow %+v", off, p, prev)
		}
		prev = p
		back, err := m.offset(p)
		if err != nil {
			t.Errorf("offset(%+v): %v", p, err)
			continue
		}
		if back != off {
			t.Errorf("offset(position(%d) = %+v) = %d", off, p, back)
		}
	}
}

// FuzzMapper: any text and position converts without a panic, and every
// rune boundary survives the round trip.
func FuzzMapper(f *testing.F) {
	f.Add("ab\nprijs € 5, ëën 𝔸 en/of x\r\nlaatste\rna cr", 1, 17)
	f.Add("\uFEFF𝔸\r\n\r\n", 2, 0)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, line, char int) {
		m := newMapper([]byte(text))
		if off, err := m.offset(Position{line, char}); err == nil && (off < 0 || off > len(text)) {
			t.Fatalf("offset(%d:%d) = %d outside the text", line, char, off)
		}
		for off := 0; off <= len(text); off++ {
			if off < len(text) && (!utf8.RuneStart(text[off]) || text[off] == '\n' && off > 0 && text[off-1] == '\r') {
				continue
			}
			if !utf8.ValidString(text) {
				continue // LSP text is valid UTF-8; invalid bytes count as one unit each
			}
			p := m.position(off)
			if back, err := m.offset(p); err != nil || back != off {
				t.Fatalf("offset(position(%d) = %+v) = %d, %v", off, p, back, err)
			}
		}
	})
}
