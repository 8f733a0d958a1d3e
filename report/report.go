// Package report renders check results: text for a terminal, JSON for
// tools. Every format is a view of checks.FileResult and checks.Diagnostic.
// Review is the report on one draft for a reviewer (HTML, Markdown; see
// docs/report.md); Stats counts results over many drafts (CSV, JSON, HTML
// with charts; see docs/stats.md).
package report

import (
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
}

// Formats lists the output formats of `wetlint check`.
var Formats = []string{"text", "json"}

// New returns the printer for a format, or an error naming the valid ones.
func New(format string, opts Options) (Printer, error) {
	switch format {
	case "text", "":
		return &Text{Color: opts.Color}, nil
	case "json":
		return &JSON{Version: opts.Version}, nil
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
		for _, d := range f.Diagnostics {
			countSeverity(d.Severity, &s.Errors, &s.Warnings, &s.Infos)
		}
	}
	return s
}

// countSeverity adds one to the counter of a severity; anything but error
// and warning counts as info.
func countSeverity(sev string, errors, warnings, infos *int) {
	switch sev {
	case checks.SeverityError:
		*errors++
	case checks.SeverityWarning:
		*warnings++
	default:
		*infos++
	}
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
