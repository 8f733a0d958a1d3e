package workspace

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/fix"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// TestFixCorpus applies every fix wetlint offers on the shared corpus of
// real laws (in memory; nothing is written) and checks the round trip on
// text nobody wrote for wetlint: the fixed source still reads, the fixed
// findings are gone, and every changed line differs from the original only
// where an en/of became of. It also counts how many AR-006 findings came
// without a fix (an edit that does not map exactly onto the source, such as
// text with markup or entities, is dropped rather than guessed).
func TestFixCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	files := testcorpus.Files(t, "corpus-src", ".xml", ".md")
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{Disable: []string{checks.All}, Enable: []string{"AR-006"}})
	if err != nil {
		t.Fatal(err)
	}
	enOf := regexp.MustCompile(`(?i)\ben\s*/\s*of\b`)
	// AR-006 can only report where the source has en/of in some form
	candidate := regexp.MustCompile(`(?i)en\s*/\s*of`)
	var withFix, without, changedFiles int
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !candidate.Match(src) {
			continue
		}
		doc, err := detect.Read(path, src)
		if err != nil {
			continue // unreadable files are the readers' concern
		}
		r, err := e.CheckDocument(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		diags := fixable(r.Diagnostics)
		for _, d := range r.Diagnostics {
			if d.Rule == "AR-006" && len(d.Fixes) == 0 {
				without++
			}
		}
		if len(diags) == 0 {
			continue
		}
		withFix += len(diags)
		out, applied, skipped := fix.Apply(src, diags)
		if applied != len(diags) || skipped != 0 {
			t.Errorf("%s: %d fixes applied, %d skipped, of %d", path, applied, skipped, len(diags))
		}
		changedFiles++
		doc2, err := detect.Read(path, out)
		if err != nil {
			t.Errorf("%s: unreadable after the fixes: %v", path, err)
			continue
		}
		r2, err := e.CheckDocument(ctx, doc2)
		if err != nil {
			t.Fatal(err)
		}
		if left := fixable(r2.Diagnostics); len(left) > 0 {
			t.Errorf("%s: %d fixable findings left after fixing, first at %d:%d", path, len(left), left[0].Span.Start.Line, left[0].Span.Start.Column)
		}
		oldLines, newLines := strings.Split(string(src), "\n"), strings.Split(string(out), "\n")
		if len(oldLines) != len(newLines) {
			t.Errorf("%s: the fixes changed the number of lines", path)
			continue
		}
		for i := range oldLines {
			if oldLines[i] != newLines[i] && !onlyEnOf(enOf, oldLines[i], newLines[i]) {
				at := firstDiff(oldLines[i], newLines[i])
				t.Errorf("%s:%d: changed beyond the fixes, near:\n- %s\n+ %s", path, i+1, around(oldLines[i], at), around(newLines[i], at))
			}
		}
	}
	if withFix == 0 {
		t.Fatal("no fixable findings in the corpus; the test proves nothing")
	}
	t.Logf("%d AR-006 fixes in %d files applied and verified; %d AR-006 findings without a fix", withFix, changedFiles, without)
}

// onlyEnOf reports whether new is old with some of its en/of matches
// replaced by "of" and nothing else changed.
func onlyEnOf(enOf *regexp.Regexp, old, new string) bool {
	at := 0 // in new
	prev := 0
	for _, m := range enOf.FindAllStringIndex(old, -1) {
		seg := old[prev:m[0]]
		if !strings.HasPrefix(new[at:], seg) {
			return false
		}
		at += len(seg)
		switch orig := old[m[0]:m[1]]; {
		case strings.HasPrefix(new[at:], orig):
			at += len(orig)
		case strings.HasPrefix(new[at:], "of"):
			at += 2
		default:
			return false
		}
		prev = m[1]
	}
	return new[at:] == old[prev:]
}

func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// around returns up to 60 bytes of s on each side of byte i.
func around(s string, i int) string {
	from, to := max(0, i-60), min(len(s), i+60)
	return s[from:to]
}
