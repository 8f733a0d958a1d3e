package facts

import (
	"reflect"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// TestCacheMatchesFresh extracts the facts of successive versions of a
// draft with one Cache and checks each against a fresh extraction, and that
// an edit of one lid recomputes the facts of that lid only.
func TestCacheMatchesFresh(t *testing.T) {
	v1 := `## Artikel 1

In deze wet wordt verstaan onder:

a. aanvrager: degene die een tegemoetkoming aanvraagt;
b. Onze Minister: Onze Minister van Sociale Zaken en Werkgelegenheid.

## Artikel 2

1. De aanvrager dient de aanvraag in binnen zes weken na de dag van verzending.
2. Hij verstrekt daarbij de gegevens, bedoeld in artikel 1, onderdeel a.
3. Onze Minister beslist binnen acht weken.

## Artikel 3

De aanvraag, bedoeld in artikel 2, eerste lid, wordt ingediend bij Onze Minister.
`
	versions := []string{
		v1,
		strings.Replace(v1, "binnen acht weken", "binnen tien weken", 1),                    // a deadline in one lid
		strings.Replace(v1, "artikel 2, eerste lid", "artikel 2, vierde lid", 1),            // a reference that now misses
		strings.Replace(v1, "## Artikel 2\n", "## Artikel 5\n", 1),                          // the target renumbered
		strings.Replace(v1, "1. De aanvrager dient", "1. De werkgever dient", 1),            // the actor "hij" refers to
		strings.Replace(v1, "a. aanvrager: degene", "a. verzoeker: degene", 1),              // a definition
		strings.Replace(v1, "Onze Minister beslist", "Onze Minister beslist onverwijld", 1), // a vague deadline
	}
	c := NewCache()
	for i, src := range versions {
		doc, err := markdown.Read("wet.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		missesBefore := c.Misses
		got := Extract(doc, Options{Cache: c})
		want := Extract(doc, Options{})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("version %d: cached facts differ from fresh ones:\n got %+v\nwant %+v", i, got, want)
		}
		if i == 1 {
			// one lid changed: its references, its sentence facts, its
			// one sentence's deadlines, effects, presumptions,
			// delegations, word counts, consequence, mitigation patterns
			// and application, the lid's entry clauses, tokens and
			// grounds are computed again, nothing else
			if n := c.Misses - missesBefore; n != 13 {
				t.Errorf("version %d: %d cache misses after editing one lid, want 13", i, n)
			}
		}
	}
}

// TestCacheReturnsCopies: resolving references changes them; a cached
// extraction must not see the changes of an earlier one.
func TestCacheReturnsCopies(t *testing.T) {
	c := NewCache()
	a := c.references("zie artikel 3", DefaultLaws)
	if len(a) == 0 {
		t.Fatal("no reference found")
	}
	a[0].Targets = append(a[0].Targets, "art:3")
	a[0].Scope = ScopeExternal
	b := c.references("zie artikel 3", DefaultLaws)
	if len(b[0].Targets) != 0 || b[0].Scope == ScopeExternal {
		t.Errorf("the cache handed out a reference changed by an earlier caller: %+v", b[0])
	}
}
