package facts

import (
	"math"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestReadability(t *testing.T) {
	src := `## Artikel 1

1. De aanvrager meldt een wijziging binnen vier weken.
2. De aanvraag bevat:
   a. de naam van de aanvrager;
   b. het adres, bedoeld in artikel 2.

## Artikel 2

Het adres is het adres, bedoeld in artikel 3.

## Artikel 3

Het college stelt de hoogte van de tegemoetkoming vast.

## Artikel 4

Artikel 5 is van overeenkomstige toepassing.

## Artikel 5

Artikel 4 is van overeenkomstige toepassing.
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fx := Extract(doc, Options{})
	r := fx.Units["art:1/lid:1"].Readability
	// 8 words, 14 syllables (de 1, aanvrager 3, meldt 1, een 1,
	// wijziging 3, binnen 2, vier 1, weken 2), 1 sentence
	if r.Words != 8 || r.Syllables != 14 || r.Sentences != 1 || r.MaxSentenceWords != 8 {
		t.Errorf("art:1/lid:1 counts = %d words, %d syllables, %d sentences, max %d; want 8, 14, 1, 8", r.Words, r.Syllables, r.Sentences, r.MaxSentenceWords)
	}
	want := 206.84 - 0.77*100*14/8 - 0.93*8
	if math.Abs(r.FleschDouma-want) > 0.051 {
		t.Errorf("Flesch-Douma = %v, want %.2f", r.FleschDouma, want)
	}
	if r.Nominalisations != 1 || r.NominalisationsPer100 != 12.5 || r.LongWords != 0 || !r.Citizen || !r.Provision {
		t.Errorf("art:1/lid:1 = %+v; want 1 nominalisation (12.5 per 100), no long words, citizen, provision", *r)
	}
	// a lid with onderdelen: each item is a sentence of its own
	r2 := fx.Units["art:1/lid:2"].Readability
	if r2.Sentences != 3 || r2.References != 1 || r2.ReferenceDepth != 2 {
		t.Errorf("art:1/lid:2 = %d sentences, %d references, depth %d; want 3, 1, 2 (→ artikel 2 → artikel 3)", r2.Sentences, r2.References, r2.ReferenceDepth)
	}
	if a := fx.Units["art:1"].Readability; a.Provision || a.Words != r.Words+r2.Words {
		t.Errorf("art:1 = provision %v, %d words; want not a provision (it has leden) and the words of both leden", a.Provision, a.Words)
	}
	if d := fx.Units["art:3"].Readability.ReferenceDepth; d != 0 {
		t.Errorf("art:3 depth = %d, want 0", d)
	}
	// a cycle ends
	if d := fx.Units["art:4"].Readability; d.ReferenceDepth > 2 || d.Overeenkomstig != 1 {
		t.Errorf("art:4 = depth %d, %d × overeenkomstig; want a finite depth and 1", d.ReferenceDepth, d.Overeenkomstig)
	}
	doc1 := fx.Readability
	if doc1.Provisions != 6 || doc1.CitizenProvisions != 1 {
		t.Errorf("document = %d provisions (%d for citizens); want 6 (1: only artikel 1, eerste lid, has a citizen acting)", doc1.Provisions, doc1.CitizenProvisions)
	}
}

func TestNominalisation(t *testing.T) {
	for w, want := range map[string]bool{"wijziging": true, "beslissingen": true, "gelegenheid": true, "informatie": true,
		"deelname": true, "vreemdeling": false, "leerlingen": false, "ding": false, "koning": false, "aanvrager": false} {
		if got := nominalisation(w); got != want {
			t.Errorf("nominalisation(%q) = %v, want %v", w, got, want)
		}
	}
}
