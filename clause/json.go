package clause

// TreeVersion is the version of the JSON tree that Tree returns.
const TreeVersion = 1

// TreeDoc is the JSON view of a document's clause tree, as `wetlint parse
// --tree` prints it and the reader golden tests pin it. Spans are written
// as "line:col-line:col" (1-based lines, 1-based rune columns) followed by
// the byte offsets.
type TreeDoc struct {
	Version     int         `json:"version"`
	Path        string      `json:"path"`
	Format      string      `json:"format"`
	Meta        Meta        `json:"meta"`
	Articles    int         `json:"articles"`
	Body        []TreeUnit  `json:"body"`
	Toelichting *TreeUnit   `json:"toelichting,omitempty"`
	Directives  []Directive `json:"directives,omitempty"`
}

// TreeUnit is one unit in a TreeDoc.
type TreeUnit struct {
	ID        string         `json:"id"`
	Kind      Kind           `json:"kind"`
	Number    string         `json:"number,omitempty"`
	Label     string         `json:"label"`
	Heading   string         `json:"heading,omitempty"`
	Quoted    bool           `json:"quoted,omitempty"`
	Status    string         `json:"status,omitempty"`
	Span      string         `json:"span"`
	Head      string         `json:"head,omitempty"`
	TextSpan  string         `json:"text_span,omitempty"`
	Text      string         `json:"text,omitempty"`
	Sentences []TreeSentence `json:"sentences,omitempty"`
	Links     []Link         `json:"links,omitempty"`
	Children  []TreeUnit     `json:"children,omitempty"`
}

// TreeSentence is one sentence in a TreeUnit.
type TreeSentence struct {
	Span string `json:"span"`
	Text string `json:"text"`
}

// SpanString formats a span as "line:col-line:col@start-end".
func SpanString(s Span) string {
	if s.IsZero() {
		return ""
	}
	return s.Start.String() + "-" + s.End.String() + "@" + itoa(s.Start.Offset) + "-" + itoa(s.End.Offset)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Tree returns the JSON view of d.
func Tree(d *Document) TreeDoc {
	t := TreeDoc{Version: TreeVersion, Path: d.Path, Format: d.Format, Meta: d.Meta, Articles: len(d.articles), Directives: d.Directives}
	for _, u := range d.Body {
		t.Body = append(t.Body, treeUnit(u))
	}
	if d.Toelichting != nil {
		tu := treeUnit(d.Toelichting)
		t.Toelichting = &tu
	}
	return t
}

func treeUnit(u *Unit) TreeUnit {
	t := TreeUnit{ID: u.ID, Kind: u.Kind, Number: u.Number, Label: u.Label, Heading: u.Heading,
		Quoted: u.Quoted, Status: u.Status, Span: SpanString(u.Span), Head: SpanString(u.HeadSpan),
		TextSpan: SpanString(u.TextSpan), Text: u.Text, Links: u.Links}
	for _, s := range u.Sentences {
		t.Sentences = append(t.Sentences, TreeSentence{Span: SpanString(s.Span), Text: s.Text})
	}
	for _, c := range u.Children {
		t.Children = append(t.Children, treeUnit(c))
	}
	return t
}
