package clause_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

const editXML = `<?xml version="1.0" encoding="UTF-8"?>
<wetgeving soort="wet">
  <intitule>Wet proef</intitule>
  <wet-besluit>
    <wettekst>
      <artikel>
        <kop><label>Artikel</label><nr>1</nr></kop>
        <lid><lidnr>1</lidnr><al>De aanvrager verstrekt de gegevens. Zie <intref doc="x">artikel 2</intref> en &amp; verder.</al></lid>
        <lid><lidnr>2</lidnr><al>Onze Minister beslist binnen acht weken.</al></lid>
      </artikel>
      <artikel>
        <kop><label>Artikel</label><nr>2</nr></kop>
        <al>Deze wet treedt in werking met ingang van 1 januari 2027.</al>
      </artikel>
    </wettekst>
  </wet-besluit>
</wetgeving>
`

// TestEdit tries edits of a small XML law: the ones that qualify must give
// the document a full read gives; the others must be refused.
func TestEdit(t *testing.T) {
	tests := []struct {
		name, at, old, new string // replace old (found after at) by new
		ok                 bool
	}{
		{"a letter in a word", "aanvrager", "aanvr", "aanvra", true},
		{"a word shortened", "Minister beslist", "beslist", "besl", true},
		{"punctuation and a non-BMP letter", "acht weken", "acht", "acht,𝔸", true},
		{"a letter in the second article", "treedt", "treedt", "treeedt", true},
		{"a sentence split", "gegevens. Zie", "gegevens.", "gegevens.Nu.", true},
		{"white space", "aanvrager", "aanvr", "aan vr", false},
		{"markup", "aanvrager", "aanvr", "aan<b>vr", false},
		{"an entity", "aanvrager", "aanvr", "aan&amp;vr", false},
		{"inside a link", "artikel 2</intref>", "artikel", "artikell", false},
		{"the article number", "<nr>2", "<nr>2", "<nr>3", false},
		{"a word removed whole", "acht weken", "acht", "", false},
		{"at the start of a text run", "<al>De", "De", "XDe", true},
		{"at the end of a text run, before a tag", "acht weken", "weken.", "weken.x", true},
		{"a letter typed after an entity", "&amp; verder", "verder", "verderr", true},
	}
	for _, tt := range tests {
		doc, err := detect.Read("wet.xml", []byte(editXML))
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(editXML, tt.at)
		j := -1
		if i >= 0 {
			j = strings.Index(editXML[i:], tt.old)
		}
		if i < 0 || j < 0 {
			t.Fatalf("%s: %q not found", tt.name, tt.old)
		}
		start, end := i+j, i+j+len(tt.old)
		got, ok := doc.Edit(start, end, []byte(tt.new))
		if ok != tt.ok {
			t.Errorf("%s: Edit ok = %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if ok {
			src := editXML[:start] + tt.new + editXML[end:]
			want, err := detect.Read("wet.xml", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			compareDocs(t, tt.name, got, want)
		}
	}
	// the original document is left as it was
	doc, _ := detect.Read("wet.xml", []byte(editXML))
	before := treeJSON(doc)
	i := strings.Index(editXML, "aanvrager")
	if _, ok := doc.Edit(i+2, i+3, []byte("x")); !ok {
		t.Fatal("edit refused")
	}
	if after := treeJSON(doc); after != before {
		t.Error("Edit changed the document it started from")
	}
}

// TestEditMatchesRead edits laws of the shared corpus in every XML dialect
// at random places inside their text (a letter typed before or after a
// character, removed or replaced, punctuation typed) and requires every edit that Edit accepts to give
// exactly the document a full read of the new source gives.
func TestEditMatchesRead(t *testing.T) {
	var files []string
	for _, dir := range []string{"corpus-src/bwb/toestand-2016", "corpus-src/bwb/wetgeving-2012", "corpus-src/op", "corpus-src/stop", "corpus-src/cvdr", "corpus-src/akn"} {
		fs := testcorpus.Files(t, dir, ".xml")
		step := max(1, len(fs)/6)
		for i := 0; i < len(fs); i += step {
			files = append(files, fs[i])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := detect.Read(file, src)
		if err != nil {
			continue
		}
		var units []*clause.Unit
		doc.Walk(func(u *clause.Unit) bool {
			if u.Text != "" && !u.TextSpan.IsZero() {
				units = append(units, u)
			}
			return true
		})
		if len(units) == 0 {
			continue
		}
		edits := 10
		if len(src) > 1<<20 {
			edits = 5 // a full read of a large law takes a while
		}
		for n := 0; n < edits; n++ {
			u := units[rng.IntN(len(units))]
			// a rune of the text that is copied from the source as is
			i := rng.IntN(len(u.Text))
			for i > 0 && !utf8.RuneStart(u.Text[i]) {
				i--
			}
			r, size := utf8.DecodeRuneInString(u.Text[i:])
			s, e, ok := u.Map.Source(i, i+size)
			if !ok || string(src[s:e]) != string(r) {
				continue
			}
			var start, end int
			var text string
			switch n % 5 {
			case 0: // type a letter after it
				start, end, text = e, e, "e"
			case 1: // remove it
				start, end, text = s, e, ""
			case 2: // replace it
				start, end, text = s, e, "ë"
			case 3: // type punctuation after it
				start, end, text = e, e, ");"
			case 4: // type a letter before it
				start, end, text = s, s, "x"
			}
			got, ok := doc.Edit(start, end, []byte(text))
			if !ok {
				continue
			}
			accepted++
			newSrc := append(append(append([]byte(nil), src[:start]...), text...), src[end:]...)
			want, err := detect.Read(file, newSrc)
			if err != nil {
				t.Errorf("%s: Edit accepted an edit at %d that a full read refuses: %v", filepath.Base(file), start, err)
				continue
			}
			compareDocs(t, filepath.Base(file), got, want)
		}
	}
	if accepted < 20 {
		t.Errorf("Edit accepted only %d edits of the corpus", accepted)
	}
	t.Logf("%d files, %d edits accepted and equal to a full read", len(files), accepted)
}

func treeJSON(d *clause.Document) string {
	b, _ := json.Marshal(clause.Tree(d))
	return string(b)
}

func compareDocs(t *testing.T, name string, got, want *clause.Document) {
	t.Helper()
	if g, w := treeJSON(got), treeJSON(want); g != w {
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		from := max(0, i-300)
		t.Errorf("%s: the edited document differs from a full read:\n got …%.400s\nwant …%.400s", name, g[from:], w[from:])
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: the edited document differs from a full read (text maps, index or line index)", name)
	}
}
