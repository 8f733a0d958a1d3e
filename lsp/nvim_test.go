package lsp

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The end-to-end test: a real editor, headless Neovim (0.7, Debian's
// package), starts `wetlint lsp`, opens a draft and receives diagnostics.
// Neovim converts the UTF-16 positions to byte columns of its buffer, so a
// finding after "€", "ë" and "𝔸" on the same line lands on the right bytes
// only if every conversion on the way is right. Then it edits the buffer
// (an incremental didChange), asks for a hover at the cursor and checks
// the diagnostics follow.
//
// Without nvim the test is skipped, unless WETLINT_REQUIRE_NVIM=1 (set by
// .ci/run, which installs Neovim): then its absence is a failure.

// nvimDraft is a ministeriële regeling whose only findings are two ‘en/of’
// (a wet would also get the document findings of the wetgevingstoets:
// citeertitel, evaluatie).
const nvimDraft = `# Regeling proef

## Artikel 1

1. De prijs van € 5 geldt voor ëën 𝔸-aanvraag en/of één verlenging.
2. De Minister beslist binnen acht weken en/of verlengt de termijn.

## Artikel 2

Deze regeling treedt in werking met ingang van 1 januari 2027.
`

const nvimScript = `
local out = {}
local function finish()
  local f = io.open(os.getenv("WETLINT_NVIM_OUT"), "w")
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end
local function diags(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, {lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, severity = d.severity, message = d.message})
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or a.lnum == b.lnum and a.col < b.col end)
  return list
end
local ok, err = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("WETLINT_NVIM_DRAFT")))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = "wetlint",
    cmd = {os.getenv("WETLINT_NVIM_BIN"), "lsp"},
    root_dir = vim.fn.fnamemodify(os.getenv("WETLINT_NVIM_DRAFT"), ":h"),
  })
  vim.lsp.buf_attach_client(buf, id)
  out.first_ok = vim.wait(60000, function() return #vim.diagnostic.get(buf) >= 2 end, 50)
  out.first = diags(buf)
  -- hover on the first "en/of" (line 5, the one after €, ë and 𝔸)
  local line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
  local col = string.find(line, "en/of", 1, true) - 1
  vim.api.nvim_win_set_cursor(0, {5, col + 1})
  local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", vim.lsp.util.make_position_params(), 30000)
  out.hover = ""
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then out.hover = r.result.contents.value end
  end
  -- replace that "en/of" by "of": an incremental change
  vim.api.nvim_buf_set_text(buf, 4, col, 4, col + 5, {"of"})
  out.second_ok = vim.wait(60000, function() return #vim.diagnostic.get(buf) == 1 end, 50)
  out.second = diags(buf)
  vim.lsp.stop_client(id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(id) end, 50)
end)
if not ok then out.error = tostring(err) end
finish()
`

type nvimDiag struct {
	Lnum, Col, EndLnum, EndCol int
	Code                       string
	Severity                   int
	Message                    string
}

func (d *nvimDiag) UnmarshalJSON(b []byte) error {
	var m struct {
		Lnum     int    `json:"lnum"`
		Col      int    `json:"col"`
		EndLnum  int    `json:"end_lnum"`
		EndCol   int    `json:"end_col"`
		Code     string `json:"code"`
		Severity int    `json:"severity"`
		Message  string `json:"message"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*d = nvimDiag{m.Lnum, m.Col, m.EndLnum, m.EndCol, m.Code, m.Severity, m.Message}
	return nil
}

func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("WETLINT_REQUIRE_NVIM") == "1" {
			t.Fatal("nvim not found, and WETLINT_REQUIRE_NVIM=1: install Neovim (Debian package neovim)")
		}
		t.Skip("nvim not found; install Debian's neovim to run the end-to-end test")
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped with -short")
	}
	dir := t.TempDir()
	bin := buildWetlint(t, dir)
	draft := filepath.Join(dir, "wet.md")
	script := filepath.Join(dir, "test.lua")
	outFile := filepath.Join(dir, "out.json")
	for name, content := range map[string]string{draft: nvimDraft, script: nvimScript} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile "+script)
	cmd.Env = append(os.Environ(), "WETLINT_NVIM_BIN="+bin, "WETLINT_NVIM_DRAFT="+draft, "WETLINT_NVIM_OUT="+outFile,
		"XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	cmd.Dir = dir
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	raw, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatalf("nvim wrote no result: %v", err)
	}
	var out struct {
		Error    string     `json:"error"`
		FirstOK  bool       `json:"first_ok"`
		First    []nvimDiag `json:"first"`
		Hover    string     `json:"hover"`
		SecondOK bool       `json:"second_ok"`
		Second   []nvimDiag `json:"second"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("nvim result %s: %v", raw, err)
	}
	if out.Error != "" {
		t.Fatalf("the Lua script failed: %s", out.Error)
	}
	// Neovim's columns are 0-based byte offsets in the line
	lines := strings.Split(nvimDraft, "\n")
	byteCol := func(line int, sub string) int { return strings.Index(lines[line], sub) }
	want := []nvimDiag{
		{Lnum: 4, Col: byteCol(4, "en/of"), EndLnum: 4, EndCol: byteCol(4, "en/of") + len("en/of"), Code: "AR-006", Severity: 1},
		{Lnum: 5, Col: byteCol(5, "en/of"), EndLnum: 5, EndCol: byteCol(5, "en/of") + len("en/of"), Code: "AR-006", Severity: 1},
	}
	if !out.FirstOK || !sameDiags(out.First, want) {
		t.Errorf("diagnostics in Neovim:\n%+v\nwant (byte columns):\n%+v", out.First, want)
	}
	if !strings.Contains(out.Hover, "AR-006") || !strings.Contains(out.Hover, "Bron: Ar 3.12") {
		t.Errorf("hover in Neovim on en/of: %q, want the rule and its source", out.Hover)
	}
	if !out.SecondOK || !sameDiags(out.Second, want[1:]) {
		t.Errorf("diagnostics after the edit:\n%+v\nwant:\n%+v", out.Second, want[1:])
	}
}

func sameDiags(got, want []nvimDiag) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g := got[i]
		g.Message = ""
		if g != want[i] {
			return false
		}
	}
	return true
}

// buildWetlint builds the wetlint command into dir, or uses WETLINT_BIN.
func buildWetlint(t *testing.T, dir string) string {
	t.Helper()
	if bin := os.Getenv("WETLINT_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(dir, "wetlint")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/wetlint/wetlint/cmd/wetlint")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
