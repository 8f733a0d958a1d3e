package lsp

import (
	"context"
	"net/url"

	"github.com/wetlint/wetlint/checks"
)

// The configuration of a draft is the nearest .wetlint.yaml in its folder
// or above, as for `wetlint check` (docs/configuration.md): the server asks
// a workspace.Workspace for the engine of the file, which loads each
// configuration once and compiles one engine per configuration. A buffer
// without a file (untitled) gets the defaults. A configuration that cannot
// be loaded is reported once in window/showMessage, with its file, line
// and column, and the draft is checked with the defaults meanwhile; a
// draft that its configuration ignores is not checked. A configuration
// edited while the server runs is read again when the server restarts.

// engineFor returns the engine for a document, whether its policies read
// "line" fields (see checker), and whether its configuration ignores it.
// The caller holds s.mu.
func (s *Server) engineFor(ctx context.Context, uri string) (e *checks.Engine, lines, ignored bool) {
	path, ok := filePath(uri)
	if !ok {
		return s.engine, s.readsLines(s.engine, nil), false
	}
	e, cfg, err := s.ws.EngineFor(ctx, path)
	if err != nil {
		if !s.configErrs[err.Error()] {
			s.configErrs[err.Error()] = true
			msg := "wetlint gebruikt de standaardinstellingen; de configuratie heeft een fout: " + err.Error()
			go s.showMessage(context.WithoutCancel(ctx), MessageWarning, msg)
		}
		return s.engine, s.readsLines(s.engine, nil), false
	}
	if cfg.Ignored(path) {
		return nil, false, true
	}
	return e, s.readsLines(e, cfg.Merge(checks.Options{}).PolicyDirs), false
}

// readsLines reports, once per engine, whether its policies mention a
// field named line. The caller holds s.mu.
func (s *Server) readsLines(e *checks.Engine, policyDirs []string) bool {
	if v, ok := s.lines[e]; ok {
		return v
	}
	mods, _ := checks.BuiltinModules(false)
	for _, d := range policyDirs {
		m, err := checks.DirModules(d, false)
		if err != nil {
			s.lines[e] = true // unreadable: assume they do, which is only slower
			return true
		}
		mods = append(mods, m...)
	}
	v := policiesReadLines(mods)
	s.lines[e] = v
	return v
}

// filePath returns the path of a file: URI.
func filePath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return u.Path, true
}
