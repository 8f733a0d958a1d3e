// Package markdown reads draft legislation written in Markdown into the
// clause model. The convention is documented in docs/markdown.md.
//
// The reader scans lines rather than building a CommonMark tree: legal
// Markdown is line-oriented ("1." starts a lid, "a." an onderdeel, "1°" a
// subonderdeel), and CommonMark would fold a "2." that follows a paragraph
// into that paragraph and treat indented lines as code. Every unit keeps the
// byte offsets of the lines it was built from, so positions are exact.
package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/wetlint/wetlint/clause"
)

type line struct {
	start, end int // content, without the line ending
	next       int // start of the next line
}

var (
	headingRe   = regexp.MustCompile(`^(#{1,6})[ \t]*(.*?)[ \t#]*$`)
	divisionRe  = regexp.MustCompile(`(?i)^(boek|deel|hoofdstuk|titel|afdeling|subparagraaf|paragraaf|§)[ \t]*([0-9IVXLC]+[a-zA-Z]{0,2}(?:[.:][0-9]+[a-zA-Z]{0,2})*)\.?(?:[ \t]*[.:—–-]?[ \t]*(.*))?$`)
	articleRe   = regexp.MustCompile(`(?i)^(artikel|aanwijzing|article)[ \t]+([0-9A-Za-z]+(?:[.:][0-9A-Za-z]+)*)\.?(?:[ \t]*[.:—–-]?[ \t]+(.*))?$`)
	enigRe      = regexp.MustCompile(`(?i)^enig artikel\.?(?:[ \t]*[.:—–-]?[ \t]*(.*))?$`)
	tlStartRe   = regexp.MustCompile(`(?i)^(?:[IVX]+\.?\s+|\d+\.?\s+)?(memorie van toelichting|nota van toelichting|toelichting|algemene toelichting)\b`)
	tlArtRe     = regexp.MustCompile(`(?i)^(?:[IVX]+\.?\s+|\d+\.?\s+)?(artikelsgewijs|artikelsgewijze toelichting|artikelgewijs|artikelgewijze toelichting|toelichting per artikel|artikelen)\b`)
	tlGeneralRe = regexp.MustCompile(`(?i)^(?:[IVX]+\.?\s+|\d+\.?\s+)?(algemeen|algemeen deel)\s*$`)
	sectionNrRe = regexp.MustCompile(`^(?:§\s*)?(\d+(?:\.\d+)*)\.?\s+`)

	lidRe    = regexp.MustCompile(`^(\d{1,3}[a-z]{0,2})\.(?:[ \t]+|$)`)
	ondRe    = regexp.MustCompile(`^([a-z]{1,2}\d{0,2})[.)](?:[ \t]+|$)`)
	subRe    = regexp.MustCompile(`^(\d{1,3}°)[.)]?(?:[ \t]+|$)`)
	bulletRe = regexp.MustCompile(`^[-*+][ \t]+`)
	linkRe   = regexp.MustCompile(`\[([^\]\n]*)\]\(([^)\n]*)\)`)
	tagRe    = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
	setextRe = regexp.MustCompile(`^(=+|-+)[ \t]*$`)
	fenceRe  = regexp.MustCompile("^(```+|~~~+)")
)

var divisionKind = map[string]clause.Kind{
	"boek": clause.Boek, "deel": clause.Deel, "hoofdstuk": clause.Hoofdstuk, "titel": clause.Titel,
	"afdeling": clause.Afdeling, "paragraaf": clause.Paragraaf, "§": clause.Paragraaf,
	"subparagraaf": clause.Subparagraaf,
}

var divisionRank = map[clause.Kind]int{
	clause.Boek: 0, clause.Deel: 1, clause.Hoofdstuk: 2, clause.Titel: 3, clause.Afdeling: 4,
	clause.Paragraaf: 5, clause.Subparagraaf: 6,
}

type reader struct {
	name  string
	src   []byte
	doc   *clause.Document
	lines []line

	divs      []*clause.Unit // open divisions, outermost first
	article   *clause.Unit
	cur       *clause.Unit // unit receiving text
	blank     bool         // a blank line came before the current line
	lastLine  line
	tb        map[*clause.Unit]*clause.TextBuilder
	headingOK *clause.Unit // unit that may still take a free heading as its title

	tl        *clause.Unit // toelichting root
	tlArt     bool         // in the artikelsgewijs part
	titleSeen bool
	frontEnd  int // offset where the body starts
}

// Read parses Markdown source. name is used in errors and in the document.
func Read(name string, src []byte) (*clause.Document, error) {
	return read(name, src, false)
}

// ReadToelichting parses a file that holds only a toelichting (a memorie
// or nota van toelichting written apart from its draft). A file with a
// toelichting heading ("Memorie van toelichting") is read as usual and its
// toelichting returned with it; a file without one is read as a toelichting
// from its first line, so that its headings "Artikel 2" are the
// explanation of artikel 2, not an article. See docs/markdown.md.
func ReadToelichting(name string, src []byte) (*clause.Document, error) {
	doc, err := read(name, src, false)
	if err != nil || doc.Toelichting != nil {
		return doc, err
	}
	return read(name, src, true)
}

func read(name string, src []byte, tlOnly bool) (*clause.Document, error) {
	r := &reader{name: name, src: src, tb: map[*clause.Unit]*clause.TextBuilder{}}
	r.doc = &clause.Document{Path: name, Format: "markdown", Src: src}
	r.doc.Lines = clause.NewLineIndex(src)
	r.splitLines()
	first := 0
	if n, err := r.frontMatter(); err != nil {
		return nil, err
	} else {
		first = n
	}
	if id := clause.BWBIDIn(name); id != "" && r.doc.Meta.BWBID == "" {
		r.doc.Meta.BWBID = id
	}
	if tlOnly {
		start := 0
		if first < len(r.lines) {
			start = r.lines[first].start
		}
		r.tl = &clause.Unit{Kind: clause.Toelichting, Heading: "Toelichting", Span: clause.OffsetSpan(start, len(src))}
		r.doc.Toelichting = r.tl
		r.cur = r.tl
		r.titleSeen = true
	}
	r.scan(first)
	r.finish()
	return r.doc, nil
}

func (r *reader) splitLines() {
	src := r.src
	i := 0
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		i = 3
	}
	start := i
	for i < len(src) {
		switch src[i] {
		case '\n':
			r.lines = append(r.lines, line{start, i, i + 1})
			i++
			start = i
			continue
		case '\r':
			end := i
			i++
			if i < len(src) && src[i] == '\n' {
				i++
			}
			r.lines = append(r.lines, line{start, end, i})
			start = i
			continue
		}
		i++
	}
	if start < len(src) {
		r.lines = append(r.lines, line{start, len(src), len(src)})
	}
}

func (r *reader) text(l line) string { return string(r.src[l.start:l.end]) }

// frontMatter reads a YAML block between "---" lines at the top. It returns
// the index of the first body line.
func (r *reader) frontMatter() (int, error) {
	if len(r.lines) == 0 || strings.TrimSpace(r.text(r.lines[0])) != "---" {
		return 0, nil
	}
	end := -1
	for i := 1; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.text(r.lines[i]))
		if t == "---" || t == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		p := r.doc.Lines.Pos(r.lines[0].start)
		return 0, &clause.ParseError{Path: r.name, Line: p.Line, Column: p.Column, Msg: "front matter begint met '---' maar wordt niet afgesloten"}
	}
	body := r.src[r.lines[1].start:r.lines[end].start]
	baseLine := r.doc.Lines.Pos(r.lines[1].start).Line - 1
	var root yaml.Node
	if err := yaml.Unmarshal(body, &root); err != nil {
		line := baseLine + 1
		if m := regexp.MustCompile(`line (\d+)`).FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			line = baseLine + n
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = regexp.MustCompile(`^line \d+: `).ReplaceAllString(msg, "")
		return 0, &clause.ParseError{Path: r.name, Line: line, Column: 1, Msg: "ongeldige front matter: " + msg}
	}
	r.frontEnd = r.lines[end].next
	if len(root.Content) == 0 {
		return end + 1, nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return 0, &clause.ParseError{Path: r.name, Line: baseLine + m.Line, Column: m.Column, Msg: "front matter moet sleutels met waarden bevatten (titel, soort, ministerie, jaar)"}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		bad := func(want string) error {
			return &clause.ParseError{Path: r.name, Line: baseLine + v.Line, Column: v.Column,
				Msg: fmt.Sprintf("front matter: %s moet %s zijn", k.Value, want)}
		}
		scalar := v.Kind == yaml.ScalarNode
		switch strings.ToLower(k.Value) {
		case "titel", "title", "opschrift":
			if !scalar {
				return 0, bad("tekst")
			}
			r.doc.Meta.Title = strings.TrimSpace(v.Value)
		case "citeertitel":
			if !scalar {
				return 0, bad("tekst")
			}
			r.doc.Meta.Citeertitel = strings.TrimSpace(v.Value)
		case "soort", "type":
			if !scalar {
				return 0, bad("tekst")
			}
			r.doc.Meta.Type, r.doc.Meta.Amending = clause.NormalizeType(v.Value)
		case "ministerie", "ministry":
			if !scalar {
				return 0, bad("tekst")
			}
			r.doc.Meta.Ministry = strings.TrimSpace(v.Value)
		case "jaar", "year":
			n, err := strconv.Atoi(strings.TrimSpace(v.Value))
			if !scalar || err != nil || n < 1000 || n > 9999 {
				return 0, bad("een jaartal")
			}
			r.doc.Meta.Year = n
		case "bwb", "bwb-id", "bwb_id", "bwbid":
			if !scalar {
				return 0, bad("tekst")
			}
			r.doc.Meta.BWBID = strings.TrimSpace(v.Value)
		}
	}
	if r.doc.Meta.Title != "" {
		r.titleSeen = true
	}
	return end + 1, nil
}

func (r *reader) scan(first int) {
	inFence := ""
	for i := first; i < len(r.lines); i++ {
		l := r.lines[i]
		t := r.text(l)
		trim := strings.TrimSpace(t)
		if inFence != "" {
			if strings.HasPrefix(trim, inFence) {
				inFence = ""
			}
			continue
		}
		if trim == "" {
			r.blank = true
			continue
		}
		if m := fenceRe.FindString(trim); m != "" {
			inFence = m
			r.blank = true
			continue
		}
		if strings.HasPrefix(trim, "<!--") && !strings.Contains(trim[4:], "-->") {
			i = r.blockComment(i)
			continue
		}
		if isHTMLLine(trim) {
			r.htmlLine(l)
			continue
		}
		if m := headingRe.FindStringSubmatchIndex(t); m != nil && strings.HasPrefix(strings.TrimLeft(t, " "), "#") && len(t)-len(strings.TrimLeft(t, " ")) < 4 {
			r.heading(l, l.start+m[4], l.start+m[5])
			continue
		}
		if (r.blank || i == first) && i+1 < len(r.lines) {
			if i+1 < len(r.lines) && setextRe.MatchString(strings.TrimSpace(r.text(r.lines[i+1]))) && !r.isMarkerLine(trim) && len(strings.TrimSpace(r.text(r.lines[i+1]))) >= 2 {
				s, e := trimRange(r.src, l.start, l.end)
				r.heading(line{l.start, r.lines[i+1].end, r.lines[i+1].next}, s, e)
				i++
				continue
			}
		}
		if s, e, ok := r.boldHeading(l); ok {
			r.heading(l, s, e)
			continue
		}
		if r.plainArticleLine(trim) {
			s, e := trimRange(r.src, l.start, l.end)
			r.heading(l, s, e)
			continue
		}
		r.content(l)
		r.blank = false
	}
}

func isHTMLLine(trim string) bool {
	if !strings.HasPrefix(trim, "<") {
		return false
	}
	if strings.HasPrefix(trim, "<!--") {
		return true
	}
	loc := tagRe.FindStringIndex(trim)
	return loc != nil && loc[0] == 0 && strings.TrimSpace(tagRe.ReplaceAllString(trim, "")) == ""
}

// htmlLine handles a line of HTML: a one-line comment may be a directive;
// other HTML is not part of the legal text.
func (r *reader) htmlLine(l line) {
	t := r.text(l)
	for _, loc := range commentRe.FindAllStringIndex(t, -1) {
		r.directive(l.start+loc[0], l.start+loc[1])
	}
}

var commentRe = regexp.MustCompile(`<!--[\s\S]*?-->`)

func (r *reader) blockComment(i int) int {
	start := r.lines[i].start
	for j := i; j < len(r.lines); j++ {
		if k := bytes.Index(r.src[r.lines[j].start:r.lines[j].end], []byte("-->")); k >= 0 && (j > i || k > strings.Index(r.text(r.lines[i]), "<!--")) {
			r.directive(start, r.lines[j].start+k+3)
			return j
		}
	}
	// unterminated comment: the rest of the file is a comment, as in HTML
	r.directive(start, len(r.src))
	return len(r.lines)
}

func (r *reader) directive(start, end int) {
	body := string(r.src[start:end])
	body = strings.TrimSuffix(strings.TrimPrefix(body, "<!--"), "-->")
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(strings.ToLower(body), "wetlint") {
		return
	}
	r.doc.Directives = append(r.doc.Directives, clause.Directive{Text: body, Span: clause.OffsetSpan(start, end)})
}

func trimRange(src []byte, s, e int) (int, int) {
	for s < e && (src[s] == ' ' || src[s] == '\t') {
		s++
	}
	for e > s && (src[e-1] == ' ' || src[e-1] == '\t') {
		e--
	}
	return s, e
}

// boldHeading recognises a line that is only bold or italic text naming an
// article, a division or the toelichting ("**Artikel 3**").
func (r *reader) boldHeading(l line) (int, int, bool) {
	s, e := trimRange(r.src, l.start, l.end)
	t := string(r.src[s:e])
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			inner := strings.TrimSpace(t[len(m) : len(t)-len(m)])
			if strings.Contains(inner, m) {
				continue
			}
			if articleRe.MatchString(inner) || enigRe.MatchString(inner) || divisionRe.MatchString(inner) || tlStartRe.MatchString(inner) && len(inner) < 60 || (r.tl != nil && tlArtRe.MatchString(inner)) {
				return s + len(m), e - len(m), true
			}
		}
	}
	return 0, 0, false
}

// plainArticleLine recognises a line that holds nothing but "Artikel 3"
// (or "Enig artikel"): drafts written without Markdown headings.
func (r *reader) plainArticleLine(trim string) bool {
	if !r.blank && r.cur != nil {
		return false
	}
	m := articleRe.FindStringSubmatch(trim)
	if m != nil && m[3] == "" && strings.EqualFold(m[1], "artikel") {
		return true
	}
	return enigRe.MatchString(trim) && len(trim) < 40 && !strings.Contains(trim, ",")
}

func (r *reader) isMarkerLine(trim string) bool {
	return lidRe.MatchString(trim) || ondRe.MatchString(trim) || subRe.MatchString(trim) || bulletRe.MatchString(trim)
}

// cleanHeading removes emphasis markers and surrounding white space.
func cleanHeading(s string) string {
	s = strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func (r *reader) heading(l line, hs, he int) {
	r.blank = true
	raw := string(r.src[hs:he])
	h := cleanHeading(raw)
	head := clause.OffsetSpan(hs, he)
	if hs > l.start {
		head = clause.OffsetSpan(l.start, he)
	}

	if r.tl == nil && tlStartRe.MatchString(h) && !articleRe.MatchString(h) {
		r.closeArticle()
		r.tl = &clause.Unit{Kind: clause.Toelichting, Heading: h, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head}
		r.doc.Toelichting = r.tl
		r.cur = r.tl
		r.headingOK = nil
		if tlArtRe.MatchString(strings.TrimPrefix(strings.ToLower(h), "algemene ")) && !strings.HasPrefix(strings.ToLower(h), "algemene") {
			r.tlArt = true
		}
		return
	}
	if r.tl != nil {
		r.toelichtingHeading(l, h, head)
		return
	}
	if m := articleRe.FindStringSubmatch(h); m != nil {
		r.newArticle(l, clause.CleanNumber(m[2]), strings.TrimSpace(m[3]), head)
		return
	}
	if m := enigRe.FindStringSubmatch(h); m != nil {
		r.newArticle(l, "", strings.TrimSpace(m[1]), head)
		return
	}
	if m := divisionRe.FindStringSubmatch(h); m != nil {
		r.newDivision(l, divisionKind[strings.ToLower(m[1])], clause.CleanNumber(m[2]), strings.TrimSpace(m[3]), head)
		return
	}
	// A free heading: the document title, or the title of the unit just
	// opened ("### Hoofdstuk 1" followed by "#### Grondrechten").
	if !r.titleSeen && r.article == nil && len(r.divs) == 0 {
		r.doc.Meta.Title = h
		r.titleSeen = true
		return
	}
	if r.headingOK != nil && r.headingOK.Heading == "" {
		r.headingOK.Heading = h
		r.extend(r.headingOK, l.end)
		r.headingOK = nil
	}
}

func (r *reader) toelichtingHeading(l line, h string, head clause.Span) {
	r.extend(r.tl, l.end)
	if tlArtRe.MatchString(h) && !articleRe.MatchString(h) {
		r.tlArt = true
		sec := &clause.Unit{Kind: clause.ToelichtingSectie, Heading: h, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head, Parent: r.tl}
		r.tl.Children = append(r.tl.Children, sec)
		r.cur = sec
		return
	}
	if m := articleRe.FindStringSubmatch(h); m != nil && strings.EqualFold(m[1], "artikel") || enigRe.MatchString(h) {
		num := ""
		if m != nil {
			num = clause.CleanNumber(m[2])
		}
		u := &clause.Unit{Kind: clause.ToelichtingArtikel, Number: num, Heading: h, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head, Parent: r.tl}
		r.tl.Children = append(r.tl.Children, u)
		r.cur = u
		return
	}
	num := ""
	if m := sectionNrRe.FindStringSubmatch(h); m != nil {
		num = m[1]
	}
	sec := &clause.Unit{Kind: clause.ToelichtingSectie, Number: num, Heading: h, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head, Parent: r.tl}
	if tlGeneralRe.MatchString(h) {
		r.tlArt = false
	}
	r.tl.Children = append(r.tl.Children, sec)
	r.cur = sec
}

func (r *reader) closeArticle() {
	r.article = nil
	r.cur = nil
}

func (r *reader) newDivision(l line, kind clause.Kind, num, heading string, head clause.Span) {
	r.closeArticle()
	rank := divisionRank[kind]
	for len(r.divs) > 0 && divisionRank[r.divs[len(r.divs)-1].Kind] >= rank {
		r.divs = r.divs[:len(r.divs)-1]
	}
	u := &clause.Unit{Kind: kind, Number: num, Heading: heading, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head}
	r.attach(u)
	r.divs = append(r.divs, u)
	r.headingOK = u
}

func (r *reader) newArticle(l line, num, heading string, head clause.Span) {
	r.closeArticle()
	u := &clause.Unit{Kind: clause.Artikel, Number: num, Heading: heading, Span: clause.OffsetSpan(l.start, l.end), HeadSpan: head}
	r.attach(u)
	r.article = u
	r.cur = u
	r.headingOK = u
}

func (r *reader) attach(u *clause.Unit) {
	if len(r.divs) == 0 {
		r.doc.Body = append(r.doc.Body, u)
		return
	}
	p := r.divs[len(r.divs)-1]
	p.Children = append(p.Children, u)
	u.Parent = p
	r.extend(p, u.Span.End.Offset)
}

// extend makes u and its ancestors reach at least to offset end.
func (r *reader) extend(u *clause.Unit, end int) {
	for x := u; x != nil; x = x.Parent {
		if x.Span.End.Offset < end {
			x.Span.End.Offset = end
		}
	}
}

func (r *reader) builder(u *clause.Unit) *clause.TextBuilder {
	b := r.tb[u]
	if b == nil {
		b = &clause.TextBuilder{}
		r.tb[u] = b
	}
	return b
}

// content handles a line of running text inside an article or the
// toelichting.
func (r *reader) content(l line) {
	s := l.start
	// block quotes: quoted text belongs to the unit it is in
	for s < l.end && (r.src[s] == ' ' || r.src[s] == '\t') {
		s++
	}
	indent := s - l.start
	for s < l.end && r.src[s] == '>' {
		s++
		for s < l.end && (r.src[s] == ' ' || r.src[s] == '\t') {
			s++
		}
	}
	if r.tl != nil {
		r.appendTo(r.cur, l, s)
		return
	}
	if r.article == nil {
		// preamble (aanhef, considerans): not part of any article
		return
	}
	rest := string(r.src[s:l.end])
	if m := bulletRe.FindStringIndex(rest); m != nil {
		inner := rest[m[1]:]
		if !(lidRe.MatchString(inner) || ondRe.MatchString(inner) || subRe.MatchString(inner)) {
			r.newItem(clause.Onderdeel, "", l, s, s+m[1])
			return
		}
		s += m[1]
		rest = inner
	}
	if m := lidRe.FindStringSubmatchIndex(rest); m != nil {
		r.newItem(clause.Lid, rest[m[2]:m[3]], l, s, s+m[1])
		return
	}
	if m := subRe.FindStringSubmatchIndex(rest); m != nil {
		r.newItem(clause.Subonderdeel, rest[m[2]:m[3]], l, s, s+m[1])
		return
	}
	if m := ondRe.FindStringSubmatchIndex(rest); m != nil {
		r.newItem(clause.Onderdeel, rest[m[2]:m[3]], l, s, s+m[1])
		return
	}
	// a paragraph without a marker after a blank line ends an onderdeel:
	// the text belongs to the lid or article around it
	if r.blank && indent < 2 && r.cur != nil && (r.cur.Kind == clause.Onderdeel || r.cur.Kind == clause.Subonderdeel) {
		for r.cur.Kind == clause.Onderdeel || r.cur.Kind == clause.Subonderdeel {
			r.cur = r.cur.Parent
		}
	}
	r.appendTo(r.cur, l, s)
}

// newItem opens a lid, onderdeel or subonderdeel whose marker spans
// [ms, me) on line l.
func (r *reader) newItem(kind clause.Kind, num string, l line, ms, me int) {
	var parent *clause.Unit
	switch kind {
	case clause.Lid:
		parent = r.article
	case clause.Onderdeel:
		parent = r.cur
		for parent != nil && parent.Kind != clause.Lid && parent.Kind != clause.Artikel {
			parent = parent.Parent
		}
	case clause.Subonderdeel:
		parent = r.cur
		for parent != nil && parent.Kind == clause.Subonderdeel {
			parent = parent.Parent
		}
	}
	if parent == nil {
		parent = r.article
	}
	if kind == clause.Subonderdeel && parent.Kind == clause.Onderdeel && strings.HasSuffix(parent.Number, "°") {
		// "2°" after an onderdeel numbered "1°": the next item of that
		// list, not a subonderdeel of it
		parent = parent.Parent
	}
	if kind == clause.Subonderdeel && parent.Kind != clause.Onderdeel {
		// "1°" without an onderdeel around it: an onderdeel numbered 1°
		kind = clause.Onderdeel
	}
	mEnd := me
	for mEnd > ms && (r.src[mEnd-1] == ' ' || r.src[mEnd-1] == '\t') {
		mEnd--
	}
	u := &clause.Unit{Kind: kind, Number: clause.CleanNumber(num), Span: clause.OffsetSpan(ms, l.end), HeadSpan: clause.OffsetSpan(ms, mEnd), Parent: parent}
	parent.Children = append(parent.Children, u)
	r.cur = u
	r.headingOK = nil
	r.appendLine(u, l, me, false)
}

func (r *reader) appendTo(u *clause.Unit, l line, s int) {
	if u == nil {
		return
	}
	r.appendLine(u, l, s, true)
}

// appendLine adds the text of line l from offset s to u, with a soft
// break or a paragraph break before it when u already has text.
func (r *reader) appendLine(u *clause.Unit, l line, s int, cont bool) {
	b := r.builder(u)
	if cont && b.Len() > 0 {
		if r.blank {
			b.Break(r.lastLine.end)
		} else {
			b.Space(r.lastLine.end, s)
		}
	}
	r.appendInline(b, s, l.end)
	r.lastLine = l
	r.extend(u, l.end)
	r.headingOK = nil
}

// appendInline adds src[s:e] minus Markdown markup: emphasis markers,
// backslash escapes, inline HTML tags and comments, and link targets.
func (r *reader) appendInline(b *clause.TextBuilder, s, e int) {
	seg := r.src[s:e]
	type skip struct{ a, b int }
	var skips []skip
	for _, loc := range commentRe.FindAllIndex(seg, -1) {
		r.directive(s+loc[0], s+loc[1])
		skips = append(skips, skip{loc[0], loc[1]})
	}
	for _, loc := range tagRe.FindAllIndex(seg, -1) {
		skips = append(skips, skip{loc[0], loc[1]})
	}
	for _, loc := range linkRe.FindAllSubmatchIndex(seg, -1) {
		skips = append(skips, skip{loc[0], loc[0] + 1}, skip{loc[3], loc[1]})
	}
	inSkip := func(i int) int {
		for _, k := range skips {
			if i >= k.a && i < k.b {
				return k.b
			}
		}
		return -1
	}
	runStart := -1
	flush := func(i int) {
		if runStart >= 0 {
			b.Append(r.src, s+runStart, s+i, false)
			runStart = -1
		}
	}
	for i := 0; i < len(seg); {
		if k := inSkip(i); k >= 0 {
			flush(i)
			i = k
			continue
		}
		c := seg[i]
		if c == '*' || c == '`' {
			flush(i)
			i++
			continue
		}
		if c == '\\' && i+1 < len(seg) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~", seg[i+1]) >= 0 {
			flush(i)
			runStart = i + 1
			i += 2
			continue
		}
		if runStart < 0 {
			runStart = i
		}
		i++
	}
	flush(len(seg))
}

func (r *reader) finish() {
	for u, b := range r.tb {
		u.Text, u.Map = b.Text()
	}
	r.doc.Finish()
}
