// Package scaffold writes the skeleton of a new rule: its Rego file with
// complete METADATA and a test file with a failing and a passing case, in
// the layout of the built-in rules (docs/custom-rules.md). The skeleton
// compiles, its tests pass, and `wetlint check --policies DIR` runs it.
package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"

	"github.com/wetlint/wetlint/checks"
)

// A Spec describes the rule to create.
type Spec struct {
	Name     string // slug: lower-case letters, digits and hyphens ("ambtelijke-woorden")
	ID       string // rule id; "" derives it from Name in upper case
	Family   string // one of checks.Families, or x-… for a family of your own
	Severity string // error, warning or info
	Scope    string // article or document
}

var (
	nameRe = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	idRe   = regexp.MustCompile(`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$`)
	xRe    = regexp.MustCompile(`^x-[a-z][a-z0-9-]*$`)
)

// check fills in defaults and validates the spec.
func (s *Spec) check() error {
	if !nameRe.MatchString(s.Name) {
		return fmt.Errorf("ongeldige naam %q: gebruik kleine letters, cijfers en streepjes, zoals ambtelijke-woorden", s.Name)
	}
	if s.ID == "" {
		s.ID = strings.ToUpper(s.Name)
	}
	if !idRe.MatchString(s.ID) {
		return fmt.Errorf("ongeldig id %q: gebruik hoofdletters, cijfers en streepjes, zoals EIGEN-001", s.ID)
	}
	if s.ID == checks.RuleBadDirective || s.ID == checks.RuleUnusedDirective {
		return fmt.Errorf("id %s is voorbehouden aan wetlint zelf", s.ID)
	}
	valid := xRe.MatchString(s.Family)
	for _, f := range checks.Families {
		valid = valid || s.Family == f
	}
	if !valid {
		return fmt.Errorf("onbekende familie %q; kies uit %s, of een eigen familie x-…", s.Family, strings.Join(checks.Families, ", "))
	}
	if checks.SeverityRank(s.Severity) == 0 {
		return fmt.Errorf("ongeldige ernst %q; kies error, warning of info", s.Severity)
	}
	if s.Scope != "article" && s.Scope != "document" {
		return fmt.Errorf("ongeldige scope %q; kies article of document", s.Scope)
	}
	return nil
}

// Ref is the family part of the rule's package path: .wetgevingstoets, or
// ["x-eigen"] for a family whose name is not a Rego identifier.
func (s Spec) Ref() string {
	if strings.Contains(s.Family, "-") {
		return fmt.Sprintf("[%q]", s.Family)
	}
	return "." + s.Family
}

// Paths returns the rule file and its test file under dir:
// <dir>/<family>/<id lower>/<id snake>.rego and …_test.rego.
func (s Spec) Paths(dir string) (rule, test string) {
	lower := strings.ToLower(s.ID)
	base := filepath.Join(dir, s.Family, lower, strings.ReplaceAll(lower, "-", "_"))
	return base + ".rego", base + "_test.rego"
}

// Write creates the rule and its test under dir and returns their paths.
// It refuses to overwrite a file that exists.
func Write(dir string, s Spec) ([]string, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	rule, test := s.Paths(dir)
	for _, p := range []string{rule, test} {
		if _, err := os.Stat(p); err == nil {
			return nil, fmt.Errorf("%s bestaat al", p)
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	if err := os.MkdirAll(filepath.Dir(rule), 0o755); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		path string
		tmpl *template.Template
	}{{rule, ruleTmpl}, {test, testTmpl}} {
		var b bytes.Buffer
		if err := f.tmpl.Execute(&b, s); err != nil {
			return nil, err
		}
		if err := os.WriteFile(f.path, b.Bytes(), 0o644); err != nil {
			return nil, err
		}
	}
	return []string{rule, test}, nil
}

var ruleTmpl = template.Must(template.New("rule").Parse(`# METADATA
# title: {{.Name}}
# description: |
#   Leg hier in het Nederlands uit wat de regel meldt en waarom: wat gaat er
#   mis voor de lezer of de burger, en wat schrijft de opsteller beter?
# custom:
#   id: {{.ID}}
#   name: {{.Name}}
#   family: {{.Family}}
#   severity: {{.Severity}}
#   source: teamafspraak
#   scope: {{.Scope}}
#   params:
#     woorden:
#       - onderhavige?
package wetlint.rules{{.Ref}}["{{.ID}}"]

# The input is documented in docs/policy-input.md; ` + "`wetlint parse FILE`" + `
# shows it for a draft. Match patterns against the lower-case "lower"
# fields, without (?i). The parameter "woorden" holds regular expressions;
# a team sets its own list in .wetlint.yaml:
#
#   params:
#     {{.ID}}:
#       woorden: [onderhavige?, middels, zulks]

import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	some woord in result.param(rego.metadata.chain(), "woorden")
	some r in text.ranges(u.lower, sprintf("\\b%s\\b", [woord]))
	msg := sprintf("%s staat ‘%s’", [result.where(u), substring(u.text, r[0], r[1] - r[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}
`))

var testTmpl = template.Must(template.New("test").Parse(`package wetlint.rules{{.Ref}}["{{.ID}}_test"]

import data.wetlint.rules{{.Ref}}["{{.ID}}"] as rule
import data.wetlint.testing as t

test_fail_woord if {
	every tekst in [
		"De onderhavige regeling geldt voor iedereen.",
		"In onderhavig geval beslist het college.",
	] {
		r := rule.report with input as t.doc([t.unit("art:1", tekst)])
		count(r) == 1
	}
}

test_pass_near_miss if {
	every tekst in [
		"Deze regeling geldt voor iedereen.",
		"De onderhavigheid van de zaak.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:1", tekst)])
	}
}
`))
