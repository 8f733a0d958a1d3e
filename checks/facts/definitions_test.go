package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestDefinitions(t *testing.T) {
	src := `## Artikel 1

In deze regeling wordt verstaan onder:

aanvrager: de verhuurder die een aanvraag om subsidie indient;
de Minister: de Minister van Volkshuisvesting en Ruimtelijke Ordening;
subsidie: de subsidie, bedoeld in artikel 2.

## Artikel 2

In deze wet en de daarop berustende bepalingen wordt, tenzij anders bepaald, verstaan onder:

a. college: het college van burgemeester en wethouders;
b. deelnemer: degene aan wie een voorziening is toegekend.

## Artikel 3

1. Onder partner wordt mede verstaan de persoon met wie de aanvrager een gezamenlijke huishouding voert.
2. In deze wet wordt verstaan onder werkdag: een dag die geen zaterdag of zondag is.
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range definitions(doc) {
		u := doc.Unit(d.Unit)
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|ext=%v|let=%v", d.Unit, u.Text[d.Start:d.End], d.Definiens, d.Form, d.Extends, d.Lettered))
	}
	want := []string{
		"art:1|aanvrager|de verhuurder die een aanvraag om subsidie indient|list|ext=false|let=false",
		"art:1|de Minister|de Minister van Volkshuisvesting en Ruimtelijke Ordening|list|ext=false|let=false",
		"art:1|subsidie|de subsidie, bedoeld in artikel 2|list|ext=false|let=false",
		"art:2/ond:a|college|het college van burgemeester en wethouders|list|ext=false|let=true",
		"art:2/ond:b|deelnemer|degene aan wie een voorziening is toegekend|list|ext=false|let=true",
		"art:3/lid:1|partner|de persoon met wie de aanvrager een gezamenlijke huishouding voert|onder|ext=true|let=false",
		"art:3/lid:2|werkdag|een dag die geen zaterdag of zondag is|inline|ext=false|let=false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("definitions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
