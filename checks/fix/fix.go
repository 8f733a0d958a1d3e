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
// new, or "" when they are equal. Line endings are part of the lines, so
// a changed ending shows.
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

// maxEdits bounds the work of changes: beyond that many inserted plus
// deleted lines the texts are shown as one replacement.
const maxEdits = 5000

// changes returns the differing stretches of two line lists, from a
// shortest edit script (Myers, "An O(ND) difference algorithm", 1986):
// time and memory grow with the number of differences, which after fixes
// is small, not with the length of the file.
func changes(a, b []string) []change {
	// common prefix and suffix first: the usual case is a few lines apart
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]
	var out []change
	for _, c := range myers(a, b) {
		out = append(out, change{c.a0 + pre, c.a1 + pre, c.b0 + pre, c.b1 + pre})
	}
	return out
}

func myers(a, b []string) []change {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil
	}
	maxD := min(n+m, maxEdits)
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	found := false
	for d := 0; d <= maxD && !found; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: insert b[y]
			} else {
				x = v[off+k-1] + 1 // right: delete a[x]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	if !found {
		return []change{{0, n, 0, m}}
	}
	// walk back through the trace, collecting single-line edits
	type edit struct {
		x, y int
		del  bool
	}
	var edits []edit
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
		}
		if prevK == k+1 {
			edits = append(edits, edit{x, prevY, false}) // insert b[prevY] before a[x]
		} else {
			edits = append(edits, edit{prevX, y, true}) // delete a[prevX]
		}
		x, y = prevX, prevY
	}
	// edits run backwards; group adjacent ones into changes
	var out []change
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		c := change{e.x, e.x, e.y, e.y}
		if e.del {
			c.a1++
		} else {
			c.b1++
		}
		if len(out) > 0 && out[len(out)-1].a1 == c.a0 && out[len(out)-1].b1 == c.b0 {
			out[len(out)-1].a1, out[len(out)-1].b1 = c.a1, c.b1
			continue
		}
		out = append(out, c)
	}
	return out
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
