package clause

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineIndexPos(t *testing.T) {
	long := strings.Repeat("é€a", 400) // a long line crosses many checkpoints
	src := "\uFEFFab\r\nc€d\rx𝔸y\n" + long + "z\n"
	x := NewLineIndex([]byte(src))
	cases := []struct {
		off        int
		line, col  int
		wantOffset int
	}{
		{3, 1, 1, 3},       // after the BOM
		{0, 1, 1, 3},       // inside the BOM: clamped
		{5, 1, 3, 5},       // the \r of \r\n
		{7, 2, 1, 7},       // "c"
		{8 + 3, 2, 3, 11},  // "d" after "€"
		{13, 3, 1, 13},     // after a lone \r
		{14 + 4, 3, 3, 18}, // "y" after "𝔸" (4 bytes)
		{20 + len(long), 4, utf8.RuneCountInString(long) + 1, 20 + len(long)}, // "z"
	}
	for _, c := range cases {
		p := x.Pos(c.off)
		if p.Line != c.line || p.Column != c.col || p.Offset != c.wantOffset {
			t.Errorf("Pos(%d) = %d:%d@%d, want %d:%d@%d", c.off, p.Line, p.Column, p.Offset, c.line, c.col, c.wantOffset)
		}
		if back := x.Offset(p.Line, p.Column); back != p.Offset {
			t.Errorf("Offset(%d, %d) = %d, want %d", p.Line, p.Column, back, p.Offset)
		}
	}
	// every offset in the long line agrees with a plain rune count
	start := 20
	for off := start; off <= start+len(long); off++ {
		if !utf8.RuneStart(src[off]) {
			continue
		}
		want := utf8.RuneCountInString(src[start:off]) + 1
		if got := x.Pos(off).Column; got != want {
			t.Fatalf("Pos(%d).Column = %d, want %d", off, got, want)
		}
	}
}

// TestLineIndexAgainstCount: every offset's position equals a plain count
// of line breaks and runes, for text with "\n" only (the fast path) and
// with "\r\n" and lone "\r", across column checkpoints.
func TestLineIndexAgainstCount(t *testing.T) {
	long := strings.Repeat("é€a b", 120)
	for _, src := range []string{
		"a\n" + long + "\nb€\n\n" + long + "z",
		"\uFEFF" + long + "\n𝔸y\n",
		"a\r\n" + long + "\rb€\n\r\n" + long + "z\r",
	} {
		x := NewLineIndex([]byte(src))
		line, col, start := 1, 1, 0
		if strings.HasPrefix(src, "\uFEFF") {
			start = 3
		}
		for off := start; off <= len(src); off++ {
			if off < len(src) && !utf8.RuneStart(src[off]) {
				continue
			}
			if p := x.Pos(off); p.Line != line || p.Column != col {
				t.Fatalf("%.10q…: Pos(%d) = %d:%d, want %d:%d", src, off, p.Line, p.Column, line, col)
			}
			if off == len(src) {
				break
			}
			switch {
			case src[off] == '\n', src[off] == '\r' && (off+1 == len(src) || src[off+1] != '\n'):
				line, col = line+1, 1
			default:
				col++
			}
		}
		if x.LineCount() != line {
			t.Errorf("%.10q…: %d lines, want %d", src, x.LineCount(), line)
		}
	}
}

// TestRuneStarts: the word-at-a-time count equals a byte-by-byte count, on
// valid and invalid UTF-8 of every length.
func TestRuneStarts(t *testing.T) {
	src := []byte("a€ë𝔸\x80\xbf\xc0\xff" + strings.Repeat("zé\x9f", 7))
	for i := range src {
		for j := i; j <= len(src); j++ {
			want := 0
			for _, c := range src[i:j] {
				if c&0xC0 != 0x80 {
					want++
				}
			}
			if got := runeStarts(src[i:j]); got != want {
				t.Fatalf("runeStarts(%q) = %d, want %d", src[i:j], got, want)
			}
		}
	}
}
