package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/wetlint/wetlint/checks"
)

// GitHub prints GitHub Actions workflow commands, one per diagnostic, which
// the runner turns into annotations on the pull request:
//
//	::error file=wet.md,line=5,col=35,endLine=5,endColumn=40,title=AR-006 en-of::in artikel 1 staat …
//
// error and warning keep their name; info becomes notice. A file that
// could not be read is an error annotation on that file.
type GitHub struct{}

// Print writes the workflow commands.
func (g *GitHub) Print(w io.Writer, files []checks.FileResult) error {
	var b strings.Builder
	for _, f := range sortedFiles(files) {
		if f.Err != nil {
			fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", ghProperty(f.Path), ghProperty("wetlint: bestand niet gelezen"), ghData(firstLine(f.Err.Error())))
		}
		for _, d := range f.Diagnostics {
			cmd := d.Severity
			if cmd != checks.SeverityError && cmd != checks.SeverityWarning {
				cmd = "notice"
			}
			msg := d.Message
			if d.Justified {
				msg += " (gerechtvaardigd: " + d.Reason + ")"
			}
			fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd, ghProperty(d.Path),
				d.Span.Start.Line, d.Span.Start.Column, d.Span.End.Line, d.Span.End.Column,
				ghProperty(d.Rule+" "+d.Name), ghData(msg))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes the message of a workflow command.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value of a workflow command.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
