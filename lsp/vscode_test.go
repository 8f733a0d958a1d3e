package lsp

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestVSCodeExtension checks what can be checked of editors/vscode without
// VS Code (which cannot run headless here): the manifest activates the
// extension for Markdown and XML and names an entry point that exists,
// declares the path setting, and the entry point starts `wetlint lsp` and
// is valid JavaScript (when node is installed).
func TestVSCodeExtension(t *testing.T) {
	dir := filepath.Join("..", "editors", "vscode")
	raw, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Main             string   `json:"main"`
		ActivationEvents []string `json:"activationEvents"`
		Contributes      struct {
			Configuration struct {
				Properties map[string]any `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("package.json: %v", err)
	}
	for _, ev := range []string{"onLanguage:markdown", "onLanguage:xml"} {
		if !slices.Contains(m.ActivationEvents, ev) {
			t.Errorf("package.json: activationEvents %v lack %s", m.ActivationEvents, ev)
		}
	}
	if m.Contributes.Configuration.Properties["wetlint.path"] == nil {
		t.Error("package.json: no wetlint.path setting")
	}
	if m.Dependencies["vscode-languageclient"] == "" {
		t.Error("package.json: no vscode-languageclient dependency")
	}
	main := filepath.Join(dir, m.Main)
	js, err := os.ReadFile(main)
	if err != nil {
		t.Fatalf("main %q: %v", m.Main, err)
	}
	for _, want := range []string{`args: ["lsp"]`, `language: "markdown"`, `language: "xml"`, `config.get("path")`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("%s lacks %s", main, want)
		}
	}
	if node, err := exec.LookPath("node"); err == nil {
		if out, err := exec.Command(node, "--check", main).CombinedOutput(); err != nil {
			t.Errorf("node --check %s: %v\n%s", main, err, out)
		}
	}
}
