package report

import (
	"io"

	"github.com/wetlint/wetlint/checks"
)

// JSONVersion is the version of the JSON output (docs/output.md).
const JSONVersion = 1

// JSON prints the stable JSON format documented in docs/output.md.
type JSON struct {
	Version string
	// ShowSuppressed adds the findings wetlint:ignore suppressed, under
	// "suppressed".
	ShowSuppressed bool
}

// JSONOutput is the top-level object of the JSON format.
type JSONOutput struct {
	Version     int              `json:"version"`
	Tool        JSONTool         `json:"tool"`
	Diagnostics []JSONDiagnostic `json:"diagnostics"`
	Files       []JSONFile       `json:"files"`
	Summary     Summary          `json:"summary"`
	// Suppressed lists the suppressed findings, with --show-suppressed.
	Suppressed []JSONDiagnostic `json:"suppressed,omitempty"`
}

// JSONTool names the program that wrote the output.
type JSONTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// JSONDiagnostic is one diagnostic. Lines and columns are 1-based; columns
// count characters (Unicode code points). End is exclusive.
type JSONDiagnostic struct {
	Rule      string    `json:"rule"`
	Name      string    `json:"name"`
	Family    string    `json:"family"`
	Severity  string    `json:"severity"`
	Message   string    `json:"message"`
	Path      string    `json:"path"`
	Line      int       `json:"line"`
	Column    int       `json:"column"`
	EndLine   int       `json:"end_line"`
	EndColumn int       `json:"end_column"`
	Unit      string    `json:"unit"`
	Article   string    `json:"article"`
	Member    string    `json:"member"`
	Label     string    `json:"label"`
	Source    string    `json:"source"`
	Fixes     []JSONFix `json:"fixes,omitempty"`
	Justified bool      `json:"justified,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	// Fingerprint identifies the finding across runs (checks.Diagnostic).
	Fingerprint string `json:"fingerprint,omitempty"`
}

// JSONFix is a suggested change.
type JSONFix struct {
	Message string     `json:"message"`
	Edits   []JSONEdit `json:"edits"`
}

// JSONEdit replaces a range of the file. Offsets are 0-based bytes.
type JSONEdit struct {
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
	StartOffset int    `json:"start_offset"`
	EndOffset   int    `json:"end_offset"`
	NewText     string `json:"new_text"`
}

// JSONFile is one file of the run.
type JSONFile struct {
	Path        string `json:"path"`
	Format      string `json:"format"`
	Title       string `json:"title"`
	Type        string `json:"type"`
	Ministry    string `json:"ministry"`
	Year        int    `json:"year"`
	Articles    int    `json:"articles"`
	Diagnostics int    `json:"diagnostics"`
	Error       string `json:"error,omitempty"`
}

// Build converts results into the JSON output.
func (j *JSON) Build(files []checks.FileResult) JSONOutput {
	out := JSONOutput{Version: JSONVersion, Tool: JSONTool{Name: "wetlint", Version: j.Version},
		Diagnostics: []JSONDiagnostic{}, Files: []JSONFile{}, Summary: Summarize(files)}
	for _, f := range sortedFiles(files) {
		jf := JSONFile{Path: f.Path, Format: f.Format, Title: f.Meta.Title, Type: f.Meta.Type,
			Ministry: f.Meta.Ministry, Year: f.Meta.Year, Articles: f.Articles, Diagnostics: len(f.Diagnostics)}
		if f.Err != nil {
			jf.Error = firstLine(f.Err.Error())
		}
		out.Files = append(out.Files, jf)
		for _, d := range f.Diagnostics {
			out.Diagnostics = append(out.Diagnostics, jsonDiagnostic(d))
		}
		if j.ShowSuppressed {
			for _, d := range f.Suppressed {
				out.Suppressed = append(out.Suppressed, jsonDiagnostic(d))
			}
		}
	}
	return out
}

func jsonDiagnostic(d checks.Diagnostic) JSONDiagnostic {
	jd := JSONDiagnostic{Rule: d.Rule, Name: d.Name, Family: d.Family, Severity: d.Severity,
		Message: d.Message, Path: d.Path, Line: d.Span.Start.Line, Column: d.Span.Start.Column,
		EndLine: d.Span.End.Line, EndColumn: d.Span.End.Column, Unit: d.Unit, Article: d.Article,
		Member: d.Member, Label: d.Label, Source: d.Source, Justified: d.Justified, Reason: d.Reason,
		Fingerprint: d.Fingerprint}
	for _, fx := range d.Fixes {
		jfx := JSONFix{Message: fx.Message, Edits: []JSONEdit{}}
		for _, e := range fx.Edits {
			jfx.Edits = append(jfx.Edits, JSONEdit{Line: e.Span.Start.Line, Column: e.Span.Start.Column,
				EndLine: e.Span.End.Line, EndColumn: e.Span.End.Column, StartOffset: e.Start, EndOffset: e.End, NewText: e.NewText})
		}
		jd.Fixes = append(jd.Fixes, jfx)
	}
	return jd
}

// Print writes the JSON output, indented, with a final newline.
func (j *JSON) Print(w io.Writer, files []checks.FileResult) error {
	return writeJSON(w, j.Build(files))
}

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}
