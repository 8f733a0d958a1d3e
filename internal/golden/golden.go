// Package golden runs txtar golden tests: each archive holds a prose
// comment saying what the case is about, an input file and the expected
// output. Run the tests with -update to rewrite the expectations, then
// review the diff like code.
//
// Options in the comment, one per line, change the input before it is
// read: "crlf: true" turns "\n" into "\r\n", "bom: true" prefixes a UTF-8
// byte-order mark (txtar itself keeps neither reliably).
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output of golden tests")

// Update reports whether -update was given.
func Update() bool { return *update }

// A Case is one archive.
type Case struct {
	Path    string
	Archive *txtar.Archive
	Options map[string]string
}

// Input returns the file whose name starts with "input", after the
// options have been applied, and its name.
func (c *Case) Input(t testing.TB) (string, []byte) {
	t.Helper()
	for _, f := range c.Archive.Files {
		if strings.HasPrefix(f.Name, "input") {
			data := f.Data
			if c.Options["crlf"] == "true" {
				data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
			}
			if c.Options["bom"] == "true" {
				data = append([]byte{0xEF, 0xBB, 0xBF}, data...)
			}
			return f.Name, data
		}
	}
	t.Fatalf("%s: no input file", c.Path)
	return "", nil
}

// File returns the content of the named section, or nil.
func (c *Case) File(name string) []byte {
	for _, f := range c.Archive.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// Run calls fn for every *.txtar file in dir as a subtest named after the
// file. A directory without cases fails.
func Run(t *testing.T, dir string, fn func(t *testing.T, c *Case)) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no golden cases in %s", dir)
	}
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := &Case{Path: f, Archive: a, Options: map[string]string{}}
		for _, line := range strings.Split(string(a.Comment), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && !strings.Contains(k, " ") {
				c.Options[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) { fn(t, c) })
	}
}

// Check compares got with the section want of the case; with -update it
// rewrites that section instead.
func (c *Case) Check(t *testing.T, want string, got []byte) {
	t.Helper()
	if *update {
		found := false
		for i := range c.Archive.Files {
			if c.Archive.Files[i].Name == want {
				c.Archive.Files[i].Data = got
				found = true
			}
		}
		if !found {
			c.Archive.Files = append(c.Archive.Files, txtar.File{Name: want, Data: got})
		}
		if err := os.WriteFile(c.Path, txtar.Format(c.Archive), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	w := c.File(want)
	if w == nil {
		t.Fatalf("%s: no section %q (run with -update)", c.Path, want)
	}
	if !bytes.Equal(w, got) {
		t.Errorf("%s: %s differs (-want +got):\n%s", c.Path, want, Diff(string(w), string(got)))
	}
}

// JSON encodes v as indented JSON with a final newline.
func JSON(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Diff returns a short line diff of two texts: the lines around the first
// difference.
func Diff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	from := max(0, i-3)
	for k := from; k < i; k++ {
		fmt.Fprintf(&b, "  %s\n", w[k])
	}
	for k := i; k < min(len(w), i+8); k++ {
		fmt.Fprintf(&b, "- %s\n", w[k])
	}
	for k := i; k < min(len(g), i+8); k++ {
		fmt.Fprintf(&b, "+ %s\n", g[k])
	}
	return b.String()
}

// CheckFile compares got with the golden file at path; with -update it
// rewrites the file instead. For outputs that are a file of their own
// rather than a section of a txtar case.
func CheckFile(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (-want +got):\n%s", path, Diff(string(want), string(got)))
	}
}
