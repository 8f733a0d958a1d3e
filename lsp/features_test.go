package lsp

import (
	"strings"
	"testing"
)

// openDraft opens draftMD and waits for its diagnostics.
func openDraft(t *testing.T) (*client, string) {
	t.Helper()
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	c.waitDiags(uri, 1)
	return c, uri
}

func at(uri string, p Position) TextDocumentPositionParams {
	return TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: p}
}

// inside returns a position one character into sub (in context).
func inside(t *testing.T, context, sub string) Position {
	r := rangeOfText(t, draftMD, context, sub)
	return Position{r.Start.Line, r.Start.Character + 1}
}

func TestHoverOnFinding(t *testing.T) {
	c, uri := openDraft(t)
	var h *Hover
	c.call("textDocument/hover", at(uri, inside(t, "gegevens en/of", "en/of")), &h)
	if h == nil {
		t.Fatal("no hover on a finding")
	}
	for _, want := range []string{"AR-006", "Gebruik van ‘en/of’", "(fout)", "hetzij", "Bron: Ar 3.12"} {
		if !strings.Contains(h.Contents.Value, want) {
			t.Errorf("hover on en/of lacks %q:\n%s", want, h.Contents.Value)
		}
	}
	if want := rangeOfText(t, draftMD, "gegevens en/of", "en/of"); h.Range == nil || *h.Range != want {
		t.Errorf("hover range %+v, want the finding's %+v", h.Range, want)
	}
}

func TestHoverOnDefinedTerm(t *testing.T) {
	c, uri := openDraft(t)
	for _, p := range []Position{
		inside(t, "De aanvrager verstrekt", "aanvrager"), // a use of the term
		inside(t, "a. aanvrager:", "aanvrager"),          // the term where it is defined
	} {
		var h *Hover
		c.call("textDocument/hover", at(uri, p), &h)
		if h == nil {
			t.Errorf("no hover on ‘aanvrager’ at %+v", p)
			continue
		}
		for _, want := range []string{"Begripsbepaling", "artikel 1", "degene die een proefvoorziening aanvraagt"} {
			if !strings.Contains(h.Contents.Value, want) {
				t.Errorf("hover on aanvrager at %+v lacks %q:\n%s", p, want, h.Contents.Value)
			}
		}
	}
	// a word that is no defined term has no hover
	var h *Hover
	c.call("textDocument/hover", at(uri, inside(t, "kent op aanvraag", "kent")), &h)
	if h != nil {
		t.Errorf("hover on ‘kent’: %q, want none", h.Contents.Value)
	}
}

func TestHoverOnReference(t *testing.T) {
	c, uri := openDraft(t)
	var h *Hover
	c.call("textDocument/hover", at(uri, inside(t, "bedoeld in artikel 2, tweede lid", "artikel 2")), &h)
	if h == nil {
		t.Fatal("no hover on a reference")
	}
	for _, want := range []string{"Artikel 2, tweede lid", "De aanvrager verstrekt de gegevens"} {
		if !strings.Contains(h.Contents.Value, want) {
			t.Errorf("hover on the reference lacks %q:\n%s", want, h.Contents.Value)
		}
	}
	if strings.Contains(h.Contents.Value, "kent op aanvraag") {
		t.Errorf("hover on ‘artikel 2, tweede lid’ shows the first lid too:\n%s", h.Contents.Value)
	}
}

func TestDefinition(t *testing.T) {
	c, uri := openDraft(t)
	tests := []struct {
		name string
		from Position
		want Position // where the location starts
	}{
		{"reference to a lid", inside(t, "bedoeld in artikel 2, tweede lid", "tweede lid"), rangeOfText(t, draftMD, "2. De aanvrager", "2.").Start},
		{"defined term", inside(t, "De aanvrager verstrekt", "aanvrager"), rangeOfText(t, draftMD, "a. aanvrager:", "aanvrager").Start},
		{"defined term of two words", inside(t, "1. Onze Minister kent", "Minister"), rangeOfText(t, draftMD, "b. Onze Minister:", "Onze Minister").Start},
	}
	for _, tt := range tests {
		var locs []Location
		c.call("textDocument/definition", at(uri, tt.from), &locs)
		if len(locs) != 1 || locs[0].URI != uri || locs[0].Range.Start != tt.want {
			t.Errorf("%s: definition = %+v, want one location at %+v", tt.name, locs, tt.want)
		}
	}
	var locs []Location
	c.call("textDocument/definition", at(uri, inside(t, "kent op aanvraag", "kent")), &locs)
	if len(locs) != 0 {
		t.Errorf("definition of ‘kent’ = %+v, want none", locs)
	}
}

func TestDocumentSymbols(t *testing.T) {
	c, uri := openDraft(t)
	var syms []DocumentSymbol
	c.call("textDocument/documentSymbol", DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
	var got []string
	var walk func(prefix string, ss []DocumentSymbol)
	walk = func(prefix string, ss []DocumentSymbol) {
		for _, s := range ss {
			got = append(got, prefix+s.Name+"|"+s.Detail)
			if s.SelectionRange.Start.Line < s.Range.Start.Line || s.SelectionRange.End.Line > s.Range.End.Line {
				t.Errorf("%s: selection range %+v outside range %+v", s.Name, s.SelectionRange, s.Range)
			}
			walk(prefix+"  ", s.Children)
		}
	}
	walk("", syms)
	want := []string{
		"Hoofdstuk 1|Algemeen",
		"  Artikel 1|Begripsbepalingen",
		"  Artikel 2|",
		"Hoofdstuk 2|Slotbepalingen",
		"  Artikel 3|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(syms) > 0 && len(syms[0].Children) > 1 {
		art2 := syms[0].Children[1]
		if art2.Kind != SymbolClass || art2.Range.Start != rangeOfText(t, draftMD, "## Artikel 2", "## Artikel 2").Start {
			t.Errorf("artikel 2: kind %d range %+v", art2.Kind, art2.Range)
		}
	}
}
