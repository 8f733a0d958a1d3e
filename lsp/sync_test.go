package lsp

import (
	"strings"
	"testing"
	"time"
)

func rng(l1, c1, l2, c2 int) *Range {
	return &Range{Start: Position{l1, c1}, End: Position{l2, c2}}
}

func TestApplyChanges(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		changes []TextDocumentContentChangeEvent
		want    string
	}{
		{"insert", "artikel 1\nde minister\n", []TextDocumentContentChangeEvent{{Range: rng(1, 3, 1, 3), Text: "Onze "}}, "artikel 1\nde Onze minister\n"},
		{"replace across lines", "a\nb\nc\n", []TextDocumentContentChangeEvent{{Range: rng(0, 1, 2, 0), Text: "-"}}, "a-c\n"},
		{"in order, each on the text before it", "abc", []TextDocumentContentChangeEvent{
			{Range: rng(0, 3, 0, 3), Text: "d"}, {Range: rng(0, 0, 0, 1), Text: ""}, {Range: rng(0, 3, 0, 3), Text: "!"}}, "bcd!"},
		{"after a non-BMP character (two UTF-16 units)", "𝔸 en/of x", []TextDocumentContentChangeEvent{{Range: rng(0, 3, 0, 8), Text: "of"}}, "𝔸 of x"},
		{"after € and ë (one unit each)", "€ ë en/of", []TextDocumentContentChangeEvent{{Range: rng(0, 4, 0, 9), Text: "of"}}, "€ ë of"},
		{"full text", "oud", []TextDocumentContentChangeEvent{{Text: "nieuw"}}, "nieuw"},
		{"full text then a range", "oud", []TextDocumentContentChangeEvent{{Text: "nieuw"}, {Range: rng(0, 0, 0, 1), Text: "N"}}, "Nieuw"},
		{"CRLF line endings", "a\r\nb\r\n", []TextDocumentContentChangeEvent{{Range: rng(1, 0, 1, 1), Text: "c"}}, "a\r\nc\r\n"},
		{"delete the last line (end on the line after it)", "a\nb\n", []TextDocumentContentChangeEvent{{Range: rng(1, 0, 2, 0), Text: ""}}, "a\n"},
	}
	for _, tt := range tests {
		got, err := applyChanges([]byte(tt.text), tt.changes)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: applyChanges(%q) = %q, %v, want %q", tt.name, tt.text, got, err, tt.want)
		}
	}
	for _, bad := range []*Range{rng(5, 0, 5, 0), rng(0, 2, 0, 1), rng(0, -1, 0, 0)} {
		if got, err := applyChanges([]byte("abc\n"), []TextDocumentContentChangeEvent{{Range: bad, Text: "x"}}); err == nil {
			t.Errorf("applyChanges with range %+v = %q, want an error", *bad, got)
		}
	}
}

// TestIncrementalEdits edits a draft in small steps, as an editor does, and
// checks that the diagnostics follow the in-memory text, carry the version
// they were computed for, and sit on the right characters.
func TestIncrementalEdits(t *testing.T) {
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	if ds := arOnly(c.waitDiags(uri, 1)); len(ds) != 1 || ds[0].Code != "AR-006" {
		t.Fatalf("version 1: %v, want one AR-006", codes(ds))
	}
	// replace "en/of" by "of": the finding goes
	r := rangeOfText(t, draftMD, "gegevens en/of", "en/of")
	c.change(uri, 2, r, "of")
	if ds := arOnly(c.waitDiags(uri, 2)); len(ds) != 0 {
		t.Fatalf("version 2: %v, want none after replacing en/of", codes(ds))
	}
	// type "en/" before "of" in two keystrokes: the finding comes back at
	// the new place, computed for the last version
	c.change(uri, 3, Range{Start: r.Start, End: r.Start}, "en")
	c.change(uri, 4, Range{Start: Position{r.Start.Line, r.Start.Character + 2}, End: Position{r.Start.Line, r.Start.Character + 2}}, "/")
	ds := arOnly(c.waitDiags(uri, 4))
	if len(ds) != 1 || ds[0].Range != r {
		t.Fatalf("version 4: %+v, want one AR-006 at %+v", ds, r)
	}
	// a line with €, ë and 𝔸 before a new finding: UTF-16 positions
	line := "\nDe prijs van € 5 geldt voor ëën 𝔸-aanvraag en/of één verlenging.\n"
	end := strings.Count(draftMD, "\n")
	c.change(uri, 5, Range{Start: Position{end, 0}, End: Position{end, 0}}, line)
	ds = c.waitDiags(uri, 5)
	text := draftMD + line
	want := rangeOfText(t, text, "𝔸-aanvraag en/of", "en/of")
	found := false
	for _, d := range ds {
		if d.Code == "AR-006" && d.Range == want {
			found = true
		}
	}
	if !found {
		t.Errorf("version 5: %+v, want an AR-006 at %+v (after €, ë and 𝔸)", ds, want)
	}
	if want.Start.Character != len([]rune("De prijs van € 5 geldt voor ëën 𝔸-aanvraag "))+1 {
		t.Errorf("the test's own UTF-16 count is off: %d", want.Start.Character)
	}
}

// TestDebounceDropsIntermediateVersions types three changes within the
// debounce: only the last version is checked and published.
func TestDebounceDropsIntermediateVersions(t *testing.T) {
	c := newClient(t, Options{Debounce: 300 * time.Millisecond})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	for v := 2; v <= 4; v++ {
		c.change(uri, v, *rng(0, 0, 0, 0), "")
	}
	c.waitDiags(uri, 4)
	got := c.versions(uri)
	if len(got) != 2 || got[0] != 1 || got[1] != 4 {
		t.Errorf("published versions %v, want [1 4]", got)
	}
}

func TestCloseClearsDiagnostics(t *testing.T) {
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	c.notify("textDocument/didClose", DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		last := c.diags[len(c.diags)-1]
		c.mu.Unlock()
		if last.URI == uri && last.Version == nil && len(last.Diagnostics) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no empty publish after didClose: %s", c.published())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestSaveChecksAtOnce: a save checks without waiting for the debounce.
func TestSaveChecksAtOnce(t *testing.T) {
	c := newClient(t, Options{Debounce: time.Hour})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	r := rangeOfText(t, draftMD, "gegevens en/of", "en/of")
	c.change(uri, 2, r, "of")
	c.notify("textDocument/didSave", DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	if ds := arOnly(c.waitDiags(uri, 2)); len(ds) != 0 {
		t.Errorf("after save: %v, want none", codes(ds))
	}
}

// TestBadEditIsReported: an edit outside the document cannot be applied;
// the server says so in a diagnostic instead of checking a text that no
// longer matches the editor, and a full-text change repairs it.
func TestBadEditIsReported(t *testing.T) {
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	c.change(uri, 2, *rng(900, 0, 900, 1), "x")
	ds := c.waitDiags(uri, 2)
	if len(ds) != 1 || !strings.Contains(ds[0].Message, "kon een wijziging niet verwerken") {
		t.Fatalf("after a bad edit: %+v, want one diagnostic saying so", ds)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: 3},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: draftMD}},
	})
	if ds := arOnly(c.waitDiags(uri, 3)); len(ds) != 1 || ds[0].Code != "AR-006" {
		t.Errorf("after a full-text change: %v, want AR-006 again", codes(ds))
	}
}

func TestOnlyDraftsAreChecked(t *testing.T) {
	c := newClient(t, Options{})
	c.open("file:///tmp/werk/main.go", "go", "package main")
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	if got := c.published(); strings.Contains(got, ".go") {
		t.Errorf("a Go file was checked: %s", got)
	}
}
