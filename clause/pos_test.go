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
