package fix

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
)

func diag(edits ...checks.TextEdit) checks.Diagnostic {
	return checks.Diagnostic{Fixes: []checks.Fix{{Message: "m", Edits: edits}}}
}

func edit(start, end int, text string) checks.TextEdit {
	return checks.TextEdit{Start: start, End: end, NewText: text}
}

func TestApply(t *testing.T) {
	src := []byte("een en/of twee en/of drie")
	for _, tc := range []struct {
		name             string
		diags            []checks.Diagnostic
		want             string
		applied, skipped int
	}{
		{"two", []checks.Diagnostic{diag(edit(4, 9, "of")), diag(edit(15, 20, "of"))}, "een of twee of drie", 2, 0},
		{"order does not matter", []checks.Diagnostic{diag(edit(15, 20, "of")), diag(edit(4, 9, "of"))}, "een of twee of drie", 2, 0},
		{"overlap skipped", []checks.Diagnostic{diag(edit(4, 9, "of")), diag(edit(7, 12, "X"))}, "een of twee en/of drie", 1, 1},
		{"same insertion point", []checks.Diagnostic{diag(edit(0, 0, "A")), diag(edit(0, 0, "B"))}, "Aeen en/of twee en/of drie", 1, 1},
		{"out of range", []checks.Diagnostic{diag(edit(20, 99, "x"))}, string(src), 0, 1},
		{"fix with two edits, one overlapping", []checks.Diagnostic{diag(edit(4, 9, "of")), diag(edit(15, 20, "of"), edit(5, 6, "x"))}, "een of twee en/of drie", 1, 1},
		{"no fix", []checks.Diagnostic{{}}, string(src), 0, 0},
	} {
		got, applied, skipped := Apply(src, tc.diags)
		if string(got) != tc.want || applied != tc.applied || skipped != tc.skipped {
			t.Errorf("%s: Apply = %q, %d, %d; want %q, %d, %d", tc.name, got, applied, skipped, tc.want, tc.applied, tc.skipped)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	if err := os.WriteFile(path, []byte("oud\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // whatever the umask
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("nieuw\n")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(got) != "nieuw\n" || st.Mode().Perm() != 0o640 {
		t.Errorf("after WriteFile: %q, mode %v; want \"nieuw\\n\", 0640", got, st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "bestaat-niet.md"), []byte("x")); err == nil {
		t.Error("WriteFile created a file that did not exist")
	}
}

func TestDiff(t *testing.T) {
	old := "1\n2\n3\n4\nen/of 5\n6\n7\n8\n9\n10\n11\n12\n13\nen/of 14\n15\n"
	new := strings.ReplaceAll(old, "en/of", "of")
	want := `--- a/d/wet.md
+++ b/d/wet.md
@@ -2,7 +2,7 @@
 2
 3
 4
-en/of 5
+of 5
 6
 7
 8
@@ -11,5 +11,5 @@
 11
 12
 13
-en/of 14
+of 14
 15
`
	if got := Diff("d/wet.md", []byte(old), []byte(new)); got != want {
		t.Errorf("Diff:\n%s\nwant:\n%s", got, want)
	}
	if got := Diff("x", []byte(old), []byte(old)); got != "" {
		t.Errorf("Diff of equal texts = %q", got)
	}
	if got, want := Diff("/abs/wet.md", []byte("a"), []byte("b")), "--- /abs/wet.md\n+++ /abs/wet.md\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n"; got != want {
		t.Errorf("Diff without final newline:\n%s\nwant:\n%s", got, want)
	}
}

// TestDiffPatches: for random edits (changed, inserted and deleted lines),
// applying the diff to the old text gives the new one.
func TestDiffPatches(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 300; n++ {
		var a []string
		for i := 0; i < 5+rng.Intn(60); i++ {
			a = append(a, "regel "+strconv.Itoa(rng.Intn(8))+"\n")
		}
		b := append([]string(nil), a...)
		for k := rng.Intn(4); k >= 0; k-- {
			i := rng.Intn(len(b) + 1)
			switch rng.Intn(3) {
			case 0:
				if i < len(b) {
					b[i] = "gewijzigd " + b[i]
				}
			case 1:
				b = append(b[:i], append([]string{"nieuw\n"}, b[i:]...)...)
			case 2:
				if i < len(b) {
					b = append(b[:i], b[i+1:]...)
				}
			}
		}
		old, new := strings.Join(a, ""), strings.Join(b, "")
		d := Diff("f", []byte(old), []byte(new))
		if d == "" {
			if old != new {
				t.Fatalf("case %d: no diff for different texts", n)
			}
			continue
		}
		got, err := patch(old, d)
		if err != nil || got != new {
			t.Fatalf("case %d: patch(old, diff) = %q, %v\nwant %q\ndiff:\n%s", n, got, err, new, d)
		}
	}
}

// patch applies a unified diff made by Diff, checking every context and
// removed line against old.
func patch(old, diff string) (string, error) {
	a := splitLines([]byte(old))
	lines := strings.SplitAfter(diff, "\n")
	var out []string
	at := 0
	for _, l := range lines[2:] {
		switch {
		case l == "":
		case strings.HasPrefix(l, "@@"):
			// -start,count: start is the 1-based first line, or the line
			// after which to insert when count is 0
			r := strings.TrimPrefix(strings.Fields(l)[1], "-")
			s, n, found := strings.Cut(r, ",")
			start, _ := strconv.Atoi(s)
			if !found || n != "0" {
				start--
			}
			out = append(out, a[at:start]...)
			at = start
		case l[0] == ' ' || l[0] == '-':
			if at >= len(a) || a[at] != l[1:] {
				return "", fmt.Errorf("line %d: %q does not match %q", at+1, l, a[min(at, len(a)-1)])
			}
			if l[0] == ' ' {
				out = append(out, a[at])
			}
			at++
		case l[0] == '+':
			out = append(out, l[1:])
		default:
			return "", fmt.Errorf("unexpected line %q", l)
		}
	}
	out = append(out, a[at:]...)
	return strings.Join(out, ""), nil
}

// BenchmarkDiff: a law of 70,000 lines with 20 fixed lines spread over it,
// the shape of `wetlint check --diff` on the largest laws.
func BenchmarkDiff(b *testing.B) {
	var lines []string
	for i := 0; i < 70000; i++ {
		lines = append(lines, fmt.Sprintf("regel %d van een lange wet en/of regeling\n", i))
	}
	old := strings.Join(lines, "")
	for i := 0; i < 20; i++ {
		k := i * 3500
		lines[k] = strings.Replace(lines[k], "en/of", "of", 1)
	}
	new := strings.Join(lines, "")
	b.SetBytes(int64(len(old)))
	b.ReportAllocs()
	for b.Loop() {
		if Diff("wet.md", []byte(old), []byte(new)) == "" {
			b.Fatal("no diff")
		}
	}
}
