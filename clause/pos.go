package clause

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"
	"unicode/utf8"
)

// A Pos is a place in a source file. Offset is a 0-based byte offset; Line is
// 1-based; Column is 1-based and counts runes (Unicode code points).
type Pos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// A Span is a half-open range [Start, End) in a source file.
type Span struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// IsZero reports whether the span was never set (an empty span at the very
// start of a file is also zero; no unit lives there).
func (s Span) IsZero() bool { return s.Start.Offset == 0 && s.End.Offset == 0 }

// A LineIndex converts byte offsets of one source into lines and columns.
type LineIndex struct {
	src    []byte
	starts []int // byte offset at which each line starts; starts[0] is 0 or 3 (after a BOM)
	// cols[k] is the number of runes between the start of the line holding
	// byte k*colBlock and that byte: a checkpoint that keeps column
	// computation cheap on the very long lines of some XML files.
	cols []int32
}

const colBlock = 256

// NewLineIndex indexes src. Lines end at "\n", "\r\n" or a lone "\r", as in
// the LSP specification. A leading UTF-8 byte-order mark is not part of line 1.
func NewLineIndex(src []byte) *LineIndex {
	first := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		first = 3
	}
	if bytes.IndexByte(src[first:], '\r') >= 0 {
		return newLineIndexCR(src, first)
	}
	// the usual case, every line ends at "\n": whole blocks at a time (the
	// language server indexes a 2 MB law after every edit)
	starts := []int{first}
	for i := first; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	cols := make([]int32, len(src)/colBlock+1)
	var col int32
	for k := 0; k*colBlock < len(src); k++ {
		cols[k] = col
		b := src[max(k*colBlock, first):min(k*colBlock+colBlock, len(src))]
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			b, col = b[i+1:], 0
		}
		col += int32(runeStarts(b))
	}
	return &LineIndex{src: src, starts: starts, cols: cols}
}

// newLineIndexCR indexes a text with "\r" in it, byte by byte.
func newLineIndexCR(src []byte, first int) *LineIndex {
	starts := []int{first}
	cols := make([]int32, len(src)/colBlock+1)
	var col int32
	for i := 0; i < len(src); i++ {
		if i%colBlock == 0 {
			cols[i/colBlock] = col
		}
		if i < first {
			continue
		}
		c := src[i]
		if c&0xC0 != 0x80 {
			col++
		}
		switch c {
		case '\n':
			starts = append(starts, i+1)
			col = 0
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			starts = append(starts, i+1)
			col = 0
		}
	}
	return &LineIndex{src: src, starts: starts, cols: cols}
}

// runeStarts counts the bytes of b that start a rune (are not UTF-8
// continuation bytes 10xxxxxx), eight at a time.
func runeStarts(b []byte) int {
	n := len(b)
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		// bit 7 set and bit 6 clear, in every byte
		n -= bits.OnesCount64(w &^ (w << 1) & 0x8080808080808080)
		b = b[8:]
	}
	for _, c := range b {
		if c&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// runesBetween counts the runes that start in src[a:b].
func runesBetween(src []byte, a, b int) int { return runeStarts(src[a:b]) }

// Pos returns the position of byte offset off (clamped to the source).
func (x *LineIndex) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	start := x.starts[line]
	if off < start { // inside the BOM
		off = start
	}
	col := 0
	if base := off / colBlock * colBlock; base > start {
		col = int(x.cols[off/colBlock]) + runesBetween(x.src, base, off)
	} else {
		col = runesBetween(x.src, start, off)
	}
	return Pos{Offset: off, Line: line + 1, Column: col + 1}
}

// Span returns the span of the byte range [start, end).
func (x *LineIndex) Span(start, end int) Span {
	if end < start {
		end = start
	}
	return Span{Start: x.Pos(start), End: x.Pos(end)}
}

// LineCount returns the number of lines.
func (x *LineIndex) LineCount() int { return len(x.starts) }

// LineStart returns the byte offset where 1-based line n starts.
func (x *LineIndex) LineStart(n int) int {
	if n < 1 {
		return x.starts[0]
	}
	if n > len(x.starts) {
		return len(x.src)
	}
	return x.starts[n-1]
}

// Offset converts a 1-based line and a 1-based rune column back into a byte
// offset. Columns past the end of the line are clamped to the line end.
func (x *LineIndex) Offset(line, col int) int {
	off := x.LineStart(line)
	end := len(x.src)
	if line >= 1 && line < len(x.starts) {
		end = x.starts[line]
	}
	for c := 1; c < col && off < end; c++ {
		if x.src[off] == '\n' || x.src[off] == '\r' {
			break
		}
		_, n := utf8.DecodeRune(x.src[off:end])
		off += n
	}
	return off
}
