package facts

import (
	"fmt"
	"strings"
	"testing"
)

// delegationString renders a delegation as
// "instrument|formula|kind|issuer|M/K|G/L|object|deviation".
func delegationString(d Delegation) string {
	mode := "K"
	if d.Mandatory {
		mode = "M"
	}
	scope := "-"
	switch {
	case d.List:
		scope = "L"
	case d.Generic:
		scope = "G"
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s", d.Instrument, d.Formula, d.Kind, d.Issuer, mode, scope, d.Object, d.Deviation)
}

func TestDelegations(t *testing.T) {
	cases := []struct {
		in   string
		want string // delegations, " ## "-separated
	}{
		{"Bij of krachtens algemene maatregel van bestuur worden regels gesteld over de hoogte van de tegemoetkoming.",
			"amvb|bij of krachtens|regels||M|-|de hoogte van de tegemoetkoming|"},
		{"Bij of krachtens algemene maatregel van bestuur worden nadere regels gesteld.",
			"amvb|bij of krachtens|regels||M|G||"},
		{"Bij ministeriële regeling kunnen nadere regels worden gesteld ter uitvoering van dit artikel.",
			"ministeriele-regeling|bij|regels|minister|K|G|ter uitvoering van dit artikel|"},
		{"Bij algemene maatregel van bestuur kunnen regels worden gesteld.",
			"amvb|bij|regels||K|G||"},
		{"Bij algemene maatregel van bestuur worden ter uitvoering van deze wet nadere regels gesteld.",
			"amvb|bij|regels||M|G|ter uitvoering van deze wet|"},
		{"Onze Minister stelt bij regeling regels omtrent de inrichting van het register.",
			"regeling|bij|regels|minister|M|-|de inrichting van het register|"},
		{"Bij regeling van Onze Minister worden de bedragen, bedoeld in het eerste lid, vastgesteld.",
			"ministeriele-regeling|bij|vaststellen|minister|M|-|de bedragen, bedoeld in het eerste lid|"},
		{"Bij algemene maatregel van bestuur wordt bepaald welke gegevens worden verstrekt.",
			"amvb|bij|bepalen||M|-|welke gegevens worden verstrekt|"},
		{"Als instelling kunnen bij ministeriële regeling worden aangewezen: ziekenhuizen en verpleeghuizen.",
			"ministeriele-regeling|bij|aanwijzen|minister|K|-|Als instelling: ziekenhuizen en verpleeghuizen|"},
		{"Bij of krachtens algemene maatregel van bestuur kunnen categorieën van personen worden aangewezen die geen aanvraag hoeven te doen.",
			"amvb|bij of krachtens|aanwijzen||K|-|categorieën van personen die geen aanvraag hoeven te doen|"},
		{"Bij algemene maatregel van bestuur worden regels gesteld met betrekking tot:",
			"amvb|bij|regels||M|L||"},
		{"Onze Minister stelt nadere regels.",
			"||regels|minister|M|G||"},
		{"De minister kan nadere regels stellen over de aanvraag.",
			"||regels|minister|K|-|de aanvraag|"},
		{"Bij besluit van Onze Minister worden regels gesteld over de verdeling van de middelen.",
			"besluit|bij|regels|minister|M|-|de verdeling van de middelen|"},
		{"Bij algemene maatregel van bestuur kan worden afgeweken van artikel 3, eerste lid.",
			"amvb|bij|afwijken||K|-|van artikel 3, eerste lid|artikel 3, eerste lid"},
		{"Bij algemene maatregel van bestuur kan bij wijze van experiment worden afgeweken van het bepaalde bij of krachtens deze wet, met uitzondering van hoofdstuk 2.",
			"amvb|bij|afwijken||K|-|bij wijze van experiment van het bepaalde bij of krachtens deze wet, met uitzondering van hoofdstuk 2|het bepaalde bij of krachtens deze wet"},
		{"Bij algemene maatregel van bestuur kunnen regels worden gesteld, waarbij kan worden afgeweken van de artikelen 9, 10 tot en met 10h en 11.",
			"amvb|bij|regels||K|-|waarbij kan worden afgeweken van de artikelen 9, 10 tot en met 10h en 11|de artikelen 9, 10 tot en met 10h en 11"},
		{"In afwijking van artikel 3 kunnen bij ministeriële regeling regels worden gesteld over de termijn.",
			"ministeriele-regeling|bij|regels|minister|K|-|In afwijking van artikel 3 over de termijn|artikel 3"},
		{"Bij gemeentelijke verordening worden regels gesteld over de hoogte van de vergoeding.",
			"verordening|bij|regels||M|-|de hoogte van de vergoeding|"},
		{"Bij algemene maatregel van bestuur kunnen regels worden gesteld ter uitvoering van verdragen of besluiten van volkenrechtelijke organisaties.",
			"amvb|bij|regels||K|-|ter uitvoering van verdragen of besluiten van volkenrechtelijke organisaties|"},
		{"Bij algemene maatregel van rijksbestuur wordt geregeld op welke wijze de aanvraag wordt ingediend.",
			"amvb|bij|regels||M|-|op welke wijze de aanvraag wordt ingediend|"},
		{"Onze Minister van Sociale Zaken en Werkgelegenheid kan hieromtrent nadere regels stellen.",
			"||regels|minister|K|-|hieromtrent|"},
		{"Onze Minister stelt omtrent de verrekening van inkomsten regels vast.",
			"||regels|minister|M|-|de verrekening van inkomsten|"},
		{"Onze Minister is bevoegd ter zake van de uitvoering van het bepaalde in dit artikel nadere regels vast te stellen.",
			"||regels|minister|K|G|de uitvoering van het bepaalde in dit artikel|"},
		{"Bij algemene maatregel van bestuur worden regels gesteld over de wijze waarop het bedrag wordt vastgesteld.",
			"amvb|bij|regels||M|-|de wijze waarop het bedrag wordt vastgesteld|"},
		{"Bij ministeriële regeling kunnen, in afwijking van de in hoofdstuk III vervatte bepalingen, regels worden gesteld over de termijn.",
			"ministeriele-regeling|bij|regels|minister|K|-|in afwijking van de in hoofdstuk III vervatte bepalingen, over de termijn|de in hoofdstuk III vervatte bepalingen"},
		{"Bij algemene maatregel van bestuur kan worden bepaald dat in afwijking van het eerste lid vermogensbestanddelen overgaan op de Staat.",
			"amvb|bij|bepalen||K|-|dat in afwijking van het eerste lid vermogensbestanddelen overgaan op de Staat|het eerste lid"},
		{"Onze Ministers kunnen bij ministeriële regeling nadere en zonodig afwijkende regels stellen over de toepassing van dit artikel, dan wel, in afwijking van artikel 2 andere vormen van zorg aanwijzen.",
			"ministeriele-regeling|bij|regels|minister|K|-|en zonodig afwijkende over de toepassing van dit artikel, dan wel, in afwijking van artikel 2 andere vormen van zorg aanwijzen|artikel 2"},
		// no delegation: rules made before, attributive use, the Grondwet's formula
		{"De regels die bij algemene maatregel van bestuur zijn gesteld, blijven van kracht.", ""},
		{"De gegevens worden verstrekt aan de bij ministeriële regeling aangewezen instanties.", ""},
		{"Bij de wet worden regels gesteld omtrent de rechtspositie van ambtenaren.", ""},
		{"De bij of krachtens algemene maatregel van bestuur gestelde regels zijn van toepassing.", ""},
		{"Het college stelt het bedrag van de bijstand vast.", ""},
		{"Voor zover de hoogte van de boete niet bij algemene maatregel van bestuur is bepaald, stelt de raad deze vast in de verordening.", ""},
		{"Met een geldboete wordt gestraft overtreding van voorschriften, krachtens deze wet bij algemene maatregel van bestuur gegeven.", ""},
		{"Onze Minister kan de rechtspersonen in de gelegenheid stellen hun zienswijze te geven over de vastgestelde regels betreffende het verkeer.", ""},
		{"De regels die de Autoriteit krachtens het besluit heeft gesteld, blijven van kracht.", ""},
		{"Onze Minister kan de aanvrager voorschriften geven.", ""},
		{"De aanvraag wordt ingediend bij Onze Minister.", ""},
		{"Onze Minister verleent geen toestemming dan nadat is gebleken dat aan de regels is voldaan die bij de toestemming zijn gesteld.", ""},
	}
	for _, c := range cases {
		var got []string
		for _, d := range delegations(c.in, 0, "s") {
			got = append(got, delegationString(d))
		}
		if g := strings.Join(got, " ## "); g != c.want {
			t.Errorf("%s\n got: %s\nwant: %s", c.in, g, c.want)
		}
	}
}

func TestDelegationSpan(t *testing.T) {
	text := "Bij ministeriële regeling kunnen nadere regels worden gesteld."
	ds := delegations(text, 10, "s")
	if len(ds) != 1 {
		t.Fatalf("got %d delegations", len(ds))
	}
	d := ds[0]
	if got := text[d.InstrumentStart-10 : d.InstrumentEnd-10]; got != "Bij ministeriële regeling" {
		t.Errorf("instrument %q", got)
	}
	if got := text[d.Start-10 : d.End-10]; got != "Bij ministeriële regeling kunnen nadere regels worden gesteld" {
		t.Errorf("span %q", got)
	}
	if d.Verb != "kunnen nadere regels worden gesteld" {
		t.Errorf("verb %q", d.Verb)
	}
	text = "Onze Minister is bevoegd regels te stellen op grond waarvan, in bij die regels aan te geven gevallen, de werknemer verlof heeft."
	if ds = delegations(text, 0, "s"); len(ds) != 1 || ds[0].Verb != "is bevoegd regels te stellen" {
		t.Errorf("got %+v", ds)
	}
	text = "Onze Minister van Financiën kan, gehoord de Raad, nadere regels stellen over de rente."
	ds = delegations(text, 0, "s")
	if len(ds) != 1 {
		t.Fatalf("got %d delegations", len(ds))
	}
	if d := ds[0]; text[d.Start:d.End] != "Onze Minister van Financiën kan, gehoord de Raad, nadere regels stellen" || d.Verb != "kan, gehoord de Raad, nadere regels stellen" {
		t.Errorf("span %q, verb %q", text[d.Start:d.End], d.Verb)
	}
}
