package checks

import (
	"testing"

	"github.com/wetlint/wetlint/clause/markdown"
)

func TestDirectives(t *testing.T) {
	src := `## Artikel 1

<!-- wetlint:justify DISC-001 art:2 reden="zie toelichting § 3" -->
Tekst.

## Artikel 2

<!-- wetlint:ignore AR-006,AR-004 reden="geciteerde tekst" -->
1. Een en/of twee.
2. Drie.

<!-- wetlint:justify DISC-001 art:2 -->
<!-- wetlint:frobnicate X -->
<!-- wetlint:ignore AR-006 art:9 reden="x" -->
`
	doc, err := markdown.Read("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dirs := ParseDirectives(doc)
	if len(dirs) != 5 {
		t.Fatalf("got %d directives, want 5", len(dirs))
	}
	want := []struct {
		kind, unit, reason, err string
		rules                   int
	}{
		{"justify", "art:2", "zie toelichting § 3", "", 1},
		{"ignore", "art:2/lid:1", "geciteerde tekst", "", 2},
		{"justify", "art:2", "", `de aanwijzing mist een reden (reden="…")`, 1},
		{"frobnicate", "", "", `onbekende wetlint-aanwijzing "frobnicate"; gebruik wetlint:justify of wetlint:ignore`, 1},
		{"ignore", "art:9", "x", "de aanwijzing noemt art:9, maar dat onderdeel bestaat niet", 1},
	}
	for i, w := range want {
		d := dirs[i]
		if d.Kind != w.kind || d.Unit != w.unit || d.Reason != w.reason || d.Err != w.err || len(d.Rules) != w.rules {
			t.Errorf("directive %d = %+v, want %+v", i, *d, w)
		}
	}
	diags := []Diagnostic{
		{Rule: "DISC-001", Unit: "art:2/lid:1", Severity: "warning"},
		{Rule: "AR-006", Unit: "art:2/lid:1", Severity: "error"},
		{Rule: "AR-006", Unit: "art:2/lid:2", Severity: "error"},
		{Rule: "AR-004", Unit: "art:1", Severity: "error"},
	}
	shown, suppressed := ApplyDirectives(diags, dirs)
	if len(suppressed) != 1 || suppressed[0].Unit != "art:2/lid:1" || suppressed[0].Rule != "AR-006" {
		t.Errorf("suppressed = %+v", suppressed)
	}
	if len(shown) != 3 || !shown[0].Justified || shown[0].Severity != "info" || shown[0].Reason != "zie toelichting § 3" {
		t.Errorf("shown = %+v", shown)
	}
}
