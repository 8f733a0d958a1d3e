package clause

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Edit returns the document that reading src[:start] + text + src[end:]
// would give, made from d without reading the source again, when the edit
// cannot change anything but the text of one unit: it lies inside a run of
// text that the unit's TextMap copies from the source as is, it removes and inserts only letters, digits,
// punctuation and symbols (no white space, no "<", ">" or "&"), it does not
// touch a link, and the unit is not in an article with a Roman number (whose
// text can make the document an amending act). Only XML documents whose
// source is the UTF-8 text itself qualify: in Markdown the words of a line
// decide its role ("Artikel 3" is a heading), so Markdown is always read
// again.
//
// It returns ok == false when the edit does not qualify; the caller then
// reads the new source. d is not changed. Only the edited unit is worked
// out again (its text, map, sentences); the other units are copied with
// their positions moved. The language server uses it to
// re-read a large law after a keystroke in a few milliseconds instead of
// parsing all of it; TestEditMatchesRead holds it to the readers.
func (d *Document) Edit(start, end int, text []byte) (nd *Document, ok bool) {
	if d.Format == "markdown" || start < 0 || end < start || end > len(d.Src) || d.Lines == nil {
		return nil, false
	}
	if !plainText(d.Src[start:end]) || !plainText(text) {
		return nil, false
	}
	u, k := d.exactSegmentAt(start, end)
	if u == nil {
		return nil, false
	}
	seg := u.Map.segs[k]
	t0 := seg.text + (start - seg.src) // the edit in the unit's text
	t1 := t0 + (end - start)
	for _, l := range u.Links {
		if l.Start <= t1 && t0 <= l.End {
			return nil, false
		}
	}
	if a := u.Article(); a != nil && IsRoman(a.Number) {
		return nil, false
	}
	delta := len(text) - (end - start)
	if seg.srcEnd-seg.src+delta <= 0 {
		return nil, false // a word removed whole: the white space around it joins
	}
	src := make([]byte, 0, len(d.Src)+delta)
	src = append(append(append(src, d.Src[:start]...), text...), d.Src[end:]...)
	newSeg := src[seg.src : seg.srcEnd+delta]
	if bytes.Contains(newSeg, []byte("]]>")) {
		return nil, false // not allowed in XML text
	}
	// where the new text goes: offsets after the edit move by delta. An
	// insertion at the end of the segment extends it, so what starts
	// there (white space, a tag) moves; elsewhere what ends or starts at
	// start stays (the white space before the segment, the segment itself)
	appending := start == end && end == seg.srcEnd
	shift := func(o int) int {
		if o > start && o >= end || appending && o == end {
			return o + delta
		}
		return o
	}
	// no line break is inserted or removed, so every position keeps its
	// line; those after the edit on its line move by the runes it adds
	editLine := d.Lines.Pos(start).Line
	runeDelta := utf8.RuneCount(text) - utf8.RuneCount(d.Src[start:end])
	shiftPos := func(p Pos) Pos {
		o := shift(p.Offset)
		if o == p.Offset {
			return p
		}
		if p.Line == editLine {
			p.Column += runeDelta
		}
		p.Offset = o
		return p
	}
	shiftSpan := func(s Span) Span {
		if s.IsZero() {
			return s
		}
		return Span{Start: shiftPos(s.Start), End: shiftPos(s.End)}
	}
	nd = &Document{Path: d.Path, Format: d.Format, Meta: d.Meta, Src: src, Lines: NewLineIndex(src),
		index: make(map[string]*Unit, len(d.index))}
	clones := make(map[*Unit]*Unit, len(d.index))
	var edited *Unit
	var clone func(x, parent *Unit) *Unit
	clone = func(x, parent *Unit) *Unit {
		c := *x
		clones[x] = &c
		c.Parent = parent
		c.Span, c.HeadSpan, c.TextSpan = shiftSpan(x.Span), shiftSpan(x.HeadSpan), shiftSpan(x.TextSpan)
		c.Map = TextMap{segs: clip(x.Map.segs), n: x.Map.n}
		for i := range c.Map.segs {
			c.Map.segs[i].src, c.Map.segs[i].srcEnd = shift(c.Map.segs[i].src), shift(c.Map.segs[i].srcEnd)
		}
		c.Sentences = clip(x.Sentences)
		for i := range c.Sentences {
			c.Sentences[i].Span = shiftSpan(c.Sentences[i].Span)
		}
		if x == u {
			edited = &c
			c.Text = u.Text[:t0] + string(text) + u.Text[t1:]
			c.Map.n += delta
			for i := k + 1; i < len(c.Map.segs); i++ {
				c.Map.segs[i].text += delta
			}
			c.Links = clip(x.Links)
			for i := range c.Links {
				if c.Links[i].Start > t1 {
					c.Links[i].Start += delta
					c.Links[i].End += delta
				}
			}
		}
		c.Children = clip(x.Children)
		for i, ch := range x.Children {
			c.Children[i] = clone(ch, &c)
		}
		return &c
	}
	nd.Body = clip(d.Body)
	for i, x := range d.Body {
		nd.Body[i] = clone(x, nil)
	}
	if d.Toelichting != nil {
		nd.Toelichting = clone(d.Toelichting, nil)
	}
	for _, a := range d.articles {
		nd.articles = append(nd.articles, clones[a])
	}
	for id, x := range d.index {
		nd.index[id] = clones[x]
	}
	nd.Directives = clip(d.Directives)
	for i := range nd.Directives {
		nd.Directives[i].Span = shiftSpan(nd.Directives[i].Span)
	}
	// the edited unit: its text span and sentences, as Finish makes them
	if s, e, ok := edited.Map.Source(0, len(edited.Text)); ok {
		edited.TextSpan = nd.Lines.Span(s, e)
	}
	edited.Sentences = nil
	nd.splitSentences(edited)
	return nd, true
}

// clip copies a slice, keeping a nil slice nil (as the readers leave it).
func clip[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// plainText reports whether b holds only characters that cannot change the
// structure of XML text around them: letters, digits, marks, punctuation
// and symbols, but no white space and no "<", ">" or "&".
func plainText(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 || r == '<' || r == '>' || r == '&' || IsSpace(r) {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
		b = b[n:]
	}
	return true
}

// exactSegmentAt finds the unit and the exact segment of its TextMap whose
// source range holds [start, end), the first in document order.
func (d *Document) exactSegmentAt(start, end int) (*Unit, int) {
	var found *Unit
	k := -1
	d.Walk(func(x *Unit) bool {
		if found != nil || x.Span.Start.Offset > start || x.Span.End.Offset < end {
			return false
		}
		for i, s := range x.Map.segs {
			if s.exact && s.src <= start && end <= s.srcEnd {
				found, k = x, i
				return false
			}
		}
		return true
	})
	return found, k
}
