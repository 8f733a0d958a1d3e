package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runJSON runs wetlint with args and decodes its JSON output.
func runJSON(t *testing.T, args ...string) (int, jsonOutput, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	var out jsonOutput
	if stdout.Len() > 0 {
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatalf("wetlint %s: %v\n%s", strings.Join(args, " "), err, stdout.String())
		}
	}
	return code, out, stderr.String()
}

type jsonOutput struct {
	Diagnostics []struct {
		Rule      string `json:"rule"`
		Family    string `json:"family"`
		Severity  string `json:"severity"`
		Message   string `json:"message"`
		Path      string `json:"path"`
		Unit      string `json:"unit"`
		Justified bool   `json:"justified"`
		Reason    string `json:"reason"`
	} `json:"diagnostics"`
}

func TestRulesListDISC(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"rules", "--format", "json"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rules []ruleJSON
	if err := json.Unmarshal(stdout.Bytes(), &rules); err != nil {
		t.Fatal(err)
	}
	family := map[string]string{}
	for _, r := range rules {
		family[r.ID] = r.Family
	}
	for _, id := range []string{"DISC-001", "DISC-002", "DISC-003", "DISC-004", "DISC-005", "DISC-006", "DISC-007", "DISC-008"} {
		if family[id] != "discriminatietoets" {
			t.Errorf("%s: family %q, want discriminatietoets", id, family[id])
		}
	}
}

// TestJustifyDirectiveJSON: a finding covered by a justification in the
// draft (an HTML comment in Markdown, a processing instruction in XML) is
// reported with severity info, justified true and the reason; a finding
// the directive does not name stays as it is.
func TestJustifyDirectiveJSON(t *testing.T) {
	cases := []struct {
		file   string
		code   int
		want   map[string]string // rule → "severity justified reason-prefix"
		reason string
	}{
		{"testdata/disc/wet.md", exitFindings, map[string]string{
			"DISC-001": "info true",
			"DISC-007": "warning false", // no toelichting, and the directive names only DISC-001
		}, "de reviewer aanvaardt het doel"},
		{"testdata/disc/wet.xml", exitOK, map[string]string{
			"DISC-001": "info true",
			"DISC-007": "info true",
		}, "de toelichting, paragraaf 3, weegt het onderscheid af"},
	}
	for _, c := range cases {
		code, out, stderr := runJSON(t, "check", "--format", "json", "--family", "discriminatietoets", c.file)
		if code != c.code {
			t.Errorf("%s: exit %d, want %d (%s)", c.file, code, c.code, stderr)
		}
		got := map[string]string{}
		for _, d := range out.Diagnostics {
			got[d.Rule] = d.Severity + " " + map[bool]string{true: "true", false: "false"}[d.Justified]
			if d.Unit != "art:2" {
				t.Errorf("%s: %s at %q, want art:2", c.file, d.Rule, d.Unit)
			}
			if d.Justified && !strings.HasPrefix(d.Reason, c.reason) {
				t.Errorf("%s: %s reason %q, want %q…", c.file, d.Rule, d.Reason, c.reason)
			}
			if !d.Justified && d.Reason != "" {
				t.Errorf("%s: %s has a reason %q without being justified", c.file, d.Rule, d.Reason)
			}
		}
		for rule, w := range c.want {
			if got[rule] != w {
				t.Errorf("%s: %s = %q, want %q", c.file, rule, got[rule], w)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: rules %v, want %v", c.file, got, c.want)
		}
	}
}

// TestToelichtingFlag: `check wet --toelichting mvt` reads the toelichting
// from its own file, Markdown or XML; a full justification there leaves
// the distinction at info and DISC-007 silent.
func TestToelichtingFlag(t *testing.T) {
	for _, c := range []struct{ draft, mvt string }{
		{"testdata/disc/wet.md", "testdata/disc/mvt.md"},
		{"testdata/disc/wet.md", "testdata/disc/mvt.xml"},
		{"testdata/disc/wet.xml", "testdata/disc/mvt.md"},
	} {
		code, out, stderr := runJSON(t, "check", "--format", "json", "--family", "discriminatietoets", c.draft, "--toelichting", c.mvt)
		if code != exitOK {
			t.Errorf("%s + %s: exit %d (%s)", c.draft, c.mvt, code, stderr)
		}
		if len(out.Diagnostics) != 1 || out.Diagnostics[0].Rule != "DISC-001" || out.Diagnostics[0].Severity != "info" ||
			!strings.Contains(out.Diagnostics[0].Message, "de toelichting beargumenteert een legitiem doel, de noodzaak en de evenredigheid") {
			t.Errorf("%s + %s: %+v", c.draft, c.mvt, out.Diagnostics)
		}
	}
}

func TestToelichtingFlagErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"testdata/disc/wet.md", "testdata/disc/wet.xml", "--toelichting", "testdata/disc/mvt.md"}, "--toelichting hoort bij één ontwerp, niet bij 2 bestanden"},
		{[]string{"testdata/disc/wet.md", "--toelichting", "testdata/disc/geen.md"}, "testdata/disc/geen.md: bestand bestaat niet"},
		{[]string{"testdata/disc/wet.md", "--toelichting", "testdata/disc/wet.xml"}, "testdata/disc/wet.xml: geen toelichting gevonden"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"check"}, c.args...), strings.NewReader(""), &stdout, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("check %v: exit %d, stderr %q; want exit 2 and %q", c.args, code, stderr.String(), c.want)
		}
	}
}
