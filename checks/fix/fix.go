// Package fix applies the mechanical fixes that rules offer
// (checks.Diagnostic.Fixes) to a source, writes the result atomically and
// shows it as a unified diff. Only whole fixes are applied: a fix whose
// edits overlap an edit already taken is left for a later round.
package fix

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/checks"
)

// Apply applies the fixes of diags to src. Fixes are taken in order of
// their first edit; a fix with an edit that overlaps one already taken,
// or that lies outside src, is skipped. It returns the new source and the
// number of fixes applied and skipped.
func Apply(src []byte, diags []checks.Diagnostic) (out []byte, applied, skipped int) {
	var fixes []checks.Fix
	for _, d := range diags {
		fixes = append(fixes, d.Fixes...)
	}
	sort.SliceStable(fixes, func(i, j int) bool { return firstStart(fixes[i]) < firstStart(fixes[j]) })
	var taken []checks.TextEdit
	for _, fx := range fixes {
		if len(fx.Edits) == 0 || !fits(fx.Edits, taken, len(src)) {
			skipped++
			continue
		}
		taken = append(taken, fx.Edits...)
		applied++
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Start < taken[j].Start })
	var b bytes.Buffer
	b.Grow(len(src))
	at := 0
	for _, e := range taken {
		b.Write(src[at:e.Start])
		b.WriteString(e.NewText)
		at = e.End
	}
	b.Write(src[at:])
	return b.Bytes(), applied, skipped
}

func firstStart(fx checks.Fix) int {
	m := -1
	for _, e := range fx.Edits {
		if m < 0 || e.Start < m {
			m = e.Start
		}
	}
	return m
}

// fits reports whether edits lie inside a source of n bytes and overlap
// neither each other nor taken. Two insertions at the same offset overlap.
func fits(edits, taken []checks.TextEdit, n int) bool {
	for i, e := range edits {
		if e.Start < 0 || e.End < e.Start || e.End > n {
			return false
		}
		for _, t := range append(taken[:len(taken):len(taken)], edits[:i]...) {
			if e.Start < t.End && t.Start < e.End || e.Start == t.Start {
				return false
			}
		}
	}
	return true
}

// WriteFile replaces the file at path with data atomically: it writes a
// temporary file in the same directory, gives it the mode of the original,
// syncs it and renames it over the original. Readers see the old file or
// the new one, never a half-written one; on any error the original is left
// as it was.
func WriteFile(path string, data []byte) (err error) {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".wetlint-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(st.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Diff returns a unified diff (three lines of context) between old and
// new, or "" when they are equal. It is meant
// for sources that differ in a few places, as after fixes: the common
// start and end of each differing stretch are found line by line.
func Diff(path string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	hunks := changes(a, b)
	var out strings.Builder
	// git's a/ and b/ for a relative path (git apply, patch -p1); an
	// absolute path as it is (patch -p0)
	from, to := "a/"+filepath.ToSlash(path), "b/"+filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		from, to = path, path
	}
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", from, to)
	const context = 3
	for i := 0; i < len(hunks); {
		// merge changes whose context overlaps into one hunk
		j := i
		for j+1 < len(hunks) && hunks[j+1].a0-hunks[j].a1 <= 2*context {
			j++
		}
		a0 := max(0, hunks[i].a0-context)
		a1 := min(len(a), hunks[j].a1+context)
		b0 := hunks[i].b0 - (hunks[i].a0 - a0)
		b1 := hunks[j].b1 + (a1 - hunks[j].a1)
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(a0, a1), hunkRange(b0, b1))
		at := a0
		for k := i; k <= j; k++ {
			h := hunks[k]
			for ; at < h.a0; at++ {
				writeLine(&out, ' ', a[at])
			}
			for _, l := range a[h.a0:h.a1] {
				writeLine(&out, '-', l)
			}
			for _, l := range b[h.b0:h.b1] {
				writeLine(&out, '+', l)
			}
			at = h.a1
		}
		for ; at < a1; at++ {
			writeLine(&out, ' ', a[at])
		}
		i = j + 1
	}
	return out.String()
}

// A change replaces lines a[a0:a1] with b[b0:b1].
type change struct{ a0, a1, b0, b1 int }

// changes finds the differing stretches of two line lists by walking both
// from the front and resynchronising on the next line they share after a
// difference, within a window. That is exact for edits inside lines (the
// line counts stay equal) and for the few inserted or deleted lines a fix
// makes; it is not a general minimal diff.
func changes(a, b []string) []change {
	var out []change
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i++
			j++
			continue
		}
		ni, nj := resync(a, b, i, j)
		out = append(out, change{i, ni, j, nj})
		i, j = ni, nj
	}
	return out
}

// resync returns the first pair (ni, nj) at or after (i, j), nearest
// first, where a run of lines agrees again; the ends when none does.
func resync(a, b []string, i, j int) (int, int) {
	const window = 200
	for d := 1; d <= 2*window; d++ {
		for di := 0; di <= d; di++ {
			ni, nj := i+di, j+d-di
			if ni > len(a) || nj > len(b) {
				continue
			}
			if ni == len(a) && nj == len(b) {
				return ni, nj
			}
			if ni < len(a) && nj < len(b) && a[ni] == b[nj] && agree(a, b, ni, nj, 3) {
				return ni, nj
			}
		}
	}
	return len(a), len(b)
}

// agree reports whether n lines from a[i] and b[j] are equal (or both
// lists end together before that).
func agree(a, b []string, i, j, n int) bool {
	for k := 0; k < n; k++ {
		if i+k >= len(a) || j+k >= len(b) {
			return i+k >= len(a) && j+k >= len(b)
		}
		if a[i+k] != b[j+k] {
			return false
		}
	}
	return true
}

// splitLines splits after each "\n", keeping line endings so that a
// changed ending shows; a last line without one is kept as it is.
func splitLines(s []byte) []string {
	var out []string
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, string(s))
			break
		}
		out = append(out, string(s[:i+1]))
		s = s[i+1:]
	}
	return out
}

func writeLine(b *strings.Builder, mark byte, line string) {
	b.WriteByte(mark)
	b.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

// hunkRange formats lines [from, to) as "start,count" (1-based).
func hunkRange(from, to int) string {
	n := to - from
	start := from + 1
	if n == 0 {
		start = from
	}
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
