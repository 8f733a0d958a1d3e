package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestRulesListFamilies: `wetlint rules --format json` lists every rule of
// the four families, each with its family, a Dutch title and a source.
func TestRulesListFamilies(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"rules", "--format", "json"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rules []map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &rules); err != nil {
		t.Fatal(err)
	}
	byID := map[string]map[string]any{}
	for _, r := range rules {
		byID[fmt.Sprint(r["id"])] = r
	}
	families := []struct {
		prefix, family string
		n              int
	}{
		{"AR", "wetgevingstoets", 30},
		{"DISC", "discriminatietoets", 8},
		{"DOEN", "doenvermogen", 12},
		{"HARD", "hardvochtigheid", 16},
	}
	for _, f := range families {
		for i := 1; i <= f.n; i++ {
			id := fmt.Sprintf("%s-%03d", f.prefix, i)
			r, ok := byID[id]
			if !ok {
				t.Errorf("%s is not listed", id)
				continue
			}
			if r["family"] != f.family {
				t.Errorf("%s: family %v, want %s", id, r["family"], f.family)
			}
			if s, _ := r["source"].(string); s == "" {
				t.Errorf("%s: no source", id)
			}
		}
		if _, ok := byID[fmt.Sprintf("%s-%03d", f.prefix, f.n+1)]; ok {
			t.Errorf("%s-%03d is listed; the family has %d rules", f.prefix, f.n+1, f.n)
		}
	}
}
