package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/internal/golden"
)

// TestCLI runs wetlint in-process on each case in ../../testdata/cli. A
// case holds the command line in "args" (one argument per line; $DIR is the
// folder with the case's files), input files, and the expected "stdout",
// "stderr" and "exit". Options in the comment: "binary: NAME" writes a
// binary file of that name. Run with -update to rewrite the expectations.
func TestCLI(t *testing.T) {
	golden.Run(t, "../../testdata/cli", func(t *testing.T, c *golden.Case) {
		dir := t.TempDir()
		var args []string
		for _, f := range c.Archive.Files {
			switch f.Name {
			case "args":
				for _, a := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
					args = append(args, strings.ReplaceAll(a, "$DIR", dir))
				}
			case "stdout", "stderr", "exit":
			default:
				p := filepath.Join(dir, f.Name)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		if name := c.Options["binary"]; name != "" {
			b := make([]byte, 512)
			for i := range b {
				b[i] = byte(i)
			}
			os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
		var stdout, stderr bytes.Buffer
		code := run(args, strings.NewReader(""), &stdout, &stderr)
		norm := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte(dir), []byte("$DIR")) }
		c.Check(t, "stdout", norm(stdout.Bytes()))
		c.Check(t, "stderr", norm(stderr.Bytes()))
		c.Check(t, "exit", []byte(strconv.Itoa(code)+"\n"))
	})
}

// TestJSONShape checks `wetlint check --format json corpus/` against the
// contract of docs/output.md: the keys every diagnostic and every file must
// have, with their types and allowed values.
func TestJSONShape(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--format", "json", "../../corpus"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK && code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out["version"] != float64(1) {
		t.Errorf("version = %v, want 1", out["version"])
	}
	diags, _ := out["diagnostics"].([]any)
	files, _ := out["files"].([]any)
	if len(files) < 4 || len(diags) == 0 {
		t.Fatalf("%d files and %d diagnostics in the corpus output", len(files), len(diags))
	}
	strKeys := []string{"rule", "name", "family", "severity", "message", "path", "unit", "article", "member", "label", "source"}
	numKeys := []string{"line", "column", "end_line", "end_column"}
	families := map[string]bool{"wetgevingstoets": true, "discriminatietoets": true, "doenvermogen": true, "hardvochtigheid": true}
	severities := map[string]bool{"error": true, "warning": true, "info": true}
	for i, x := range diags {
		d := x.(map[string]any)
		for _, k := range strKeys {
			if _, ok := d[k].(string); !ok {
				t.Errorf("diagnostic %d: key %q missing or not a string: %v", i, k, d[k])
			}
		}
		for _, k := range numKeys {
			if n, ok := d[k].(float64); !ok || n < 1 {
				t.Errorf("diagnostic %d: key %q missing or not a positive number: %v", i, k, d[k])
			}
		}
		if !families[d["family"].(string)] || !severities[d["severity"].(string)] {
			t.Errorf("diagnostic %d: family %v, severity %v", i, d["family"], d["severity"])
		}
		if d["unit"] != "" && d["article"] == "" {
			t.Errorf("diagnostic %d: unit %v without article", i, d["unit"])
		}
	}
	for i, x := range files {
		f := x.(map[string]any)
		if _, ok := f["path"].(string); !ok {
			t.Errorf("file %d: no path", i)
		}
		if _, ok := f["format"].(string); !ok {
			t.Errorf("file %d: no format", i)
		}
		if n, ok := f["articles"].(float64); !ok || n < 1 {
			t.Errorf("file %d (%v): articles = %v", i, f["path"], f["articles"])
		}
	}
}
