package facts

import (
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestApplications(t *testing.T) {
	cases := []struct {
		in   string
		want string // "law|law_id|partial", "" for none
	}{
		{"Op deze wet is de Algemene wet inkomensafhankelijke regelingen, met uitzondering van artikel 6, eerste en tweede lid, van toepassing.", "Algemene wet inkomensafhankelijke regelingen|BWBR0018472|false"},
		{"De Algemene wet inkomensafhankelijke regelingen is van toepassing.", "Algemene wet inkomensafhankelijke regelingen|BWBR0018472|false"},
		{"Op de tegemoetkoming is de Wet op de huurtoeslag van overeenkomstige toepassing.", "Wet op de huurtoeslag|BWBR0008659|false"},
		{"Op deze regeling is de Subsidieregeling energie van toepassing.", "Subsidieregeling energie||false"},
		{"Op deze wet zijn van toepassing van de Algemene wet inkomensafhankelijke regelingen:", "Algemene wet inkomensafhankelijke regelingen|BWBR0018472|true"},
		{"Artikel 9, tweede lid, van de Algemene wet inkomensafhankelijke regelingen is van toepassing.", ""},
		{"Afdeling 4.1.3.2 van de Algemene wet bestuursrecht is niet van toepassing.", ""},
		{"De voorwaarden zijn van toepassing op alle aanvragen.", ""},
	}
	for _, c := range cases {
		doc, err := markdown.Read("t.md", []byte("## Artikel 1\n\n"+c.in+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range Extract(doc, Options{}).Applications {
			got = append(got, strings.Join([]string{a.Law, a.LawID, map[bool]string{true: "true", false: "false"}[a.Partial]}, "|"))
			if u := doc.Unit(a.Unit); u == nil || u.Text[a.Start:a.End] != a.Law {
				t.Errorf("%q: span %d:%d does not hold %q", c.in, a.Start, a.End, a.Law)
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("applications(%q)\n got  %q\n want %q", c.in, g, c.want)
		}
	}
}

// A context document counts when given explicitly or when the checked
// document declares it applicable; a peer it does not declare stays out.
func TestWithContext(t *testing.T) {
	awir := &ContextDoc{Path: "awir.xml", Citeertitel: "Algemene wet inkomensafhankelijke regelingen", BWBID: "BWBR0018472"}
	other := &ContextDoc{Path: "other.md", Title: "Wet iets anders"}
	byTitle := &ContextDoc{Path: "sub.md", Title: "Regeling van 1 mei 2026 (Subsidieregeling energie)"}
	fx := &Facts{Applications: []Application{
		{Law: "Algemene wet inkomensafhankelijke regelingen", LawID: "BWBR0018472"},
		{Law: "Subsidieregeling energie"},
	}}
	context := func() string {
		var got []string
		for _, c := range fx.Context {
			got = append(got, c.Path+":"+map[bool]string{true: "declared", false: "explicit"}[c.Declared])
		}
		return strings.Join(got, " ")
	}
	fx.WithContext(nil, []*ContextDoc{awir, other, byTitle})
	if g := context(); g != "awir.xml:declared sub.md:declared" {
		t.Errorf("peers: got %q", g)
	}
	fx.WithContext([]*ContextDoc{other}, []*ContextDoc{awir})
	if g := context(); g != "other.md:explicit awir.xml:declared" {
		t.Errorf("explicit and peers: got %q", g)
	}
	if awir.Declared {
		t.Error("WithContext changed the shared context document")
	}
}
