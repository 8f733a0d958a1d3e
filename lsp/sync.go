package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
)

// A file is the server's copy of an open document: the in-memory buffer of
// the editor, kept current by didChange. wetlint never reads the file on
// disk for an open document.
type file struct {
	uri     string
	lang    string
	version int
	text    []byte
	// broken is set when an edit could not be applied (a range outside the
	// document): the copy no longer matches the editor, so nothing is
	// checked until the client sends the whole text again.
	broken string
	// due is when the next check should run; zero when none is pending.
	due time.Time
	// checker holds the caches of the incremental re-check.
	checker *checker
	// cancel stops the check in progress, if any.
	cancel context.CancelFunc
	// last is the most recent snapshot that was checked, or nil.
	last *snapshot
	// cur is the parsed snapshot of the current version, made on demand
	// for hover and other requests when the last check is older.
	cur *snapshot
}

// debounce is how long the server waits after an edit before checking, so
// that a burst of keystrokes is checked once.
const debounce = 200 * time.Millisecond

// isDraft reports whether wetlint checks a document: Markdown or XML, by
// language id or by the extension of its path.
func isDraft(uri, lang string) bool {
	switch strings.ToLower(lang) {
	case "markdown", "xml":
		return true
	}
	switch strings.ToLower(path.Ext(uriPath(uri))) {
	case ".md", ".markdown", ".xml":
		return true
	}
	return false
}

// uriPath returns the path of a file: URI, or the URI itself.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return uri
	}
	return u.Path
}

func (s *Server) didOpen(ctx context.Context, raw json.RawMessage) error {
	var p DidOpenTextDocumentParams
	if err := unmarshal(raw, &p); err != nil {
		return err
	}
	td := p.TextDocument
	if td.URI == "" {
		return invalidParams("textDocument.uri ontbreekt")
	}
	if !isDraft(td.URI, td.LanguageID) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	engine, lines, ignored := s.engineFor(ctx, td.URI)
	if ignored {
		return nil // the configuration says to skip this file
	}
	f := &file{uri: td.URI, lang: td.LanguageID, version: td.Version, text: []byte(td.Text), checker: newChecker(engine, lines)}
	s.files[td.URI] = f
	s.schedule(f, 0)
	return nil
}

func (s *Server) didChange(ctx context.Context, raw json.RawMessage) error {
	var p DidChangeTextDocumentParams
	if err := unmarshal(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.files[p.TextDocument.URI]
	if f == nil {
		return nil // not a draft, or never opened
	}
	if p.TextDocument.Version <= f.version {
		s.logf(ctx, MessageWarning, "%s: versie %d na versie %d; de wijziging wordt toch toegepast", f.uri, p.TextDocument.Version, f.version)
	}
	text, err := applyChanges(f.text, p.ContentChanges)
	f.version = p.TextDocument.Version
	f.cur = nil
	if f.cancel != nil {
		f.cancel()
	}
	if err != nil {
		// keep the old text, refuse to check a buffer we no longer know,
		// and say so; a full-text change (or reopening) repairs it
		f.broken = fmt.Sprintf("wetlint kon een wijziging niet verwerken (%v); sluit het bestand en open het opnieuw", err)
		s.logf(ctx, MessageError, "%s: %s", f.uri, f.broken)
	} else {
		f.text = text
		if f.broken != "" && allFull(p.ContentChanges) {
			f.broken = ""
		}
	}
	s.schedule(f, debounce)
	return nil
}

func allFull(changes []TextDocumentContentChangeEvent) bool {
	for _, c := range changes {
		if c.Range == nil {
			return true
		}
	}
	return false
}

// applyChanges applies content changes in order, as the specification
// requires: each range refers to the text after the changes before it.
func applyChanges(text []byte, changes []TextDocumentContentChangeEvent) ([]byte, error) {
	for i, c := range changes {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		m := newMapper(text)
		start, end, err := m.offsetRange(*c.Range)
		if err != nil {
			return nil, fmt.Errorf("wijziging %d: %w", i+1, err)
		}
		next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		next = append(next, text[:start]...)
		next = append(next, c.Text...)
		next = append(next, text[end:]...)
		text = next
	}
	return text, nil
}

func (s *Server) didSave(ctx context.Context, raw json.RawMessage) error {
	var p DidSaveTextDocumentParams
	if err := unmarshal(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.files[p.TextDocument.URI]
	if f == nil {
		return nil
	}
	if p.Text != nil && string(f.text) != *p.Text {
		// the client sent the text it saved; trust it over our copy
		f.text, f.broken, f.cur = []byte(*p.Text), "", nil
	}
	s.schedule(f, 0)
	return nil
}

func (s *Server) didClose(ctx context.Context, raw json.RawMessage) error {
	var p DidCloseTextDocumentParams
	if err := unmarshal(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	f := s.files[p.TextDocument.URI]
	delete(s.files, p.TextDocument.URI)
	s.mu.Unlock()
	if f == nil {
		return nil
	}
	// clear what the editor shows for a file wetlint no longer follows
	return s.publish(ctx, PublishDiagnosticsParams{URI: f.uri, Diagnostics: []Diagnostic{}})
}

// schedule asks the check loop to check f after delay (0: at once). A
// later edit moves a pending check further away; a save or open brings it
// forward. The caller holds s.mu.
func (s *Server) schedule(f *file, delay time.Duration) {
	due := s.now().Add(delay)
	if delay == 0 || f.due.IsZero() || due.After(f.due) {
		f.due = due
	}
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
