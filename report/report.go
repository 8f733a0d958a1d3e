// Package report renders check results: text for a terminal, JSON for
// tools. Every format is a view of checks.FileResult and checks.Diagnostic.
package report

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/checks"
)

// A Printer writes the results of a run.
type Printer interface {
	Print(w io.Writer, files []checks.FileResult) error
}

// Options tune the printers.
type Options struct {
	Color   bool   // ANSI colours (text only)
	Version string // wetlint's version, written into machine formats
	// Rules describe the rules that ran, for formats that carry rule
	// metadata (SARIF); optional.
	Rules []checks.Rule
	// ShowSuppressed lists the findings that wetlint:ignore directives
	// suppressed (text, JSON, SARIF, JUnit, Checkstyle); they are always
	// counted in the summary.
	ShowSuppressed bool
}

// Formats lists the output formats of `wetlint check`.
var Formats = []string{"text", "json", "sarif", "junit", "checkstyle", "github", "gitlab"}

// New returns the printer for a format, or an error naming the valid ones.
func New(format string, opts Options) (Printer, error) {
	switch format {
	case "text", "":
		return &Text{Color: opts.Color, ShowSuppressed: opts.ShowSuppressed}, nil
	case "json":
		return &JSON{Version: opts.Version, ShowSuppressed: opts.ShowSuppressed}, nil
	case "sarif":
		return &SARIF{Options: opts}, nil
	case "junit":
		return &JUnit{ShowSuppressed: opts.ShowSuppressed}, nil
	case "checkstyle":
		return &Checkstyle{ShowSuppressed: opts.ShowSuppressed}, nil
	case "github":
		return &GitHub{}, nil
	case "gitlab":
		return &GitLab{}, nil
	}
	return nil, fmt.Errorf("onbekend uitvoerformaat %q; kies uit %s", format, strings.Join(Formats, ", "))
}

// Summary counts what a run found.
type Summary struct {
	Files    int `json:"files"`
	Failed   int `json:"failed"` // files that could not be read or checked
	Articles int `json:"articles"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts findings covered by wetlint:ignore directives;
	// Baselined those left out because the baseline holds them.
	Suppressed int `json:"suppressed"`
	Baselined  int `json:"baselined"`
}

// Summarize counts the results.
func Summarize(files []checks.FileResult) Summary {
	var s Summary
	for _, f := range files {
		s.Files++
		if f.Err != nil {
			s.Failed++
		}
		s.Articles += f.Articles
		s.Suppressed += len(f.Suppressed)
		s.Baselined += f.Baselined
		for _, d := range f.Diagnostics {
			switch d.Severity {
			case checks.SeverityError:
				s.Errors++
			case checks.SeverityWarning:
				s.Warnings++
			default:
				s.Infos++
			}
		}
	}
	return s
}

// sortedFiles returns the files ordered by path.
func sortedFiles(files []checks.FileResult) []checks.FileResult {
	out := append([]checks.FileResult(nil), files...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// writeJSON writes v as indented JSON with a final newline, without
// escaping <, > and &.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeXML writes the XML declaration and v, indented, with a final
// newline.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
