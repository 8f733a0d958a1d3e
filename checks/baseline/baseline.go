// Package baseline records the findings a team has accepted for now, so
// that wetlint can be adopted on an existing body of regulations and report
// only what is new. A finding is keyed on its file, rule and fingerprint
// (checks.Diagnostic.Fingerprint: rule, structural id and a hash of the
// unit's text), not on its line: inserting lines above an article keeps
// its old findings out, while changing the article's text brings them back
// for review. The file format is documented in docs/configuration.md.
package baseline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// Version is the version of the baseline file format.
const Version = 1

// A Baseline is a set of accepted findings.
type Baseline struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`

	dir  string          // paths are relative to this directory
	keys map[string]bool // path, rule and fingerprint
}

// An Entry is one accepted finding. Path is relative to the directory of
// the baseline file, with "/" as separator. Line and Message are there for
// people reading the file; they play no part in matching.
type Entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Unit        string `json:"unit"`
	Fingerprint string `json:"fingerprint"`
	Line        int    `json:"line"`
	Message     string `json:"message"`
}

// relPath returns path relative to dir with "/" separators, or the path
// itself (cleaned) when that is not possible.
func relPath(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}

func key(path, rule, fingerprint string) string {
	return path + "\x00" + rule + "\x00" + fingerprint
}

// New makes a baseline of every shown diagnostic in files, for a baseline
// file that will be written to the directory dir.
func New(dir string, files []checks.FileResult) *Baseline {
	b := &Baseline{Version: Version, Findings: []Entry{}, dir: dir}
	for _, f := range files {
		for _, d := range f.Diagnostics {
			b.Findings = append(b.Findings, Entry{Path: relPath(dir, d.Path), Rule: d.Rule, Unit: d.Unit,
				Fingerprint: d.Fingerprint, Line: d.Span.Start.Line, Message: d.Message})
		}
	}
	sort.SliceStable(b.Findings, func(i, j int) bool {
		a, c := b.Findings[i], b.Findings[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		return a.Line < c.Line
	})
	b.index()
	return b
}

func (b *Baseline) index() {
	b.keys = map[string]bool{}
	for _, e := range b.Findings {
		b.keys[key(e.Path, e.Rule, e.Fingerprint)] = true
	}
}

// Write writes a baseline of files to path.
func Write(path string, files []checks.FileResult) error {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(New(dir, files), "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("baseline schrijven: %w", err)
	}
	return nil
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline lezen: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		line, col := 0, 0
		if se, ok := err.(*json.SyntaxError); ok {
			// Offset counts the bytes read, the offending one included
			p := clause.NewLineIndex(data).Pos(int(se.Offset) - 1)
			line, col = p.Line, p.Column
		}
		return nil, &clause.ParseError{Path: path, Line: line, Column: col, Msg: "ongeldige baseline: " + err.Error()}
	}
	if b.Version != Version {
		return nil, &clause.ParseError{Path: path, Msg: fmt.Sprintf("baseline versie %d; deze wetlint leest versie %d (maak hem opnieuw met --write-baseline)", b.Version, Version)}
	}
	b.dir, err = filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	b.index()
	return &b, nil
}

// Contains reports whether the baseline holds a diagnostic.
func (b *Baseline) Contains(d checks.Diagnostic) bool {
	return b.keys[key(relPath(b.dir, d.Path), d.Rule, d.Fingerprint)]
}

// Filter removes the diagnostics the baseline holds from files and counts
// them in FileResult.Baselined.
func (b *Baseline) Filter(files []checks.FileResult) {
	for i := range files {
		f := &files[i]
		kept := f.Diagnostics[:0:0]
		for _, d := range f.Diagnostics {
			if b.Contains(d) {
				f.Baselined++
				continue
			}
			kept = append(kept, d)
		}
		f.Diagnostics = kept
	}
}
