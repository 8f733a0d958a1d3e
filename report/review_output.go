package report

import (
	"fmt"
	htmltemplate "html/template"
	"io"
	"regexp"
	"strings"
	"text/template"
)

// ReviewFormats lists the output formats of `wetlint report`.
var ReviewFormats = []string{"html", "markdown"}

var (
	reviewHTML = htmltemplate.Must(htmltemplate.New("review.html.tmpl").Funcs(htmlFuncs).
			ParseFS(templateFS, "templates/review.html.tmpl"))
	reviewMarkdown = template.Must(template.New("review.md.tmpl").Funcs(template.FuncMap{"md": mdEscape, "mdq": mdQuote, "intNL": intNL}).
			ParseFS(templateFS, "templates/review.md.tmpl"))
)

// Write writes the review in one of ReviewFormats.
func (r *Review) Write(w io.Writer, format string) error {
	switch format {
	case "html":
		return r.WriteHTML(w)
	case "markdown":
		return r.WriteMarkdown(w)
	}
	return fmt.Errorf("onbekend uitvoerformaat %q; kies uit %s", format, strings.Join(ReviewFormats, ", "))
}

// WriteHTML writes the review as one self-contained HTML page: no script,
// nothing fetched, a print stylesheet.
func (r *Review) WriteHTML(w io.Writer) error {
	return reviewHTML.Execute(w, struct {
		reviewModel
		CSS htmltemplate.CSS
	}{r.model(), baseCSS})
}

// WriteMarkdown writes the review as Markdown (CommonMark with GitHub
// tables).
func (r *Review) WriteMarkdown(w io.Writer) error {
	return reviewMarkdown.Execute(w, r.model())
}

var (
	mdSpecial   = strings.NewReplacer(`\`, `\\`, `&`, `&amp;`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `&lt;`, `>`, `&gt;`, `|`, `\|`)
	mdLineStart = regexp.MustCompile(`(?m)^(\s*)([#+\-=]|\d+[.)])`)
)

// mdEscape makes text literal in Markdown: characters that mean something
// are escaped, block markers at the start of a line too; line breaks become
// spaces.
func mdEscape(s string) string {
	return strings.ReplaceAll(mdInline(s), "\n", " ")
}

// mdQuote is mdEscape inside a block quote: a line break stays a line
// break and continues the quote.
func mdQuote(s string) string {
	return strings.ReplaceAll(mdInline(s), "\n", "\\\n> ")
}

func mdInline(s string) string {
	s = mdSpecial.Replace(s)
	s = mdLineStart.ReplaceAllStringFunc(s, func(m string) string {
		i := len(m) - 1
		if m[i] == '.' || m[i] == ')' {
			return m[:i] + `\` + m[i:]
		}
		trim := strings.TrimLeft(m, " \t")
		return m[:len(m)-len(trim)] + `\` + trim
	})
	return s
}
