package facts

import (
	"reflect"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// TestClassifyJustification: the elements of a justification are
// recognised when they are argued, in whatever words, and not when the
// text only names them.
func TestClassifyJustification(t *testing.T) {
	full := []string{aim, nec, prop}
	cases := []struct {
		name     string
		text     string
		argued   []string
		asserted []string
	}{
		{
			name: "full, the words of the toetsingskader with reasons",
			text: "Het onderscheid dient een legitiem doel, omdat de voorziening bedoeld is voor nieuwkomers die de taal nog moeten leren. " +
				"Het onderscheid is noodzakelijk, omdat een algemene voorziening voor alle inwoners de schaarse plaatsen zou opvullen met mensen die de cursus niet nodig hebben. " +
				"Het onderscheid is evenredig, aangezien wie buiten de regeling valt een gewone cursus bij de bibliotheek kan volgen tegen een geringe eigen bijdrage.",
			argued: full,
		},
		{
			name: "full, in other words",
			text: "De maatregel beoogt te voorkomen dat subsidiegeld wegvloeit naar buitenlandse schijnconstructies.\n" +
				"Er is geen minder ingrijpend middel: controle achteraf bleek in de pilot onvoldoende om misbruik tegen te gaan.\n" +
				"Het belang van een rechtmatige besteding van publiek geld weegt op tegen het nadeel voor aanvragers, die binnen een jaar alsnog in aanmerking komen.",
			argued: full,
		},
		{
			name: "full, paraphrased once more",
			text: "Met de uitzondering wordt een legitiem doel nagestreefd: de schaarse woningen gaan naar inwoners die al lang op de wachtlijst staan. " +
				"De maatregel gaat niet verder dan nodig, want zij geldt alleen voor de sociale huurwoningen in de kernen met de langste wachttijd. " +
				"De gevolgen voor nieuwkomers blijven beperkt, omdat zij in de andere kernen gewoon kunnen inschrijven.",
			argued: full,
		},
		{
			name: "full, necessity argued by a counterfactual",
			text: "Het doel van het onderscheid is de bescherming van minderjarigen tegen uitbuiting in de seizoensarbeid. " +
				"Zonder dit onderscheid zou de inspectie de risicovolle sector niet gericht kunnen controleren. " +
				"De uitzondering geldt tijdelijk, tot de evaluatie in 2029, en er is een hardheidsclausule voor schrijnende gevallen.",
			argued: full,
		},
		{
			name:     "keywords only, one sentence",
			text:     "Dit onderscheid is proportioneel.",
			argued:   nil,
			asserted: []string{prop},
		},
		{
			name:     "keywords only, all three named",
			text:     "Het onderscheid dient een legitiem doel, is noodzakelijk en is evenredig. Daarmee is het gerechtvaardigd.",
			argued:   nil,
			asserted: full,
		},
		{
			name:     "keywords only, a hollow reason",
			text:     "Het onderscheid is gerechtvaardigd omdat het een legitiem doel dient, noodzakelijk is en proportioneel is. Het onderscheid is noodzakelijk om het doel te bereiken.",
			argued:   nil,
			asserted: full,
		},
		{
			name:     "aim only (practice draft p1)",
			text:     "Met de uitzondering in artikel 2 wordt een legitiem doel nagestreefd: de voorziening is bedoeld voor nieuwkomers die zich duurzaam in de gemeente vestigen.",
			argued:   []string{aim},
			asserted: nil,
		},
		{
			name:     "aim and an asserted proportionality",
			text:     "Het doel is het terugdringen van de wachtlijsten voor inburgeringscursussen in de gemeente. De maatregel is proportioneel.",
			argued:   []string{aim},
			asserted: []string{prop},
		},
		{
			name: "a bare assertion worked out in the next sentence",
			text: "Het onderscheid dient een legitiem doel: het koppelingsbeginsel verbindt de aanspraak op voorzieningen aan rechtmatig verblijf. " +
				"Een minder ingrijpend middel dat het doel even goed dient, is niet voorhanden. " +
				"Het onderscheid is ook evenredig. Vreemdelingen met een verblijfsrecht worden volledig gelijk behandeld met Nederlanders, en burgers van de Unie vallen onder onderdeel c.",
			argued: full,
		},
		{
			name:     "a bare assertion followed by something else",
			text:     "Het onderscheid is evenredig. De aanvraag wordt ingediend bij het college van burgemeester en wethouders met het formulier dat het college vaststelt.",
			argued:   nil,
			asserted: []string{prop},
		},
		{
			name:   "nothing about the distinction",
			text:   "Dit artikel regelt de aanvraag. De aanvraag wordt ingediend bij het college.",
			argued: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			argued, asserted := ClassifyJustification(strings.Split(c.text, "\n"))
			var gotA, gotS []string
			for _, el := range Elements {
				if _, ok := argued[el]; ok {
					gotA = append(gotA, el)
				}
				if asserted[el] {
					gotS = append(gotS, el)
				}
			}
			if !reflect.DeepEqual(gotA, c.argued) || !reflect.DeepEqual(gotS, c.asserted) {
				t.Errorf("ClassifyJustification(%q)\n argued   %v, want %v\n asserted %v, want %v\n evidence %q", c.text, gotA, c.argued, gotS, c.asserted, argued)
			}
		})
	}
}

const (
	aim  = ElementAim
	nec  = ElementNecessity
	prop = ElementProportionality
)

// TestJustificationsFindTheText: the toelichting on an article is its
// artikelsgewijze section, the passage of the general part that names it,
// and a passage that discusses a distinction on the same ground.
func TestJustificationsFindTheText(t *testing.T) {
	src := `# Wet voorbeeld

## Artikel 1

De toeslag wordt niet verstrekt aan een aanvrager die niet de Nederlandse nationaliteit bezit.

## Artikel 2

Een aanvrager die in het buitenland is geboren, komt niet in aanmerking voor voorrang.

## Artikel 3

De aanvraag wordt ingediend bij het college.

## Artikel 4

De subsidie wordt uitsluitend verstrekt aan een EU-burger.

## Artikel 5

De aanvraag wordt schriftelijk ingediend.

# Memorie van toelichting

## 1. Algemeen

Deze wet regelt een toeslag.

## 2. Gelijke behandeling

Artikel 2 sluit aanvragers uit die in het buitenland zijn geboren. Het doel daarvan is de bescherming van de lokale woningmarkt tegen speculatie.

Er is geen minder ingrijpend middel beschikbaar.

Artikel 3 regelt de aanvraag. Het onderscheid is evenredig.

## 3. Het onderscheid naar nationaliteit

Het onderscheid naar nationaliteit voorkomt dat de toeslag wordt geëxporteerd naar het buitenland.

## Artikelsgewijs

### Artikelen 4 en 5

Dit onderscheid is evenredig.

### Artikel 1

Het belang van de schatkist weegt zwaarder dan het nadeel voor de aanvrager.
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	js := Extract(doc, Options{}).Justifications
	want := map[string]struct {
		via    string
		argued []string
	}{
		// artikelsgewijs (proportionality) plus the topic section on nationality (aim)
		"art:1": {"onderwerp,artikelsgewijs", []string{aim, prop}},
		// named in § 2; the passage runs until artikel 3 is named
		"art:2": {"verwijzing", []string{aim, nec}},
		// named in § 2, but only asserted
		"art:3": {"verwijzing", nil},
		// the topic section names nationality, and so does artikel 4; the
		// section "Artikelen 4 en 5" covers both
		"art:4": {"onderwerp,verwijzing", []string{aim}},
		"art:5": {"verwijzing", nil},
	}
	for art, w := range want {
		j := js[art]
		if j == nil {
			t.Errorf("%s: no justification found", art)
			continue
		}
		via := strings.Join(sortedCopy(j.Via), ",")
		if via != strings.Join(sortedCopy(strings.Split(w.via, ",")), ",") || !reflect.DeepEqual(nilIfEmpty(j.Argued), w.argued) {
			t.Errorf("%s: via %v argued %v (units %v), want via %s argued %v", art, j.Via, j.Argued, j.Units, w.via, w.argued)
		}
	}
	if j := js["art:3"]; j != nil && !reflect.DeepEqual(j.Asserted, []string{prop}) {
		t.Errorf("art:3: asserted %v, want [proportionality]", j.Asserted)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	return c
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
