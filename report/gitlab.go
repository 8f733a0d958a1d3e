package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/wetlint/wetlint/checks"
)

// GitLab prints a GitLab code quality report (a JSON array in the Code
// Climate format) for merge-request widgets: description, check_name,
// fingerprint, severity and location per diagnostic. Severities map error
// → major, warning → minor, info → info; a file that could not be read is
// a critical issue on its first line. The fingerprint is unique per
// report: a hash of the path and the diagnostic's own fingerprint, so it
// survives lines moving.
type GitLab struct{}

type gitlabIssue struct {
	Type        string         `json:"type"`
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Categories  []string       `json:"categories"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

func gitlabSeverity(sev string) string {
	switch sev {
	case checks.SeverityError:
		return "major"
	case checks.SeverityWarning:
		return "minor"
	}
	return "info"
}

// Print writes the report.
func (g *GitLab) Print(w io.Writer, files []checks.FileResult) error {
	issues := []gitlabIssue{}
	for _, f := range sortedFiles(files) {
		if f.Err != nil {
			issues = append(issues, gitlabIssue{Type: "issue", Description: firstLine(f.Err.Error()), CheckName: "wetlint-lezen",
				Fingerprint: gitlabFingerprint(f.Path, "lezen"), Severity: "critical", Categories: []string{"Bug Risk"},
				Location: gitlabLocation{Path: f.Path, Lines: gitlabLines{Begin: 1, End: 1}}})
		}
		for _, d := range f.Diagnostics {
			fp := d.Fingerprint
			if fp == "" {
				fp = fmt.Sprintf("%s|%d:%d|%s", d.Rule, d.Span.Start.Line, d.Span.Start.Column, d.Message)
			}
			desc := d.Message + " [" + d.Rule + "]"
			if d.Justified {
				desc += " (gerechtvaardigd: " + d.Reason + ")"
			}
			issues = append(issues, gitlabIssue{Type: "issue", Description: desc, CheckName: d.Rule,
				Fingerprint: gitlabFingerprint(d.Path, fp), Severity: gitlabSeverity(d.Severity), Categories: []string{"Style"},
				Location: gitlabLocation{Path: d.Path, Lines: gitlabLines{Begin: d.Span.Start.Line, End: d.Span.End.Line}}})
		}
	}
	return writeJSON(w, issues)
}

func gitlabFingerprint(path, fp string) string {
	sum := sha256.Sum256([]byte(path + "\x00" + fp))
	return hex.EncodeToString(sum[:16])
}
