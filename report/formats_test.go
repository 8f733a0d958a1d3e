package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	sarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/internal/golden"
)

func span(l1, c1, o1, l2, c2, o2 int) clause.Span {
	return clause.Span{Start: clause.Pos{Line: l1, Column: c1, Offset: o1}, End: clause.Pos{Line: l2, Column: c2, Offset: o2}}
}

// sampleRules and sampleFiles are the one input every format is tested
// on: a file with an error that has a fix, a warning, a justified finding,
// a directive diagnostic and a suppressed finding; a clean file; a file
// that could not be read. Paths and messages hold characters that every
// format must escape (, : % < & " and a line break).
func sampleRules() []checks.Rule {
	return []checks.Rule{
		{ID: "AR-006", Name: "en-of", Title: "Gebruik van ‘en/of’", Family: "wetgevingstoets", Severity: "error",
			Source: "Ar 3.12", Scope: "article", Description: "In regelgeving wordt ‘en/of’ niet gebruikt."},
		{ID: "DOEN-002", Name: "korte-termijn-burger", Title: "Korte termijn voor de burger", Family: "doenvermogen",
			Severity: "warning", Source: "WRR, Weten is nog geen doen (2017)", Scope: "article",
			Description: "De burger moet binnen een korte termijn handelen."},
		checks.DirectiveRules[0],
	}
}

func sampleFiles() []checks.FileResult {
	const path = "ontwerpen/wet, 2026.md"
	return []checks.FileResult{
		{Path: "ontwerpen/schoon.md", Format: "markdown", Articles: 2},
		{Path: path, Format: "markdown", Articles: 7, Meta: clause.Meta{Title: "Wet proef", Type: "wet", Year: 2026},
			Diagnostics: []checks.Diagnostic{
				{Rule: "AR-006", Name: "en-of", Family: "wetgevingstoets", Severity: "error", Path: path,
					Message: "in artikel 1 staat ‘en/of’; schrijf ‘of’", Span: span(5, 35, 60, 5, 40, 66),
					Unit: "art:1", Article: "1", Label: "artikel 1", Source: "Ar 3.12", Fingerprint: "0123456789abcdef0123456789abcdef",
					Fixes: []checks.Fix{{Message: "Vervang ‘en/of’ door ‘of’", Edits: []checks.TextEdit{
						{Start: 60, End: 66, Span: span(5, 35, 60, 5, 40, 66), NewText: "of"}}}}},
				{Rule: "DOEN-002", Name: "korte-termijn-burger", Family: "doenvermogen", Severity: "warning", Path: path,
					Message: "in artikel 3, eerste lid, krijgt de burger ‘binnen 10 dagen’: 10 < 42 & \"kort\" (100%)\nzie toelichting",
					Span:    span(12, 8, 200, 12, 24, 217), Unit: "art:3/lid:1", Article: "3", Member: "1",
					Label: "artikel 3, eerste lid", Source: "WRR, Weten is nog geen doen (2017)", Fingerprint: "fedcba9876543210fedcba9876543210"},
				{Rule: "DOEN-002", Name: "korte-termijn-burger", Family: "doenvermogen", Severity: "info", Path: path,
					Message: "in artikel 4 krijgt de burger ‘binnen 𝔸 dagen’", Span: span(20, 3, 300, 20, 12, 312),
					Unit: "art:4", Article: "4", Label: "artikel 4", Source: "WRR, Weten is nog geen doen (2017)",
					Justified: true, Reason: "zie toelichting § 3", Fingerprint: "aaaabbbbccccddddaaaabbbbccccdddd"},
				{Rule: "WL-001", Name: "ongeldige-aanwijzing", Family: "wetlint", Severity: "error", Path: path,
					Message: `de aanwijzing mist een reden (reden="…")`, Span: span(30, 1, 400, 30, 30, 429),
					Source: "wetlint (aanwijzingen)", Fingerprint: "11112222333344441111222233334444"},
			},
			Suppressed: []checks.Diagnostic{
				{Rule: "AR-006", Name: "en-of", Family: "wetgevingstoets", Severity: "error", Path: path,
					Message: "in artikel 2, eerste lid, staat ‘en/of’; schrijf ‘of’", Span: span(9, 13, 120, 9, 18, 126),
					Unit: "art:2/lid:1", Article: "2", Member: "1", Label: "artikel 2, eerste lid", Source: "Ar 3.12",
					Reason: "geciteerde tekst", Fingerprint: "99998888777766669999888877776666"},
			},
			Baselined: 2,
		},
		{Path: "ontwerpen/kapot.xml", Err: &clause.ParseError{Path: "ontwerpen/kapot.xml", Line: 3, Column: 7, Msg: "XML syntax error: unexpected EOF"}},
	}
}

func render(t *testing.T, format string, opts Options, files []checks.FileResult) []byte {
	t.Helper()
	p, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := p.Print(&b, files); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden renders the sample and an empty run in every format and
// compares with testdata/<format>.golden and testdata/empty.<format>.golden
// (go test ./report -update rewrites them).
func TestGolden(t *testing.T) {
	for _, format := range Formats {
		for _, tc := range []struct {
			name  string
			files []checks.FileResult
		}{{format, sampleFiles()}, {"empty." + format, nil}} {
			t.Run(tc.name, func(t *testing.T) {
				got := render(t, format, Options{Version: "test", Rules: sampleRules(), ShowSuppressed: true}, tc.files)
				path := filepath.Join("testdata", tc.name+".golden")
				if golden.Update() {
					if err := os.WriteFile(path, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./report -update)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s (-want +got):\n%s", path, golden.Diff(string(want), string(got)))
				}
			})
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	_, err := New("sarfi", Options{})
	want := `onbekend uitvoerformaat "sarfi"; kies uit text, json, sarif, junit, checkstyle, github, gitlab`
	if err == nil || err.Error() != want {
		t.Errorf("New(sarfi) error = %v, want %s", err, want)
	}
}

// TestSARIFSchema validates the SARIF output against the SARIF 2.1.0
// schema (embedded in go-sarif). go-sarif validates its own Go value, so
// the output is read into it and then checked to have lost nothing: a
// field the schema does not know would otherwise vanish unnoticed.
func TestSARIFSchema(t *testing.T) {
	for name, files := range map[string][]checks.FileResult{"sample": sampleFiles(), "empty": nil} {
		out := render(t, "sarif", Options{Version: "test", Rules: sampleRules(), ShowSuppressed: true}, files)
		rep, err := sarif.FromBytes(out)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := rep.Validate(); err != nil {
			t.Errorf("%s: SARIF does not validate: %v", name, err)
		}
		var mine, theirs any
		if err := json.Unmarshal(out, &mine); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &theirs); err != nil {
			t.Fatal(err)
		}
		if err := subset("", mine, theirs); err != nil {
			t.Errorf("%s: go-sarif dropped part of the output: %v", name, err)
		}
	}
	// and the validation is not vacuous: a wrong level is rejected
	bad := bytes.Replace(render(t, "sarif", Options{Rules: sampleRules()}, sampleFiles()), []byte(`"level": "warning"`), []byte(`"level": "hoog"`), 1)
	rep, err := sarif.FromBytes(bad)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Validate() == nil {
		t.Error("a SARIF log with level \"hoog\" validated")
	}
}

// subset reports the first value of a that b does not hold equally.
func subset(path string, a, b any) error {
	switch av := a.(type) {
	case map[string]any:
		bv, ok := b.(map[string]any)
		if !ok {
			return errors.New(path + ": not an object")
		}
		for k, x := range av {
			if err := subset(path+"."+k, x, bv[k]); err != nil {
				return err
			}
		}
		return nil
	case []any:
		bv, ok := b.([]any)
		if !ok || len(bv) != len(av) {
			return errors.New(path + ": not an array of the same length")
		}
		for i := range av {
			if err := subset(path+"["+string(rune('0'+i%10))+"]", av[i], bv[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if !reflect.DeepEqual(a, b) {
		return errors.New(path + ": differs")
	}
	return nil
}

// TestSARIFContent checks what code-scanning services rely on.
func TestSARIFContent(t *testing.T) {
	var log struct {
		Runs []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				Level               string            `json:"level"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Suppressions        []struct {
					Justification string `json:"justification"`
				} `json:"suppressions"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	out := render(t, "sarif", Options{Rules: sampleRules()}, sampleFiles())
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	if len(run.Results) != 4 {
		t.Fatalf("%d results, want 4 (suppressed ones only with ShowSuppressed)", len(run.Results))
	}
	for _, r := range run.Results {
		rule := run.Tool.Driver.Rules[r.RuleIndex]
		if rule.ID != r.RuleID || !strings.Contains(rule.Help.Text, "Bron: ") {
			t.Errorf("result %s points at rule %+v", r.RuleID, rule)
		}
		if r.PartialFingerprints[FingerprintKey] == "" {
			t.Errorf("result %s has no fingerprint", r.RuleID)
		}
	}
	if got := run.Results[1].Level; got != "warning" {
		t.Errorf("DOEN-002 level = %s", got)
	}
	if got := run.Results[2]; got.Level != "note" || len(got.Suppressions) != 1 || got.Suppressions[0].Justification != "zie toelichting § 3" {
		t.Errorf("justified result = %+v", got)
	}
	if uri := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "ontwerpen/wet,%202026.md" {
		t.Errorf("uri = %q", uri)
	}
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("a run with an unreadable file reported success")
	}
}

// TestXMLWellFormed: the XML formats parse back, and escaping keeps the
// message intact.
func TestXMLWellFormed(t *testing.T) {
	for _, format := range []string{"junit", "checkstyle"} {
		out := render(t, format, Options{}, sampleFiles())
		d := xml.NewDecoder(bytes.NewReader(out))
		found := false
		for {
			tok, err := d.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", format, err)
				}
				break
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					if strings.Contains(a.Value, `10 < 42 & "kort" (100%)`) {
						found = true
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: message with < & \" not found intact", format)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	out := string(render(t, "github", Options{}, sampleFiles()))
	want := "::warning file=ontwerpen/wet%2C 2026.md,line=12,col=8,endLine=12,endColumn=24,title=DOEN-002 korte-termijn-burger::" +
		"in artikel 3, eerste lid, krijgt de burger ‘binnen 10 dagen’: 10 < 42 & \"kort\" (100%25)%0Azie toelichting\n"
	if !strings.Contains(out, want) {
		t.Errorf("github output lacks\n%s\ngot:\n%s", want, out)
	}
	if strings.Count(out, "\n") != 5 {
		t.Errorf("want one line per diagnostic and one for the unreadable file, got:\n%s", out)
	}
}

func TestGitLabFingerprintsUnique(t *testing.T) {
	var issues []gitlabIssue
	if err := json.Unmarshal(render(t, "gitlab", Options{}, sampleFiles()), &issues); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, is := range issues {
		if is.Fingerprint == "" || seen[is.Fingerprint] {
			t.Errorf("fingerprint %q empty or repeated", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
		if is.Location.Path == "" || is.Location.Lines.Begin < 1 {
			t.Errorf("issue without a location: %+v", is)
		}
	}
	if len(issues) != 5 {
		t.Errorf("%d issues, want 5", len(issues))
	}
}
