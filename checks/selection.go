package checks

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// An OptionError is an option that names something the engine does not
// know or gives a value of the wrong kind. Field is the option ("enable",
// "disable", "severity", "params"); Key the rule id or family it names;
// Param the parameter, for "params". Configuration loaders use it to point
// at the place in their file.
type OptionError struct {
	Field string
	Key   string
	Param string
	Msg   string
}

func (e *OptionError) Error() string { return e.Msg }

// isFamily reports whether name is a family of the known rules or one of
// the four families.
func (e *Engine) isFamily(name string) bool {
	if validFamily(name) {
		return true
	}
	for _, r := range e.rules {
		if r.Family == name {
			return true
		}
	}
	return false
}

// checkSelection validates Enable, Disable, Severity and Params against the
// known rules.
func (e *Engine) checkSelection() error {
	known := func(field, key string) error {
		if e.byID[key] != nil || e.isFamily(key) || key == All {
			return nil
		}
		return &OptionError{Field: field, Key: key, Msg: fmt.Sprintf("%s: onbekende regel of familie %q", field, key)}
	}
	for _, k := range e.opts.Enable {
		if err := known("enable", k); err != nil {
			return err
		}
	}
	for _, k := range e.opts.Disable {
		if err := known("disable", k); err != nil {
			return err
		}
		if contains(e.opts.Enable, k) {
			return &OptionError{Field: "disable", Key: k, Msg: fmt.Sprintf("disable: %q staat ook onder enable", k)}
		}
	}
	for _, k := range sortedKeys(e.opts.Severity) {
		if err := known("severity", k); err != nil || k == All {
			if err == nil {
				err = &OptionError{Field: "severity", Key: k, Msg: "severity: noem een regel of familie, niet all"}
			}
			return err
		}
		if SeverityRank(e.opts.Severity[k]) == 0 {
			return &OptionError{Field: "severity", Key: k, Msg: fmt.Sprintf("severity: ongeldige ernst %q voor %s; kies error, warning of info", e.opts.Severity[k], k)}
		}
	}
	for _, id := range sortedKeys(e.opts.Params) {
		r := e.byID[id]
		if r == nil {
			return &OptionError{Field: "params", Key: id, Msg: fmt.Sprintf("params: onbekende regel %q", id)}
		}
		for _, name := range sortedKeys(e.opts.Params[id]) {
			def, ok := r.Params[name]
			if !ok {
				return &OptionError{Field: "params", Key: id, Param: name,
					Msg: fmt.Sprintf("params: regel %s kent geen parameter %q%s", id, name, knownParams(r))}
			}
			if !sameKind(def, e.opts.Params[id][name]) {
				return &OptionError{Field: "params", Key: id, Param: name,
					Msg: fmt.Sprintf("params: %s.%s moet %s zijn, zoals de standaardwaarde %v", id, name, kindName(def), def)}
			}
		}
	}
	return nil
}

func knownParams(r *Rule) string {
	if len(r.Params) == 0 {
		return "; de regel heeft geen parameters"
	}
	return "; bekend: " + strings.Join(sortedKeys(r.Params), ", ")
}

// All names every rule in Enable and Disable.
const All = "all"

// wanted reports whether a rule is selected by Families, Disabled, Enable
// and Disable: the most specific mention in Enable or Disable decides (id,
// then family, then "all"); a rule nobody mentions runs. The checks of
// wetlint's own directives (WL-…) are not part of "all", of their family
// or of Families: only their own id switches them off.
func (e *Engine) wanted(id, family string) bool {
	o := e.opts
	keys := []string{id, family, All}
	if isDirectiveRule(id) {
		keys = keys[:1]
	} else if len(o.Families) > 0 && !contains(o.Families, family) {
		return false
	}
	if contains(o.Disabled, id) {
		return false
	}
	for _, key := range keys {
		switch {
		case contains(o.Disable, key):
			return false
		case contains(o.Enable, key):
			return true
		}
	}
	return true
}

// severity returns the severity a finding of rule r gets: the configured
// one for its id, else for its family, else sev.
func (e *Engine) severity(r *Rule, sev string) string {
	if s, ok := e.opts.Severity[r.ID]; ok {
		return s
	}
	if s, ok := e.opts.Severity[r.Family]; ok {
		return s
	}
	return sev
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sameKind reports whether a configured parameter value has the kind of
// its default: a number, a string, a boolean, a list or an object.
func sameKind(def, v any) bool {
	return kindName(def) == kindName(v)
}

func kindName(v any) string {
	if _, ok := v.(interface{ Int64() (int64, error) }); ok { // json.Number
		return "een getal"
	}
	switch v.(type) {
	case nil:
		return "leeg"
	case string:
		return "een tekst"
	case bool:
		return "waar of onwaar"
	case map[string]any:
		return "een object"
	}
	switch reflect.ValueOf(v).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "een getal"
	case reflect.Slice, reflect.Array:
		return "een lijst"
	case reflect.Map:
		return "een object"
	}
	return fmt.Sprintf("%T", v)
}

// RuleLess orders rule ids as wetlint lists them: by family (AR, DISC,
// DOEN, HARD, then others), then by number.
func RuleLess(a, b string) bool { return ruleLess(a, b) }
