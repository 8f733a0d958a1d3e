package facts

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// mitigationsOf reads a Markdown draft and returns its mitigations as
// "unit kind covers|general".
func mitigationsOf(t *testing.T, src string) []string {
	t.Helper()
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fx := Extract(doc, Options{})
	var out []string
	for _, m := range fx.Mitigations {
		scope := "general"
		if !m.General {
			scope = strings.Join(m.Covers, ",")
		}
		s := fmt.Sprintf("%s %s %s", m.Unit, m.Kind, scope)
		if m.GroupsOnly {
			s += " groups"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestMitigationKinds(t *testing.T) {
	cases := []struct {
		in   string
		want string // "kind ..." of the sentence, sorted, "" for none
	}{
		{"Het college kan een lager bedrag terugvorderen indien volledige terugvordering onevenredig is.", "lower_amount proportionality"},
		{"Het college kan besluiten van terugvordering of van verdere terugvordering af te zien, indien daarvoor dringende redenen aanwezig zijn.", "lower_amount"},
		{"Het college kan geheel of gedeeltelijk afzien van terugvordering.", "lower_amount"},
		// an exception named to exclude it is none
		{"De ontvanger is het volledige bedrag verschuldigd, ook indien de onjuiste toekenning niet aan hem is te wijten.", ""},
		{"De boete wordt opgelegd, ongeacht of de overtreding de overtreder te verwijten is.", ""},
		{"Onze Minister kan de boete matigen.", "lower_amount"},
		{"Het college kan niet afzien van terugvordering.", ""},
		{"De Minister stelt de subsidie vast op een lager bedrag indien de kosten lager zijn.", ""},
		{"De voor een belanghebbende nadelige gevolgen van een beschikking mogen niet onevenredig zijn in verhouding tot de met die beschikking te dienen doelen.", "proportionality"},
		{"Bij het vaststellen van een beschikking weegt de Dienst Toeslagen de rechtstreeks betrokken belangen af.", "proportionality"},
		{"Het college stemt de verlaging af op de ernst van de gedraging, de mate waarin de gedraging aan de belanghebbende kan worden verweten en de omstandigheden waarin hij verkeert.", "proportionality"},
		{"De subsidie wordt naar evenredigheid verlaagd.", "pro_rata"},
		{"Het college kan ten gunste van de aanvrager afwijken van artikel 3, voor zover toepassing daarvan zal leiden tot een onbillijkheid van overwegende aard.", "hardship_clause"},
		{"Onze Minister kan in bijzondere gevallen afwijken van deze regeling.", "hardship_clause"},
		{"De Commissie kan om gewichtige redenen beslissen, dat een niet tijdig ingediende vordering toch in aanmerking komt.", "hardship_clause"},
		{"Het UWV is bevoegd in bijzondere gevallen ten gunste van de werknemer af te wijken van de in de eerste volzin genoemde drie maanden.", "hardship_clause"},
		{"Indien een herziening leidt tot een terug te vorderen bedrag, wordt dit bedrag niet teruggevorderd indien dat niet meer bedraagt dan € 118.", "de_minimis"},
		{"Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen.", ""},
		{"Voordat het college een besluit tot terugvordering neemt, stelt het de belanghebbende in de gelegenheid zijn zienswijze naar voren te brengen.", "hearing"},
		{"De Dienst Toeslagen geeft geen gelegenheid tot het naar voren brengen van een zienswijze indien de beschikking het gevolg is van een verzoek.", ""},
		{"Het college stelt de aanvrager in de gelegenheid het verzuim te herstellen binnen twee weken.", "repair"},
		{"De tegemoetkoming wordt niet teruggevorderd indien de fout de aanvrager niet te verwijten is.", "fault_exception"},
		{"De partner is niet aansprakelijk voor een boete, tenzij het belopen daarvan mede aan hem is te wijten.", "fault_exception"},
		{"De koper is hoofdelijk aansprakelijk, tenzij aannemelijk is dat hij op het tijdstip van de koop niet wist of behoorde te weten dat te weinig belasting werd betaald.", "fault_exception"},
		{"Bij ministeriële regeling worden regels gesteld met betrekking tot het verlenen van uitstel van betaling.", "deferral"},
		{"Aan degene aan wie de kwalificatie opzet of grove schuld is gegeven, wordt geen persoonlijke betalingsregeling aangeboden.", ""},
		{"Bij verrekening wordt de beslagvrije voet in acht genomen.", "protected_income"},
	}
	for _, c := range cases {
		var kinds []string
		for _, m := range mitigationsOf(t, "## Artikel 1\n\n"+c.in+"\n") {
			kinds = append(kinds, strings.Fields(m)[1])
		}
		sort.Strings(kinds)
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

// What a mitigation covers: the provisions it names, a division it names,
// a range of articles, or the whole regulation when it names none.
func TestMitigationCoverage(t *testing.T) {
	src := `# Hoofdstuk 1

## Artikel 1

Het college vordert de kosten terug.

## Artikel 2

Het college vordert de subsidie terug.

# Hoofdstuk 2

## Artikel 3

1. De subsidie wordt geheel teruggevorderd.
2. Het college kan in afwijking van het eerste lid een lager bedrag terugvorderen.

## Artikel 4

Het college kan afwijken van artikel 1, voor zover toepassing leidt tot een onbillijkheid van overwegende aard.

## Artikel 5

Het college kan afwijken van de artikelen 1 tot en met 3, voor zover toepassing leidt tot een onbillijkheid van overwegende aard.

## Artikel 6

Het college kan geheel of gedeeltelijk afzien van terugvordering.

## Artikel 7

Het college kan afwijken van het bepaalde in hoofdstuk 2 bij een onbillijkheid van overwegende aard.

## Artikel 8

Onze Minister kan voor groepen van gevallen afwijken van deze wet, voor zover toepassing leidt tot onbillijkheden van overwegende aard.

## Artikel 9

Onze Minister kan voor groepen van gevallen tegemoet komen aan onbillijkheden van overwegende aard bij de toepassing van artikel 2a van de Wet op de zorgtoeslag.
`
	want := []string{
		"art:3/lid:2 lower_amount art:3/lid:1",
		"art:4 hardship_clause art:1",
		"art:5 hardship_clause art:1,art:2,art:3",
		"art:6 lower_amount general",
		"art:7 hardship_clause art:3,art:4,art:5,art:6,art:7,art:8,art:9",
		"art:8 hardship_clause general groups",
		"art:9 hardship_clause  groups",
	}
	got := mitigationsOf(t, src)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mitigations:\n got  %q\n want %q", got, want)
	}
}
