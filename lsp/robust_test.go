package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// rawConn speaks to a server byte by byte, to send what a well-behaved
// client library never would.
type rawConn struct {
	t    *testing.T
	conn net.Conn
	r    *bufio.Reader
	done chan error
}

func newRawConn(t *testing.T) *rawConn {
	a, b := net.Pipe()
	rc := &rawConn{t: t, conn: b, r: bufio.NewReader(b), done: make(chan error, 1)}
	go func() { rc.done <- NewServer(Options{Debounce: 10 * time.Millisecond}).Serve(context.Background(), a) }()
	t.Cleanup(func() { b.Close(); <-rc.done })
	return rc
}

func (rc *rawConn) send(body string) {
	rc.sendRaw(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

func (rc *rawConn) sendRaw(s string) {
	rc.t.Helper()
	rc.conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	if _, err := rc.conn.Write([]byte(s)); err != nil {
		rc.t.Fatalf("write: %v", err)
	}
}

// reply reads messages until one with an id or an error arrives
// (notifications such as publishDiagnostics are skipped unless wanted).
func (rc *rawConn) next(t *testing.T) map[string]any {
	t.Helper()
	rc.conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	n := -1
	for {
		line, err := rc.r.ReadString('\n')
		if err != nil {
			t.Fatalf("read header: %v", err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		fmt.Sscanf(line, "Content-Length: %d", &n)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(rc.r, body); err != nil {
		t.Fatalf("read body: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("server sent invalid JSON %q: %v", body, err)
	}
	return m
}

// response reads until the response with the given id (nil: id null).
func (rc *rawConn) response(t *testing.T, id any) map[string]any {
	t.Helper()
	for {
		m := rc.next(t)
		if _, isResp := m["method"]; isResp {
			continue
		}
		if fmt.Sprint(m["id"]) == fmt.Sprint(id) {
			return m
		}
	}
}

func errorCode(m map[string]any) int {
	e, ok := m["error"].(map[string]any)
	if !ok {
		return 0
	}
	c, _ := e["code"].(float64)
	return int(c)
}

// TestMalformedMessages sends broken messages; each gets a JSON-RPC error
// and the server goes on answering.
func TestMalformedMessages(t *testing.T) {
	rc := newRawConn(t)
	rc.send(`{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}`)
	if got := errorCode(rc.response(t, 1)); got != codeServerNotInitialized {
		t.Errorf("request before initialize: error %d, want %d", got, codeServerNotInitialized)
	}
	rc.send(`{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}`)
	if m := rc.response(t, 2); m["result"] == nil {
		t.Fatalf("initialize failed: %v", m)
	}
	tests := []struct {
		name string
		raw  string // sent as is
		id   any    // the id of the error response; nil for id null
		code int
	}{
		{"not JSON", "Content-Length: 9\r\n\r\n{not json", nil, jsonrpc2.CodeParseError},
		{"no method, no result", frame(`{"jsonrpc":"2.0","id":3}`), nil, jsonrpc2.CodeInvalidRequest},
		{"an array (batch)", frame(`[{"jsonrpc":"2.0","id":4,"method":"shutdown"}]`), nil, jsonrpc2.CodeInvalidRequest},
		{"an id that is an object", frame(`{"jsonrpc":"2.0","id":{},"method":"shutdown"}`), nil, jsonrpc2.CodeInvalidRequest},
		{"a bad Content-Length", "Content-Length: x\r\n\r\n", nil, jsonrpc2.CodeParseError},
		{"params of the wrong type", frame(`{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"position":"hier"}}`), 5, jsonrpc2.CodeInvalidParams},
		{"no params", frame(`{"jsonrpc":"2.0","id":6,"method":"textDocument/definition"}`), 6, jsonrpc2.CodeInvalidParams},
		{"an unknown method", frame(`{"jsonrpc":"2.0","id":7,"method":"textDocument/teleport","params":{}}`), 7, jsonrpc2.CodeMethodNotFound},
		{"a second initialize", frame(`{"jsonrpc":"2.0","id":8,"method":"initialize","params":{}}`), 8, jsonrpc2.CodeInvalidRequest},
	}
	for _, tt := range tests {
		rc.sendRaw(tt.raw)
		if got := errorCode(rc.response(t, tt.id)); got != tt.code {
			t.Errorf("%s: error %d, want %d", tt.name, got, tt.code)
		}
	}
	// a notification with bad params gets no answer, and breaks nothing
	rc.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":12}}`)
	rc.send(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///nergens.md","version":2},"contentChanges":[{"text":"x"}]}}`)
	// after all that, the server still works
	rc.send(`{"jsonrpc":"2.0","id":9,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///onbekend.md"}}}`)
	if m := rc.response(t, 9); errorCode(m) != 0 {
		t.Errorf("documentSymbol after the bad messages: %v", m)
	}
	rc.send(`{"jsonrpc":"2.0","id":10,"method":"shutdown"}`)
	rc.response(t, 10)
	rc.send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case err := <-rc.done:
		if err != nil {
			t.Errorf("Serve = %v after shutdown and exit", err)
		}
		rc.done <- nil
	case <-time.After(10 * time.Second):
		t.Fatal("no exit")
	}
}

func frame(body string) string { return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body) }

// TestUnreadableDrafts: a draft the reader cannot read yields one
// diagnostic at the place it stopped; requests on it answer nothing.
func TestUnreadableDrafts(t *testing.T) {
	c := newClient(t, Options{})
	tests := []struct {
		name, uri, text string
		want            string   // in the message
		at              Position // where the diagnostic starts
	}{
		{"malformed XML", "file:///tmp/werk/kapot.xml", "<?xml version=\"1.0\"?>\n<wetgeving>\n  <artikel><nr>1</nr>\n  </lid>\n</wetgeving>\n", "XML", Position{3, 2}},
		{"empty", "file:///tmp/werk/leeg.md", "", "leeg", Position{0, 0}},
		{"binary", "file:///tmp/werk/bin.xml", "\x00\x01\x02binair", "binair", Position{0, 0}},
		{"bad front matter", "file:///tmp/werk/fm.md", "---\njaar: twintig\n---\n\n## Artikel 1\n\nTekst.\n", "jaar", Position{1, 0}},
	}
	for _, tt := range tests {
		c.open(tt.uri, "", tt.text)
		ds := c.waitDiags(tt.uri, 1)
		if len(ds) != 1 || ds[0].Severity != SeverityError || !strings.Contains(ds[0].Message, tt.want) {
			t.Errorf("%s: %+v, want one error mentioning %q", tt.name, ds, tt.want)
			continue
		}
		if ds[0].Range.Start.Line != tt.at.Line {
			t.Errorf("%s: diagnostic at %+v, want line %d", tt.name, ds[0].Range.Start, tt.at.Line)
		}
		var h *Hover
		c.call("textDocument/hover", at(tt.uri, Position{0, 0}), &h)
		var syms []DocumentSymbol
		c.call("textDocument/documentSymbol", DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: tt.uri}}, &syms)
		if h != nil || len(syms) != 0 {
			t.Errorf("%s: hover %v, symbols %v on an unreadable draft, want none", tt.name, h, syms)
		}
	}
}

func TestPositionOutsideDocument(t *testing.T) {
	c, uri := openDraft(t)
	err := c.try("textDocument/hover", at(uri, Position{9999, 0}), nil)
	var e *jsonrpc2.Error
	if !asRPCError(err, &e) || e.Code != jsonrpc2.CodeInvalidParams {
		t.Errorf("hover past the end: %v, want InvalidParams", err)
	}
}

func asRPCError(err error, e **jsonrpc2.Error) bool {
	x, ok := err.(*jsonrpc2.Error)
	*e = x
	return ok
}

// FuzzStream: whatever bytes arrive, reading messages neither panics nor
// loops forever; it ends at the end of the input.
func FuzzStream(f *testing.F) {
	f.Add("Content-Length: 9\r\n\r\n{not json")
	f.Add(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`))
	f.Add("Content-Length: 99999999999\r\n\r\n")
	f.Add("\r\n\r\nContent-Length: 2\r\n\r\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		s := &stream{r: bufio.NewReader(strings.NewReader(in)), w: io.Discard, closer: io.NopCloser(nil)}
		for i := 0; i <= len(in); i++ { // each message takes at least a byte
			var v map[string]any
			if err := s.ReadObject(&v); err != nil {
				return
			}
		}
		t.Fatalf("more messages than bytes from %q", in)
	})
}
