package facts

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/golden"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// datedTitle matches a title that is no citeertitel but a date ("Wet van
// 3 maart 1881"): citing a law by it is not what the table is for.
var datedTitle = regexp.MustCompile(`(?i)^(wet|rijkswet|besluit|regeling|beschikking|circulaire|verordening|reglement)( van| houdende)? \d`)

// trailingName is the name at the end of an opschrift: "Wet van 9 oktober
// 2003, houdende … (Wet werk en bijstand)".
var trailingName = regexp.MustCompile(`\(([A-Z][^()]{3,100})\)\s*$`)

// citeertitelOf is the citeertitel of a regulation: from its metadata, else
// the name at the end of its opschrift, else the opschrift when it is no
// date.
func citeertitelOf(citeertitel, title string) string {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if c := norm(citeertitel); c != "" && !datedTitle.MatchString(c) {
		return c
	}
	if m := trailingName.FindStringSubmatch(title); m != nil {
		return norm(m[1])
	}
	if t := norm(title); !datedTitle.MatchString(t) && !strings.Contains(t, ",") {
		return t
	}
	return ""
}

// TestLawTableCoversCorpus: the citeertitel table knows the citeertitel of
// every BWB regulation in the shared corpus, with its BWB id. With -update
// it adds the missing ones to data/citeertitels.tsv (below the lines
// written by hand, which it keeps).
func TestLawTableCoversCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	files := testcorpus.Files(t, "corpus-src/bwb", ".xml")
	missing := map[string]string{} // title → id
	for _, p := range files {
		doc, err := detect.ReadFile(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		title, id := citeertitelOf(doc.Meta.Citeertitel, doc.Meta.Title), doc.Meta.BWBID
		if title == "" || id == "" || datedTitle.MatchString(title) || len(title) > 120 {
			continue
		}
		switch got := DefaultLaws.Lookup(title); {
		case got == "":
			missing[title] = id
		case got != id && !strings.HasPrefix(id, got):
			t.Errorf("%s: the table gives %q the id %s, the corpus %s", filepath.Base(p), title, got, id)
		}
	}
	if len(missing) == 0 {
		return
	}
	var titles []string
	for title := range missing {
		titles = append(titles, title)
	}
	sort.Strings(titles)
	if !golden.Update() {
		t.Errorf("%d citeertitels of the corpus are not in data/citeertitels.tsv (run with -update): %s", len(titles), strings.Join(titles[:min(5, len(titles))], "; "))
		return
	}
	const path = "data/citeertitels.tsv"
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.Write(old)
	if !strings.Contains(string(old), "# Generated") {
		b.WriteString("# Generated from the BWB metadata of ../shared/corpus-src by TestLawTableCoversCorpus -update.\n")
	}
	for _, title := range titles {
		fmt.Fprintf(&b, "%s\t%s\n", missing[title], title)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
