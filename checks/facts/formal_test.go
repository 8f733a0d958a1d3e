package facts

import "testing"

func TestFormal(t *testing.T) {
	cases := []struct{ text, ref, want string }{
		{"bedoeld in artikel 5 lid 2 van de wet.", "artikel 5 lid 2 van de wet", "artikel 5, tweede lid, van de wet"},
		{"bedoeld in artikel 5, lid 2, onder b.", "artikel 5, lid 2, onder b", "artikel 5, tweede lid, onderdeel b"},
		{"bedoeld in lid 2.", "lid 2", "het tweede lid"},
		{"Lid 3 is van toepassing.", "Lid 3", "Het derde lid"},
		{"bedoeld in lid 22.", "lid 22", "het tweeëntwintigste lid"},
		{"genoemd onder sub a.", "sub a", "onderdeel a"},
		{"genoemd in letter b.", "letter b", "onderdeel b"},
		{"bedoeld in art. 5.", "art. 5", "artikel 5"},
		{"In artikel 2 sub a wordt het bedrag bepaald.", "artikel 2 sub a", "artikel 2, onderdeel a,"},
		{"In artikel 2 sub a en in artikel 3 wordt het bedrag bepaald.", "artikel 2 sub a", "artikel 2, onderdeel a"},
		{"bedoeld in art. 3:40 Awb.", "art. 3:40 Awb", "artikel 3:40 Awb"},
		{"bedoeld in § 3.", "§ 3", "paragraaf 3"},
		{"overeenkomstig de artt. 33 en 34.", "artt. 33 en 34", "artikelen 33 en 34"},
		{"bedoeld in artt. 33, 34 of 36.", "artt. 33, 34 of 36", "de artikelen 33, 34 of 36"},
		{"bedoeld in artt. 3 tot en met 7.", "artt. 3 tot en met 7", ""},
		{"bedoeld in het tweede lid sub a en b.", "het tweede lid sub a en b", "het tweede lid, onderdelen a en b"},
		{"bedoeld in artikel 4, eerste lid, sub c of d.", "artikel 4, eerste lid, sub c of d", "artikel 4, eerste lid, onderdelen c of d"},
		{"bedoeld in artikel 7 lid 1 aanhef en sub a.", "artikel 7 lid 1 aanhef en sub a", "artikel 7, eerste lid, aanhef en onderdeel a"},
		{"bedoeld in artikel 7 lid 1, eerste volzin.", "artikel 7 lid 1, eerste volzin", ""},
		{"bedoeld in artikel 7 leden 1 en 4.", "artikel 7 leden 1", ""},
		{"de artikelen 365, 366 lid 2 en 368.", "artikelen 365, 366 lid 2", ""},
		{"de artikelen 365, 366 lid 2, 375, leden 2, 3 en 5 tot en met 7,376,377 lid 7, 402.", "377 lid 7", ""},
		{"de artikelen 365, 366 lid 2, 375, leden 2, 3 en 5 tot en met 7,376,377 lid 7, 402.", "375, leden 2, 3 en 5", ""},
		{"zoals onder A, sub 4° is omschreven.", "onder A, sub 4°", "onderdeel A, onder 4°,"},
	}
	for _, c := range cases {
		refs := ParseReferences(c.text, DefaultLaws)
		found := false
		for _, r := range refs {
			if r.Text != c.ref {
				continue
			}
			found = true
			if len(r.Informal) == 0 {
				t.Errorf("%q: not informal", c.text)
			}
			if r.Formal != c.want {
				t.Errorf("%q: formal %q, want %q", c.text, r.Formal, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no reference %q in %+v", c.text, c.ref, refs)
		}
	}
	for _, text := range []string{"bedoeld in artikel 5, tweede lid.", "bedoeld in het tweede lid, onderdeel a."} {
		for _, r := range ParseReferences(text, DefaultLaws) {
			if r.Formal != "" || len(r.Informal) > 0 {
				t.Errorf("%q: formal %q, informal %v", text, r.Formal, r.Informal)
			}
		}
	}
}
