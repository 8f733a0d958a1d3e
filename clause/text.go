package clause

import (
	"sort"
	"unicode/utf8"
)

// A TextMap maps byte offsets in a unit's normalised Text back to byte
// offsets in the source. It is a list of segments in text order. An exact
// segment copies source bytes one to one; an atomic segment stands for a
// source range as a whole (a collapsed run of white space, a decoded
// character reference, a paragraph break).
type TextMap struct {
	segs []segment
	n    int // length of the text in bytes
}

type segment struct {
	text   int // start of the segment in the text
	src    int // start of the source range
	srcEnd int // end of the source range
	exact  bool
}

// Source maps the text range [start, end) to a source byte range. An empty
// map (a unit without text) returns ok == false.
func (m TextMap) Source(start, end int) (srcStart, srcEnd int, ok bool) {
	if len(m.segs) == 0 {
		return 0, 0, false
	}
	if start < 0 {
		start = 0
	}
	if end > m.n {
		end = m.n
	}
	if end < start {
		end = start
	}
	srcStart = m.mapStart(start)
	if end == start {
		return srcStart, srcStart, true
	}
	srcEnd = m.mapEnd(end)
	if srcEnd < srcStart {
		srcEnd = srcStart
	}
	return srcStart, srcEnd, true
}

func (m TextMap) find(t int) int {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].text > t }) - 1
	if i < 0 {
		i = 0
	}
	return i
}

func (m TextMap) mapStart(t int) int {
	s := m.segs[m.find(t)]
	if s.exact {
		o := s.src + (t - s.text)
		if o > s.srcEnd {
			o = s.srcEnd
		}
		return o
	}
	if t > s.text { // inside an atomic segment: its end
		return s.srcEnd
	}
	return s.src
}

func (m TextMap) mapEnd(t int) int {
	s := m.segs[m.find(t-1)]
	if s.exact {
		o := s.src + (t - s.text)
		if o > s.srcEnd {
			o = s.srcEnd
		}
		return o
	}
	return s.srcEnd
}

// A TextBuilder assembles a unit's normalised Text from pieces of the source
// and records the TextMap as it goes. The zero value is ready to use.
type TextBuilder struct {
	buf        []byte
	segs       []segment
	spaceStart int  // source start of pending white space, -1 if none
	spaceEnd   int  // source end of pending white space
	brk        bool // a paragraph break is pending
	brkAt      int  // source offset of the pending break
	init       bool
}

func (b *TextBuilder) lazyInit() {
	if !b.init {
		b.spaceStart = -1
		b.init = true
	}
}

// IsSpace reports whether r counts as white space in legal text: ASCII white
// space and the no-break and narrow spaces that BWB files use between a
// number and its unit.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2007, 0x202F, 0x2009, 0x200A, 0x3000:
		return true
	}
	return false
}

// Append adds src[start:end], found at the same offsets in the file, to the
// text. When entities is true, XML character and entity references are
// decoded. White space runs collapse to one space.
func (b *TextBuilder) Append(src []byte, start, end int, entities bool) {
	b.lazyInit()
	for i := start; i < end; {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				b.space(i, i+1)
				i++
				continue
			}
			if entities && c == '&' {
				if r, n := decodeEntity(src[i:end]); n > 0 {
					if IsSpace(r) {
						b.space(i, i+n)
					} else {
						b.emitRune(r, i, i+n, false)
					}
					i += n
					continue
				}
			}
			b.emitRune(rune(c), i, i+1, true)
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:end])
		if r == utf8.RuneError && n <= 1 {
			b.emitRune(utf8.RuneError, i, i+1, false)
			i++
			continue
		}
		if IsSpace(r) {
			b.space(i, i+n)
		} else {
			b.emitRune(r, i, i+n, true)
		}
		i += n
	}
}

// AppendString adds literal text that stands for the source range
// [start, end), for example a decoded entity or a replacement character.
func (b *TextBuilder) AppendString(s string, start, end int) {
	b.lazyInit()
	for _, r := range s {
		if IsSpace(r) {
			b.space(start, end)
			continue
		}
		b.emitRune(r, start, end, false)
	}
}

// Space records white space at the source range [start, end) even if no
// white space character is there (for example between two XML elements that
// are read as separate words).
func (b *TextBuilder) Space(start, end int) {
	b.lazyInit()
	b.space(start, end)
}

// Break ends the current paragraph: the next character starts a new line.
func (b *TextBuilder) Break(at int) {
	b.lazyInit()
	if len(b.buf) == 0 {
		return
	}
	b.brk = true
	b.brkAt = at
}

func (b *TextBuilder) space(start, end int) {
	if b.spaceStart < 0 {
		b.spaceStart = start
	}
	b.spaceEnd = end
}

func (b *TextBuilder) flushSeparator(next int) {
	if len(b.buf) == 0 {
		b.spaceStart = -1
		b.brk = false
		return
	}
	if b.brk {
		at := b.brkAt
		end := next
		if b.spaceStart >= 0 && b.spaceStart < at {
			at = b.spaceStart
		}
		if end < at {
			end = at
		}
		b.push('\n', at, end, false)
	} else if b.spaceStart >= 0 {
		b.push(' ', b.spaceStart, b.spaceEnd, false)
	}
	b.spaceStart = -1
	b.brk = false
}

func (b *TextBuilder) emitRune(r rune, start, end int, exact bool) {
	b.flushSeparator(start)
	b.push(r, start, end, exact)
}

func (b *TextBuilder) push(r rune, start, end int, exact bool) {
	t := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	if exact && len(b.segs) > 0 {
		last := &b.segs[len(b.segs)-1]
		if last.exact && last.srcEnd == start && last.text+(last.srcEnd-last.src) == t {
			last.srcEnd = end
			return
		}
	}
	b.segs = append(b.segs, segment{text: t, src: start, srcEnd: end, exact: exact})
}

// Len returns the length of the text built so far, in bytes.
func (b *TextBuilder) Len() int { return len(b.buf) }

// Text returns the text and its map. Trailing white space is dropped.
func (b *TextBuilder) Text() (string, TextMap) {
	return string(b.buf), TextMap{segs: b.segs, n: len(b.buf)}
}

// decodeEntity decodes an XML reference at the start of s ("&amp;",
// "&#xEB;", "&#235;", and the HTML entities) and returns the rune and the
// number of bytes it spans, or n == 0 when s does not start with a reference.
func decodeEntity(s []byte) (rune, int) {
	end := -1
	for i := 1; i < len(s) && i < 40; i++ {
		if s[i] == ';' {
			end = i
			break
		}
		if s[i] == '&' || s[i] == ' ' || s[i] == '<' {
			return 0, 0
		}
	}
	if end < 2 {
		return 0, 0
	}
	name := string(s[1:end])
	if name[0] == '#' {
		v := 0
		digits := name[1:]
		base := 10
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			base = 16
			digits = digits[1:]
		}
		if digits == "" {
			return 0, 0
		}
		for _, c := range digits {
			var d int
			switch {
			case c >= '0' && c <= '9':
				d = int(c - '0')
			case base == 16 && c >= 'a' && c <= 'f':
				d = int(c-'a') + 10
			case base == 16 && c >= 'A' && c <= 'F':
				d = int(c-'A') + 10
			default:
				return 0, 0
			}
			v = v*base + d
			if v > utf8.MaxRune {
				return 0, 0
			}
		}
		return rune(v), end + 1
	}
	if r, ok := xmlEntities[name]; ok {
		return r, end + 1
	}
	return 0, 0
}

// RuneToByte converts a rune index into s to a byte offset (clamped).
func RuneToByte(s string, runes int) int {
	if runes <= 0 {
		return 0
	}
	i := 0
	for off := range s {
		if i == runes {
			return off
		}
		i++
	}
	return len(s)
}
