package report

import (
	"encoding/xml"
	"io"

	"github.com/wetlint/wetlint/checks"
)

// Checkstyle prints Checkstyle XML (version 4.3), which many CI plugins
// read: one <file> per file, one <error> per diagnostic with its line,
// column, severity (error, warning, info), message and source
// "wetlint.RULE-ID". A file that could not be read gets one error with
// source "wetlint.lezen"; suppressed findings (with ShowSuppressed) have
// severity "ignore".
type Checkstyle struct {
	ShowSuppressed bool
}

type checkstyleRoot struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Print writes the report.
func (c *Checkstyle) Print(w io.Writer, files []checks.FileResult) error {
	root := checkstyleRoot{Version: "4.3"}
	for _, f := range sortedFiles(files) {
		cf := checkstyleFile{Name: f.Path}
		if f.Err != nil {
			cf.Errors = append(cf.Errors, checkstyleError{Line: 1, Severity: "error", Message: firstLine(f.Err.Error()), Source: "wetlint.lezen"})
		}
		add := func(d checks.Diagnostic, sev string) {
			cf.Errors = append(cf.Errors, checkstyleError{Line: d.Span.Start.Line, Column: d.Span.Start.Column,
				Severity: sev, Message: d.Message, Source: "wetlint." + d.Rule})
		}
		for _, d := range f.Diagnostics {
			add(d, d.Severity)
		}
		if c.ShowSuppressed {
			for _, d := range f.Suppressed {
				add(d, "ignore")
			}
		}
		root.Files = append(root.Files, cf)
	}
	return writeXML(w, root)
}
