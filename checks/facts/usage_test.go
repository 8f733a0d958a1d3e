package facts

import (
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestUsages(t *testing.T) {
	src := `## Artikel 1

In deze wet wordt verstaan onder:

aanvraag: een aanvraag om een toeslag;
aanvrager: degene die een aanvraag indient;
bevoegd gezag: het college;
de Minister: de Minister van Sociale Zaken en Werkgelegenheid;
kind: een kind jonger dan achttien jaar;
partner: de persoon, bedoeld in artikel 3;
toeslag: de toeslag, bedoeld in artikel 2;
bewijs: een bewijs van inschrijving;
direct onderscheid: onderscheid op grond van iets;
inkomen als bedoeld in artikel 3: het loon;
verordening 183/2005: Verordening (EG) nr. 183/2005 van het Europees Parlement;
ongebruikt: iets dat nergens voorkomt.

## Artikel 2

1. Onze Minister kent op aanvragen een zorgtoeslag toe.
2. Het bevoegde gezag beslist over de aanvragen van de aanvragers.

## Artikel 3

De toeslagpartner en de kinderen van de aanvrager leggen bewijzen over. De kinderopvang blijft buiten beschouwing. Direct en indirect onderscheid is verboden. Het inkomen wordt vastgesteld volgens Verordening (EG) nr. 183/2005.
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	defs := definitions(doc)
	got := map[string]Usage{}
	for i, u := range usages(doc, defs, nil) {
		got[defs[i].Term] = u
	}
	for _, c := range []struct {
		term  string
		uses  int
		first string
	}{
		{"aanvraag", 3, "art:1"},        // "een aanvraag indient" in another definition, "aanvragen" twice
		{"aanvrager", 2, "art:2/lid:2"}, // "aanvragers", "aanvrager"
		{"bevoegd gezag", 1, "art:2/lid:2"},
		{"de Minister", 1, "art:2/lid:1"},  // "Onze Minister", without the article
		{"kind", 1, "art:3"},               // "kinderen"; not "kinderopvang", where kind is no head
		{"partner", 1, "art:3"},            // "toeslagpartner": a compound with partner as its head
		{"toeslag", 2, "art:1"},            // "een toeslag", "zorgtoeslag"; not "toeslagpartner", which is a partner
		{"bewijs", 1, "art:3"},             // "bewijzen"
		{"direct onderscheid", 1, "art:3"}, // "direct en indirect onderscheid"
		{"inkomen als bedoeld in artikel 3", 1, "art:3"},
		{"verordening 183/2005", 1, "art:3"},
		{"ongebruikt", 0, ""},
	} {
		u, ok := got[c.term]
		if !ok {
			t.Errorf("%s: no definition found", c.term)
			continue
		}
		if u.Uses != c.uses || u.FirstUse != c.first {
			t.Errorf("%s: %d uses, first %q; want %d, first %q", c.term, u.Uses, u.FirstUse, c.uses, c.first)
		}
	}
}
