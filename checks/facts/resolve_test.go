package facts

import (
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// TestResolve checks which internal references resolve and which are
// reported missing, on a draft whose structure the cases rely on.
func TestResolve(t *testing.T) {
	const draft = `---
titel: Proefwet verwijzingen
soort: wet
---

# Hoofdstuk 1

## Paragraaf 1.1

### Subparagraaf 1.1.1

#### Artikel 1

1. Eerste lid.
2. Tweede lid:
   a. een;
   b. twee.
3. Derde lid:
   a. een;
   b. twee;
   c. drie.

#### Artikel 2

Met gevangenisstraf wordt gestraft:

1°. hij die een;

2°. hij die twee.

#### Artikel 3

1. Een aanvraag wordt afgewezen indien:
   a. de aanvrager niet tijdig is;
   b. het bedrag te laag is.
2. Tweede lid.

#### Artikel 4

Dit artikel bestaat.

#### Artikel 5

%s
`
	cases := []struct {
		text    string
		missing string // labels of missing targets, "; "-joined
	}{
		{"Als bedoeld in artikel 1, tweede lid, onderdelen a of b, derde lid, onderdeel c.", ""},
		{"Als bedoeld in artikel 1, tweede lid, onderdeel c, derde lid.", "artikel 1, tweede lid, onderdeel c"},
		{"Als bedoeld in artikel 1, eerste tot en met het derde lid.", ""},
		{"Als bedoeld in artikel 1, eerste tot en met het vierde lid.", "artikel 1, vierde lid"},
		{"Als bedoeld in het derde lid van art. 1.", ""},
		{"Als bedoeld in de artikelen 1 lid 2 en 3 lid 2.", ""},
		{"Als bedoeld in de artikelen 1, tweede lid, en 3, vierde lid.", "artikel 3, vierde lid"},
		{"Als bedoeld in artikel 1, 2de lid.", ""},
		{"Als bedoeld in artikel 3, aanhef en onder a.", ""},
		{"Als bedoeld in artikel 3, aanhef en onder d.", "artikel 3, onderdeel d"},
		{"Als bedoeld in artikel 2, onder 2°.", ""},
		{"Als bedoeld in paragraaf 1.1.1.", ""},
		{"Als bedoeld in paragraaf 2.1.", "paragraaf 2.1"},
		{"Als bedoeld in artikel 9.", "artikel 9"},
		{"Als bedoeld in artikel 1 van de Wet op de jeugdzorg, krachtens artikel 9, vijfde lid.", ""},
		{"Als bedoeld in artikel 1 van de Wet op de jeugdzorg. Zie artikel 9.", "artikel 9"},
		{"Als bedoeld in artikel 77, eerste lid, van verordening (EG) nr. 1698/2005.", ""},
		{"Als bedoeld in paragrafen 2.2 van de bijlage bij het STCW-Verdrag.", ""},
		{"Als bedoeld in artikel 4, onderdeel A.", ""},
		{"Als bedoeld in de artikelen 1, tweede lid, en 9 van de Wet op de zorgtoeslag.", ""},
		{"In het derde lid, onderdeel c, van artikel 1 wordt gelezen.", ""},
		{"In het tweede lid van art.1 wordt gelezen.", ""},
		{"In de artikelen 1, eerste lid, en 9.", "artikel 9"},
		{"In de artikelen 1, eerste lid, 3, tweede lid, en 3, vijfde lid.", "artikel 3, vijfde lid"},
		{"In artikel 1, derde lid, onderdelen a, b en c, onder 2°.", "artikel 1, derde lid, onderdeel c, onder 2°"},
		{"In artikel 2, onderdeel b, van de nutsrichtlijn.", ""},
		{"In het eerste lid, onder 1° van artikel 4.", ""},
		{"Bedoeld in lid 3 van artikel 1.", ""},
		{"De leden 1 en 2 van het vorige artikel zijn van toepassing.", "artikel 4, tweede lid"},
		{"Het eerste lid van het vorige artikel is van toepassing.", ""},
		{"Het derde lid van het vorige artikel is van toepassing.", "artikel 4, derde lid"},
		{"De artikelen 9 en 1, vierde lid, zoals deze luidden op de dag voor de inwerkingtreding van de wet, blijven van toepassing.", ""},
		{"Artikel 1, derde lid, is, met uitzondering van de in het derde lid genoemde datum, van toepassing.", ""},
		{"Artikel 1, derde lid, is, met uitzondering van de in het vierde lid genoemde datum, van toepassing.", "artikel 5, vierde lid"},
		{"De artikelen 2 tot en met 3, 4 en 1, eerste en derde lid, zijn van toepassing.", ""},
		{"De artikelen 2 tot en met 3, 4 en 1, vierde lid, zijn van toepassing.", "artikel 1, vierde lid"},
		{"Overeenkomstig artikel III, sectie 1, van de overeenkomst betreffende de Associatie.", ""},
		{"Bedoeld in lid 4 van artikel 1.", "artikel 1, vierde lid"},
		{"De leden 2 en 3 van artikel 1 zijn van toepassing.", ""},
		{"De artikelen 3 lid 2, 4, 1 leden 2 en 3 zijn van toepassing.", ""},
		{"De artikelen 3 lid 2, 4, 1 leden 2 en 4 zijn van toepassing.", "artikel 1, vierde lid"},
		{"De artikelen 365 lid 2, 374, leden 1, 2, en 4, 375 leden 5 en 7.", "artikel 365; artikel 374; artikel 375"},
		{"Bedoeld in artikel 20 van het op 16 mei 2005 te Warschau totstandgekomen Verdrag inzake bestrijding van mensenhandel.", ""},
	}
	for _, c := range cases {
		doc, err := markdown.Read("proef.md", []byte(strings.Replace(draft, "%s", c.text, 1)))
		if err != nil {
			t.Fatal(err)
		}
		f := Extract(doc, Options{})
		uf := f.Units["art:5"]
		if uf == nil {
			t.Fatalf("%q: no facts for artikel 5", c.text)
		}
		var missing []string
		for _, r := range uf.References {
			missing = append(missing, r.Missing...)
		}
		if got := strings.Join(missing, "; "); got != c.missing {
			var refs []string
			for _, r := range uf.References {
				refs = append(refs, summary(r))
			}
			t.Errorf("%q:\n missing %q\n want    %q\n refs %q", c.text, got, c.missing, refs)
		}
	}
}

// TestResolveRomanOnly: a protocol numbered I, II cites the treaty it
// belongs to with Arabic numbers; that is not a dangling reference, but a
// Roman number it lacks is.
func TestResolveRomanOnly(t *testing.T) {
	src := "# Artikel I\n\nDe aanvragen voor de diensten bedoeld in artikel 4 worden ingediend.\n\n# Artikel II\n\nArtikel III is van toepassing.\n"
	doc, err := markdown.Read("protocol.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	f := Extract(doc, Options{})
	if r := f.Units["art:I"].References; len(r) != 1 || len(r[0].Missing) != 0 || r[0].Scope != ScopeUnknown {
		t.Errorf("artikel I: %+v, want one reference of unknown scope", r)
	}
	if r := f.Units["art:II"].References; len(r) != 1 || strings.Join(r[0].Missing, ",") != "artikel III" {
		t.Errorf("artikel II: %+v, want artikel III missing", r)
	}
}
