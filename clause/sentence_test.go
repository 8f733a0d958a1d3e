package clause

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Het college beslist. De aanvrager meldt.", []string{"Het college beslist.", "De aanvrager meldt."}},
		{"Zie art. 5 jo. art. 6 van de wet. Dit geldt.", []string{"Zie art. 5 jo. art. 6 van de wet.", "Dit geldt."}},
		{"Kosten o.a. voor huur, bijv. Bijstand, enz. Geen splitsing.", []string{"Kosten o.a. voor huur, bijv. Bijstand, enz. Geen splitsing."}},
		{"Ondertekend door M.J.A. van der Hoeven. Tweede zin.", []string{"Ondertekend door M.J.A. van der Hoeven.", "Tweede zin."}},
		{"Bekendgemaakt (Stb. 2011, 35). Daarna 1.000 euro.", []string{"Bekendgemaakt (Stb. 2011, 35).", "Daarna 1.000 euro."}},
		{"Eerste alinea\nTweede alinea.", []string{"Eerste alinea", "Tweede alinea."}},
		{"Een bedrag van € 1.500. 2026 is het jaar.", []string{"Een bedrag van € 1.500.", "2026 is het jaar."}},
		{"Welke termijn? Zes weken!", []string{"Welke termijn?", "Zes weken!"}},
		{"Onder a. en b. bedoeld.", []string{"Onder a. en b. bedoeld."}},
		{"", nil},
	}
	for _, c := range cases {
		var got []string
		for _, r := range SplitSentences(c.in) {
			got = append(got, c.in[r[0]:r[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "eerste", 8: "achtste", 18: "achttiende", 20: "twintigste",
		21: "eenentwintigste", 22: "tweeëntwintigste", 23: "drieëntwintigste", 30: "dertigste", 100: "honderdste"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
		if back, ok := ParseOrdinal(want); !ok || back != n {
			t.Errorf("ParseOrdinal(%q) = %d, %v", want, back, ok)
		}
	}
	for w, want := range map[string]int{"tweeentwintigste": 22, "achtiende": 18, "Laatste": -1} {
		if got, ok := ParseOrdinal(w); !ok || got != want {
			t.Errorf("ParseOrdinal(%q) = %d, %v, want %d", w, got, ok, want)
		}
	}
}

func TestTextMap(t *testing.T) {
	src := []byte("  co&#xF6;peratie\n   en\u00a0vereniging ")
	var b TextBuilder
	b.Append(src, 0, len(src), true)
	text, m := b.Text()
	if text != "coöperatie en vereniging" {
		t.Fatalf("text = %q", text)
	}
	for _, c := range []struct {
		sub      string
		from, to int
	}{
		{"coöperatie", 2, 17}, {"en", 21, 23}, {"vereniging", 25, 35}, {"ö", 4, 10},
	} {
		i := indexOf(text, c.sub)
		s, e, ok := m.Source(i, i+len(c.sub))
		if !ok || s != c.from || e != c.to {
			t.Errorf("Source(%q) = %d-%d, want %d-%d (%q)", c.sub, s, e, c.from, c.to, src[s:e])
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
