package report

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/wetlint/wetlint/checks"
)

// JUnit prints a JUnit XML report, for CI systems that show test results:
// one test suite per file, one failing test case per diagnostic (named
// after the rule and the place), a passing case "wetlint" for a file
// without diagnostics, an error case for a file that could not be read.
// Justified findings (and, with ShowSuppressed, suppressed ones) are
// skipped cases with the reason.
type JUnit struct {
	ShowSuppressed bool
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitProblem `xml:"skipped,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",chardata"`
}

// Print writes the report.
func (j *JUnit) Print(w io.Writer, files []checks.FileResult) error {
	all := junitSuites{Name: "wetlint"}
	for _, f := range sortedFiles(files) {
		s := junitSuite{Name: f.Path}
		if f.Err != nil {
			s.Cases = append(s.Cases, junitCase{Name: "lezen", Classname: f.Path, File: f.Path,
				Error: &junitProblem{Message: firstLine(f.Err.Error()), Type: "lezen"}})
		}
		for _, d := range f.Diagnostics {
			c := junitCaseOf(d)
			if d.Justified {
				c.Skipped = &junitProblem{Message: "gerechtvaardigd: " + d.Reason}
			} else {
				c.Failure = &junitProblem{Message: d.Message, Type: d.Severity, Text: junitText(d)}
			}
			s.Cases = append(s.Cases, c)
		}
		if j.ShowSuppressed {
			for _, d := range f.Suppressed {
				c := junitCaseOf(d)
				c.Skipped = &junitProblem{Message: "onderdrukt: " + d.Reason}
				s.Cases = append(s.Cases, c)
			}
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: "wetlint", Classname: f.Path, File: f.Path})
		}
		for _, c := range s.Cases {
			s.Tests++
			switch {
			case c.Failure != nil:
				s.Failures++
			case c.Error != nil:
				s.Errors++
			case c.Skipped != nil:
				s.Skipped++
			}
		}
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Errors += s.Errors
		all.Skipped += s.Skipped
		all.Suites = append(all.Suites, s)
	}
	return writeXML(w, all)
}

func junitCaseOf(d checks.Diagnostic) junitCase {
	name := fmt.Sprintf("%s %d:%d", d.Rule, d.Span.Start.Line, d.Span.Start.Column)
	if d.Label != "" {
		name = fmt.Sprintf("%s %s (%d:%d)", d.Rule, d.Label, d.Span.Start.Line, d.Span.Start.Column)
	}
	return junitCase{Name: name, Classname: d.Path, File: d.Path, Line: d.Span.Start.Line}
}

func junitText(d checks.Diagnostic) string {
	s := fmt.Sprintf("%s:%d:%d: %s: %s [%s]", d.Path, d.Span.Start.Line, d.Span.Start.Column, d.Severity, d.Message, d.Rule)
	if d.Source != "" {
		s += "\nBron: " + d.Source
	}
	for _, fx := range d.Fixes {
		s += "\nSuggestie: " + fx.Message
	}
	return s
}
