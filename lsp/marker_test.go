package lsp

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// markerRe is a marker in a test draft: @diag("RULE", "text") says that a
// diagnostic of RULE on that line covers the first "text" on it.
var markerRe = regexp.MustCompile(`@diag\("([^"]+)", "([^"]+)"\)`)

// TestDiagnosticMarkers opens each draft of testdata/diagnostics and
// checks that the server publishes exactly the diagnostics its markers
// announce, on exactly the characters they name (after gopls's marker
// tests). A file named xml-crlf is sent with CRLF line endings.
func TestDiagnosticMarkers(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "diagnostics", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no marker files: %v", err)
	}
	c := newClient(t, Options{})
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil || len(ar.Files) != 1 {
				t.Fatalf("%s: want one draft: %v", file, err)
			}
			name, text := ar.Files[0].Name, string(ar.Files[0].Data)
			if strings.Contains(file, "crlf") {
				text = strings.ReplaceAll(text, "\n", "\r\n")
			}
			var want []string
			lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
			for i, line := range lines {
				for _, m := range markerRe.FindAllStringSubmatch(line, -1) {
					col := strings.Index(line, m[2])
					if col < 0 {
						t.Fatalf("%s:%d: %q not on the line", name, i+1, m[2])
					}
					start := utf16Pos(line, col).Character
					end := utf16Pos(line, col+len(m[2])).Character
					want = append(want, describe(m[1], Range{Start: Position{i, start}, End: Position{i, end}}))
				}
			}
			if len(want) == 0 {
				t.Fatalf("%s: no markers", file)
			}
			uri := "file:///tmp/werk/" + filepath.Base(file) + "/" + name
			c.open(uri, "", text)
			var got []string
			for _, d := range c.waitDiags(uri, 1) {
				got = append(got, describe(d.Code, d.Range))
			}
			sort.Strings(want)
			sort.Strings(got)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("diagnostics:\n%s\nwant (from the markers):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// describe writes a diagnostic as "RULE line:char-line:char" (1-based
// lines, 0-based UTF-16 characters).
func describe(code string, r Range) string {
	return fmt.Sprintf("%s %d:%d-%d:%d", code, r.Start.Line+1, r.Start.Character, r.End.Line+1, r.End.Character)
}
