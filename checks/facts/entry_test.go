package facts

import (
	"testing"
)

func TestEntries(t *testing.T) {
	type want struct {
		kind, date string
		day, month int
		authority  string
		subject    string
		when       string
	}
	cases := []struct {
		text string
		want []want
	}{
		{"Deze wet treedt in werking met ingang van 1 januari 2027.",
			[]want{{kind: "date", date: "2027-01-01", day: 1, month: 1, subject: "deze wet", when: "met ingang van 1 januari 2027"}}},
		{"Deze regeling treedt in werking op 1 juli 2026.",
			[]want{{kind: "date", date: "2026-07-01", day: 1, month: 7, subject: "deze regeling", when: "op 1 juli 2026"}}},
		{"Deze wet treedt op 1 juli 2026 in werking.",
			[]want{{kind: "date", date: "2026-07-01", day: 1, month: 7, subject: "deze wet", when: "op 1 juli 2026"}}},
		{"Met ingang van 1 april 2027 treedt deze regeling in werking.",
			[]want{{kind: "date", date: "2027-04-01", day: 1, month: 4, subject: "deze regeling", when: "Met ingang van 1 april 2027"}}},
		{"De artikelen 3 en 4 treden in werking met ingang van 1 oktober.",
			[]want{{kind: "date", day: 1, month: 10, subject: "de artikelen 3 en 4", when: "met ingang van 1 oktober"}}},
		{"Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip, dat voor de verschillende artikelen of onderdelen daarvan verschillend kan worden vastgesteld.",
			[]want{{kind: "kb", authority: "koninklijk besluit", subject: "deze wet", when: "op een bij koninklijk besluit te bepalen tijdstip"}}},
		{"Dit besluit treedt in werking op een bij besluit van Onze Minister te bepalen tijdstip.",
			[]want{{kind: "kb", authority: "minister", subject: "dit besluit"}}},
		{"Deze wet treedt in werking op een door Ons te bepalen tijdstip.",
			[]want{{kind: "kb", authority: "koninklijk besluit"}}},
		{"Deze wet treedt in werking met ingang van de dag na de datum van uitgifte van het Staatsblad waarin zij wordt geplaatst.",
			[]want{{kind: "day-after", subject: "deze wet", when: "met ingang van de dag na de datum van uitgifte van het Staatsblad"}}},
		{"Deze regeling treedt in werking met ingang van de dag na de datum van uitgifte van de Staatscourant waarin zij wordt geplaatst.",
			[]want{{kind: "day-after"}}},
		{"Dit besluit treedt in werking met ingang van de tweede dag na de dagtekening van de Staatscourant waarin het wordt geplaatst.",
			[]want{{kind: "day-after"}}},
		{"Dit besluit treedt in werking met ingang van de eerste dag van de tweede kalendermaand na de datum van uitgifte van het Staatsblad waarin het wordt geplaatst.",
			[]want{{kind: "relative", subject: "dit besluit"}}},
		{"Deze wet treedt in werking op het tijdstip waarop de Wet inburgering 2021 in werking treedt.",
			[]want{{kind: "linked", subject: "deze wet"}}},
		{"Deze wet wordt geacht in werking te zijn getreden met ingang van 1 januari 2025.",
			[]want{{kind: "fiction", date: "2025-01-01", day: 1, month: 1, subject: "deze wet"}}},
		{"Dit besluit treedt in werking met ingang van de dag na de datum van uitgifte van het Staatsblad waarin het wordt geplaatst en werkt terug tot en met 1 januari 2026.",
			[]want{{kind: "retroactive", date: "2026-01-01", day: 1, month: 1, subject: "dit besluit", when: "tot en met 1 januari 2026"}, {kind: "day-after"}}},
		{"Artikel 2 werkt terug tot en met de dag waarop de Wet X in werking is getreden.",
			[]want{{kind: "retroactive", subject: "artikel 2"}}},
		{"De vergoeding wordt met terugwerkende kracht tot en met 1 januari 2006 verhoogd.",
			[]want{{kind: "retroactive", date: "2006-01-01", day: 1, month: 1}}},
		{"Deze wet vervalt met ingang van 1 januari 2032.",
			[]want{{kind: "expiry", date: "2032-01-01", day: 1, month: 1, subject: "deze wet"}}},
		{"Deze wet treedt in werking op een nader bij koninklijk besluit te bepalen tijdstip dat voor de verschillende artikelen verschillend kan worden gesteld.",
			[]want{{kind: "kb", authority: "koninklijk besluit"}}},
		{"Dit besluit treedt in werking op een koninklijk besluit te bepalen tijdstip.",
			[]want{{kind: "kb", authority: "koninklijk besluit"}}},
		{"Deze wet treedt in werking op de dertigste dag na de datum van uitgifte van het Staatsblad waarin zij wordt geplaatst.",
			[]want{{kind: "relative"}}},
		{"Dit besluit treedt in werking op de dag van uitgifte van de Staatscourant waarin het wordt geplaatst.",
			[]want{{kind: "day-after"}}},
		{"Dit besluit treedt in werking op het tijdstip van in werking treden van de Instellingswet Productschap.",
			[]want{{kind: "linked"}}},
		{"Deze regeling treedt in werking op hetzelfde tijdstip waarop de wijziging van het Reglement in werking treedt.",
			[]want{{kind: "linked"}}},
		{"Indien het bij koninklijke boodschap van 8 december 2003 ingediende voorstel van Wet, nadat het tot wet is verheven, in werking treedt, treedt dit besluit op hetzelfde tijdstip in werking.",
			[]want{{kind: "linked", subject: "dit besluit"}}},
		{"De onderscheidene artikelen van deze wet treden in werking op door Ons te bepalen tijdstippen.",
			[]want{{kind: "kb", authority: "koninklijk besluit", subject: "de onderscheidene artikelen van deze wet"}}},
		{"Artikel I treedt in werking met ingang van 1 juli 2027, met dien verstande dat artikel 3 in werking treedt op 1 januari 2028.",
			[]want{{kind: "date", date: "2027-07-01", subject: "artikel i"}, {kind: "date", date: "2028-01-01", subject: "artikel 3", when: "op 1 januari 2028"}}},
		{"Een algemene maatregel van bestuur als bedoeld in het eerste lid treedt niet eerder in werking dan vier weken na de datum van uitgifte van het Staatsblad.",
			[]want{{kind: "relative", subject: "een algemene maatregel van bestuur als bedoeld in het eerste lid"}}},
		{"Deze regeling treedt in werking met ingang van 1 januari 2027 en vervalt met ingang van 1 januari 2030.",
			[]want{{kind: "date", date: "2027-01-01"}, {kind: "expiry", date: "2030-01-01", subject: "deze regeling"}}},
		// near misses
		{"Deze wet treedt in werking op het tijdstip waarop de Wet X in werking treedt, behoudens artikel 4.",
			[]want{{kind: "linked", subject: "deze wet"}}},
		{"Het college beslist binnen acht weken nadat deze wet in werking is getreden.", nil},
		{"Artikel 5 vervalt.", nil},
		{"Onze Minister zendt binnen vijf jaar na de inwerkingtreding van deze wet een verslag.", nil},
		{"Ontslagneming met terugwerkende kracht is niet mogelijk.", nil},
		{"Een besluit als bedoeld in het eerste lid wordt niet genomen voordat artikel 3 in werking treedt.", nil},
	}
	for _, c := range cases {
		got := Entries(c.text)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d clauses %+v, want %d", c.text, len(got), got, len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Kind != w.kind || g.Date != w.date || (w.day != 0 && (g.Day != w.day || g.Month != w.month)) ||
				(w.authority != "" && g.Authority != w.authority) || (w.subject != "" && g.Subject != w.subject) ||
				(w.when != "" && g.When != w.when) {
				t.Errorf("%q: clause %d = %+v, want %+v", c.text, i, g, w)
			}
			if c.text[g.Start:g.End] != g.Text || (g.WhenEnd > 0 && c.text[g.WhenStart:g.WhenEnd] != g.When) {
				t.Errorf("%q: offsets do not match the text: %+v", c.text, g)
			}
		}
	}
}
