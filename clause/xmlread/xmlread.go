// Package xmlread reads XML legislation into the clause model. One engine
// serves every dialect; a [Profile] of XPath expressions says what the
// elements of a dialect mean (see profiles.go for BWB, STOP, official
// publications, CVDR and Akoma Ntoso).
//
// Positions come from a pass of encoding/xml's Decoder, which records the
// byte offset of every element and character-data token. The XPath queries
// run on an xmlquery DOM of the same bytes; the DOM's elements are paired,
// in document order, with the decoder's start elements, so every element a
// query selects has an exact span. xmlquery's own line numbers are not used:
// they drift after multi-line text and have no columns.
//
// DTDs are never read or fetched and undefined entities are errors.
package xmlread

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/antchfx/xmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html/charset"

	"github.com/wetlint/wetlint/clause"
)

type evKind uint8

const (
	evStart evKind = iota
	evEnd
	evChar
)

type event struct {
	kind       evKind
	elem       int // element index for start and end events
	start, end int // byte range in the source
}

type element struct {
	name     string
	space    string
	start    int // '<' of the start tag
	tagEnd   int // after '>' of the start tag
	end      int // after '>' of the end tag
	parent   int // -1 for the root
	evStart  int // index of the start event
	evEnd    int // index of the end event
	unitRule int // index into Profile.Units, -1 if not a unit
	flags    uint8
}

const (
	fSkip uint8 = 1 << iota
	fNoText
	fBlock
	fQuoted
	fNote
	fTL
	fLink
)

// A selector is a compiled absolute expression. An expression that is only
// a union of descendant name tests ("//al | //t:Li") is also kept as a list
// of names and evaluated with one pass over the elements, which gives the
// same nodes as the XPath engine at a fraction of the cost.
type selector struct {
	x     *xpath.Expr
	names []qname // nil unless the fast path applies
}

type qname struct {
	uri, local string
	anyNS      bool // unprefixed: matches elements written without a prefix
}

var nameUnionRe = regexp.MustCompile(`^//(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)$`)

func newSelector(x *xpath.Expr, src string, ns map[string]string) *selector {
	s := &selector{x: x}
	var names []qname
	for _, part := range strings.Split(src, "|") {
		m := nameUnionRe.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return s
		}
		if m[1] == "" {
			names = append(names, qname{local: m[2], anyNS: true})
			continue
		}
		uri, ok := ns[m[1]]
		if !ok {
			return s
		}
		names = append(names, qname{uri: uri, local: m[2]})
	}
	s.names = names
	return s
}

type compiled struct {
	p        *Profile
	root     *xpath.Expr
	skip     *selector
	noText   *selector
	blocks   *selector
	quoted   *selector
	notes    *selector
	tl       *selector
	tlSec    *xpath.Expr
	tlHead   *xpath.Expr
	tlArt    *xpath.Expr
	tlNum    *xpath.Expr
	units    []compiledUnit
	links    []compiledLink
	metaExpr map[string]*xpath.Expr
}

type compiledUnit struct {
	sel                       *selector
	num, heading, head, label *xpath.Expr
	kind                      clause.Kind
}

type compiledLink struct {
	sel      *selector
	target   *xpath.Expr
	external bool
}

// Compile checks a profile's expressions once. It panics on a bad
// expression: profiles are part of the program.
func Compile(p *Profile) *Reader {
	c := &compiled{p: p, metaExpr: map[string]*xpath.Expr{}}
	x := func(s string) *xpath.Expr {
		if s == "" {
			return nil
		}
		e, err := xpath.CompileWithNS(s, p.Namespaces)
		if err != nil {
			panic(fmt.Sprintf("profile %s: %q: %v", p.Name, s, err))
		}
		return e
	}
	sel := func(s string) *selector {
		e := x(s)
		if e == nil {
			return nil
		}
		return newSelector(e, s, p.Namespaces)
	}
	c.root = x(p.Root)
	c.skip, c.noText, c.blocks = sel(p.Skip), sel(p.NoText), sel(p.Blocks)
	c.quoted, c.notes, c.tl = sel(p.Quoted), sel(p.Notes), sel(p.Toelichting)
	c.tlSec, c.tlHead, c.tlArt, c.tlNum = x(p.ToelichtingSections), x(p.ToelichtingHeading), x(p.ToelichtingArticles), x(p.ToelichtingNumber)
	for _, u := range p.Units {
		c.units = append(c.units, compiledUnit{sel: sel(u.Select), num: x(u.Number), heading: x(u.Heading), head: x(u.Head), label: x(u.Label), kind: u.Kind})
	}
	for _, l := range p.Links {
		c.links = append(c.links, compiledLink{sel: sel(l.Select), target: x(l.Target), external: l.External})
	}
	m := p.Meta
	for k, v := range map[string]string{"title": m.Title, "cite": m.Citeertitel, "type": m.Type, "bwb": m.BWBID, "ministry": m.Ministry, "year": m.Year} {
		if e := x(v); e != nil {
			c.metaExpr[k] = e
		}
	}
	return &Reader{c: c}
}

// A Reader reads one dialect.
type Reader struct{ c *compiled }

// Name returns the dialect's name.
func (r *Reader) Name() string { return r.c.p.Name }

// Matches reports whether the profile applies to a parsed document.
func (r *Reader) Matches(doc *xmlquery.Node) bool {
	return r.c.root != nil && xmlquery.QuerySelector(doc, r.c.root) != nil
}

// Parsed is an XML document read once, ready for a profile.
type Parsed struct {
	Name  string
	Src   []byte
	DOM   *xmlquery.Node
	elems []element
	evs   []event
	dirs  []clause.Directive
	lines *clause.LineIndex
	index map[*xmlquery.Node]int
	nodes []*xmlquery.Node // element i's DOM node
}

var encodingDeclRe = regexp.MustCompile(`^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']`)

func identityCharset(_ string, r io.Reader) (io.Reader, error) { return r, nil }

// Parse reads src as XML in one pass of encoding/xml that records the
// offsets of every token and builds the xmlquery DOM as it goes, so that
// DOM elements and positions are paired by construction. Documents in another encoding than UTF-8 are
// transcoded first; offsets then refer to the UTF-8 text, while lines and
// columns (which count characters) are those of the file.
func Parse(name string, src []byte) (*Parsed, error) {
	if m := encodingDeclRe.FindSubmatchIndex(src); m != nil {
		label := strings.ToLower(string(src[m[2]:m[3]]))
		if label != "utf-8" && label != "utf8" && label != "us-ascii" && label != "ascii" {
			enc, _ := charset.Lookup(label)
			if enc == nil {
				return nil, posError(name, src, m[2], fmt.Sprintf("onbekende tekenset %q", label))
			}
			out, err := enc.NewDecoder().Bytes(src)
			if err != nil {
				return nil, posError(name, src, 0, fmt.Sprintf("tekenset %q: %v", label, err))
			}
			src = out
		}
	}
	p := &Parsed{Name: name, Src: src, lines: clause.NewLineIndex(src)}
	if err := p.tokens(); err != nil {
		return nil, err
	}
	return p, nil
}

func posError(name string, src []byte, off int, msg string) error {
	pos := clause.NewLineIndex(src).Pos(off)
	return &clause.ParseError{Path: name, Line: pos.Line, Column: pos.Column, Msg: msg}
}

// tokens runs encoding/xml over the source and records offsets.
func (p *Parsed) tokens() error {
	d := xml.NewDecoder(bytes.NewReader(p.Src))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = identityCharset
	var stack []int
	p.DOM = &xmlquery.Node{Type: xmlquery.DocumentNode}
	p.index = map[*xmlquery.Node]int{}
	cur := p.DOM
	// namespace frames: URI → prefix, innermost last
	frames := []map[string]string{{"http://www.w3.org/XML/1998/namespace": "xml"}}
	prefixOf := func(uri string) string {
		for i := len(frames) - 1; i >= 0; i-- {
			if pre, ok := frames[i][uri]; ok {
				return pre
			}
		}
		return ""
	}
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			at := int(d.InputOffset())
			msg := err.Error()
			if errors.As(err, &se) {
				msg = se.Msg
			}
			msg = strings.TrimPrefix(msg, "xml: ")
			return posError(p.Name, p.Src, at, "XML-fout: "+msg)
		}
		end := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			parent := -1
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			p.elems = append(p.elems, element{name: t.Name.Local, space: t.Name.Space, start: off, tagEnd: end, parent: parent, evStart: len(p.evs), unitRule: -1})
			idx := len(p.elems) - 1
			p.evs = append(p.evs, event{kind: evStart, elem: idx, start: off, end: end})
			stack = append(stack, idx)
			var frame map[string]string
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "" && a.Name.Local == "xmlns":
					if frame == nil {
						frame = map[string]string{}
					}
					frame[a.Value] = ""
				case a.Name.Space == "xmlns":
					if frame == nil {
						frame = map[string]string{}
					}
					frame[a.Value] = a.Name.Local
				}
			}
			frames = append(frames, frame)
			n := &xmlquery.Node{Type: xmlquery.ElementNode, Data: t.Name.Local, NamespaceURI: t.Name.Space, Prefix: prefixOf(t.Name.Space)}
			if len(t.Attr) > 0 {
				n.Attr = make([]xmlquery.Attr, len(t.Attr))
				for i, a := range t.Attr {
					name := a.Name
					if name.Space != "" && name.Space != "xmlns" {
						name.Space = prefixOf(name.Space)
					}
					n.Attr[i] = xmlquery.Attr{Name: name, Value: a.Value, NamespaceURI: a.Name.Space}
				}
			}
			xmlquery.AddChild(cur, n)
			cur = n
			p.index[n] = idx
			p.nodes = append(p.nodes, n)
		case xml.EndElement:
			idx := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			frames = frames[:len(frames)-1]
			cur = cur.Parent
			p.elems[idx].end = end
			p.elems[idx].evEnd = len(p.evs)
			p.evs = append(p.evs, event{kind: evEnd, elem: idx, start: off, end: end})
		case xml.CharData:
			if len(stack) > 0 {
				p.evs = append(p.evs, event{kind: evChar, elem: stack[len(stack)-1], start: off, end: end})
				typ := xmlquery.TextNode
				if bytes.HasPrefix(p.Src[off:end], []byte("<![CDATA[")) {
					typ = xmlquery.CharDataNode
				}
				xmlquery.AddChild(cur, &xmlquery.Node{Type: typ, Data: string(t)})
			}
		case xml.ProcInst:
			if t.Target == "wetlint" {
				p.dirs = append(p.dirs, clause.Directive{Text: strings.TrimSpace("wetlint " + string(t.Inst)), Span: clause.OffsetSpan(off, end)})
			}
		case xml.Comment:
			body := strings.TrimSpace(string(t))
			if strings.HasPrefix(strings.ToLower(body), "wetlint") {
				p.dirs = append(p.dirs, clause.Directive{Text: body, Span: clause.OffsetSpan(off, end)})
			}
		}
	}
	if len(p.elems) == 0 {
		return &clause.ParseError{Path: p.Name, Msg: "XML-fout: geen elementen gevonden"}
	}
	return nil
}

// Read builds the clause model of a parsed document with profile r.
func (r *Reader) Read(p *Parsed) (*clause.Document, error) {
	c := r.c
	b := &builder{c: c, p: p, elems: append([]element(nil), p.elems...)}
	b.doc = &clause.Document{Path: p.Name, Format: c.p.Name, Src: p.Src, Lines: p.lines, Directives: append([]clause.Directive(nil), p.dirs...)}
	b.mark(c.skip, fSkip)
	b.mark(c.noText, fNoText)
	b.mark(c.blocks, fBlock)
	b.mark(c.quoted, fQuoted)
	b.mark(c.notes, fNote)
	b.mark(c.tl, fTL)
	b.links = map[int]compiledLink{}
	for _, l := range c.links {
		for _, i := range b.selectAll(l.sel) {
			b.elems[i].flags |= fLink
			b.links[i] = l
		}
	}
	for ri, u := range c.units {
		for _, i := range b.selectAll(u.sel) {
			if b.elems[i].unitRule >= 0 || b.skipped(i) {
				continue
			}
			b.elems[i].unitRule = ri
		}
	}
	b.meta()
	b.tree()
	b.toelichting()
	b.doc.Finish()
	return b.doc, nil
}

type builder struct {
	c     *compiled
	p     *Parsed
	doc   *clause.Document
	elems []element
	links map[int]compiledLink
	units map[int]*clause.Unit
}

func (b *builder) mark(s *selector, f uint8) {
	for _, i := range b.selectAll(s) {
		b.elems[i].flags |= f
	}
}

// selectAll returns the indexes of the elements s selects, in document
// order.
func (b *builder) selectAll(s *selector) []int {
	if s == nil {
		return nil
	}
	var out []int
	if s.names != nil {
		for i := range b.elems {
			e := &b.elems[i]
			for _, q := range s.names {
				if q.local == e.name && (q.anyNS && b.p.nodes[i].Prefix == "" || !q.anyNS && q.uri == e.space) {
					out = append(out, i)
					break
				}
			}
		}
		return out
	}
	for _, n := range xmlquery.QuerySelectorAll(b.p.DOM, s.x) {
		if i, ok := b.p.index[n]; ok {
			out = append(out, i)
		}
	}
	return out
}

// skipped reports whether element i or an ancestor is skipped.
func (b *builder) skipped(i int) bool {
	for ; i >= 0; i = b.elems[i].parent {
		if b.elems[i].flags&fSkip != 0 {
			return true
		}
	}
	return false
}

func (b *builder) inside(i int, f uint8) bool {
	for ; i >= 0; i = b.elems[i].parent {
		if b.elems[i].flags&f != 0 {
			return true
		}
	}
	return false
}

func (b *builder) nodeOf(i int) *xmlquery.Node { return b.p.nodes[i] }

// value returns the text of the node that e selects relative to n: an
// attribute's value, or an element's text without skipped parts.
func (b *builder) value(n *xmlquery.Node, e *xpath.Expr) (string, int) {
	if e == nil || n == nil {
		return "", -1
	}
	sel := xmlquery.QuerySelector(n, e)
	if sel == nil {
		return "", -1
	}
	if sel.Type == xmlquery.AttributeNode {
		return strings.TrimSpace(sel.InnerText()), -1
	}
	i, ok := b.p.index[sel]
	if !ok {
		return strings.TrimSpace(sel.InnerText()), -1
	}
	var tb clause.TextBuilder
	b.collect(&tb, i, false, nil)
	t, _ := tb.Text()
	return strings.TrimSpace(t), i
}

var yearRe = regexp.MustCompile(`\b(1[6-9]\d\d|20\d\d)\b`)

func (b *builder) meta() {
	m := &b.doc.Meta
	get := func(k string) string {
		v, _ := b.value(b.p.DOM, b.c.metaExpr[k])
		return strings.Join(strings.Fields(v), " ")
	}
	m.Title = get("title")
	m.Citeertitel = get("cite")
	m.Type, m.Amending = clause.NormalizeType(get("type"))
	if m.Type == "" || strings.Contains(m.Type, "/") {
		m.Type = b.c.p.Meta.TypeDefault
	}
	m.BWBID = clause.BWBIDIn(get("bwb"))
	m.Ministry = get("ministry")
	if y := yearRe.FindString(get("year")); y != "" {
		fmt.Sscan(y, &m.Year)
	}
	if m.BWBID == "" {
		m.BWBID = clause.BWBIDIn(b.p.Name)
	}
}

// tree builds units from the elements that unit rules selected. A first
// pass settles which elements are units (a lid outside any article, or a
// list item outside any article, is text of what surrounds it); the second
// builds the units and collects their text.
func (b *builder) tree() {
	kinds := make([]clause.Kind, len(b.elems))
	unitParent := func(i int) int {
		for j := b.elems[i].parent; j >= 0; j = b.elems[j].parent {
			if b.elems[j].unitRule >= 0 {
				return j
			}
		}
		return -1
	}
	for i := range b.elems {
		e := &b.elems[i]
		if e.unitRule < 0 {
			continue
		}
		if b.inside(i, fNote|fTL) {
			e.unitRule = -1
			continue
		}
		kind := b.c.units[e.unitRule].kind
		p := unitParent(i)
		pk := clause.Kind("")
		if p >= 0 {
			pk = kinds[p]
		}
		switch kind {
		case ItemKind:
			switch pk {
			case clause.Onderdeel, clause.Subonderdeel:
				kind = clause.Subonderdeel
			case clause.Artikel, clause.Lid:
				kind = clause.Onderdeel
			default:
				kind = ""
			}
		case clause.Lid:
			if pk != clause.Artikel {
				kind = ""
			}
		}
		if kind == "" {
			e.unitRule = -1
			continue
		}
		kinds[i] = kind
	}
	b.units = map[int]*clause.Unit{}
	for i := range b.elems {
		e := &b.elems[i]
		if e.unitRule < 0 {
			continue
		}
		rule := b.c.units[e.unitRule]
		parent := b.unitParent(i)
		kind := kinds[i]
		n := b.nodeOf(i)
		u := &clause.Unit{Kind: kind, Span: clause.OffsetSpan(e.start, e.end), Parent: parent}
		num, _ := b.value(n, rule.num)
		u.Number = clause.CleanNumber(num)
		if lbl, _ := b.value(n, rule.label); kind == clause.Artikel && strings.Contains(strings.ToLower(lbl), "enig") {
			u.Number = ""
		}
		u.Heading, _ = b.value(n, rule.heading)
		if rule.head != nil {
			if h := xmlquery.QuerySelector(n, rule.head); h != nil {
				if j, ok := b.p.index[h]; ok {
					u.HeadSpan = clause.OffsetSpan(b.elems[j].start, b.elems[j].end)
				}
			}
		}
		if b.inside(i, fQuoted) {
			u.Quoted = true
		}
		if s := n.SelectAttr("status"); s == "vervallen" || s == "nietvastgesteld" {
			u.Status = s
		}
		var tb clause.TextBuilder
		u.Links = b.collect(&tb, i, true, u)
		u.Text, u.Map = tb.Text()
		b.units[i] = u
		if parent == nil {
			b.doc.Body = append(b.doc.Body, u)
		} else {
			parent.Children = append(parent.Children, u)
		}
	}
}

func (b *builder) unitParent(i int) *clause.Unit {
	for j := b.elems[i].parent; j >= 0; j = b.elems[j].parent {
		if u, ok := b.units[j]; ok {
			return u
		}
	}
	return nil
}

// collect appends the text of element i to tb, leaving out child units
// (when units is true), skipped elements, number and heading elements,
// notes and the toelichting. It returns the links found.
func (b *builder) collect(tb *clause.TextBuilder, i int, units bool, u *clause.Unit) []clause.Link {
	var links []clause.Link
	type open struct {
		elem  int
		start int
	}
	var stack []open
	src := b.p.Src
	e := b.elems[i]
	for k := e.evStart + 1; k < e.evEnd; k++ {
		ev := b.p.evs[k]
		switch ev.kind {
		case evStart:
			x := b.elems[ev.elem]
			if (units && x.unitRule >= 0) || x.flags&(fSkip|fNoText|fNote|fTL) != 0 {
				// the gap where the child was still separates words
				tb.Space(x.start, x.end)
				k = x.evEnd
				continue
			}
			if x.flags&fBlock != 0 {
				tb.Break(x.start)
			}
			if x.flags&fLink != 0 {
				stack = append(stack, open{ev.elem, tb.Len()})
			}
		case evEnd:
			x := b.elems[ev.elem]
			if x.flags&fBlock != 0 {
				tb.Break(ev.end)
			}
			if x.flags&fLink != 0 && len(stack) > 0 && stack[len(stack)-1].elem == ev.elem {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				l := b.links[ev.elem]
				target, _ := b.value(b.nodeOf(ev.elem), l.target)
				links = append(links, clause.Link{Target: target, External: l.external, Start: o.start, End: tb.Len()})
			}
		case evChar:
			if bytes.HasPrefix(src[ev.start:ev.end], []byte("<![CDATA[")) {
				tb.Append(src, ev.start+9, ev.end-3, false)
			} else {
				tb.Append(src, ev.start, ev.end, true)
			}
		}
	}
	if len(links) > 0 {
		text, _ := tb.Text()
		for j := range links {
			l := &links[j]
			for l.Start < l.End && l.Start < len(text) && (text[l.Start] == ' ' || text[l.Start] == '\n') {
				l.Start++
			}
			if l.End > len(text) {
				l.End = len(text)
			}
			l.Text = text[l.Start:l.End]
		}
	}
	return links
}

// toelichting builds the toelichting from per-article notes and from a
// separate toelichting element.
func (b *builder) toelichting() {
	var tl *clause.Unit
	ensure := func(start, end int) *clause.Unit {
		if tl == nil {
			tl = &clause.Unit{Kind: clause.Toelichting, Span: clause.OffsetSpan(start, end)}
			b.doc.Toelichting = tl
		}
		if start < tl.Span.Start.Offset {
			tl.Span.Start.Offset = start
		}
		if end > tl.Span.End.Offset {
			tl.Span.End.Offset = end
		}
		return tl
	}
	for i := range b.elems {
		e := b.elems[i]
		switch {
		case e.flags&fTL != 0 && (e.parent < 0 || !b.inside(e.parent, fTL)) && !b.skipped(i):
			root := ensure(e.start, e.end)
			n := b.nodeOf(i)
			root.Heading, _ = b.value(n, b.c.tlHead)
			var tb clause.TextBuilder
			// Article sections are claimed first, then general sections; an
			// element inside or around a claimed one is not claimed again.
			var claimed []int
			overlaps := func(j int) bool {
				for _, k := range claimed {
					a, b := b.elems[j], b.elems[k]
					if a.start < b.end && b.start < a.end {
						return true
					}
				}
				return false
			}
			for _, pass := range []struct {
				expr *xpath.Expr
				kind clause.Kind
			}{{b.c.tlArt, clause.ToelichtingArtikel}, {b.c.tlSec, clause.ToelichtingSectie}} {
				if pass.expr == nil {
					continue
				}
				for _, sn := range xmlquery.QuerySelectorAll(n, pass.expr) {
					j, ok := b.p.index[sn]
					if !ok || overlaps(j) {
						continue
					}
					u := &clause.Unit{Kind: pass.kind, Span: clause.OffsetSpan(b.elems[j].start, b.elems[j].end)}
					u.Heading, _ = b.value(sn, b.c.tlHead)
					if pass.kind == clause.ToelichtingArtikel {
						num, _ := b.value(sn, b.c.tlNum)
						u.Number = articleNumberIn(num)
						if u.Number == "" {
							continue // not about one article: let the sections pass take it
						}
					}
					claimed = append(claimed, j)
					var stb clause.TextBuilder
					b.collect(&stb, j, false, u)
					u.Text, u.Map = stb.Text()
					root.Children = append(root.Children, u)
				}
			}
			secs := claimed
			sort.SliceStable(root.Children, func(a, c int) bool {
				return root.Children[a].Span.Start.Offset < root.Children[c].Span.Start.Offset
			})
			if len(secs) == 0 {
				b.collect(&tb, i, false, root)
				root.Text, root.Map = tb.Text()
			}
		case e.flags&fNote != 0 && !b.skipped(i):
			art := b.unitParent(i)
			for art != nil && art.Kind != clause.Artikel {
				art = art.Parent
			}
			if art == nil {
				continue
			}
			root := ensure(e.start, e.end)
			u := &clause.Unit{Kind: clause.ToelichtingArtikel, Number: art.Number, Span: clause.OffsetSpan(e.start, e.end)}
			var tb clause.TextBuilder
			b.collect(&tb, i, false, u)
			u.Text, u.Map = tb.Text()
			root.Children = append(root.Children, u)
		}
	}
}

var tlArticleRe = regexp.MustCompile(`(?i)^\s*(?:artikel|onderdeel)\s+([0-9A-Za-z]+(?:[.:][0-9A-Za-z]+)*)`)

func articleNumberIn(s string) string {
	if m := tlArticleRe.FindStringSubmatch(s); m != nil {
		return clause.CleanNumber(m[1])
	}
	return ""
}
