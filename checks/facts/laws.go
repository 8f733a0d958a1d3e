package facts

import (
	_ "embed"
	"regexp"
	"strings"
)

//go:embed data/citeertitels.tsv
var citeertitelsTSV string

// A LawTable maps citeertitels (lower case) to BWB ids.
type LawTable struct {
	byTitle map[string]string
	maxLen  int // longest title in words
}

// DefaultLaws is the table built into wetlint.
var DefaultLaws = ParseLawTable(citeertitelsTSV)

// ParseLawTable reads "bwb-id<TAB>title" lines; # starts a comment.
func ParseLawTable(tsv string) *LawTable {
	t := &LawTable{byTitle: map[string]string{}}
	for _, line := range strings.Split(tsv, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, title, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		t.Add(strings.TrimSpace(title), strings.TrimSpace(id))
	}
	return t
}

// Add records a title.
func (t *LawTable) Add(title, id string) {
	key := normTitle(title)
	if key == "" {
		return
	}
	t.byTitle[key] = id
	if n := len(strings.Fields(key)); n > t.maxLen {
		t.maxLen = n
	}
}

// Len returns the number of titles.
func (t *LawTable) Len() int { return len(t.byTitle) }

func normTitle(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// Lookup returns the BWB id of a title, or "".
func (t *LawTable) Lookup(title string) string {
	if t == nil {
		return ""
	}
	return t.byTitle[normTitle(title)]
}

// Longest returns the longest known title that the tokens start with and
// the number of tokens it spans.
func (t *LawTable) Longest(toks []token) (string, int) {
	if t == nil {
		return "", 0
	}
	var words []string
	for _, x := range toks {
		if x.punct || len(words) >= t.maxLen {
			break
		}
		words = append(words, x.low)
	}
	for n := len(words); n > 0; n-- {
		if _, ok := t.byTitle[strings.Join(words[:n], " ")]; ok {
			text := make([]string, n)
			for i := range text {
				text[i] = toks[i].text
			}
			return strings.Join(text, " "), n
		}
	}
	return "", 0
}

var citeertitelRe = regexp.MustCompile(`(?i)(?:wordt|kan worden)\s+aangehaald\s+als\s*:?\s*(.+?)\s*[.;]?\s*$`)

// CiteertitelIn returns the citation title a provision gives its own
// regulation ("Deze wet wordt aangehaald als: Wet X."), or "".
func CiteertitelIn(text string) string {
	if !mayContain(text, "aangehaald") {
		return ""
	}
	m := citeertitelRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	title := strings.TrimSpace(m[1])
	if i := strings.Index(title, " (afgekort"); i > 0 {
		title = title[:i]
	}
	return strings.TrimRight(title, ". ")
}
