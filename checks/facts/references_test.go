package facts

import (
	"fmt"
	"strings"
	"testing"
)

func summary(r Reference) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s", r.Kind)
	if len(r.Articles) > 0 {
		fmt.Fprintf(&b, " a=%s", strings.Join(r.Articles, ","))
	}
	if r.Range {
		b.WriteString(" range")
	}
	if len(r.Members) > 0 {
		fmt.Fprintf(&b, " m=%v", r.Members)
	}
	if r.Aanhef {
		b.WriteString(" aanhef")
	}
	if len(r.Items) > 0 {
		fmt.Fprintf(&b, " i=%s", strings.Join(r.Items, ","))
	}
	if len(r.Subs) > 0 {
		fmt.Fprintf(&b, " s=%s", strings.Join(r.Subs, ","))
	}
	if r.Division != "" {
		fmt.Fprintf(&b, " d=%s", r.Division)
	}
	if r.Relative {
		b.WriteString(" rel")
	}
	if r.Scope != "" {
		fmt.Fprintf(&b, " %s", r.Scope)
	}
	if r.Law != "" {
		fmt.Fprintf(&b, " law=%q", r.Law)
	}
	if r.LawID != "" {
		fmt.Fprintf(&b, " id=%s", r.LawID)
	}
	if len(r.Informal) > 0 {
		fmt.Fprintf(&b, " inf=%s", strings.Join(r.Informal, ","))
	}
	fmt.Fprintf(&b, " |%s|", r.Text)
	return b.String()
}

func TestParseReferences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"bedoeld in artikel 2", []string{`artikel a=2 |artikel 2|`}},
		{"artikel 8, onderdelen a tot en met e, en l, van de Vreemdelingenwet 2000",
			[]string{`onderdeel a=8 i=a,e,l external law="Vreemdelingenwet 2000" id=BWBR0011823 |artikel 8, onderdelen a tot en met e, en l, van de Vreemdelingenwet 2000|`}},
		{"artikel 15, vierde lid", []string{`lid a=15 m=[4] |artikel 15, vierde lid|`}},
		{"artikel 7, derde of vierde lid", []string{`lid a=7 m=[3 4] |artikel 7, derde of vierde lid|`}},
		{"de artikelen 27 en 29", []string{`artikel a=27,29 |artikelen 27 en 29|`}},
		{"de artikelen 67g, 67i en 67o van de Algemene wet inzake rijksbelastingen",
			[]string{`artikel a=67g,67i,67o external law="Algemene wet inzake rijksbelastingen" id=BWBR0002320 |artikelen 67g, 67i en 67o van de Algemene wet inzake rijksbelastingen|`}},
		{"artikel 13, vijfde lid, aanhef en onderdeel c, van de Algemene wet inzake rijksbelastingen",
			[]string{`onderdeel a=13 m=[5] aanhef i=c external law="Algemene wet inzake rijksbelastingen" id=BWBR0002320 |artikel 13, vijfde lid, aanhef en onderdeel c, van de Algemene wet inzake rijksbelastingen|`}},
		{"artikel 1.7, eerste lid, onderdeel b", []string{`onderdeel a=1.7 m=[1] i=b |artikel 1.7, eerste lid, onderdeel b|`}},
		{"de artikelen 49 tot en met 49b", []string{`artikel a=49,49b range |artikelen 49 tot en met 49b|`}},
		{"artikel 10, onderdeel a, onder 2°", []string{`subonderdeel a=10 i=a s=2° |artikel 10, onderdeel a, onder 2°|`}},
		{"artikel 40 van Boek 3 van het Burgerlijk Wetboek", []string{`artikel a=40 external law="Boek 3 van Burgerlijk Wetboek" |artikel 40 van Boek 3 van het Burgerlijk Wetboek|`}},
		{"artikel 4:8 van de Algemene wet bestuursrecht", []string{`artikel a=4:8 external law="Algemene wet bestuursrecht" id=BWBR0005537 |artikel 4:8 van de Algemene wet bestuursrecht|`}},
		{"het eerste lid", []string{`lid m=[1] rel |het eerste lid|`}},
		{"het eerste en tweede lid", []string{`lid m=[1 2] rel |het eerste en tweede lid|`}},
		{"het tweede tot en met vierde lid", []string{`lid m=[2 3 4] rel |het tweede tot en met vierde lid|`}},
		{"het eerste lid, onderdeel a", []string{`onderdeel m=[1] i=a rel |het eerste lid, onderdeel a|`}},
		{"als bedoeld in onderdeel b", []string{`onderdeel i=b rel |onderdeel b|`}},
		{"artikel 3 van deze wet", []string{`artikel a=3 internal |artikel 3 van deze wet|`}},
		{"artikel 3 van die wet", []string{`artikel a=3 external law="die wet" |artikel 3 van die wet|`}},
		{"de artikelen 10 en 116 van de Wet op het basisonderwijs en 18 van de Interimwet", []string{`artikel a=10,116 external law="Wet op het basisonderwijs" |artikelen 10 en 116 van de Wet op het basisonderwijs|`}},
		{"artikel 17 van vorengenoemd besluit", []string{`artikel a=17 external law="die besluit" |artikel 17 van vorengenoemd besluit|`}},
		{"artikel 6:7 Awb", []string{`artikel a=6:7 external law="Awb" |artikel 6:7 Awb|`}},
		{"artikel 3, sub a", []string{`onderdeel a=3 i=a inf=sub |artikel 3, sub a|`}},
		{"artikel 5 lid 2", []string{`lid a=5 m=[2] inf=lid N |artikel 5 lid 2|`}},
		{"art. 5", []string{`artikel a=5 inf=art. |art. 5|`}},
		{"hoofdstuk 3", []string{`hoofdstuk d=3 |hoofdstuk 3|`}},
		{"titel 4.2 van de Algemene wet bestuursrecht", []string{`titel d=4.2 external law="Algemene wet bestuursrecht" id=BWBR0005537 |titel 4.2 van de Algemene wet bestuursrecht|`}},
		{"artikel 14 van de wet", []string{`artikel a=14 external law="de wet" |artikel 14 van de wet|`}},
		{"artikel 3 en artikel 5 van de Wet op de zorgtoeslag",
			[]string{`artikel a=3 external law="Wet op de zorgtoeslag" id=BWBR0018451 |artikel 3|`, `artikel a=5 external law="Wet op de zorgtoeslag" id=BWBR0018451 |artikel 5 van de Wet op de zorgtoeslag|`}},
		{"Op de aanvraag is artikel 3 van overeenkomstige toepassing.", []string{`artikel a=3 |artikel 3|`}},
		{"artikel 4 van Verordening (EU) 2016/679", []string{`artikel a=4 external law="Verordening (EU) 2016/679" |artikel 4 van Verordening (EU) 2016/679|`}},
		// no references
		{"dit artikel is van toepassing onder andere omstandigheden", nil},
		{"de leden van de raad", nil},
		{"het vorige lid", nil},
	}
	for _, c := range cases {
		var got []string
		for _, r := range ParseReferences(c.in, DefaultLaws) {
			got = append(got, summary(r))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("ParseReferences(%q):\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}
