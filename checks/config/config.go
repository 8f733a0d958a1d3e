// Package config reads wetlint's configuration file, .wetlint.yaml: which
// rules and families run, their severities and parameters, directories of
// the user's own policies and paths to skip. The schema is documented in
// docs/configuration.md.
//
// A file's configuration is the nearest .wetlint.yaml (or .wetlint.yml) in
// its directory or above it ([Find]). Configurations are not merged: the
// nearest one applies in full. [Load] reads one; [Config.Options] turns it
// into checks.Options; [Config.NewEngine] builds an engine and points any
// mistake the engine finds (an unknown rule, a parameter of the wrong kind)
// at its line and column. Errors are *clause.ParseError values that print
// as "file:line:col: message".
package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// Version is the schema version this wetlint reads.
const Version = 1

// Names are the file names Find looks for, in order.
var Names = []string{".wetlint.yaml", ".wetlint.yml"}

// A Config is one configuration file.
type Config struct {
	// Path is the file it was read from; "" for the defaults.
	Path string
	// Dir is the directory that relative paths in the file are resolved
	// against: the file's own directory.
	Dir     string
	Version int
	// Enable, Disable and Severity name rule ids or families; see
	// checks.Options.
	Enable, Disable []string
	Severity        map[string]string
	// Params sets rule parameters: rule id → name → value.
	Params map[string]map[string]any
	// Policies are directories of the user's own Rego rules, resolved
	// against Dir.
	Policies []string
	// Ignore holds glob patterns of paths to skip, relative to Dir, with
	// "/" as separator; "**" matches any number of directories.
	Ignore []string

	pos map[string]clause.Pos // "enable/AR-006", "params/DOEN-002/min_days", …
}

// Default returns the configuration used when no file is found: every
// rule, default severities and parameters.
func Default() *Config {
	return &Config{Version: Version, pos: map[string]clause.Pos{}}
}

// Find returns the nearest configuration file in dir or a directory above
// it, or "" when there is none.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, n := range Names {
			p := filepath.Join(abs, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// Load reads and checks a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &clause.ParseError{Path: path, Msg: "kan configuratie niet lezen: " + unwrapPathError(err)}
	}
	return Parse(path, data)
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse checks a configuration read from path. Every mistake (an unknown
// key, a value of the wrong type, a missing version) is an error with the
// file, line and column.
func Parse(path string, data []byte) (*Config, error) {
	dir := filepath.Dir(path)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	c := &Config{Path: path, Dir: dir, pos: map[string]clause.Pos{}}
	p := &parser{path: path}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, p.yamlError(err)
	}
	if len(root.Content) == 0 {
		return nil, p.errAt(1, 1, "lege configuratie; begin met `version: %d`", Version)
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, p.err(m, "de configuratie moet sleutels met waarden bevatten (version, enable, disable, severity, params, policies, ignore)")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if seen[k.Value] {
			return nil, p.err(k, "%s staat twee keer in de configuratie", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "version":
			err = p.version(c, v)
		case "enable":
			c.Enable, err = p.strings(c, "enable", v)
		case "disable":
			c.Disable, err = p.strings(c, "disable", v)
		case "severity":
			err = p.severity(c, v)
		case "params":
			err = p.params(c, v)
		case "policies":
			var dirs []string
			dirs, err = p.strings(c, "policies", v)
			for _, d := range dirs {
				if !filepath.IsAbs(d) {
					d = filepath.Join(c.Dir, filepath.FromSlash(d))
				}
				c.Policies = append(c.Policies, d)
			}
		case "ignore":
			c.Ignore, err = p.strings(c, "ignore", v)
			for _, g := range c.Ignore {
				if _, perr := matchGlob(g, ""); perr != nil && err == nil {
					pos := c.pos["ignore/"+g]
					err = p.errAt(pos.Line, pos.Column, "ignore: ongeldig patroon %q", g)
				}
			}
		default:
			err = p.err(k, "onbekende sleutel %q; geldig zijn %s", k.Value, strings.Join(keys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	if !seen["version"] {
		return nil, p.err(m, "de configuratie mist `version: %d`", Version)
	}
	return c, nil
}

var keys = []string{"version", "enable", "disable", "severity", "params", "policies", "ignore"}

type parser struct{ path string }

func (p *parser) errAt(line, col int, format string, args ...any) error {
	return &clause.ParseError{Path: p.path, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) err(n *yaml.Node, format string, args ...any) error {
	return p.errAt(n.Line, n.Column, format, args...)
}

// yamlError turns a YAML syntax error ("yaml: line 3: …") into a
// positioned error.
func (p *parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		n := 0
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			n = n*10 + int(rest[i]-'0')
			i++
		}
		if n > 0 && strings.HasPrefix(rest[i:], ": ") {
			line, msg = n, rest[i+2:]
		}
	}
	return p.errAt(line, 1, "ongeldige YAML: %s", msg)
}

func (p *parser) version(c *Config, v *yaml.Node) error {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!int" {
		return p.err(v, "version moet een getal zijn: %d", Version)
	}
	if v.Value != fmt.Sprint(Version) {
		return p.err(v, "onbekende versie %s; deze wetlint leest version: %d", v.Value, Version)
	}
	c.Version = Version
	return nil
}

// strings reads a list of strings; a single string counts as a list of one.
func (p *parser) strings(c *Config, key string, v *yaml.Node) ([]string, error) {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	var out []string
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || it.Tag != "!!str" || strings.TrimSpace(it.Value) == "" {
			return nil, p.err(it, "%s moet een lijst van teksten zijn", key)
		}
		out = append(out, strings.TrimSpace(it.Value))
		c.pos[key+"/"+strings.TrimSpace(it.Value)] = clause.Pos{Line: it.Line, Column: it.Column}
	}
	return out, nil
}

func (p *parser) mapping(key string, v *yaml.Node, what string) error {
	if v.Kind != yaml.MappingNode {
		return p.err(v, "%s moet %s", key, what)
	}
	return nil
}

func (p *parser) severity(c *Config, v *yaml.Node) error {
	if err := p.mapping("severity", v, "per regel of familie een ernst geven (AR-006: warning)"); err != nil {
		return err
	}
	c.Severity = map[string]string{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if val.Kind != yaml.ScalarNode || checks.SeverityRank(val.Value) == 0 {
			return p.err(val, "severity: %s moet error, warning of info zijn", k.Value)
		}
		if _, dup := c.Severity[k.Value]; dup {
			return p.err(k, "severity: %s staat twee keer", k.Value)
		}
		c.Severity[k.Value] = val.Value
		c.pos["severity/"+k.Value] = clause.Pos{Line: k.Line, Column: k.Column}
	}
	return nil
}

func (p *parser) params(c *Config, v *yaml.Node) error {
	if err := p.mapping("params", v, "per regel de parameters geven (DOEN-002: {min_days: 56})"); err != nil {
		return err
	}
	c.Params = map[string]map[string]any{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if err := p.mapping("params."+k.Value, val, "parameters met hun waarde geven (min_days: 56)"); err != nil {
			return err
		}
		if _, dup := c.Params[k.Value]; dup {
			return p.err(k, "params: %s staat twee keer", k.Value)
		}
		c.pos["params/"+k.Value] = clause.Pos{Line: k.Line, Column: k.Column}
		ps := map[string]any{}
		for j := 0; j+1 < len(val.Content); j += 2 {
			pk, pv := val.Content[j], val.Content[j+1]
			var x any
			if err := pv.Decode(&x); err != nil {
				return p.err(pv, "params: %s.%s: %v", k.Value, pk.Value, err)
			}
			ps[pk.Value] = x
			c.pos["params/"+k.Value+"/"+pk.Value] = clause.Pos{Line: pv.Line, Column: pv.Column}
		}
		c.Params[k.Value] = ps
	}
	return nil
}

// Options returns the engine options of the configuration.
func (c *Config) Options() checks.Options {
	return checks.Options{
		Enable:     c.Enable,
		Disable:    c.Disable,
		Severity:   c.Severity,
		Params:     c.Params,
		PolicyDirs: c.Policies,
	}
}

// Merge returns the options of the configuration combined with base (the
// command line): base's Families, Disabled, Laws and Timeout are kept,
// its policy directories come after the configured ones, and its Params
// override configured ones.
func (c *Config) Merge(base checks.Options) checks.Options {
	o := c.Options()
	o.Families, o.Disabled, o.Laws, o.Timeout = base.Families, base.Disabled, base.Laws, base.Timeout
	o.PolicyDirs = append(append([]string(nil), o.PolicyDirs...), base.PolicyDirs...)
	if len(base.Params) > 0 {
		merged := map[string]map[string]any{}
		for id, ps := range o.Params {
			merged[id] = map[string]any{}
			for k, v := range ps {
				merged[id][k] = v
			}
		}
		for id, ps := range base.Params {
			if merged[id] == nil {
				merged[id] = map[string]any{}
			}
			for k, v := range ps {
				merged[id][k] = v
			}
		}
		o.Params = merged
	}
	return o
}

// NewEngine builds an engine with the configuration merged into base. An
// option the engine rejects is reported at its place in the file.
func (c *Config) NewEngine(ctx context.Context, base checks.Options) (*checks.Engine, error) {
	e, err := checks.New(ctx, c.Merge(base))
	if err != nil {
		return nil, c.locate(err)
	}
	return e, nil
}

// locate points an engine error at the configuration file.
func (c *Config) locate(err error) error {
	var oe *checks.OptionError
	if c.Path == "" || !errors.As(err, &oe) {
		return err
	}
	key := oe.Field + "/" + oe.Key
	if oe.Param != "" {
		key += "/" + oe.Param
	}
	pos, ok := c.pos[key]
	if !ok {
		return &clause.ParseError{Path: c.Path, Msg: oe.Msg}
	}
	return &clause.ParseError{Path: c.Path, Line: pos.Line, Column: pos.Column, Msg: oe.Msg}
}

// Ignored reports whether path (a file or directory) matches one of the
// Ignore patterns. Paths outside Dir are never ignored.
func (c *Config) Ignored(path string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Ignore {
		if ok, _ := matchGlob(strings.TrimSuffix(strings.TrimPrefix(g, "./"), "/"), rel); ok {
			return true
		}
		// a pattern that names a directory ignores everything in it
		if ok, _ := matchGlob(strings.TrimSuffix(strings.TrimPrefix(g, "./"), "/")+"/**", rel); ok {
			return true
		}
	}
	return false
}

// matchGlob matches a slash-separated path against a pattern in which "*",
// "?" and "[…]" work as in path.Match within one segment and a "**"
// segment matches any number of segments.
func matchGlob(pattern, name string) (bool, error) {
	return matchSegments(strings.Split(pattern, "/"), splitPath(name))
}

func splitPath(name string) []string {
	if name == "" {
		return nil
	}
	return strings.Split(name, "/")
}

func matchSegments(pat, segs []string) (bool, error) {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(segs); i++ {
				if ok, err := matchSegments(pat[1:], segs[i:]); ok || err != nil {
					return ok, err
				}
			}
			return false, nil
		}
		if len(segs) == 0 {
			// still check the rest of the pattern for syntax errors
			_, err := path.Match(strings.Join(pat, "/"), "")
			return false, err
		}
		ok, err := path.Match(pat[0], segs[0])
		if err != nil || !ok {
			return false, err
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0, nil
}
