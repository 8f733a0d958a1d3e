package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/wetlint/wetlint/checks"
)

// Text prints one line per diagnostic,
//
//	path:line:col: severity: message [RULE-ID] (label)
//
// grouped per file, with fixes as indented suggestions, and a summary line.
// Files that could not be read are left to the caller (they go to stderr).
type Text struct {
	Color bool
	// ShowSuppressed also lists the findings wetlint:ignore suppressed.
	ShowSuppressed bool
}

const (
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	bold   = "\x1b[1m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

func (t *Text) paint(code, s string) string {
	if !t.Color {
		return s
	}
	return code + s + reset
}

// Print writes the diagnostics and the summary.
func (t *Text) Print(w io.Writer, files []checks.FileResult) error {
	var b strings.Builder
	first := true
	for _, f := range sortedFiles(files) {
		suppressed := f.Suppressed
		if !t.ShowSuppressed {
			suppressed = nil
		}
		if len(f.Diagnostics) == 0 && len(suppressed) == 0 {
			continue
		}
		if !first {
			b.WriteString("\n")
		}
		first = false
		for _, d := range f.Diagnostics {
			t.diagnostic(&b, d, false)
		}
		for _, d := range suppressed {
			t.diagnostic(&b, d, true)
		}
	}
	s := Summarize(files)
	if !first {
		b.WriteString("\n")
	}
	b.WriteString(SummaryLine(s))
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func (t *Text) diagnostic(b *strings.Builder, d checks.Diagnostic, suppressed bool) {
	sev := d.Severity
	switch sev {
	case checks.SeverityError:
		sev = t.paint(red+bold, sev)
	case checks.SeverityWarning:
		sev = t.paint(yellow, sev)
	default:
		sev = t.paint(cyan, sev)
	}
	if suppressed {
		sev = t.paint(dim, d.Severity+" (onderdrukt)")
	}
	fmt.Fprintf(b, "%s:%d:%d: %s: %s %s", d.Path, d.Span.Start.Line, d.Span.Start.Column, sev, d.Message, t.paint(dim, "["+d.Rule+"]"))
	if d.Label != "" {
		fmt.Fprintf(b, " (%s)", d.Label)
	}
	b.WriteString("\n")
	switch {
	case suppressed:
		fmt.Fprintf(b, "    onderdrukt: %s\n", d.Reason)
	case d.Justified:
		fmt.Fprintf(b, "    gerechtvaardigd: %s\n", d.Reason)
	}
	for _, fx := range d.Fixes {
		fmt.Fprintf(b, "    suggestie: %s\n", fx.Message)
	}
}

// SummaryLine says in one Dutch sentence what a run found.
func SummaryLine(s Summary) string {
	line := fmt.Sprintf("%s met %s gecontroleerd: %s, %s, %d ter informatie",
		plural(s.Files, "bestand", "bestanden"), plural(s.Articles, "artikel", "artikelen"),
		plural(s.Errors, "fout", "fouten"), plural(s.Warnings, "waarschuwing", "waarschuwingen"), s.Infos)
	if s.Suppressed > 0 {
		line += fmt.Sprintf("; %d onderdrukt", s.Suppressed)
	}
	if s.Baselined > 0 {
		line += fmt.Sprintf("; %d al bekend uit de baseline", s.Baselined)
	}
	if s.Failed > 0 {
		line += fmt.Sprintf("; %s niet gelezen", plural(s.Failed, "bestand", "bestanden"))
	}
	return line
}
