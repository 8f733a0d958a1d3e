package checks

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/wetlint/wetlint/clause/detect"
)

var (
	discOnce   sync.Once
	discEngine *Engine
	discErr    error
)

// discCheck checks a draft with the discriminatietoets rules only.
func discCheck(t *testing.T, path string) []Diagnostic {
	t.Helper()
	discOnce.Do(func() {
		discEngine, discErr = New(context.Background(), Options{Families: []string{"discriminatietoets"}})
	})
	if discErr != nil {
		t.Fatal(discErr)
	}
	doc, err := detect.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	diags, err := discEngine.Check(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return diags
}

// byArticle lists per article the rules that report at or above a
// severity, as "DISC-001 DISC-007".
func byArticle(diags []Diagnostic, min string) map[string]string {
	rules := map[string][]string{}
	for _, d := range diags {
		if SeverityRank(d.Severity) >= SeverityRank(min) {
			rules[d.Article] = append(rules[d.Article], d.Rule)
		}
	}
	out := map[string]string{}
	for a, rs := range rules {
		sort.Strings(rs)
		out[a] = strings.Join(rs, " ")
	}
	return out
}

// TestDISCMentionOrDistinction: in testdata/disc/onderscheid.md articles
// 1 to 5 and 10 only mention nationality (a definition, the
// Vreemdelingenwet 2000, a ban on processing, an extension, "ongeacht", a
// ban on distinctions); articles 6 to 9 draw a distinction or process
// nationality data. The draft has no toelichting, so DISC-007 warns.
func TestDISCMentionOrDistinction(t *testing.T) {
	got := byArticle(discCheck(t, "testdata/disc/onderscheid.md"), SeverityWarning)
	want := map[string]string{
		"6": "DISC-001 DISC-007",
		"7": "DISC-003 DISC-007",
		"8": "DISC-005 DISC-007 DISC-008",
		"9": "DISC-006",
	}
	for _, a := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"} {
		if got[a] != want[a] {
			t.Errorf("artikel %s: got %q, want %q", a, got[a], want[a])
		}
	}
}

// TestDISCJustification: testdata/disc/rechtvaardiging.md justifies
// artikel 1 in its artikelsgewijze toelichting and artikel 2 in the general
// part, each in other words; artikel 3 is given only an aim, artikel 4 only
// the keywords. A full justification leaves the distinction at info without
// DISC-007; a partial one gives a DISC-007 error that names what is missing.
func TestDISCJustification(t *testing.T) {
	diags := discCheck(t, "testdata/disc/rechtvaardiging.md")
	got := byArticle(diags, SeverityInfo)
	want := map[string]string{
		"1": "DISC-001",
		"2": "DISC-003",
		"3": "DISC-005 DISC-007",
		"4": "DISC-003 DISC-007",
	}
	for _, a := range []string{"1", "2", "3", "4", "5"} {
		if got[a] != want[a] {
			t.Errorf("artikel %s: got %q, want %q", a, got[a], want[a])
		}
	}
	msgs := map[string]Diagnostic{}
	for _, d := range diags {
		msgs[d.Article+" "+d.Rule] = d
	}
	for _, k := range []string{"1 DISC-001", "2 DISC-003"} {
		if d := msgs[k]; d.Severity != SeverityInfo || !strings.Contains(d.Message, "de toelichting beargumenteert een legitiem doel, de noodzaak en de evenredigheid") {
			t.Errorf("%s: %s %q, want info with the justification", k, d.Severity, d.Message)
		}
	}
	if d := msgs["3 DISC-007"]; d.Severity != SeverityError ||
		!strings.Contains(d.Message, "beargumenteert alleen het doel") ||
		!strings.Contains(d.Message, "er ontbreken de noodzaak (waarom geen minder ingrijpend middel volstaat) en de evenredigheid") {
		t.Errorf("3 DISC-007: %s %q", d.Severity, d.Message)
	}
	if d := msgs["4 DISC-007"]; d.Severity != SeverityError ||
		!strings.Contains(d.Message, "beargumenteert geen van de drie") ||
		!strings.Contains(d.Message, "wel genoemd, maar niet onderbouwd") {
		t.Errorf("4 DISC-007: %s %q", d.Severity, d.Message)
	}
}
