package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestConfiguration: a draft is checked with the nearest .wetlint.yaml, a
// file the configuration ignores is not checked, and a broken configuration
// is reported while the draft is checked with the defaults.
func TestConfiguration(t *testing.T) {
	root := t.TempDir()
	write := func(rel, content string) string {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return "file://" + p
	}
	write("eigen/.wetlint.yaml", "version: 1\ndisable: [AR-006]\nignore: [\"concept-*.md\"]\n")
	write("kapot/.wetlint.yaml", "version: 1\ndisable: [GEEN-REGEL]\n")
	configured := "file://" + filepath.Join(root, "eigen", "wet.md")
	ignored := "file://" + filepath.Join(root, "eigen", "concept-wet.md")
	broken := "file://" + filepath.Join(root, "kapot", "wet.md")
	plain := "file://" + filepath.Join(root, "wet.md")

	c := newClient(t, Options{})
	c.open(ignored, "markdown", draftMD)
	c.open(configured, "markdown", draftMD)
	c.open(broken, "markdown", draftMD)
	c.open(plain, "markdown", draftMD)
	if ds := arOnly(c.waitDiags(configured, 1)); len(ds) != 0 {
		t.Errorf("with AR-006 disabled in .wetlint.yaml: %v, want none", codes(ds))
	}
	if ds := arOnly(c.waitDiags(plain, 1)); len(codes(ds)) != 1 {
		t.Errorf("without a configuration: %v, want AR-006", codes(ds))
	}
	if ds := arOnly(c.waitDiags(broken, 1)); len(codes(ds)) != 1 {
		t.Errorf("with a broken configuration: %v, want the defaults (AR-006)", codes(ds))
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		logs := strings.Join(c.logs, "\n")
		c.mu.Unlock()
		if strings.Contains(logs, "kapot/.wetlint.yaml") && strings.Contains(logs, "GEEN-REGEL") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the broken configuration was not reported with its file and the rule; messages:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := c.published(); strings.Contains(got, "concept-wet.md") {
		t.Errorf("a file the configuration ignores was checked: %s", got)
	}
}
