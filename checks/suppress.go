package checks

import (
	"fmt"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Rule ids of the diagnostics about directives themselves (STYLE §1.10: a
// suppression needs a reason, and a stale one is reported). They are not
// Rego rules: the engine reports them after the policies have run.
const (
	RuleBadDirective    = "WL-001"
	RuleUnusedDirective = "WL-002"
)

// FamilyDirectives is the family the directive diagnostics are reported
// in. The JSON contract (docs/output.md) allows exactly the four families,
// and a directive is part of how the draft is written, so they belong to
// the wetgevingstoets. Selection treats them apart all the same (see
// Engine.wanted): switching the Aanwijzingen off does not switch off the
// check that a suppression still has a reason.
const FamilyDirectives = "wetgevingstoets"

// isDirectiveRule reports whether id is one of the directive checks.
func isDirectiveRule(id string) bool { return strings.HasPrefix(id, "WL-") }

// DirectiveRules describes the directive diagnostics the way METADATA
// describes a Rego rule. Configuration can switch them off and change their
// severity like any rule.
var DirectiveRules = []Rule{
	{
		ID: RuleBadDirective, Name: "ongeldige-aanwijzing", Title: "Ongeldige wetlint-aanwijzing",
		Family: FamilyDirectives, Severity: SeverityError, Source: "wetlint (aanwijzingen)", Scope: "document",
		Description: "Een aanwijzing voor wetlint (wetlint:ignore of wetlint:justify) die wetlint niet " +
			"kan lezen, heeft geen effect: de bevinding die u wilde onderdrukken of rechtvaardigen, " +
			"blijft gewoon staan. Een aanwijzing noemt het soort (ignore of justify), één of meer " +
			"regels die wetlint kent, een reden (reden=\"…\") en zo nodig het onderdeel " +
			"(art:3/lid:2); zonder onderdeel geldt zij voor het eerstvolgende artikel of lid.",
	},
	{
		ID: RuleUnusedDirective, Name: "ongebruikte-aanwijzing", Title: "Aanwijzing die niets dekt",
		Family: FamilyDirectives, Severity: SeverityWarning, Source: "wetlint (aanwijzingen)", Scope: "document",
		Description: "Een aanwijzing die geen enkele bevinding dekt, is overbodig geworden, bijvoorbeeld " +
			"omdat de tekst is aangepast of de aanwijzing bij een ander onderdeel is komen te staan. " +
			"Blijft zij staan, dan dekt zij later misschien ongemerkt een nieuwe bevinding. Verwijder " +
			"de aanwijzing of zet haar bij het onderdeel waar zij voor bedoeld is.",
	},
}

// directiveDiagnostics reports malformed directives, directives that name
// a rule wetlint does not know, and directives that covered no finding
// although every rule they name was evaluated. Call it after
// ApplyDirectives, which counts what each directive covered.
func (e *Engine) directiveDiagnostics(doc *clause.Document, dirs []*Directive) []Diagnostic {
	var out []Diagnostic
	report := func(id string, d *Directive, msg string) {
		r := e.byID[id]
		if !e.enabled[id] {
			return
		}
		out = append(out, Diagnostic{Rule: id, Name: r.Name, Family: r.Family, Source: r.Source,
			Severity: e.severity(r, r.Severity), Message: msg, Path: doc.Path, Span: d.Span})
	}
	for _, d := range dirs {
		if d.Err != "" {
			report(RuleBadDirective, d, d.Err)
			continue
		}
		var unknown []string
		evaluated := true
		for _, id := range d.Rules {
			switch {
			case e.byID[id] == nil:
				unknown = append(unknown, id)
			case !e.enabled[id]:
				evaluated = false
			}
		}
		if len(unknown) > 0 {
			report(RuleBadDirective, d, fmt.Sprintf("de aanwijzing noemt %s, die wetlint niet kent; zie `wetlint rules`",
				plural(len(unknown), "regel ", "regels ")+strings.Join(unknown, ", ")))
			continue
		}
		if d.Used == 0 && evaluated {
			where := d.Unit
			if u := doc.Unit(d.Unit); u != nil {
				where = u.Label
			}
			report(RuleUnusedDirective, d, fmt.Sprintf("de aanwijzing wetlint:%s %s voor %s dekt geen enkele bevinding; verwijder haar of zet haar bij het onderdeel waar zij voor bedoeld is",
				d.Kind, strings.Join(d.Rules, ","), where))
		}
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
