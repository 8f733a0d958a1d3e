package markdown

import (
	"testing"

	"github.com/wetlint/wetlint/clause"
)

// TestReadToelichting: a file with only a toelichting, with or without a
// heading "Memorie van toelichting"; "Artikel 2" is the explanation of
// artikel 2, not an article.
func TestReadToelichting(t *testing.T) {
	for _, src := range []string{
		"## Algemeen\n\nDeze wet regelt een voorziening.\n\n### Artikel 2\n\nHet doel is de bescherming van de lokale woningmarkt.\n",
		"Een inleiding zonder kop.\n\n## Algemeen\n\nDeze wet regelt een voorziening.\n\n**Artikel 2**\n\nHet doel is de bescherming van de lokale woningmarkt.\n",
		"# Memorie van toelichting\n\n## Algemeen\n\nDeze wet regelt een voorziening.\n\n## Artikelsgewijs\n\n### Artikel 2\n\nHet doel is de bescherming van de lokale woningmarkt.\n",
	} {
		doc, err := ReadToelichting("mvt.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Articles()) != 0 {
			t.Errorf("%q: %d articles, want none", src, len(doc.Articles()))
		}
		u := doc.Unit("tl/art:2")
		if u == nil || u.Kind != clause.ToelichtingArtikel || u.Text != "Het doel is de bescherming van de lokale woningmarkt." {
			t.Fatalf("%q: tl/art:2 = %+v", src, u)
		}
		// the span points into this file
		if got := string(doc.Src[u.TextSpan.Start.Offset:u.TextSpan.End.Offset]); got != u.Text {
			t.Errorf("%q: text span %q, want %q", src, got, u.Text)
		}
	}
}
