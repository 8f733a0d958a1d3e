package lsp

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// ruleDocs is where the page of each rule lives (docs/rules/<family>/<id>.md,
// see ../shared/STYLE.md §2.1); codeDescription links to it.
const ruleDocs = "https://github.com/wetlint/wetlint/blob/main/docs/rules/"

// loop runs the checks: one goroutine for the whole session, bound to ctx.
// It wakes when an edit schedules a check and when a debounce expires, and
// checks every document whose check is due, one at a time.
func (s *Server) loop(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for {
		now := s.now()
		var ready []*file
		next := time.Time{}
		s.mu.Lock()
		for _, f := range s.files {
			switch {
			case f.due.IsZero():
			case !f.due.After(now):
				ready = append(ready, f)
				f.due = time.Time{}
			case next.IsZero() || f.due.Before(next):
				next = f.due
			}
		}
		s.mu.Unlock()
		for _, f := range ready {
			if ctx.Err() != nil {
				return
			}
			s.checkFile(ctx, f)
		}
		if len(ready) > 0 {
			continue // edits may have arrived meanwhile
		}
		wait := time.Hour
		if !next.IsZero() {
			wait = next.Sub(now)
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		case <-timer.C:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
}

// checkFile checks the current version of f and publishes the outcome,
// unless f changed or closed meanwhile (a newer check is then scheduled).
func (s *Server) checkFile(ctx context.Context, f *file) {
	defer func() {
		// the checker recovers from panics in reading and evaluating; this
		// catches the rest, so that one bad draft cannot stop the loop
		if p := recover(); p != nil {
			s.logf(ctx, MessageError, "%s: %v", f.uri, internalError(p))
		}
	}()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	uri, version, text, broken, c := f.uri, f.version, f.text, f.broken, f.checker
	f.cancel = cancel // an edit cancels a check of the text it replaces
	s.mu.Unlock()
	var diags []Diagnostic
	var snap *snapshot
	if broken != "" {
		diags = []Diagnostic{{Range: Range{}, Severity: SeverityError, Source: "wetlint", Message: broken}}
	} else {
		var err error
		snap, err = c.check(ctx, uri, version, text)
		switch {
		case errors.Is(err, context.Canceled) || ctx.Err() != nil:
			return
		case err != nil:
			diags = []Diagnostic{{Range: Range{}, Severity: SeverityError, Source: "wetlint",
				Message: "wetlint kon dit ontwerp niet controleren: " + firstLine(err.Error())}}
			s.logf(ctx, MessageError, "%s: %v", uri, err)
		default:
			diags = s.toLSP(snap)
		}
	}
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.mu.Lock()
	current := s.files[uri] == f && f.version == version
	if current && snap != nil {
		f.last = snap
	}
	s.mu.Unlock()
	if !current {
		return // stale: do not show diagnostics of a text the user has changed
	}
	v := version
	_ = s.publish(ctx, PublishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: diags})
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// publish sends textDocument/publishDiagnostics.
func (s *Server) publish(ctx context.Context, p PublishDiagnosticsParams) error {
	if p.Diagnostics == nil {
		p.Diagnostics = []Diagnostic{}
	}
	return s.conn.Notify(ctx, "textDocument/publishDiagnostics", p)
}

// toLSP converts the outcome of a check to LSP diagnostics: a text that
// could not be read gives one error at the place the reader stopped.
func (s *Server) toLSP(snap *snapshot) []Diagnostic {
	if snap.err != nil {
		return []Diagnostic{parseDiagnostic(snap)}
	}
	out := make([]Diagnostic, 0, len(snap.diags))
	for _, d := range snap.diags {
		out = append(out, lspDiagnostic(snap.m, d))
	}
	return out
}

// parseDiagnostic reports why a text could not be read, from the reader's
// position to the end of that line.
func parseDiagnostic(snap *snapshot) Diagnostic {
	msg := snap.err.Error()
	off := 0
	var pe *clause.ParseError
	if errors.As(snap.err, &pe) {
		msg = pe.Msg
		if pe.Line > 0 {
			off = clause.NewLineIndex(snap.text).Offset(pe.Line, max(pe.Column, 1))
		}
	}
	start := snap.m.position(off)
	end := off
	for end < len(snap.text) && snap.text[end] != '\n' && snap.text[end] != '\r' {
		end++
	}
	return Diagnostic{Range: Range{Start: start, End: snap.m.position(end)}, Severity: SeverityError,
		Source: "wetlint", Message: "wetlint kan dit ontwerp niet lezen: " + firstLine(msg)}
}

// lspDiagnostic converts one diagnostic. The message ends with the legal
// label when it does not name it already, and with the reason of a
// justification.
func lspDiagnostic(m *mapper, d checks.Diagnostic) Diagnostic {
	msg := d.Message
	if d.Label != "" && !strings.Contains(msg, d.Label) {
		msg += " (" + d.Label + ")"
	}
	if d.Justified {
		msg += "; gerechtvaardigd: " + d.Reason
	}
	out := Diagnostic{
		Range:    m.spanRange(d.Span),
		Severity: severity(d.Severity),
		Code:     d.Rule,
		Source:   "wetlint",
		Message:  msg,
		Data:     &DiagnosticData{Rule: d.Rule, Unit: d.Unit},
	}
	if d.Family != "" {
		out.CodeDescription = &CodeDescription{Href: ruleDocs + d.Family + "/" + d.Rule + ".md"}
	}
	return out
}

func severity(s string) int {
	switch s {
	case checks.SeverityError:
		return SeverityError
	case checks.SeverityWarning:
		return SeverityWarning
	}
	return SeverityInformation
}
