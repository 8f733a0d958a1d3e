package facts

import (
	"fmt"
	"strings"
	"testing"
)

func TestDeadlinesAndActors(t *testing.T) {
	cases := []struct {
		in   string
		want string // text|days|actor ; … ("" for none)
	}{
		{"De aanvraag wordt ingediend binnen tien dagen nadat de aanvrager in de gemeente is gaan wonen.", "binnen tien dagen|10|citizen"},
		{"Het college beslist binnen acht weken na ontvangst van de aanvraag.", "binnen acht weken|56|admin"},
		{"De aanvrager verstrekt de Minister desgevraagd binnen vijf werkdagen alle gegevens.", "binnen vijf werkdagen|7|citizen"},
		{"De beschikking wordt binnen vier weken gegeven.", "binnen vier weken|28|admin"},
		{"De subsidie wordt binnen zes weken verstrekt.", "binnen zes weken|42|admin"},
		{"De gegevens worden binnen 14 dagen verstrekt.", "binnen 14 dagen|14|citizen"},
		{"De belanghebbende meldt een wijziging onverwijld.", "onverwijld|0|citizen"},
		{"Onze Minister stelt de beslissing binnen twee maanden vast.", "binnen twee maanden|60|admin"},
		{"Indien de aanvrager verhuist, meldt hij dit binnen eenentwintig dagen.", "binnen eenentwintig dagen|21|citizen"},
		{"De werkgever meldt een wijziging binnen twee weken.", "binnen twee weken|14|business"},
		{"De terugvordering wordt door het college binnen een jaar vastgesteld.", "binnen een jaar|365|admin"},
		{"Het bezwaar wordt binnen zes weken na de dagtekening van het besluit ingediend.", "binnen zes weken|42|citizen"},
		{"Deze wet treedt in werking met ingang van 1 januari 2027.", ""},
		{"Het college kan ten minste vier weken voor de zitting een oproep doen.", "ten minste vier weken voor|28|admin"},
		// "direct" as the adverb of reporting, not as an adjective
		{"De aanvrager meldt het direct aan Onze Minister.", "direct|0|citizen"},
		{"De belanghebbende heeft een direct belang bij het besluit.", ""},
		{"Het college verstrekt direct of indirect geen gegevens.", ""},
		// a window between two dates: "tot en met" counts the last day
		{"De aanvraag wordt ingediend in de periode van 1 tot en met 10 januari.", "in de periode van 1 tot en met 10 januari|10|citizen"},
		{"De aanvrager meldt zich van 15 december tot 15 januari.", "van 15 december tot 15 januari|31|citizen"},
		{"De aanvraag wordt ingediend tussen 1 maart en 30 april.", "tussen 1 maart en 30 april|61|citizen"},
		{"De wet gold van 1 januari 2010 tot en met 31 december 2012.", ""},
	}
	for _, c := range cases {
		var got []string
		for _, d := range deadlines(c.in, 0, "s") {
			f := sentenceFacts([]string{"s"}, []string{c.in}, SentenceFacts{})[0]
			got = append(got, fmt.Sprintf("%s|%d|%s", d.Text, d.Days, f.Actor))
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, strings.Join(got, "; "), c.want)
		}
	}
}

func TestCardinal(t *testing.T) {
	for w, want := range map[string]int{"tien": 10, "veertien": 14, "eenentwintig": 21, "tweeëntwintig": 22, "6": 6, "zesendertig": 36} {
		if got, ok := Cardinal(w); !ok || got != want {
			t.Errorf("Cardinal(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
}
