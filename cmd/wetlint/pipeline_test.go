package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	sarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// wetlint runs the command in-process and returns stdout, stderr and the
// exit code.
func wetlint(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

// jsonRules returns the rule ids of the diagnostics of a --format json run,
// with their article.
func jsonRules(t *testing.T, stdout string) []string {
	t.Helper()
	var out struct {
		Diagnostics []struct {
			Rule    string `json:"rule"`
			Unit    string `json:"unit"`
			Message string `json:"message"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	var ids []string
	for _, d := range out.Diagnostics {
		ids = append(ids, d.Rule+" "+d.Unit)
	}
	return ids
}

func write(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

// slotbepalingen are the closing articles 4 to 6 (evaluatie,
// inwerkingtreding, citeertitel) that make a test draft a complete law, so
// that the document rules of the wetgevingstoets find nothing in it but what
// a test is about.
func slotbepalingen(citeertitel string) string {
	return `
## Artikel 4

Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties zendt binnen vijf jaar na de inwerkingtreding van deze wet aan de Staten-Generaal een verslag over de doeltreffendheid en de effecten van deze wet in de praktijk.

## Artikel 5

Deze wet treedt in werking met ingang van 1 januari 2027.

## Artikel 6

Deze wet wordt aangehaald als: ` + citeertitel + ".\n"
}

var fixDraft = `---
titel: Wet fixproef
soort: wet
---

## Artikel 1

De aanvrager meldt een verhuizing en/of een wijziging, en/of een vertrek.

## Artikel 2

1. Een boete En/Of een last onder dwangsom.
2. Het college kan een boete opleggen dan wel een last onder dwangsom.
3. De melding bevat:
   a. de naam en / of het adres;
   b. het burgerservicenummer.

## Artikel 3

Het vennootschapsrecht/ofwel het recht van de EU blijft buiten beschouwing.
` + slotbepalingen("Wet fixproef")

// TestFixRoundTrip: after check --fix, checking again finds no AR-006, and
// the file differs from the original in nothing but the fixes; the file
// keeps its mode and no temporary file is left.
func TestFixRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	write(t, path, fixDraft, 0o640)

	before, _, _ := wetlint(t, "check", "--format", "json", path)
	n := strings.Count(strings.Join(jsonRules(t, before), "\n"), "AR-006")
	if n != 4 {
		t.Fatalf("want 4 AR-006 findings before the fix, got %d:\n%s", n, before)
	}

	_, stderr, code := wetlint(t, "check", "--fix", path)
	if code == exitUsage || code == exitInternal || !strings.Contains(stderr, "4 correcties toegepast in 1 bestand") {
		t.Fatalf("check --fix: exit %d, stderr %q", code, stderr)
	}
	after, _, _ := wetlint(t, "check", "--format", "json", path)
	for _, r := range jsonRules(t, after) {
		if strings.HasPrefix(r, "AR-006") {
			t.Errorf("after --fix, still %s", r)
		}
	}

	got, _ := os.ReadFile(path)
	// the fixes, computed independently: every en/of (any case, spaces
	// around the slash) as a whole word becomes "of"
	want := regexp.MustCompile(`(?i)\ben\s*/\s*of\b`).ReplaceAllString(fixDraft, "of")
	if string(got) != want {
		t.Errorf("file after --fix:\n%s\nwant:\n%s", got, want)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("mode after --fix = %v, want 0640", st.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files in the directory after --fix: %v", entries)
	}
}

// TestDiff: check --diff prints the fixes as a unified diff and writes
// nothing; exit 1 while there is something to fix, 0 after.
func TestDiff(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	write(t, path, fixDraft, 0o644)
	stdout, stderr, code := wetlint(t, "check", "--diff", path)
	if code != exitFindings || stderr != "" {
		t.Fatalf("check --diff: exit %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(path); string(got) != fixDraft {
		t.Error("check --diff changed the file")
	}
	for _, want := range []string{
		"--- " + path + "\n+++ " + path + "\n",
		"-De aanvrager meldt een verhuizing en/of een wijziging, en/of een vertrek.\n+De aanvrager meldt een verhuizing of een wijziging, of een vertrek.\n",
		"-   a. de naam en / of het adres;\n+   a. de naam of het adres;\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("diff lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "ofwel") {
		t.Errorf("diff touches a line without a fix:\n%s", stdout)
	}
	wetlint(t, "check", "--fix", path)
	if stdout, _, code := wetlint(t, "check", "--diff", path); code != exitOK || stdout != "" {
		t.Errorf("check --diff after --fix: exit %d, output %q", code, stdout)
	}
}

var baselineDraft = `# Wet baselineproef

## Artikel 1

Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties beslist binnen acht weken.

## Artikel 2

1. De aanvrager meldt een verhuizing en/of een wijziging.
2. Tekst.

## Artikel 3

Een boete en/of een last.
` + slotbepalingen("Wet baselineproef")

// TestBaselineSurvivesMovingLines: findings written to a baseline stay out
// when lines are inserted above their article; a new finding is reported,
// and so is an old one whose article's text changed.
func TestBaselineSurvivesMovingLines(t *testing.T) {
	// only the wetgevingstoets: the case is about the AR-006 findings, not
	// about the doenvermogen of the example draft
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	base := filepath.Join(dir, "baseline.json")
	write(t, path, baselineDraft, 0o644)

	stdout, stderr, code := wetlint(t, "check", "--family", "wetgevingstoets", "--write-baseline", base, path)
	if code != exitOK || !strings.Contains(stderr, "baseline met 2 bevindingen geschreven") {
		t.Fatalf("--write-baseline: exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "2 al bekend uit de baseline") {
		t.Errorf("summary after --write-baseline: %s", stdout)
	}

	// move articles 2 and 3 down: a considerans and a new article above
	moved := strings.Replace(baselineDraft, "## Artikel 1\n", "Wij Willem-Alexander,\nbij de gratie Gods,\n\nAlzo Wij in overweging genomen hebben:\n\n## Artikel 1\n", 1)
	moved = strings.Replace(moved, "## Artikel 2\n", "## Artikel 1a\n\nDe aanvraag wordt\nelektronisch ingediend.\n\n## Artikel 2\n", 1)
	write(t, path, moved, 0o644)
	stdout, _, code = wetlint(t, "check", "--family", "wetgevingstoets", "--baseline", base, "--format", "json", path)
	if got := jsonRules(t, stdout); len(got) != 0 || code != exitOK {
		t.Errorf("after moving lines, with the baseline: exit %d, %v", code, got)
	}
	// without the baseline they are still there, on other lines
	stdout, _, _ = wetlint(t, "check", "--family", "wetgevingstoets", "--format", "json", path)
	if got := jsonRules(t, stdout); len(got) != 2 {
		t.Errorf("without the baseline: %v, want the two AR-006 findings", got)
	}

	// a new finding, and a change in article 3, are reported
	changed := strings.Replace(moved, "elektronisch ingediend.", "elektronisch en/of schriftelijk ingediend.", 1)
	changed = strings.Replace(changed, "Een boete en/of een last.", "Een boete en/of een last onder dwangsom.", 1)
	write(t, path, changed, 0o644)
	stdout, _, code = wetlint(t, "check", "--family", "wetgevingstoets", "--baseline", base, "--format", "json", path)
	if got := strings.Join(jsonRules(t, stdout), ","); got != "AR-006 art:1a,AR-006 art:3" || code != exitFindings {
		t.Errorf("with a new and a changed finding: exit %d, %s; want AR-006 art:1a,AR-006 art:3", code, got)
	}
}

// TestBaselineErrors: a broken baseline file is a usage error with its
// position.
func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	write(t, path, baselineDraft, 0o644)
	bad := filepath.Join(dir, "b.json")
	write(t, bad, "{\"version\": 1,\n \"findings\": [,]}\n", 0o644)
	_, stderr, code := wetlint(t, "check", "--baseline", bad, path)
	if code != exitUsage || !strings.Contains(stderr, bad+":2:15: ongeldige baseline") {
		t.Errorf("broken baseline: exit %d, %q", code, stderr)
	}
	_, stderr, code = wetlint(t, "check", "--baseline", filepath.Join(dir, "geen.json"), path)
	if code != exitUsage || !strings.Contains(stderr, "baseline lezen") {
		t.Errorf("missing baseline: exit %d, %q", code, stderr)
	}
}

// TestCustomRuleExample runs the example of docs/custom-rules.md end to
// end: docs/examples/.wetlint.yaml loads the rule in docs/examples/policies
// with the team's word list (which adds ‘dezerzijds’) and raises it to a
// warning; its Rego tests pass under wetlint test.
func TestCustomRuleExample(t *testing.T) {
	stdout, stderr, code := wetlint(t, "check", "--format", "json", "../../docs/examples/ontwerp.md")
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out struct {
		Diagnostics []struct {
			Rule, Severity, Message, Unit string
			Line                          int
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range out.Diagnostics {
		got = append(got, fmt.Sprintf("%d %s %s %s", d.Line, d.Rule, d.Severity, d.Message))
	}
	want := []string{
		"10 EIGEN-001 warning in artikel 1 staat ‘middels’; schrijf liever ‘met’",
		"14 EIGEN-001 warning in artikel 2 staat ‘dezerzijds’; schrijf liever ‘door ons’",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	stdout, stderr, code = wetlint(t, "test", "--no-builtin", "../../docs/examples/policies")
	if code != exitOK || !strings.HasSuffix(stdout, "4 tests: 4 geslaagd, 0 mislukt\n") {
		t.Errorf("wetlint test of the example: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestNewRule: `wetlint new rule` scaffolds a rule whose tests pass and
// which `wetlint check --policies` runs.
func TestNewRule(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "beleid")
	stdout, stderr, code := wetlint(t, "new", "rule", "ambtelijke-woorden", "--id", "TEAM-001", "--severity", "info", "--dir", dir)
	rule := filepath.Join(dir, "wetgevingstoets", "team-001", "team_001.rego")
	if code != exitOK || stdout != rule+"\n"+strings.TrimSuffix(rule, ".rego")+"_test.rego\n" {
		t.Fatalf("new rule: exit %d\n%s%s", code, stdout, stderr)
	}
	if stdout, _, code := wetlint(t, "test", "--no-builtin", dir); code != exitOK || !strings.Contains(stdout, "2 tests: 2 geslaagd") {
		t.Errorf("test of the new rule: exit %d\n%s", code, stdout)
	}
	draft := filepath.Join(t.TempDir(), "wet.md")
	write(t, draft, "## Artikel 1\n\nDe onderhavige regeling geldt voor iedereen.\n\n## Artikel 2\n\nTekst.\n", 0o644)
	stdout, _, _ = wetlint(t, "check", "--policies", dir, draft)
	if !strings.Contains(stdout, "info: in artikel 1 staat ‘onderhavige’ [TEAM-001] (artikel 1)") {
		t.Errorf("check with the new rule:\n%s", stdout)
	}
	if _, stderr, code := wetlint(t, "new", "rule", "ambtelijke-woorden", "--id", "TEAM-001", "--dir", dir); code != exitUsage || !strings.Contains(stderr, "bestaat al") {
		t.Errorf("second new rule: exit %d, %s", code, stderr)
	}
}

// TestSARIFFromCLI: check --format sarif describes every rule that ran
// (the Rego rules and the directive checks), and the log validates against
// the SARIF 2.1.0 schema.
func TestSARIFFromCLI(t *testing.T) {
	path := filepath.Join(t.TempDir(), "wet.md")
	write(t, path, fixDraft, 0o644)
	stdout, stderr, code := wetlint(t, "check", "--format", "sarif", "--family", "wetgevingstoets", path)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rep, err := sarif.FromString(stdout)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Errorf("SARIF from the CLI does not validate: %v", err)
	}
	rules, _, _ := wetlint(t, "rules", "--family", "wetgevingstoets", "--format", "json")
	var want []struct{ ID string }
	json.Unmarshal([]byte(rules), &want)
	var got []string
	for _, r := range rep.Runs[0].Tool.Driver.Rules {
		got = append(got, *r.ID)
	}
	var wantIDs []string
	for _, r := range want {
		wantIDs = append(wantIDs, r.ID)
	}
	wantIDs = append(wantIDs, "WL-001", "WL-002")
	if strings.Join(got, " ") != strings.Join(wantIDs, " ") {
		t.Errorf("SARIF rules = %v, want %v", got, wantIDs)
	}
	if n := len(rep.Runs[0].Results); n != 4 {
		t.Errorf("%d results, want the 4 AR-006 findings", n)
	}
}

// TestFixLeavesBaselined: --fix with --baseline fixes only what is
// reported, not what the baseline holds.
func TestFixLeavesBaselined(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wet.md")
	base := filepath.Join(dir, "b.json")
	write(t, path, "## Artikel 1\n\nEen boete en/of een last.\n\n## Artikel 2\n\nTekst.\n", 0o644)
	wetlint(t, "check", "--write-baseline", base, path)
	write(t, path, "## Artikel 1\n\nEen boete en/of een last.\n\n## Artikel 2\n\nTekst en/of meer.\n", 0o644)
	_, stderr, _ := wetlint(t, "check", "--baseline", base, "--fix", path)
	got, _ := os.ReadFile(path)
	if want := "## Artikel 1\n\nEen boete en/of een last.\n\n## Artikel 2\n\nTekst of meer.\n"; string(got) != want || !strings.Contains(stderr, "1 correctie toegepast") {
		t.Errorf("after --baseline --fix (%s):\n%s\nwant:\n%s", stderr, got, want)
	}
}

// arFixDraft holds one instance of each mechanical AR fix; arFixed is the
// draft as a wetgevingsjurist would correct it by hand.
const arFixDraft = `---
titel: Wet fixproef verwijzingen
soort: wet
---

## Artikel 1

1. Onze Minister van Financiën verstrekt een bijdrage.
2. De bijdrage, bedoeld in lid 1, wordt c.q. kan worden verhoogd.
3. In het vorige lid en in artikel 2 sub a wordt het bedrag en/of de termijn bepaald.

## Artikel 2

De aanvrager verstrekt:

a. zijn naam;

b. zijn adres.

## Artikel 3

Het bepaalde in het vorige artikel geldt ook voor de partner, bedoeld in art. 1.
`

const arFixed = `---
titel: Wet fixproef verwijzingen
soort: wet
---

## Artikel 1

1. Onze Minister van Financiën verstrekt een bijdrage.
2. De bijdrage, bedoeld in het eerste lid, wordt of kan worden verhoogd.
3. In het tweede lid en in artikel 2, onderdeel a, wordt het bedrag of de termijn bepaald.

## Artikel 2

De aanvrager verstrekt:

a. zijn naam;

b. zijn adres.

## Artikel 3

Het bepaalde in artikel 2 geldt ook voor de partner, bedoeld in artikel 1.
`

// TestARFixRoundTrip: the fixes of AR-001 (informal reference), AR-003
// (relative reference), AR-006 (en/of) and AR-007 (c.q.) give the text a
// wetgevingsjurist would write, and checking again finds none of them.
func TestARFixRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "wet.md")
	write(t, path, arFixDraft, 0o644)
	fixed := map[string]bool{"AR-001": true, "AR-003": true, "AR-006": true, "AR-007": true}
	before, _, _ := wetlint(t, "check", "--format", "json", path)
	seen := map[string]int{}
	for _, r := range jsonRules(t, before) {
		seen[strings.Fields(r)[0]]++
	}
	for id := range fixed {
		if seen[id] == 0 {
			t.Errorf("before --fix: no %s finding in %v", id, jsonRules(t, before))
		}
	}
	if _, stderr, code := wetlint(t, "check", "--fix", path); code == exitUsage || code == exitInternal {
		t.Fatalf("check --fix: exit %d, stderr %q", code, stderr)
	}
	got, _ := os.ReadFile(path)
	if string(got) != arFixed {
		t.Errorf("file after --fix:\n%s\nwant:\n%s", got, arFixed)
	}
	after, _, _ := wetlint(t, "check", "--format", "json", path)
	for _, r := range jsonRules(t, after) {
		if fixed[strings.Fields(r)[0]] {
			t.Errorf("after --fix, still %s", r)
		}
	}
}
