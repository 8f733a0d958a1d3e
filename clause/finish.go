package clause

import (
	"fmt"
	"strconv"
	"strings"
)

// OffsetSpan returns a span that holds only byte offsets. Readers build
// spans this way; [Document.Finish] fills in lines and columns.
func OffsetSpan(start, end int) Span {
	return Span{Start: Pos{Offset: start}, End: Pos{Offset: end}}
}

// Finish completes a document that a reader has built: it links parents,
// assigns structural ids and labels, splits sentences, derives text spans
// from the text maps and converts every offset into line and column. A
// reader calls it once, last.
func (d *Document) Finish() {
	if d.Lines == nil {
		d.Lines = NewLineIndex(d.Src)
	}
	d.index = map[string]*Unit{}
	d.articles = d.articles[:0]
	d.finishList(d.Body, nil, "")
	if t := d.Toelichting; t != nil {
		t.Parent = nil
		t.Kind = Toelichting
		d.finishUnit(t, "", 0)
	}
	for i := range d.Directives {
		d.Directives[i].Span = d.resolve(d.Directives[i].Span)
	}
	if !d.Meta.Amending && inferAmending(d) {
		d.Meta.Amending = true
	}
	if d.Meta.Type == "" && d.Meta.Amending {
		d.Meta.Type = TypeWijzigingsregeling
	}
	if d.Meta.Type == "" {
		d.Meta.Type = TypeFromTitle(d.Meta.Title)
	}
}

// finishList finishes sibling units; each learns its position among the
// siblings of its kind, used in the id of a unit without a number.
func (d *Document) finishList(units []*Unit, parent *Unit, divPath string) {
	seen := map[Kind]int{}
	for _, u := range units {
		u.Parent = parent
		d.finishUnit(u, divPath, seen[u.Kind])
		seen[u.Kind]++
	}
}

func (d *Document) finishUnit(u *Unit, divPath string, pos int) {
	switch {
	case u.Kind == Artikel:
		u.ID = "art:" + idNumber(u.Number, "enig")
		if u.Parent != nil && u.Parent.Kind == Artikel {
			// a quoted article inside another: keep it apart
			u.ID = u.Parent.ID + "/" + u.ID
		}
	case u.Kind.IsDivision():
		num := idNumber(u.Number, "")
		if num == "" {
			num = "(" + strconv.Itoa(pos+1) + ")"
		}
		u.ID = divPath + idPrefix[u.Kind] + ":" + num
	case u.Kind == Toelichting:
		u.ID = "tl"
	case u.Parent != nil:
		num := idNumber(u.Number, "")
		if num == "" {
			num = "(" + strconv.Itoa(pos+1) + ")"
		}
		u.ID = u.Parent.ID + "/" + idPrefix[u.Kind] + ":" + num
	default:
		u.ID = string(u.Kind) + ":" + idNumber(u.Number, "")
	}
	if _, dup := d.index[u.ID]; dup {
		base := u.ID
		for n := 2; ; n++ {
			u.ID = fmt.Sprintf("%s#%d", base, n)
			if _, dup := d.index[u.ID]; !dup {
				break
			}
		}
	}
	d.index[u.ID] = u
	u.Label = label(u)
	if u.Kind == Artikel {
		d.articles = append(d.articles, u)
	}
	if u.Parent != nil && u.Parent.Quoted {
		u.Quoted = true
	}

	u.Span = d.resolve(u.Span)
	u.HeadSpan = d.resolve(u.HeadSpan)
	if s, e, ok := u.Map.Source(0, len(u.Text)); ok {
		u.TextSpan = d.Lines.Span(s, e)
	} else {
		u.TextSpan = Span{}
	}
	d.splitSentences(u)

	childDiv := divPath
	if u.Kind.IsDivision() {
		childDiv = u.ID + "/"
	}
	d.finishList(u.Children, u, childDiv)
}

// splitSentences splits u's text into its Sentences.
func (d *Document) splitSentences(u *Unit) {
	u.Sentences = u.Sentences[:0]
	for i, r := range SplitSentences(u.Text) {
		s := Sentence{ID: u.ID + "/s:" + strconv.Itoa(i+1), Text: u.Text[r[0]:r[1]], Start: r[0], End: r[1]}
		s.Span = d.TextSpanOf(u, r[0], r[1])
		u.Sentences = append(u.Sentences, s)
	}
}

func (d *Document) resolve(s Span) Span {
	if s.IsZero() {
		return Span{}
	}
	return d.Lines.Span(s.Start.Offset, s.End.Offset)
}

func idNumber(n, empty string) string {
	n = strings.Join(strings.Fields(n), "")
	n = strings.ReplaceAll(n, "/", "-")
	if n == "" {
		return empty
	}
	return n
}
