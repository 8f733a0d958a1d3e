package facts

import (
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// TestGrounds: a ground that decides who gets or loses something is a
// criterion; a ground that is named, defined, cited, recorded, banned as a
// criterion or used to extend a right is a mention. Each case is one
// article; want lists every ground found as "text:category:role:kind".
func TestGrounds(t *testing.T) {
	cases := []struct {
		text, want string
	}{
		// distinctions: conditions, exclusions, restrictions, priority
		{"Het college kent op aanvraag een voorziening toe aan een ingezetene van de gemeente, met uitzondering van een ingezetene die niet de Nederlandse nationaliteit bezit en korter dan vijf jaar in Nederland woont.",
			"Nederlandse nationaliteit:nationality:criterion:exclusion"},
		{"Bij de verdeling van de subsidie wordt voorrang gegeven aan aanvragers wier bestuurders in Nederland zijn geboren.",
			"in Nederland zijn geboren:proxy:criterion:priority"},
		{"Recht op bijstand heeft slechts de Nederlander die hier te lande woont.", "Nederlander:nationality:criterion:restriction"},
		{"Een vreemdeling komt niet in aanmerking voor een tegemoetkoming.", "vreemdeling:nationality:criterion:exclusion"},
		{"De toeslag wordt alleen verstrekt aan een EU-burger.", "EU-burger:nationality:criterion:restriction"},
		{"Dit artikel is niet van toepassing op vreemdelingen.", "vreemdelingen:nationality:criterion:exclusion"},
		{"De Nederlander die vrijwillig in krijgsdienst treedt, wordt gestraft met gevangenisstraf.", "Nederlander:nationality:criterion:addressee"},
		{"Personen met een dubbele nationaliteit worden bij de beoordeling extra gecontroleerd.", "dubbele nationaliteit:proxy:criterion:condition"},
		{"De aanvrager die in het buitenland is geboren, legt een verklaring over.", "in het buitenland is geboren:proxy:criterion:condition"},
		{"Het college kan bij de selectie van adressen voor controle gebruikmaken van de postcode.", "postcode:proxy:criterion:selection"},
		{"Een uitkering wordt slechts verstrekt aan een persoon die de Nederlandse taal beheerst.", "Nederlandse taal beheerst:language:criterion:restriction"},
		{"De verblijfsvergunning kan worden verleend aan de vreemdeling van Surinaamse nationaliteit.",
			"verblijfsvergunning:residence:criterion:condition; vreemdeling:nationality:mention:status; Surinaamse nationaliteit:nationality:criterion:condition"},
		{"De tegemoetkoming bedraagt voor een aanvrager met een niet-Nederlandse nationaliteit 50 procent van het bedrag.", "niet-Nederlandse nationaliteit:nationality:criterion:condition"},
		{"Aanvragers van Marokkaanse of Turkse afkomst worden bij de controle als eerste geselecteerd.", "Marokkaanse of Turkse afkomst:proxy:criterion:selection"},
		{"Het college kan bij de beoordeling rekening houden met de nationaliteit van de aanvrager.", "nationaliteit:nationality:criterion:selection"},
		{"Een aanvraag van een persoon die de nationaliteit van een derde land bezit, wordt niet in behandeling genomen.", "nationaliteit:nationality:criterion:exclusion"},
		{"Bewoners die geboren zijn in een land buiten de Europese Unie, komen in aanmerking voor een extra controle.", "geboren zijn in een land:proxy:criterion:condition"},
		{"De taalvaardigheid van de aanvrager wordt meegewogen bij de beoordeling.", "taalvaardigheid:language:criterion:selection"},
		{"Personen zonder Nederlands paspoort worden uitgesloten van de regeling.", "Nederlands paspoort:nationality:criterion:exclusion"},
		{"Wie de Nederlandse nationaliteit heeft, ontvangt de toeslag een maand eerder.", "Nederlandse nationaliteit:nationality:criterion:condition"},
		{"Bij de selectie voor controle wordt gebruikgemaakt van gegevens over de nationaliteit van de aanvrager.", "nationaliteit:nationality:criterion:selection"},
		{"Het college weigert de vergunning indien de aanvrager een vreemdeling is.", "vreemdeling:nationality:criterion:exclusion"},
		// the status of another person
		{"Indien een lid van het huishouden niet de Nederlandse nationaliteit heeft, vervalt het recht op toeslag van de aanvrager.",
			"Nederlandse nationaliteit:nationality:criterion:exclusion"},
		{"Indien de partner van de belanghebbende niet rechtmatig in Nederland verblijf houdt, heeft de belanghebbende geen aanspraak op een tegemoetkoming.",
			"niet rechtmatig in Nederland verblijf:residence:criterion:exclusion"},

		// mentions: bans, neutrality, extensions, references, records, names
		{"Gegevens over de nationaliteit of het geboorteland van huurders worden niet verwerkt bij de uitvoering van deze regeling.",
			"nationaliteit:nationality:mention:ban; geboorteland:proxy:mention:ban"},
		{"Bij de risicoselectie wordt geen gebruik gemaakt van nationaliteit, etniciteit of geboorteland.",
			"nationaliteit:nationality:mention:ban; etniciteit:proxy:mention:ban; geboorteland:proxy:mention:ban"},
		{"Het college maakt bij de toewijzing geen onderscheid naar nationaliteit.", "nationaliteit:nationality:mention:ban"},
		{"De nationaliteit van de aanvrager is geen grond om de aanvraag af te wijzen.", "nationaliteit:nationality:mention:ban"},
		{"De consul is bevoegd de akte te verlijden, met dien verstande dat de beperking tot Nederlanders in artikel 1 niet van toepassing is.",
			"Nederlanders:nationality:mention:ban"},
		{"Bij de beoordeling van de aanvraag wordt niet gelet op de afkomst of de nationaliteit van de aanvrager.",
			"afkomst:proxy:mention:ban; nationaliteit:nationality:mention:ban"},
		{"Voor de toepassing van dit artikel wordt met een ingezetene gelijkgesteld een persoon die niet de Nederlandse nationaliteit heeft.",
			"Nederlandse nationaliteit:nationality:mention:extension"},
		{"Een vreemdeling wordt niet uitgesloten van de voorziening.", "vreemdeling:nationality:mention:ban"},
		{"Het college verleent de voorziening ongeacht de nationaliteit van de aanvrager.", "nationaliteit:nationality:mention:neutral"},
		{"Met de Nederlander wordt gelijkgesteld de persoon die onderdaan is van een van de lidstaten van de Europese Unie.",
			"Nederlander:nationality:mention:extension; onderdaan:nationality:mention:extension"},
		{"Bij algemene maatregel van bestuur kunnen andere vreemdelingen met een Nederlander gelijk worden gesteld.",
			"vreemdelingen:nationality:mention:extension; Nederlander:nationality:mention:extension"},
		{"Met de Nederlander wordt gelijkgesteld de vreemdeling die rechtmatig in Nederland verblijf houdt.",
			"Nederlander:nationality:mention:extension; vreemdeling:nationality:mention:extension; rechtmatig in Nederland verblijf:residence:criterion:condition"},
		{"Op de vreemdeling is de Vreemdelingenwet 2000 van toepassing.", "vreemdeling:nationality:mention:law"},
		{"De vergunning wordt verleend met inachtneming van de Wet arbeid vreemdelingen.", "vreemdelingen:nationality:mention:law"},
		{"Het verzoek wordt ingediend op grond van de Rijkswet op het Nederlanderschap.", "Nederlanderschap:nationality:mention:law"},
		{"De aanvraag vermeldt de naam, het adres, de geboortedatum en de nationaliteit van de aanvrager.", "nationaliteit:nationality:mention:record"},
		{"Gegevens over een vreemde nationaliteit worden ontleend aan een beschikking van een bevoegde instantie.", "vreemde nationaliteit:nationality:mention:record"},
		{"Indien de verdachte de Nederlandse taal niet of onvoldoende beheerst, wordt hem een vertaling verstrekt.",
			"Nederlandse taal niet of onvoldoende beheerst:language:mention:protection"},
		{"Een vaartuig dat de nationaliteit van de zendstaat bezit, wordt gemeld.", "nationaliteit:nationality:mention:thing"},
		{"Ambtenaren belast met het toezicht op vreemdelingen zijn bevoegd een woning te betreden.", "vreemdelingen:nationality:mention:name"},
		{"Discriminatie wegens godsdienst, levensovertuiging, politieke gezindheid, ras, nationaliteit of geslacht is niet toegestaan.",
			"nationaliteit:nationality:mention:neutral"},
		{"De wet regelt wie Nederlander is.", "Nederlander:nationality:mention:delegation"},
		{"voltijdse opleiding: opleiding met uitzondering van deeltijds onderwijs, vreemdeling: hetgeen daaronder wordt verstaan in de Vreemdelingenwet 2000, WEB: Wet educatie en beroepsonderwijs",
			"vreemdeling:nationality:mention:definition"},
		{"Ik zweer dat Ik de vrijheid en de rechten van alle Nederlanders en alle ingezetenen zal beschermen.", "Nederlanders:nationality:mention:neutral"},
		{"Nederlanders en vreemdelingen hebben hetzelfde recht op de voorziening.", "Nederlanders:nationality:mention:neutral; vreemdelingen:nationality:mention:neutral"},
		// the status of someone in the claimant's household
		{"Op de vergoeding bestaat geen aanspraak indien tot het huishouden van de aanvrager een persoon behoort die geen rechtmatig verblijf heeft.", "rechtmatig verblijf:residence:criterion:exclusion"},
		// a temporary permit is its own ground: it separates lawful residents
		{"Een belanghebbende die als vreemdeling in het bezit is van een verblijfsvergunning voor bepaalde tijd, komt niet in aanmerking voor een bijdrage.",
			"vreemdeling:nationality:mention:status; verblijfsvergunning voor bepaalde tijd:residence:criterion:exclusion"},
		// a ban with the verb before the negation (main clause order)
		{"Onze Minister verwerkt bij de uitvoering van deze wet geen gegevens over het geboorteland van de student.", "geboorteland:proxy:mention:ban"},
		{"Het trustkantoor heeft kennis van de herkomst van het vermogen van de koper.", ""},
		{"Het register vermeldt de naam, het adres en de postcode van de houder.", ""},
		{"De aanvraag wordt ingediend bij het college.", ""},
	}
	for _, c := range cases {
		doc, err := markdown.Read("t.md", []byte("## Artikel 1\n\n"+c.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		fx := Extract(doc, Options{})
		var got []string
		for _, g := range fx.Grounds["art:1"] {
			got = append(got, strings.Join([]string{g.Text, g.Category, g.Role, g.Kind}, ":"))
		}
		if s := strings.Join(got, "; "); s != c.want {
			t.Errorf("grounds of %q\n got  %s\n want %s", c.text, s, c.want)
		}
	}
}

// TestGroundsInList: an item of a lead-in that makes its items the
// indicators of a risk model is a criterion of selection.
func TestGroundsInList(t *testing.T) {
	src := "## Artikel 9\n\n1. In het risicomodel worden als indicatoren betrokken:\na. het geboorteland van de ouder;\nb. het aantal uren opvang.\n2. Het register vermeldt:\na. het geboorteland van de ouder;\nb. het adres.\n"
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fx := Extract(doc, Options{})
	for id, want := range map[string]string{"art:9/lid:1/ond:a": "criterion:selection", "art:9/lid:2/ond:a": "mention"} {
		gs := fx.Grounds[id]
		if len(gs) != 1 || !strings.HasPrefix(gs[0].Role+":"+gs[0].Kind, want) {
			t.Errorf("%s: grounds %+v, want one %s", id, gs, want)
		}
	}
}

// TestGroundsHolderAndDefinition: whose status counts, and a definition of
// a ground word.
func TestGroundsHolderAndDefinition(t *testing.T) {
	src := `## Artikel 1

In deze wet wordt verstaan onder:

a. vreemdeling: een persoon die niet de Nederlandse nationaliteit bezit;
b. rechthebbende: een Nederlander die in de gemeente woont.

## Artikel 2

1. Geen recht op een toeslag heeft de belanghebbende wiens partner een vreemdeling is die niet rechtmatig in Nederland verblijf houdt.
2. Geen recht op bijstand heeft:
a. de vreemdeling die niet rechtmatig verblijf houdt;
b. degene die niet de Nederlandse nationaliteit bezit.
3. Geen recht op een vergoeding heeft een ouder die niet de Nederlandse nationaliteit bezit en niet rechtmatig verblijf houdt.
4. Bij de toewijzing krijgen aanvragers wier ouders in Nederland zijn geboren voorrang.
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fx := Extract(doc, Options{})
	want := map[string]string{
		"art:1/ond:a":       "vreemdeling:mention:definition:self; Nederlandse nationaliteit:mention:definition:self",
		"art:1/ond:b":       "Nederlander:criterion:addressee:self",
		"art:2/lid:1":       "vreemdeling:mention:status:third; niet rechtmatig in Nederland verblijf:criterion:exclusion:third",
		"art:2/lid:2/ond:a": "vreemdeling:mention:status:self; niet rechtmatig verblijf:criterion:exclusion:self",
		"art:2/lid:2/ond:b": "Nederlandse nationaliteit:criterion:exclusion:self",
		// the ouder is the claimant; nationality and residence together are a
		// condition on residence
		"art:2/lid:3": "Nederlandse nationaliteit:mention:status:self; niet rechtmatig verblijf:criterion:exclusion:self",
		// the ouders of the aanvragers are other persons
		"art:2/lid:4": "in Nederland zijn geboren:criterion:priority:third",
	}
	for id, w := range want {
		var got []string
		for _, g := range fx.Grounds[id] {
			got = append(got, strings.Join([]string{g.Text, g.Role, g.Kind, g.Holder}, ":"))
		}
		if s := strings.Join(got, "; "); s != w {
			t.Errorf("%s: got %s, want %s", id, s, w)
		}
	}
	if g := fx.Grounds["art:2/lid:1"]; len(g) > 0 && (g[len(g)-1].HolderName != "partner" || !g[len(g)-1].Negative) {
		t.Errorf("art:2/lid:1: holder %q negative %v, want partner, true", g[len(g)-1].HolderName, g[len(g)-1].Negative)
	}
}
