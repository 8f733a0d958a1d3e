package policies_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/wetlint/wetlint/checks"
)

// TestCalibrationParams checks that the defaults in the METADATA of the
// DOEN rules are the thresholds docs/rules/calibration.md gives and
// justifies, and that the document names every parameter.
func TestCalibrationParams(t *testing.T) {
	doc, err := os.ReadFile("../docs/rules/calibration.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| (DOEN-\d{3}) \| ([a-z][a-z_0-9]*) \| (-?[0-9.]+) \|`)
	documented := map[string]float64{}
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			t.Fatalf("calibration.md: %q is not a number", m[3])
		}
		documented[m[1]+"."+m[2]] = v
	}
	if len(documented) == 0 {
		t.Fatal("calibration.md has no threshold rows")
	}
	e, err := checks.New(context.Background(), checks.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range e.Rules() {
		if r.Family != "doenvermogen" {
			continue
		}
		for name, v := range r.Params {
			key := r.ID + "." + name
			seen[key] = true
			want, ok := documented[key]
			if !ok {
				t.Errorf("%s: parameter %s is not in docs/rules/calibration.md", r.ID, name)
				continue
			}
			if got, err := strconv.ParseFloat(fmt.Sprint(v), 64); err != nil || got != want {
				t.Errorf("%s: METADATA says %s = %v, docs/rules/calibration.md says %v", r.ID, name, v, want)
			}
		}
	}
	for key := range documented {
		if !seen[key] {
			t.Errorf("docs/rules/calibration.md names %s, which no rule has", key)
		}
	}
}
