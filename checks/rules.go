package checks

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// A Rule is one norm, described by the METADATA of its Rego package.
type Rule struct {
	ID          string         `json:"id"`          // "AR-006"
	Name        string         `json:"name"`        // "en-of"
	Title       string         `json:"title"`       // Dutch title
	Family      string         `json:"family"`      // wetgevingstoets, …
	Severity    string         `json:"severity"`    // default severity
	Source      string         `json:"source"`      // what the rule rests on, "Ar 3.12"
	Description string         `json:"description"` // Dutch explanation
	Scope       string         `json:"scope"`       // "article" or "document"
	Params      map[string]any `json:"params,omitempty"`
	File        string         `json:"file"` // the .rego file that defines it
}

// rulesPrefix starts the path of every rule package; a family whose name
// is not a Rego identifier (x-eigen) follows in brackets.
const rulesPrefix = "data.wetlint.rules"

// rulesFromAnnotations reads every rule package's METADATA and checks it,
// as go/analysis validates its analyzers: a rule without an id, title,
// description, family, severity or source is an error.
func rulesFromAnnotations(c *ast.Compiler) ([]Rule, error) {
	var rules []Rule
	var errs []string
	seen := map[string]string{}
	for _, e := range c.GetAnnotationSet().Flatten() {
		a := e.Annotations
		if a.Scope != "package" {
			continue
		}
		path := e.Path.String()
		if rest, ok := strings.CutPrefix(path, rulesPrefix); !ok || !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, "[") {
			continue
		}
		file := ""
		if a.Location != nil {
			file = a.Location.File
		}
		family, id := "", ""
		if len(e.Path) >= 5 {
			family = pathString(e.Path[3])
			id = pathString(e.Path[4])
		}
		if strings.HasSuffix(id, "_test") {
			continue
		}
		r := Rule{Title: a.Title, Description: strings.TrimSpace(a.Description), File: file, Scope: "article"}
		get := func(k string) string {
			if v, ok := a.Custom[k].(string); ok {
				return strings.TrimSpace(v)
			}
			return ""
		}
		r.ID, r.Name, r.Family, r.Severity, r.Source = get("id"), get("name"), get("family"), get("severity"), get("source")
		if s := get("scope"); s != "" {
			r.Scope = s
		}
		if p, ok := a.Custom["params"].(map[string]any); ok {
			r.Params = p
		}
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Sprintf("%s: %s: %s", file, path, fmt.Sprintf(format, args...)))
		}
		switch {
		case r.ID == "":
			bad("METADATA mist custom.id")
		case r.ID != id:
			bad("custom.id %q hoort bij package %q", r.ID, id)
		}
		if r.Family != family {
			bad("custom.family %q hoort bij package-familie %q", r.Family, family)
		}
		if !validFamily(r.Family) && !strings.HasPrefix(r.Family, "x-") {
			bad("onbekende familie %q (geldig: %s, of eigen families met x-)", r.Family, strings.Join(Families, ", "))
		}
		if SeverityRank(r.Severity) == 0 {
			bad("custom.severity %q moet error, warning of info zijn", r.Severity)
		}
		if r.Title == "" || r.Description == "" || r.Source == "" || r.Name == "" {
			bad("METADATA mist title, description, custom.name of custom.source")
		}
		if r.Scope != "article" && r.Scope != "document" {
			bad("custom.scope %q moet article of document zijn", r.Scope)
		}
		if prev, dup := seen[r.ID]; dup {
			bad("regel %s is al gedefinieerd in %s", r.ID, prev)
		}
		seen[r.ID] = file
		rules = append(rules, r)
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, fmt.Errorf("ongeldige regel-metadata:\n%s", strings.Join(errs, "\n"))
	}
	sort.Slice(rules, func(i, j int) bool { return ruleLess(rules[i].ID, rules[j].ID) })
	return rules, nil
}

func validFamily(f string) bool {
	for _, x := range Families {
		if x == f {
			return true
		}
	}
	return false
}

func pathString(t *ast.Term) string {
	if s, ok := t.Value.(ast.String); ok {
		return string(s)
	}
	if v, ok := t.Value.(ast.Var); ok {
		return string(v)
	}
	return t.String()
}

// ruleLess orders rule ids by family prefix, then number: AR-2 < AR-10.
func ruleLess(a, b string) bool {
	pa, na := splitID(a)
	pb, nb := splitID(b)
	if pa != pb {
		return familyOrder(pa) < familyOrder(pb) || familyOrder(pa) == familyOrder(pb) && pa < pb
	}
	if na != nb {
		return na < nb
	}
	return a < b
}

func familyOrder(prefix string) int {
	switch prefix {
	case "AR":
		return 0
	case "DISC":
		return 1
	case "DOEN":
		return 2
	case "HARD":
		return 3
	}
	return 4
}

func splitID(id string) (string, int) {
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return id, 0
	}
	n := 0
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return id, 0
		}
		n = n*10 + int(c-'0')
	}
	return id[:i], n
}
