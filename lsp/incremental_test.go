package lsp

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// TestIncrementalMatchesFull holds the incremental re-check to its promise:
// after any edit, the checker's diagnostics equal those of a full check of
// the edited text (`wetlint check`), while it evaluates the article rules
// only for the articles whose input changed. It edits drafts in the ways a
// drafter does: a letter typed inside an article, "en/of" typed, a line
// break, an article renumbered (which changes what references point to),
// a lid deleted, a definition changed, the document made unreadable and
// whole again. A rule that breaks the article-rule contract of docs/lsp.md
// makes this test fail.
func TestIncrementalMatchesFull(t *testing.T) {
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mods, _ := checks.BuiltinModules(false)
	lines := policiesReadLines(mods)

	type edit struct {
		name       string
		old, new   string // replace the first old by new
		maxStale   int    // at most this many article groups re-evaluated; -1: any
		unreadable bool
	}
	edits := []edit{
		{"a letter in an article", "die nodig zijn", "die nodig zijnn", 1, false},
		{"en/of typed", "gegevens en/of", "gegevens of", 1, false},
		{"en/of typed back", "gegevens of", "gegevens en/of", 1, false},
		{"a line break", "verstrekt de gegevens", "verstrekt\nde gegevens", -1, false},
		{"a reference to a lid that does not exist", "artikel 2, tweede lid", "artikel 2, derde lid", 1, false},
		{"the article it points to renumbered", "## Artikel 2\n", "## Artikel 4\n", -1, false},
		{"renumbered back", "## Artikel 4\n", "## Artikel 2\n", -1, false},
		{"a lid deleted", "2. De aanvrager verstrekt", "De aanvrager verstrekt", -1, false},
		{"a definition changed", "aanvrager: degene", "verzoeker: degene", -1, false},
		{"unreadable front matter", "soort: wet", "jaar: twintig", -1, true},
		{"readable again", "jaar: twintig", "soort: wet", -1, false},
	}
	c := newChecker(e, lines)
	text := []byte(draftMD)
	if _, err := c.check(ctx, "file:///wet.md", 1, text); err != nil {
		t.Fatal(err)
	}
	for i, ed := range edits {
		if !bytes.Contains(text, []byte(ed.old)) {
			t.Fatalf("%s: %q not in the draft", ed.name, ed.old)
		}
		text = bytes.Replace(text, []byte(ed.old), []byte(ed.new), 1)
		snap, err := c.check(ctx, "file:///wet.md", i+2, text)
		if err != nil {
			t.Fatalf("%s: %v", ed.name, err)
		}
		if ed.unreadable {
			if snap.err == nil {
				t.Errorf("%s: the draft was read", ed.name)
			}
			continue
		}
		if snap.err != nil {
			t.Fatalf("%s: %v", ed.name, snap.err)
		}
		want := fullCheck(t, e, text)
		if diff := diffDiags(snap.diags, want); diff != "" {
			t.Errorf("%s: the re-check differs from a full check:\n%s", ed.name, diff)
		}
		if ed.maxStale >= 0 && snap.stats.Evaluated > ed.maxStale {
			t.Errorf("%s: %d article groups re-evaluated, want at most %d", ed.name, snap.stats.Evaluated, ed.maxStale)
		}
	}
}

const incrementalXML = `<?xml version="1.0" encoding="UTF-8"?>
<wetgeving soort="wet">
  <intitule>Wet proef</intitule>
  <wet-besluit>
    <wettekst>
      <artikel>
        <kop><label>Artikel</label><nr>1</nr></kop>
        <al>In deze wet wordt verstaan onder:</al>
        <lijst><li><li.nr>a.</li.nr><al>aanvrager: degene die een tegemoetkoming aanvraagt;</al></li>
        <li><li.nr>b.</li.nr><al>Onze Minister: Onze Minister van Sociale Zaken en Werkgelegenheid.</al></li></lijst>
      </artikel>
      <artikel>
        <kop><label>Artikel</label><nr>2</nr></kop>
        <lid><lidnr>1</lidnr><al>De aanvrager dient de aanvraag in binnen zes weken.</al></lid>
        <lid><lidnr>2</lidnr><al>De aanvrager verstrekt de gegevens, bedoeld in artikel 3, tweede lid.</al></lid>
      </artikel>
      <artikel>
        <kop><label>Artikel</label><nr>3</nr></kop>
        <lid><lidnr>1</lidnr><al>Onze Minister beslist binnen acht weken.</al></lid>
        <lid><lidnr>2</lidnr><al>Hij kan de termijn eenmaal verlengen.</al></lid>
      </artikel>
    </wettekst>
  </wet-besluit>
</wetgeving>
`

// TestIncrementalMatchesFullXML makes XML edits that the language server
// applies to the previous document (clause.Document.Edit) and whose input
// it partly reuses, and requires a full check's outcome after each.
func TestIncrementalMatchesFullXML(t *testing.T) {
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	edits := []struct {
		name, old, new string
		derived        bool // read by clause.Document.Edit
		maxStale       int
	}{
		{"a letter", "verstrekt", "verstrekkt", true, 1},
		{"en/of typed in two steps", "gegevens,", "gegevens/of,", true, 1},
		{"", "gegevens/of,", "gegevens en/of,", false, 1},
		{"a reference made dangling", "artikel 3, tweede", "artikel 4, tweede", true, 1},
		{"and right again", "artikel 4, tweede", "artikel 3, tweede", true, 1},
		{"white space removed: read again", "binnen acht", "binnenacht", false, 1},
		{"a defined term renamed", "aanvrager: degene", "verzoeker: degene", true, -1},
		{"a deadline in the second lid", "eenmaal", "eenmaal,binnen,tien", true, 1},
	}
	c := newChecker(e, false)
	text := []byte(incrementalXML)
	if _, err := c.check(ctx, "file:///wet.xml", 1, text); err != nil {
		t.Fatal(err)
	}
	for i, ed := range edits {
		if !bytes.Contains(text, []byte(ed.old)) {
			t.Fatalf("%s: %q not in the draft", ed.name, ed.old)
		}
		text = bytes.Replace(text, []byte(ed.old), []byte(ed.new), 1)
		snap, err := c.check(ctx, "file:///wet.xml", i+2, text)
		if err != nil || snap.err != nil {
			t.Fatalf("%s: %v %v", ed.name, err, snap.err)
		}
		if snap.stats.Edited != ed.derived {
			t.Errorf("%s: derived by Edit = %v, want %v", ed.name, snap.stats.Edited, ed.derived)
		}
		if diff := diffDiags(snap.diags, fullCheck(t, e, text)); diff != "" {
			t.Errorf("%s: the re-check differs from a full check:\n%s", ed.name, diff)
		}
		if ed.maxStale >= 0 && snap.stats.Evaluated > ed.maxStale {
			t.Errorf("%s: %d article groups re-evaluated, want at most %d", ed.name, snap.stats.Evaluated, ed.maxStale)
		}
	}
}

// TestIncrementalMatchesFullOnCorpus does the same on real laws of the
// shared corpus: a letter typed in the middle of an article and an article
// heading renumbered.
func TestIncrementalMatchesFullOnCorpus(t *testing.T) {
	files := testcorpus.Files(t, "corpus-src/bwb/wetgeving-2012", ".xml")
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	ctx := context.Background()
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// a spread of files: every n-th
	step := max(1, len(files)/12)
	checked := 0
	for i := 0; i < len(files); i += step {
		src, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := detect.Read(files[i], src); err != nil {
			continue // unreadable files are the readers' business
		}
		name := filepath.Base(files[i])
		c := newChecker(e, false)
		if _, err := c.check(ctx, "file:///"+name, 1, src); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		edited, art, ok := oneCharEdit(t, src)
		if !ok {
			continue // no article with text of its own
		}
		snap, err := c.check(ctx, "file:///"+name, 2, edited)
		if err != nil || snap.err != nil {
			t.Fatalf("%s: %v %v", name, err, snap.err)
		}
		if diff := diffDiags(snap.diags, fullCheck(t, e, edited)); diff != "" {
			t.Errorf("%s: after a letter typed in %s the re-check differs from a full check:\n%s", name, art, diff)
		}
		// Edit leaves articles with a Roman number to a full read
		wantEdited := !clause.IsRoman(snap.doc.Unit(art).Number)
		if snap.stats.Evaluated != 1 || snap.stats.Edited != wantEdited {
			t.Errorf("%s: a letter typed in %s re-evaluated %d article groups (want 1), derived by Edit %v (want %v)", name, art, snap.stats.Evaluated, snap.stats.Edited, wantEdited)
		}
		// the input entries of the other articles are reused, even when
		// the letter changes document-level facts (the readability of the
		// whole regulation changes with every word)
		_, members := groupsOf(snap.doc)
		if n := len(members[art]); snap.stats.Edited && snap.stats.Built > n {
			t.Errorf("%s: a letter typed in %s built the input of %d units, want at most the %d of that article", name, art, snap.stats.Built, n)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no corpus file could be read")
	}
}

func fullCheck(t *testing.T, e *checks.Engine, text []byte) []checks.Diagnostic {
	t.Helper()
	doc, err := detect.Read("wet", text)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := e.Check(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// diffDiags compares two lists of diagnostics, ignoring the path.
func diffDiags(got, want []checks.Diagnostic) string {
	line := func(d checks.Diagnostic) string {
		d.Path = ""
		return fmt.Sprintf("%+v", d)
	}
	var b strings.Builder
	g := map[string]int{}
	for _, d := range got {
		g[line(d)]++
	}
	for _, d := range want {
		k := line(d)
		if g[k] > 0 {
			g[k]--
			continue
		}
		fmt.Fprintf(&b, "- missing: %s\n", k)
	}
	for k, n := range g {
		for range n {
			fmt.Fprintf(&b, "+ extra:   %s\n", k)
		}
	}
	if b.Len() == 0 && len(got) == len(want) && !reflect.DeepEqual(spans(got), spans(want)) {
		return "same diagnostics in another order"
	}
	return b.String()
}

func spans(ds []checks.Diagnostic) []clause.Span {
	var out []clause.Span
	for _, d := range ds {
		out = append(out, d.Span)
	}
	return out
}
