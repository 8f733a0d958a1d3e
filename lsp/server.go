// Package lsp is wetlint's language server: it checks the draft a lawyer
// is editing, as they type, and offers hover, go-to-definition, an outline
// and quick fixes. It speaks LSP over any byte stream (stdio for editors,
// net.Pipe in tests) with sourcegraph/jsonrpc2 and hand-written protocol
// types (protocol.go).
//
// Layout, after gopls: server.go (lifecycle, method table), sync.go (the
// documents and their edits), snapshot.go (one immutable version of a
// document and the incremental check), diagnostics.go (the check loop and
// publishing), hover.go, definition.go, symbols.go, codeaction.go (the
// features), position.go (the only place that converts byte offsets to LSP
// positions) and config.go (options). See docs/lsp.md.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/workspace"
)

// Options configure a Server.
type Options struct {
	// Version is reported in serverInfo.
	Version string
	// Debounce overrides the pause after an edit before checking (tests);
	// 0 means 200 ms.
	Debounce time.Duration
}

// A Server is one language-server session.
type Server struct {
	opts Options
	conn *jsonrpc2.Conn

	mu         sync.Mutex
	files      map[string]*file
	engine     *checks.Engine // the defaults, for buffers without a configuration
	ws         *workspace.Workspace
	lines      map[*checks.Engine]bool // its policies read "line" fields (see checker)
	configErrs map[string]bool         // configuration errors already shown
	state      state
	wake       chan struct{}
	pubMu      sync.Mutex // orders publishing against didClose
	exited     chan struct{}
	exitOnce   sync.Once
}

type state int

const (
	stateNew state = iota
	stateRunning
	stateShutdown
)

// ErrExitWithoutShutdown is returned by Serve when the client sent exit
// before shutdown; the LSP specification asks for exit code 1 then.
var ErrExitWithoutShutdown = errors.New("lsp: exit zonder voorafgaande shutdown")

// NewServer returns a server; Serve runs it.
func NewServer(opts Options) *Server {
	if opts.Debounce == 0 {
		opts.Debounce = debounce
	}
	return &Server{opts: opts, files: map[string]*file{}, wake: make(chan struct{}, 1), exited: make(chan struct{}),
		ws: workspace.New(workspace.Options{}), lines: map[*checks.Engine]bool{}, configErrs: map[string]bool{}}
}

// Serve answers LSP messages on rwc until the client sends exit or closes
// the stream. It returns nil after shutdown and exit, ErrExitWithoutShutdown
// after an exit without shutdown, and nil when the stream ends.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	handler := jsonrpc2.HandlerWithError(s.handle)
	s.conn = jsonrpc2.NewConn(ctx, newStream(rwc), handler, jsonrpc2.SetLogger(discardLogger{}))
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		s.loop(ctx)
	}()
	select {
	case <-s.conn.DisconnectNotify():
	case <-s.exited:
		s.conn.Close()
	case <-ctx.Done():
		s.conn.Close()
	}
	cancel()
	<-loopDone
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.exited:
		if s.state != stateShutdown {
			return ErrExitWithoutShutdown
		}
	default:
	}
	return nil
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

// handle dispatches one message. It runs on the connection's read loop, so
// messages are handled in the order they arrive: edits are applied in
// sequence, and checking happens in the loop of diagnostics.go. A panic in
// a handler becomes an internal error for that request, never a crash.
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			result, err = nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: internalError(p).Error()}
			if req.Notif {
				s.logf(ctx, MessageError, "%s: %v", req.Method, err)
			}
		}
	}()
	var params json.RawMessage
	if req.Params != nil {
		params = *req.Params
	}
	s.mu.Lock()
	st := s.state
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.exitOnce.Do(func() { close(s.exited) })
		return nil, nil
	case st == stateNew && req.Method != "initialize":
		if req.Notif {
			return nil, nil // the specification says: drop notifications
		}
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "de server is nog niet geïnitialiseerd"}
	case st != stateNew && req.Method == "initialize":
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "initialize mag maar één keer worden gestuurd"}
	case st == stateShutdown && !req.Notif:
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "de server is afgesloten (shutdown)"}
	}
	switch req.Method {
	case "initialize":
		return s.initialize(ctx, params)
	case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration",
		"workspace/didChangeWatchedFiles", "workspace/didChangeWorkspaceFolders":
		return nil, nil
	case "shutdown":
		s.mu.Lock()
		s.state = stateShutdown
		s.mu.Unlock()
		return nil, nil
	case "textDocument/didOpen":
		return nil, s.didOpen(ctx, params)
	case "textDocument/didChange":
		return nil, s.didChange(ctx, params)
	case "textDocument/didSave":
		return nil, s.didSave(ctx, params)
	case "textDocument/didClose":
		return nil, s.didClose(ctx, params)
	case "textDocument/hover":
		return s.hover(ctx, params)
	case "textDocument/definition":
		return s.definition(ctx, params)
	case "textDocument/documentSymbol":
		return s.documentSymbol(ctx, params)
	case "textDocument/codeAction":
		return s.codeAction(ctx, params)
	}
	if req.Notif {
		return nil, nil
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: fmt.Sprintf("onbekende methode %q", req.Method)}
}

// codeServerNotInitialized is the LSP error code for a request before
// initialize.
const codeServerNotInitialized = -32002

func (s *Server) initialize(ctx context.Context, raw json.RawMessage) (any, error) {
	var p InitializeParams
	if err := unmarshal(raw, &p); err != nil {
		return nil, err
	}
	engine, err := checks.New(ctx, checks.Options{})
	if err != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInternalError, Message: fmt.Sprintf("beleid niet geladen: %v", err)}
	}
	s.mu.Lock()
	s.engine, s.state = engine, stateRunning
	s.mu.Unlock()
	return InitializeResult{
		Capabilities: ServerCapabilities{
			PositionEncoding: "utf-16",
			TextDocumentSync: TextDocumentSyncOptions{OpenClose: true, Change: SyncIncremental, Save: SaveOptions{}},
			HoverProvider:    true, DefinitionProvider: true, DocumentSymbolProvider: true,
			CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{KindQuickFix}},
		},
		ServerInfo: ServerInfo{Name: "wetlint", Version: s.opts.Version},
	}, nil
}

// now is the clock of the debounce.
func (s *Server) now() time.Time { return time.Now() }

// unmarshal decodes params; a client error becomes InvalidParams.
func unmarshal(raw json.RawMessage, v any) error {
	if len(raw) == 0 {
		return invalidParams("params ontbreken")
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return invalidParams("ongeldige params: " + err.Error())
	}
	return nil
}

func invalidParams(msg string) error {
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: msg}
}

// logf sends a window/logMessage.
func (s *Server) logf(ctx context.Context, typ int, format string, args ...any) {
	_ = s.conn.Notify(ctx, "window/logMessage", LogMessageParams{Type: typ, Message: fmt.Sprintf(format, args...)})
}

// showMessage sends a window/showMessage.
func (s *Server) showMessage(ctx context.Context, typ int, msg string) {
	_ = s.conn.Notify(ctx, "window/showMessage", LogMessageParams{Type: typ, Message: msg})
}
