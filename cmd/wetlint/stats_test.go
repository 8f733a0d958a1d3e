package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// drafts writes a few small drafts into a new folder: two that read and
// one with a broken front matter.
func drafts(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.md": "---\ntitel: Wet a\nsoort: wet\nministerie: SZW\njaar: 2020\n---\n\n## Artikel 1\n\nDe aanvrager meldt een verhuizing en/of een wijziging.\n\n## Artikel 2\n\nDeze wet treedt in werking op 1 januari 2021.\n",
		"b.md": "# Besluit van 3 maart 2022, houdende regels\n\n## Artikel 1\n\nHet college houdt een register bij.\n",
		"c.md": "---\njaar: twintig\n---\n\n## Artikel 1\n\nTekst.\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestStatsCommandWritesFile(t *testing.T) {
	dir := drafts(t)
	out := filepath.Join(t.TempDir(), "stats.json")
	code, stdout, stderr := runCmd(t, "stats", dir, "-o", out)
	if code != exitUsage {
		t.Errorf("exit %d, want %d (one draft cannot be read)", code, exitUsage)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing (the output goes to -o)", stdout)
	}
	if !strings.Contains(stderr, "c.md:2:7:") {
		t.Errorf("stderr does not name the unreadable draft with its position:\n%s", stderr)
	}
	if !strings.Contains(stderr, "statistiek over 3 bestanden geschreven naar "+out) {
		t.Errorf("stderr lacks the summary:\n%s", stderr)
	}
	if strings.Contains(stderr, "\r") {
		t.Errorf("a progress bar was drawn although stderr is not a terminal:\n%q", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Totals struct {
			Documents int `json:"documents"`
			Articles  int `json:"articles"`
		} `json:"totals"`
		Unreadable int `json:"unreadable"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("-o stats.json is not JSON: %v\n%s", err, data)
	}
	if rep.Totals.Documents != 2 || rep.Totals.Articles != 3 || rep.Unreadable != 1 {
		t.Errorf("totals = %+v, unreadable %d; want 2 documents, 3 articles, 1 unreadable", rep.Totals, rep.Unreadable)
	}
}

func TestStatsCommandFormats(t *testing.T) {
	dir := drafts(t)
	os.Remove(filepath.Join(dir, "c.md"))
	// no -o: CSV on stdout, exit 0
	code, stdout, stderr := runCmd(t, "stats", "--by", "jaar", dir)
	if code != exitOK || !strings.HasPrefix(stdout, "dimension,value,family,rule,rank,") {
		t.Errorf("exit %d, stdout %q, stderr %q; want CSV and exit 0", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "jaar,2022,,,") || strings.Contains(stdout, "\nfamily,") {
		t.Errorf("--by jaar: want the year 2022 from the title and no family table:\n%s", stdout)
	}
	// --quiet: nothing on stderr; three formats from one run
	tmp := t.TempDir()
	code, _, stderr = runCmd(t, "stats", "--quiet", "-o", filepath.Join(tmp, "s.html"), "-o", filepath.Join(tmp, "s.csv"), "-o", filepath.Join(tmp, "s.json"), dir)
	if code != exitOK || stderr != "" {
		t.Errorf("--quiet: exit %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(tmp, "s.html")); !bytes.Contains(b, []byte("<svg class=\"chart")) {
		t.Errorf("-o s.html did not write the HTML page with charts")
	}
	if b, _ := os.ReadFile(filepath.Join(tmp, "s.csv")); !strings.HasPrefix(string(b), stdout[:40]) {
		t.Errorf("-o s.csv did not write the CSV")
	}
	if b, _ := os.ReadFile(filepath.Join(tmp, "s.json")); !bytes.HasPrefix(b, []byte("{\n  \"version\": 1,")) {
		t.Errorf("-o s.json did not write the JSON")
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-o", filepath.Join(t.TempDir(), "s.txt")}, "kan het formaat niet afleiden"},
		{[]string{"--format", "xlsx"}, "kies uit csv, json, html"},
		{[]string{"--by", "land"}, "onbekende indeling"},
		{[]string{"--period", "0"}, "--period"},
		{[]string{"--format", "csv", "-o", "a.csv", "-o", "b.csv"}, "--format geldt voor één uitvoer"},
		{[]string{"-o", filepath.Join(t.TempDir(), "geen", "s.csv")}, "bestaat niet"},
	} {
		code, _, stderr := runCmd(t, append([]string{"stats", dir}, c.args...)...)
		if code != exitUsage || !strings.Contains(stderr, c.msg) {
			t.Errorf("stats %v: exit %d, stderr %q; want %d and %q", c.args, code, stderr, exitUsage, c.msg)
		}
	}
}

// TestOutputNeverOverwritesInput: -o naming the draft itself is refused
// and the draft is left as it was.
func TestOutputNeverOverwritesInput(t *testing.T) {
	dir := drafts(t)
	a := filepath.Join(dir, "a.md")
	before, _ := os.ReadFile(a)
	for _, args := range [][]string{
		{"report", a, "-o", a, "--format", "markdown"},
		{"stats", a, "-o", a, "--format", "csv"},
	} {
		code, _, stderr := runCmd(t, args...)
		if code != exitUsage || !strings.Contains(stderr, "een van de invoerbestanden") {
			t.Errorf("%v: exit %d, stderr %q; want a refusal", args, code, stderr)
		}
	}
	if after, _ := os.ReadFile(a); !bytes.Equal(before, after) {
		t.Errorf("the draft was changed")
	}
}

func TestReportCommand(t *testing.T) {
	dir := drafts(t)
	a := filepath.Join(dir, "a.md")
	out := filepath.Join(t.TempDir(), "rapport.html")
	code, stdout, stderr := runCmd(t, "report", a, "-o", out)
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	page, _ := os.ReadFile(out)
	for _, w := range []string{"<!DOCTYPE html>", "Beoordeling: Wet a", "AR-006", "<mark>en/of</mark>", "@media print"} {
		if !bytes.Contains(page, []byte(w)) {
			t.Errorf("report lacks %q", w)
		}
	}
	// Markdown from the extension, and on stdout with --format
	md := filepath.Join(t.TempDir(), "rapport.md")
	if code, _, stderr := runCmd(t, "report", a, "-o", md); code != exitOK {
		t.Errorf("-o rapport.md: exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(md); !bytes.HasPrefix(b, []byte("# Beoordeling: Wet a")) {
		t.Errorf("-o rapport.md did not write Markdown: %q", b[:min(len(b), 60)])
	}
	code, stdout, _ = runCmd(t, "report", "--format", "markdown", a)
	if code != exitOK || !strings.Contains(stdout, "**en/of**") {
		t.Errorf("--format markdown: exit %d, stdout %q", code, stdout)
	}
	// a draft that cannot be read: its position, exit 2, nothing written
	bad := filepath.Join(t.TempDir(), "x.html")
	code, _, stderr = runCmd(t, "report", filepath.Join(dir, "c.md"), "-o", bad)
	if code != exitUsage || !strings.Contains(stderr, "c.md:2:7:") {
		t.Errorf("unreadable draft: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Errorf("a report was written for an unreadable draft")
	}
	if code, _, stderr := runCmd(t, "report", filepath.Join(dir, "bestaat-niet.md")); code != exitUsage || !strings.Contains(stderr, "bestaat-niet.md") {
		t.Errorf("missing draft: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runCmd(t, "report", a, "--format", "pdf"); code != exitUsage || !strings.Contains(stderr, "html, markdown") {
		t.Errorf("--format pdf: exit %d, stderr %q", code, stderr)
	}
}

// TestStatsAndReportFollowConfig: the nearest .wetlint.yaml counts, as for
// check: a disabled rule is neither counted nor reported, an ignored file
// is skipped.
func TestStatsAndReportFollowConfig(t *testing.T) {
	dir := drafts(t)
	os.Remove(filepath.Join(dir, "c.md"))
	os.WriteFile(filepath.Join(dir, ".wetlint.yaml"), []byte("version: 1\ndisable: [AR-006]\nignore: [b.md]\n"), 0o644)
	code, stdout, stderr := runCmd(t, "stats", "--by", "rule", dir, "-o", "-")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if strings.Contains(stdout, "AR-006") {
		t.Errorf("a rule the configuration disables is in the statistics:\n%s", stdout)
	}
	if !strings.HasPrefix(strings.Split(stdout, "\n")[1], "total,,,,,1,") {
		t.Errorf("want 1 document (b.md ignored), got:\n%s", stdout)
	}
	code, stdout, _ = runCmd(t, "report", "--format", "markdown", filepath.Join(dir, "a.md"))
	if code != exitOK || strings.Contains(stdout, "AR-006") {
		t.Errorf("report shows a rule the configuration disables (exit %d):\n%s", code, stdout)
	}
	os.WriteFile(filepath.Join(dir, ".wetlint.yaml"), []byte("version: 1\ndisable: [AR-999]\n"), 0o644)
	if code, _, stderr := runCmd(t, "stats", dir); code != exitUsage || !strings.Contains(stderr, ".wetlint.yaml") {
		t.Errorf("a bad configuration: exit %d, stderr %q", code, stderr)
	}
}
