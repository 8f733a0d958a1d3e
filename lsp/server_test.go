package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/sourcegraph/jsonrpc2"
)

// The tests talk to a server in the same process over net.Pipe, with
// sourcegraph/jsonrpc2 on the client side as well (after regal's
// internal/lsp/server_test.go).

// A client is a test's end of the connection.
type client struct {
	t    *testing.T
	conn *jsonrpc2.Conn
	srv  *Server
	done chan error

	mu    sync.Mutex
	diags []PublishDiagnosticsParams // every publish, in order
	logs  []string
	note  chan struct{}
}

// newClient starts a server and initializes it.
func newClient(t *testing.T, opts Options) *client {
	t.Helper()
	if opts.Debounce == 0 {
		opts.Debounce = 20 * time.Millisecond
	}
	a, b := net.Pipe()
	c := &client{t: t, srv: NewServer(opts), done: make(chan error, 1), note: make(chan struct{}, 1)}
	go func() { c.done <- c.srv.Serve(context.Background(), a) }()
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(b, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		c.conn.Close()
		select {
		case <-c.done:
		case <-time.After(10 * time.Second):
			t.Error("server did not stop after the connection closed")
		}
	})
	var res InitializeResult
	c.call("initialize", map[string]any{"processId": nil, "rootUri": "file:///tmp/werk", "capabilities": map[string]any{}}, &res)
	if res.Capabilities.TextDocumentSync.Change != SyncIncremental {
		t.Fatalf("initialize: sync kind %d, want incremental (2)", res.Capabilities.TextDocumentSync.Change)
	}
	c.notify("initialized", map[string]any{})
	return c
}

func (c *client) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
		}
		c.diags = append(c.diags, p)
	case "window/logMessage", "window/showMessage":
		var p LogMessageParams
		_ = json.Unmarshal(*req.Params, &p)
		c.logs = append(c.logs, p.Message)
	}
	select {
	case c.note <- struct{}{}:
	default:
	}
	return nil, nil
}

// call sends a request and fails the test on an error.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	if err := c.try(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// try sends a request and returns its error.
func (c *client) try(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) open(uri, lang, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: lang, Version: 1, Text: text}})
}

// change sends one incremental edit replacing the LSP range r by text.
func (c *client) change(uri string, version int, r Range, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", DidChangeTextDocumentParams{
		TextDocument:   VersionedTextDocumentIdentifier{URI: uri, Version: version},
		ContentChanges: []TextDocumentContentChangeEvent{{Range: &r, Text: text}},
	})
}

// waitDiags waits for the diagnostics of a version of a document.
func (c *client) waitDiags(uri string, version int) []Diagnostic {
	c.t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		c.mu.Lock()
		for _, p := range c.diags {
			if p.URI == uri && p.Version != nil && *p.Version == version {
				c.mu.Unlock()
				return p.Diagnostics
			}
		}
		c.mu.Unlock()
		select {
		case <-c.note:
		case <-time.After(50 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("no diagnostics for %s version %d; got %s", uri, version, c.published())
		}
	}
}

// published summarises what was published, for failure messages.
func (c *client) published() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var parts []string
	for _, p := range c.diags {
		v := "-"
		if p.Version != nil {
			v = fmt.Sprint(*p.Version)
		}
		parts = append(parts, fmt.Sprintf("%s@%s:%d", p.URI, v, len(p.Diagnostics)))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// versions lists the versions published for uri, in order.
func (c *client) versions(uri string) []int {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []int
	for _, p := range c.diags {
		if p.URI == uri && p.Version != nil {
			out = append(out, *p.Version)
		}
	}
	return out
}

// rangeOfText returns the LSP range of sub inside the first occurrence of
// context in text, computed independently of position.go: lines split at
// "\n", characters counted with unicode/utf16.
func rangeOfText(t *testing.T, text, context, sub string) Range {
	t.Helper()
	i := strings.Index(text, context)
	j := strings.Index(context, sub)
	if i < 0 || j < 0 {
		t.Fatalf("%q not in the text, or %q not in it", context, sub)
	}
	return Range{Start: utf16Pos(text, i+j), End: utf16Pos(text, i+j+len(sub))}
}

func utf16Pos(text string, off int) Position {
	before := text[:off]
	line := strings.Count(before, "\n")
	lineText := before[strings.LastIndex(before, "\n")+1:]
	return Position{Line: line, Character: len(utf16.Encode([]rune(lineText)))}
}

// codes lists the codes of diagnostics.
func codes(ds []Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// arOnly keeps the AR-006 findings (‘en/of’): the tests of the protocol
// follow one such finding through edits, while other rules (of every
// family, the document rules of the wetgevingstoets among them) find
// other things in the test draft.
func arOnly(ds []Diagnostic) []Diagnostic {
	var out []Diagnostic
	for _, d := range ds {
		if d.Code == "AR-006" {
			out = append(out, d)
		}
	}
	return out
}

// find returns the diagnostic with the given code, failing the test when
// there is none.
func find(t *testing.T, ds []Diagnostic, code string) Diagnostic {
	t.Helper()
	for _, d := range ds {
		if d.Code == code {
			return d
		}
	}
	t.Fatalf("no %s diagnostic among %v", code, codes(ds))
	return Diagnostic{}
}

const draftMD = `---
titel: Wet proefvoorziening
soort: wet
---

# Hoofdstuk 1. Algemeen

## Artikel 1. Begripsbepalingen

In deze wet wordt verstaan onder:

a. aanvrager: degene die een proefvoorziening aanvraagt;
b. Onze Minister: Onze Minister van Sociale Zaken en Werkgelegenheid.

## Artikel 2

1. Onze Minister kent op aanvraag een proefvoorziening toe.
2. De aanvrager verstrekt de gegevens en/of bescheiden die nodig zijn.

# Hoofdstuk 2. Slotbepalingen

## Artikel 3

De aanvraag wordt ingediend als bedoeld in artikel 2, tweede lid.
`

func TestInitializeAndShutdown(t *testing.T) {
	c := newClient(t, Options{})
	c.call("shutdown", nil, nil)
	if err := c.try("textDocument/hover", TextDocumentPositionParams{}, nil); err == nil {
		t.Error("a request after shutdown succeeded, want InvalidRequest")
	}
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		if err != nil {
			t.Errorf("Serve after shutdown and exit = %v, want nil", err)
		}
		c.done <- nil // for the cleanup
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop on exit")
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := newClient(t, Options{})
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		if err != ErrExitWithoutShutdown {
			t.Errorf("Serve after exit without shutdown = %v, want ErrExitWithoutShutdown", err)
		}
		c.done <- nil
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop on exit")
	}
}

func TestOpenPublishesDiagnostics(t *testing.T) {
	c := newClient(t, Options{})
	uri := "file:///tmp/werk/wet.md"
	c.open(uri, "markdown", draftMD)
	ds := c.waitDiags(uri, 1)
	d := find(t, ds, "AR-006")
	if d.Severity != SeverityError || d.Source != "wetlint" {
		t.Errorf("AR-006: severity %d source %q, want 1 and wetlint", d.Severity, d.Source)
	}
	if want := rangeOfText(t, draftMD, "gegevens en/of", "en/of"); d.Range != want {
		t.Errorf("AR-006 range = %+v, want %+v (‘en/of’ in artikel 2)", d.Range, want)
	}
	if d.CodeDescription == nil || !strings.HasSuffix(d.CodeDescription.Href, "/wetgevingstoets/AR-006.md") {
		t.Errorf("AR-006 codeDescription = %+v, want a link to the rule's page", d.CodeDescription)
	}
	if !strings.Contains(d.Message, "artikel 2, tweede lid") {
		t.Errorf("AR-006 message %q does not name the legal label", d.Message)
	}
}
