// Package ruledoc generates the documentation of the rules from their
// METADATA (STYLE §1.2: document once, show it everywhere): one page per
// rule in docs/rules/<family>/<ID>.md and an index, docs/rules/README.md.
// A page starts with a generated part (title, summary, family, severity,
// source, scope, parameters and examples taken from the rule's tests and
// checked by the engine) and goes on with a part written by hand, which
// regeneration keeps. `wetlint explain` shows the same information.
//
// Regenerate after changing or adding rules:
//
//	go run ./cmd/wetlint docs rules
package ruledoc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/checks"
)

// Command regenerates the pages; the staleness test names it.
const Command = "go run ./cmd/wetlint docs rules"

const (
	beginMarker = "<!-- Dit deel wordt gegenereerd uit de METADATA en de tests van de regel (" + Command + "); wijzig het in de Rego-bron. -->"
	endMarker   = "<!-- Einde van het gegenereerde deel. Wat hieronder staat, is met de hand geschreven en blijft bij het opnieuw genereren staan. -->"
	newBody     = "\n<!-- Schrijf hier: ## Vermijd / ## Beter (een voorbeeld), ## Waarom, ## Configuratie, ## Zie ook. -->\n"
)

// A Rule is what a page is made of.
type Rule struct {
	checks.Rule
	Fail, Pass []Example
}

// Collect gathers the built-in rules, the directive checks and the
// examples of each from its tests.
func Collect(ctx context.Context) ([]Rule, error) {
	e, err := checks.New(ctx, checks.Options{})
	if err != nil {
		return nil, err
	}
	mods, err := checks.BuiltinModules(true)
	if err != nil {
		return nil, err
	}
	tests := map[string]string{}
	for _, m := range mods {
		if strings.HasSuffix(m.Name, "_test.rego") {
			tests[strings.TrimSuffix(m.Name, "_test.rego")+".rego"] = m.Src
		}
	}
	var out []Rule
	for _, r := range append(append([]checks.Rule(nil), e.Rules()...), checks.DirectiveRules...) {
		dr := Rule{Rule: r}
		if src, ok := tests[r.File]; ok {
			if dr.Fail, dr.Pass, err = Examples(ctx, e, r.ID, src); err != nil {
				return nil, fmt.Errorf("%s: %w", r.ID, err)
			}
		}
		out = append(out, dr)
	}
	return out, nil
}

// PagePath is the page of a rule relative to docs/rules.
func PagePath(r checks.Rule) string { return filepath.Join(r.Family, r.ID+".md") }

var scopes = map[string]string{"article": "artikel (de regel kijkt binnen één artikel)", "document": "document (de regel kijkt naar het hele ontwerp)"}

// Header renders the generated part of a rule's page.
func Header(r Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n# %s: %s\n\n", beginMarker, r.ID, r.Title)
	fmt.Fprintf(&b, "**Samenvatting:** %s\n\n", oneLine(r.Description))
	fmt.Fprintf(&b, "| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Familie | %s |\n| Ernst | %s |\n| Bron | %s |\n| Bereik | %s |\n| Naam | `%s` |\n",
		r.Family, r.Severity, r.Source, scopes[r.Scope], r.Name)
	if len(r.Params) > 0 {
		var ps []string
		for _, k := range sortedKeys(r.Params) {
			ps = append(ps, fmt.Sprintf("`%s` = `%s`", k, paramString(r.Params[k])))
		}
		fmt.Fprintf(&b, "| Parameters | %s |\n", strings.Join(ps, ", "))
	}
	if len(r.Fail) > 0 || len(r.Pass) > 0 {
		b.WriteString("\n## Voorbeelden uit de tests\n")
		for _, ex := range r.Fail {
			fmt.Fprintf(&b, "\nwetlint meldt:\n\n> %s\n\n“%s”\n", ex.Text, ex.Message)
		}
		for _, ex := range r.Pass {
			fmt.Fprintf(&b, "\nwetlint laat staan:\n\n> %s\n", ex.Text)
		}
	}
	fmt.Fprintf(&b, "\nIn- en uitschakelen, ernst en parameters: zie [configuratie](../../configuration.md).\n\n%s\n", endMarker)
	return b.String()
}

// paramString shows a parameter value as JSON, as it would be written in
// the configuration's flow style.
func paramString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// oneLine joins the lines of a METADATA description.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func sortedKeys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Page returns the new content of a rule's page: the generated part
// followed by the hand-written part of old (a placeholder when old is
// empty or lacks the end marker).
func Page(r Rule, old []byte) []byte {
	body := newBody
	if _, after, ok := bytes.Cut(old, []byte(endMarker+"\n")); ok {
		body = string(after)
	}
	return []byte(Header(r) + body)
}

// Index renders docs/rules/README.md.
func Index(rules []Rule) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!-- Gegenereerd door %s; niet met de hand wijzigen. -->\n\n# Regels van wetlint\n\n", Command)
	b.WriteString("Eén pagina per regel, gegenereerd uit de METADATA van de regel, met daaronder een deel dat met de hand is geschreven. `wetlint explain REGEL` toont hetzelfde in de terminal.\n")
	family := ""
	for _, r := range rules {
		if r.Family != family {
			family = r.Family
			fmt.Fprintf(&b, "\n## %s\n\n| regel | titel | ernst | bron |\n|---|---|---|---|\n", family)
		}
		fmt.Fprintf(&b, "| [%s](%s) | %s | %s | %s |\n", r.ID, filepath.ToSlash(PagePath(r.Rule)), r.Title, r.Severity, r.Source)
	}
	return []byte(b.String())
}

// Pages computes every page under dir (docs/rules) from the rules and the
// pages there now: path → content.
func Pages(dir string, rules []Rule) map[string][]byte {
	out := map[string][]byte{filepath.Join(dir, "README.md"): Index(rules)}
	for _, r := range rules {
		p := filepath.Join(dir, PagePath(r.Rule))
		old, _ := os.ReadFile(p)
		out[p] = Page(r, old)
	}
	return out
}

// sharedPages are pages in docs/rules written by hand about several rules:
// the calibration of the doenvermogen thresholds, the precision of the
// families on real law.
var sharedPages = map[string]bool{"calibration.md": true, "precision.md": true}

// Stale compares the pages with what is on disk and returns, sorted, the
// pages that are missing or differ and the rule pages on disk that belong
// to no rule.
func Stale(dir string, pages map[string][]byte) []string {
	var out []string
	for p, want := range pages {
		if got, err := os.ReadFile(p); err != nil || !bytes.Equal(got, want) {
			out = append(out, p)
		}
	}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && pages[p] == nil && !sharedPages[filepath.Base(p)] {
			out = append(out, p+" (hoort bij geen regel)")
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// Write writes the pages and returns the paths that changed.
func Write(pages map[string][]byte) ([]string, error) {
	var changed []string
	for _, p := range sortedPaths(pages) {
		if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, pages[p]) {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return changed, err
		}
		if err := os.WriteFile(p, pages[p], 0o644); err != nil {
			return changed, err
		}
		changed = append(changed, p)
	}
	return changed, nil
}

func sortedPaths(m map[string][]byte) []string {
	var ps []string
	for p := range m {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// Text renders what `wetlint explain` prints: the rule's metadata, its
// Dutch explanation wrapped at 78 columns, and its examples.
func Text(r Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (%s)\n\n", r.ID, r.Title, r.Name)
	fmt.Fprintf(&b, "Familie:  %s\nErnst:    %s\nBron:     %s\nBereik:   %s\n", r.Family, r.Severity, r.Source, scopes[r.Scope])
	for _, k := range sortedKeys(r.Params) {
		fmt.Fprintf(&b, "Parameter %s = %s\n", k, paramString(r.Params[k]))
	}
	b.WriteString("\n" + wrap(oneLine(r.Description), 78, "") + "\n")
	if len(r.Fail) > 0 {
		b.WriteString("\nwetlint meldt bijvoorbeeld:\n")
		for _, ex := range r.Fail {
			fmt.Fprintf(&b, "\n%s\n%s\n", wrap(ex.Text, 78, "  "), wrap("→ "+ex.Message, 78, "    "))
		}
	}
	if len(r.Pass) > 0 {
		b.WriteString("\nwetlint laat bijvoorbeeld staan:\n\n")
		for _, ex := range r.Pass {
			fmt.Fprintf(&b, "%s\n", wrap(ex.Text, 78, "  "))
		}
	}
	if r.File == "" || strings.HasPrefix(r.File, "policies/") {
		fmt.Fprintf(&b, "\nMeer: docs/rules/%s\n", filepath.ToSlash(PagePath(r.Rule)))
	} else {
		fmt.Fprintf(&b, "\nGedefinieerd in %s\n", r.File)
	}
	return b.String()
}

// wrap breaks s into lines of at most width runes (longer words stay
// whole), each starting with indent.
func wrap(s string, width int, indent string) string {
	var lines []string
	line := indent
	for _, w := range strings.Fields(s) {
		if line != indent && len([]rune(line))+1+len([]rune(w)) > width {
			lines = append(lines, line)
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// Explain finds a rule by id (any case) or name and gathers its examples
// from its tests (built-in, or in the policy directories).
func Explain(ctx context.Context, e *checks.Engine, key string, policyDirs []string) (*Rule, error) {
	var found *checks.Rule
	for _, r := range append(append([]checks.Rule(nil), e.Rules()...), checks.DirectiveRules...) {
		if strings.EqualFold(r.ID, key) || r.Name == strings.ToLower(key) {
			found = &r
			break
		}
	}
	if found == nil {
		return nil, fmt.Errorf("onbekende regel %q; `wetlint rules` toont ze alle", key)
	}
	dr := &Rule{Rule: *found}
	mods, err := checks.BuiltinModules(true)
	if err != nil {
		return nil, err
	}
	for _, d := range policyDirs {
		m, err := checks.DirModules(d, true)
		if err != nil {
			return nil, err
		}
		mods = append(mods, m...)
	}
	for _, m := range mods {
		if m.Name == strings.TrimSuffix(found.File, ".rego")+"_test.rego" {
			if dr.Fail, dr.Pass, err = Examples(ctx, e, found.ID, m.Src); err != nil {
				return nil, err
			}
		}
	}
	return dr, nil
}
