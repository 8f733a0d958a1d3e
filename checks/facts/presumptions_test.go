package facts

import (
	"strings"
	"testing"
)

func TestPresumptionPolarity(t *testing.T) {
	cases := []struct {
		in   string
		want string // "kind polarity; …", "" for none
	}{
		// against the person
		{"Een aanvrager die de isolatiemaatregel niet tijdig heeft uitgevoerd, wordt vermoed de subsidie voor een ander doel te hebben gebruikt.", "presumption adverse"},
		{"Indien de gevraagde gegevens niet binnen de termijn zijn verstrekt, wordt de aanvraag geacht te zijn ingetrokken.", "fiction adverse"},
		{"Voor de toepassing van het eerste lid wordt degene wiens verzekering is beëindigd, geacht niet verplicht verzekerd te zijn geweest.", "fiction adverse"},
		{"Het bedrag van het voorschot bedraagt nihil indien onvoldoende gegevens bekend zijn, tenzij de belanghebbende zijn aanspraak op een tegemoetkoming aannemelijk maakt.", "burden adverse"},
		{"De Dienst Toeslagen kan het voorschot opschorten indien een gegrond vermoeden bestaat dat de belanghebbende geen aanspraak heeft op een tegemoetkoming.", "suspicion adverse"},
		// a fiction that holds the person's omission against them
		{"Is de verklaring niet overgelegd, dan wordt de aanvrager geacht het gehele bedrag te hebben ontvangen.", "fiction adverse"},
		// in the person's favour
		{"De belastingplichtige die uitsluitend door zijn overlijden niet voldoet aan de voorwaarde wordt geacht meer dan zes maanden dezelfde partner te hebben gehad.", "fiction neutral"},
		{"Een aanvrager die in het voorgaande jaar subsidie heeft ontvangen voor een andere woning in hetzelfde complex, wordt geacht een aanvraag voor die woning te hebben ingediend.", "fiction favourable"},
		{"Een aanvraag wordt geacht tijdig te zijn ingediend indien het UWV de kennisgeving niet heeft gedaan.", "fiction favourable"},
		{"De periode wordt geacht niet te zijn onderbroken indien de betrokkene korter dan één jaar buiten Nederland woont.", "fiction favourable"},
		{"De belastingschuld wordt ingevorderd, tenzij de ontvanger aannemelijk maakt dat verhaal onmogelijk is.", "burden favourable"},
		// about no person, or not a presumption at all
		{"Diensten die op die dag nog niet zijn voltooid, worden geacht op die dag te zijn voltooid.", "fiction neutral"},
		{"Het bevel richt zich tot degeen van wie redelijkerwijs kan worden vermoed dat hij kennis draagt van de versleuteling.", ""},
		{"Deze methode kan betrouwbaar worden geacht.", ""},
		{"Het recht vervalt indien de verzekerde niet meewerkt aan een scholing die wenselijk wordt geacht voor zijn inschakeling in de arbeid.", "fiction neutral"},
		{"De officier van justitie kan bij een redelijk vermoeden van een misdrijf een persoon bijstand laten verlenen.", "suspicion neutral"},
	}
	for _, c := range cases {
		var got []string
		for _, p := range presumptions(c.in, 0, "s") {
			got = append(got, p.Kind+" "+p.Polarity)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("presumptions(%q)\n got  %q\n want %q", c.in, g, c.want)
		}
	}
}
