package checks_test

import (
	"context"
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

// TestAdministrationDeadlines runs the whole path (reader, facts, input,
// Rego) on a draft full of deadlines of the administration, phrased in the
// ways drafts phrase them: none of them may raise DOEN-002, the citizen's
// short deadline; the one deadline of a citizen in the draft must.
func TestAdministrationDeadlines(t *testing.T) {
	src := `## Artikel 1

1. Het college beslist binnen acht weken na ontvangst van de aanvraag.
2. Binnen vier weken na ontvangst van het bezwaarschrift beslist Onze Minister.
3. De beschikking wordt binnen twee weken gegeven.
4. De tegemoetkoming wordt binnen tien dagen vastgesteld en binnen vijf werkdagen uitbetaald.
5. Op verzoek van de aanvrager stelt de Dienst Toeslagen binnen zes weken het voorschot vast.
6. Het college deelt de aanvrager binnen drie dagen mee dat de aanvraag onvolledig is.
7. Indien de aanvrager daarom verzoekt, beslist het college binnen veertien dagen.
8. De subsidie wordt door de Minister binnen 4 weken na de aanvraag verstrekt.
9. Het college zendt de belanghebbende onverwijld een afschrift van het besluit.
10. De burgemeester draagt er zorg voor dat de stukken uiterlijk op de vijfde dag na de zitting worden overgelegd.

## Artikel 2

De uitkering wordt uiterlijk de tiende werkdag van de maand betaald aan de belanghebbende.

## Artikel 3

De aanvrager verstrekt binnen tien dagen de gevraagde gegevens.
`
	doc, err := markdown.Read("beslistermijnen.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	diags, err := testEngine(t).Check(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var at []string
	for _, d := range diags {
		if d.Rule == "DOEN-002" {
			at = append(at, d.Unit)
		}
	}
	if len(at) != 1 || at[0] != "art:3" {
		t.Errorf("DOEN-002 at %v, want only at art:3 (the citizen's deadline)", at)
	}
}

// TestPracticeDoenvermogen checks the doenvermogen expectations of the
// practice drafts (../shared/practice/expected.json): a warning or error of
// the family where a reviewer expects one, none where it must stay quiet.
func TestPracticeDoenvermogen(t *testing.T) {
	checkPractice(t, testEngine(t), "doenvermogen")
}
