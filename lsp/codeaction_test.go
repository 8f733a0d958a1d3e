package lsp

import (
	"strings"
	"testing"
)

// applyEdits applies the edits of a code action to text, last first.
func applyEdits(t *testing.T, text string, a CodeAction, uri string) string {
	t.Helper()
	if a.Edit == nil {
		t.Fatalf("code action %q has no edit", a.Title)
	}
	edits := a.Edit.Changes[uri]
	out := []byte(text)
	for i := len(edits) - 1; i >= 0; i-- {
		var err error
		out, err = applyChanges(out, []TextDocumentContentChangeEvent{{Range: &edits[i].Range, Text: edits[i].NewText}})
		if err != nil {
			t.Fatalf("code action %q: %v", a.Title, err)
		}
	}
	return string(out)
}

func actionsFor(t *testing.T, c *client, uri string, d Diagnostic) []CodeAction {
	t.Helper()
	var actions []CodeAction
	c.call("textDocument/codeAction", CodeActionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Range: d.Range,
		Context: CodeActionContext{Diagnostics: []Diagnostic{d}}}, &actions)
	return actions
}

func titled(t *testing.T, actions []CodeAction, prefix string) CodeAction {
	t.Helper()
	for _, a := range actions {
		if strings.HasPrefix(a.Title, prefix) {
			return a
		}
	}
	var titles []string
	for _, a := range actions {
		titles = append(titles, a.Title)
	}
	t.Fatalf("no code action starting with %q among %q", prefix, titles)
	return CodeAction{}
}

func TestCodeActionQuickFix(t *testing.T) {
	c, uri := openDraft(t)
	d := find(t, c.waitDiags(uri, 1), "AR-006")
	a := titled(t, actionsFor(t, c, uri, d), "Vervang ‘en/of’ door ‘of’")
	if a.Kind != KindQuickFix || !a.IsPreferred {
		t.Errorf("fix kind %q preferred %v, want a preferred quickfix", a.Kind, a.IsPreferred)
	}
	got := applyEdits(t, draftMD, a, uri)
	if want := strings.Replace(draftMD, "gegevens en/of", "gegevens of", 1); got != want {
		t.Errorf("after the fix:\n%s\nwant:\n%s", got, want)
	}
}

// TestCodeActionDirectives inserts a justification and an ignore directive
// with the code actions, sends the edited text and checks the effect.
func TestCodeActionDirectives(t *testing.T) {
	c, uri := openDraft(t)
	d := find(t, c.waitDiags(uri, 1), "AR-006")
	actions := actionsFor(t, c, uri, d)

	justify := titled(t, actions, "Rechtvaardig AR-006")
	text := applyEdits(t, draftMD, justify, uri)
	wantLine := `<!-- wetlint:justify AR-006 art:2/lid:2 reden="…" -->` + "\n## Artikel 2"
	if !strings.Contains(text, wantLine) {
		t.Fatalf("after justify:\n%s\nwant a line before the article: %q", text, wantLine)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}}})
	ds := c.waitDiags(uri, 2)
	if j := find(t, ds, "AR-006"); j.Severity != SeverityInformation || !strings.Contains(j.Message, "gerechtvaardigd: …") {
		t.Errorf("justified finding: severity %d message %q, want information with the reason", j.Severity, j.Message)
	}
	if again := actionsFor(t, c, uri, find(t, ds, "AR-006")); len(again) > 0 {
		for _, a := range again {
			if strings.HasPrefix(a.Title, "Rechtvaardig") {
				t.Errorf("a justification is offered again: %q", a.Title)
			}
		}
	}

	ignore := titled(t, actions, "Negeer AR-006")
	text = applyEdits(t, draftMD, ignore, uri)
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 3},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}}})
	if ds := arOnly(c.waitDiags(uri, 3)); len(ds) != 0 {
		t.Errorf("after ignore: %v, want none", codes(ds))
	}
}

const draftXML = `<?xml version="1.0" encoding="UTF-8"?>
<wetgeving soort="wet">
  <intitule>Wet proef</intitule>
  <wet-besluit>
    <wettekst>
      <artikel>
        <kop><label>Artikel</label><nr>1</nr></kop>
        <lid><lidnr>1</lidnr><al>Het bedrag van € 5 voor ëën 𝔸-aanvraag en/of verlenging wordt betaald.</al></lid>
      </artikel>
    </wettekst>
  </wet-besluit>
</wetgeving>
`

func TestCodeActionDirectiveXML(t *testing.T) {
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.xml"
	c.open(uri, "xml", draftXML)
	ds := c.waitDiags(uri, 1)
	d := find(t, ds, "AR-006")
	if want := rangeOfText(t, draftXML, "aanvraag en/of", "en/of"); d.Range != want {
		t.Errorf("AR-006 in XML at %+v, want %+v", d.Range, want)
	}
	text := applyEdits(t, draftXML, titled(t, actionsFor(t, c, uri, d), "Rechtvaardig AR-006"), uri)
	wantLines := "      <?wetlint justify AR-006 art:1/lid:1 reden=\"…\"?>\n      <artikel>"
	if !strings.Contains(text, wantLines) {
		t.Fatalf("after justify:\n%s\nwant %q", text, wantLines)
	}
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: 2},
		ContentChanges: []TextDocumentContentChangeEvent{{Text: text}}})
	if j := find(t, c.waitDiags(uri, 2), "AR-006"); j.Severity != SeverityInformation {
		t.Errorf("justified finding in XML: severity %d, want information", j.Severity)
	}
}
