package clause_test

import (
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestAttachToelichting(t *testing.T) {
	draft, err := markdown.Read("wet.md", []byte("## Artikel 2\n\nGeen recht heeft de vreemdeling.\n"))
	if err != nil {
		t.Fatal(err)
	}
	mvt, err := markdown.ReadToelichting("mvt.md", []byte("### Artikel 2\n\nHet doel is de bescherming van de woningmarkt.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := draft.AttachToelichting(mvt); err != nil {
		t.Fatal(err)
	}
	tl := draft.Unit("tl/art:2")
	if tl == nil {
		t.Fatal("tl/art:2 not found in the draft")
	}
	if src := draft.SourceOf(tl); src != mvt || src.Path != "mvt.md" {
		t.Errorf("SourceOf(tl/art:2) = %v, want the toelichting file", src.Path)
	}
	if src := draft.SourceOf(draft.Unit("art:2")); src != draft {
		t.Errorf("SourceOf(art:2) = %v, want the draft", src.Path)
	}
	if tl.TextSpan.Start.Line != 3 {
		t.Errorf("tl/art:2 starts on line %d of mvt.md, want 3", tl.TextSpan.Start.Line)
	}
	// a second toelichting is refused, and so is a file without one
	if err := draft.AttachToelichting(mvt); err == nil {
		t.Error("a second toelichting was accepted")
	}
	other, _ := markdown.Read("wet2.md", []byte("## Artikel 1\n\nTekst.\n"))
	if err := other.AttachToelichting(other); err == nil {
		t.Error("a file without a toelichting was accepted")
	}
}
