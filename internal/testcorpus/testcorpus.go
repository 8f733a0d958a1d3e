// Package testcorpus finds the shared corpus of real Dutch legal texts
// (../shared/corpus-src beside the repository) for tests and benchmarks,
// and skips cleanly when it is absent. Set WETLINT_SHARED to use another
// location.
package testcorpus

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Shared returns the shared folder, or "" when it cannot be found.
func Shared() string {
	if s := os.Getenv("WETLINT_SHARED"); s != "" {
		return s
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(cand); err == nil && st.IsDir() {
				return cand
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Dir returns a folder under shared/ (e.g. "corpus-src/bwb") or skips the
// test when it is absent.
func Dir(tb testing.TB, rel string) string {
	tb.Helper()
	s := Shared()
	if s == "" {
		tb.Skip("../shared not found (set WETLINT_SHARED); skipping corpus test")
	}
	d := filepath.Join(s, filepath.FromSlash(rel))
	if _, err := os.Stat(d); err != nil {
		tb.Skipf("%s not found; skipping corpus test", d)
	}
	return d
}

// Files lists the regular files under a shared folder, recursively, sorted,
// with one of the given extensions (all files when none are given).
func Files(tb testing.TB, rel string, exts ...string) []string {
	tb.Helper()
	root := Dir(tb, rel)
	var out []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if len(exts) == 0 {
			out = append(out, p)
			return nil
		}
		for _, e := range exts {
			if strings.HasSuffix(p, e) {
				out = append(out, p)
				break
			}
		}
		return nil
	})
	sort.Strings(out)
	return out
}
