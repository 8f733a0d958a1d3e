package config

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"
	"go.yaml.in/yaml/v3"

	"github.com/wetlint/wetlint/checks"
)

const good = `# wetlint-configuratie van het team
version: 1
enable: [wetgevingstoets, doenvermogen]
disable:
  - all
  - AR-004
severity:
  doenvermogen: info
  AR-006: warning
params:
  DOEN-002:
    min_days: 56
policies: [beleid]
ignore:
  - archief/**
  - "**/concept-*.md"
`

func TestParse(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".wetlint.yaml")
	c, err := Parse(path, []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path: path, Dir: dir, Version: 1,
		Enable:   []string{"wetgevingstoets", "doenvermogen"},
		Disable:  []string{"all", "AR-004"},
		Severity: map[string]string{"doenvermogen": "info", "AR-006": "warning"},
		Params:   map[string]map[string]any{"DOEN-002": {"min_days": 56}},
		Policies: []string{filepath.Join(dir, "beleid")},
		Ignore:   []string{"archief/**", "**/concept-*.md"},
	}
	c.pos = nil
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Parse = %+v\nwant %+v", c, want)
	}
}

// TestParseErrors: every mistake names the file, the line and the column.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown key", "version: 1\nenabel: [AR-006]\n", `c.yaml:2:1: onbekende sleutel "enabel"; geldig zijn version, enable, disable, severity, params, policies, ignore`},
		{"wrong type list", "version: 1\ndisable:\n  - AR-006\n  - {x: 1}\n", "c.yaml:4:5: disable moet een lijst van teksten zijn"},
		{"wrong type number", "version: 1\nenable: 3\n", "c.yaml:2:9: enable moet een lijst van teksten zijn"},
		{"bad severity", "version: 1\nseverity:\n  AR-006: hoog\n", "c.yaml:3:11: severity: AR-006 moet error, warning of info zijn"},
		{"severity not a map", "version: 1\nseverity: [AR-006]\n", "c.yaml:2:11: severity moet per regel of familie een ernst geven (AR-006: warning)"},
		{"params not a map", "version: 1\nparams:\n  DOEN-002: 56\n", "c.yaml:3:13: params.DOEN-002 moet parameters met hun waarde geven (min_days: 56)"},
		{"missing version", "enable: [AR-006]\n", "c.yaml:1:1: de configuratie mist `version: 1`"},
		{"version string", "version: \"1\"\n", "c.yaml:1:10: version moet een getal zijn: 1"},
		{"future version", "version: 2\n", "c.yaml:1:10: onbekende versie 2; deze wetlint leest version: 1"},
		{"duplicate key", "version: 1\nignore: [a]\nignore: [b]\n", "c.yaml:3:1: ignore staat twee keer in de configuratie"},
		{"bad glob", "version: 1\nignore: [\"a/[\"]\n", `c.yaml:2:10: ignore: ongeldig patroon "a/["`},
		{"not a mapping", "- AR-006\n", "c.yaml:1:1: de configuratie moet sleutels met waarden bevatten (version, enable, disable, severity, params, policies, ignore)"},
		{"yaml syntax", "version: 1\nenable: AR-006\n  x: y\n", "c.yaml:3:1: ongeldige YAML: mapping values are not allowed in this context"},
		{"empty", "", "c.yaml:1:1: lege configuratie; begin met `version: 1`"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tc.src))
			if err == nil || err.Error() != tc.want {
				t.Errorf("Parse(%q) error = %v\nwant %s", tc.src, err, tc.want)
			}
		})
	}
}

// TestEngineErrors: what only the engine can know (which rules exist, the
// kind of a parameter) is still reported at its place in the file.
func TestEngineErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown rule", "version: 1\ndisable:\n  - AR-004\n  - AR-999\n", `c.yaml:4:5: disable: onbekende regel of familie "AR-999"`},
		{"unknown family", "version: 1\nenable: [wetgeving]\n", `c.yaml:2:10: enable: onbekende regel of familie "wetgeving"`},
		{"both", "version: 1\nenable: [AR-006]\ndisable: [AR-006]\n", `c.yaml:3:11: disable: "AR-006" staat ook onder enable`},
		{"severity key", "version: 1\nseverity:\n  doen: info\n", `c.yaml:3:3: severity: onbekende regel of familie "doen"`},
		{"param name", "version: 1\nparams:\n  DOEN-002:\n    min_dagen: 56\n", `c.yaml:4:16: params: regel DOEN-002 kent geen parameter "min_dagen"; bekend: min_days`},
		{"param kind", "version: 1\nparams:\n  DOEN-002:\n    min_days: zes weken\n", "c.yaml:4:15: params: DOEN-002.min_days moet een getal zijn, zoals de standaardwaarde 42"},
		{"param rule", "version: 1\nparams:\n  AR-999: {x: 1}\n", `c.yaml:3:3: params: onbekende regel "AR-999"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("c.yaml", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.NewEngine(context.Background(), checks.Options{})
			if err == nil || err.Error() != tc.want {
				t.Errorf("NewEngine error = %v\nwant %s", err, tc.want)
			}
		})
	}
}

// TestEngineSelection: enable, disable, severity and params reach the
// engine.
func TestEngineSelection(t *testing.T) {
	c, err := Parse(filepath.Join(t.TempDir(), ".wetlint.yaml"), []byte(good[:strings.Index(good, "policies:")]))
	if err != nil {
		t.Fatal(err)
	}
	e, err := c.NewEngine(context.Background(), checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range e.Rules() {
		want := (r.Family == "wetgevingstoets" || r.Family == "doenvermogen") && r.ID != "AR-004"
		if e.Enabled(r.ID) != want {
			t.Errorf("Enabled(%s) = %v, want %v", r.ID, e.Enabled(r.ID), want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(deep); got != "" && strings.HasPrefix(got, root) {
		t.Errorf("Find without a file = %q", got)
	}
	top := filepath.Join(root, ".wetlint.yaml")
	mid := filepath.Join(root, "a", ".wetlint.yml")
	for _, p := range []string{top, mid} {
		if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for dir, want := range map[string]string{deep: mid, filepath.Join(root, "a"): mid, root: top} {
		if got, err := Find(dir); err != nil || got != want {
			t.Errorf("Find(%s) = %q, %v; want %q", dir, got, err, want)
		}
	}
	var r Resolver
	c1, err := r.For(filepath.Join(deep, "wet.md"))
	if err != nil || c1.Path != mid {
		t.Fatalf("For = %+v, %v", c1, err)
	}
	c2, _ := r.For(filepath.Join(root, "a", "wet.md"))
	if c1 != c2 {
		t.Error("the same configuration file was loaded twice")
	}
	if c3, _ := r.For(filepath.Join(root, "wet.md")); c3.Path != top {
		t.Errorf("For(root file) = %s, want %s", c3.Path, top)
	}
}

func TestIgnored(t *testing.T) {
	dir := t.TempDir()
	c := &Config{Dir: dir, Ignore: []string{"archief/**", "**/concept-*.md", "oud", "./tmp/*.xml"}}
	for rel, want := range map[string]bool{
		"archief/2020/wet.md":      true,
		"archief":                  true,
		"wetten/concept-1.md":      true,
		"concept-2.md":             true,
		"wetten/concept-1.xml":     false,
		"oud/x/y.md":               true,
		"oude/y.md":                false,
		"tmp/a.xml":                true,
		"tmp/sub/a.xml":            false,
		"wetten/archief/wet.md":    false,
		"../elders/archief/wet.md": false,
	} {
		if got := c.Ignored(filepath.Join(dir, filepath.FromSlash(rel))); got != want {
			t.Errorf("Ignored(%s) = %v, want %v", rel, got, want)
		}
	}
}

// TestSchema: docs/configuration.schema.json (for editors) and Parse agree:
// the valid configurations pass both, the invalid ones fail both.
func TestSchema(t *testing.T) {
	schema, err := os.ReadFile("../../docs/configuration.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../docs/examples/.wetlint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	loader := gojsonschema.NewBytesLoader(schema)
	for _, tc := range []struct {
		name, src string
		valid     bool
	}{
		{"good", good, true},
		{"example", string(example), true},
		{"minimal", "version: 1\n", true},
		{"single string", "version: 1\ndisable: AR-028\n", true},
		{"unknown key", "version: 1\nenabel: [AR-006]\n", false},
		{"no version", "enable: [AR-006]\n", false},
		{"version 2", "version: 2\n", false},
		{"bad severity", "version: 1\nseverity: {AR-006: hoog}\n", false},
		{"list of objects", "version: 1\ndisable: [{x: 1}]\n", false},
		{"params not per rule", "version: 1\nparams: {DOEN-002: 56}\n", false},
		{"severity list", "version: 1\nseverity: [AR-006]\n", false},
	} {
		var doc any
		if err := yaml.Unmarshal([]byte(tc.src), &doc); err != nil {
			t.Fatal(err)
		}
		res, err := gojsonschema.Validate(loader, gojsonschema.NewGoLoader(doc))
		if err != nil {
			t.Fatal(err)
		}
		_, perr := Parse("c.yaml", []byte(tc.src))
		if res.Valid() != tc.valid || (perr == nil) != tc.valid {
			t.Errorf("%s: schema valid %v (%v), Parse error %v; want valid %v", tc.name, res.Valid(), res.Errors(), perr, tc.valid)
		}
	}
}

// TestResolverConcurrent: goroutines asking for configurations at once get
// the same loaded value per file (run with -race).
func TestResolverConcurrent(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "sub")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(root, ".wetlint.yaml"), []byte("version: 1\n"), 0o644)
	os.WriteFile(filepath.Join(sub, ".wetlint.yaml"), []byte("version: 1\ndisable: [AR-006]\n"), 0o644)
	var r Resolver
	got := make([]*Config, 16)
	done := make(chan int)
	for i := range got {
		go func() {
			dir := root
			if i%2 == 1 {
				dir = sub
			}
			c, err := r.For(filepath.Join(dir, "wet.md"))
			if err != nil {
				t.Error(err)
			}
			got[i] = c
			done <- i
		}()
	}
	for range got {
		<-done
	}
	for i := range got {
		if got[i] != got[i%2] {
			t.Errorf("goroutine %d got another configuration than goroutine %d", i, i%2)
		}
	}
}
