// Package workspace checks files the way the command line does: it finds
// each file's configuration (.wetlint.yaml in its directory or above),
// skips the paths the configuration ignores, builds one engine per
// configuration, filters a baseline, and applies fixes. The language
// server can use EngineFor to check a buffer with the engine of its file.
package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/baseline"
	"github.com/wetlint/wetlint/checks/config"
	"github.com/wetlint/wetlint/checks/fix"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

// Options of a workspace.
type Options struct {
	// Engine holds the options of the command line (families, extra policy
	// directories); each configuration is merged into them.
	Engine checks.Options
	// Config, when set, is the configuration file for every file instead
	// of the nearest one.
	Config string
	// Run tunes the parallel checking of files.
	Run checks.RunOptions
}

// A Workspace checks files with their configurations. It caches loaded
// configurations and compiled engines, and is safe for concurrent use.
type Workspace struct {
	opts     Options
	resolver config.Resolver
	mu       sync.Mutex
	engines  map[*config.Config]*checks.Engine
}

// New returns a workspace.
func New(opts Options) *Workspace {
	return &Workspace{opts: opts, resolver: config.Resolver{File: opts.Config}, engines: map[*config.Config]*checks.Engine{}}
}

// EngineFor returns the engine for a file, built from its configuration.
func (w *Workspace) EngineFor(ctx context.Context, path string) (*checks.Engine, *config.Config, error) {
	cfg, err := w.resolver.For(path)
	if err != nil {
		return nil, nil, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if e := w.engines[cfg]; e != nil {
		return e, cfg, nil
	}
	e, err := cfg.NewEngine(ctx, w.opts.Engine)
	if err != nil {
		var pe *clause.ParseError
		if cfg.Path != "" && !(errors.As(err, &pe) && pe.Path == cfg.Path) {
			return nil, nil, fmt.Errorf("%w (configuratie %s)", err, cfg.Path)
		}
		return nil, nil, err
	}
	w.engines[cfg] = e
	return e, cfg, nil
}

// A Result is the outcome of Check.
type Result struct {
	Files []checks.FileResult
	// Rules are the rules that ran for at least one file, ordered by id,
	// the directive checks included: what SARIF describes.
	Rules []checks.Rule
	// Ignored counts the files skipped because a configuration ignores them.
	Ignored int
}

// Check expands paths into files, checks each with the engine of its
// configuration and returns the results in path order. A configuration or
// policy that cannot be loaded is an error for the whole run; a file that
// cannot be read is reported in its FileResult.
func (w *Workspace) Check(ctx context.Context, paths []string) (*Result, error) {
	files, bad := checks.Expand(paths)
	res := &Result{}
	groups := map[*checks.Engine][]string{}
	var order []*checks.Engine
	var kept []string
	for _, f := range files {
		e, cfg, err := w.EngineFor(ctx, f)
		if err != nil {
			return nil, err
		}
		if cfg.Ignored(f) {
			res.Ignored++
			continue
		}
		if groups[e] == nil {
			order = append(order, e)
		}
		groups[e] = append(groups[e], f)
		kept = append(kept, f)
	}
	byPath := map[string]checks.FileResult{}
	seen := map[string]bool{}
	for _, e := range order {
		for _, r := range e.Run(ctx, groups[e], w.opts.Run) {
			byPath[r.Path] = r
		}
		for _, r := range append(append([]checks.Rule(nil), e.Rules()...), checks.DirectiveRules...) {
			if e.Enabled(r.ID) && !seen[r.ID] {
				seen[r.ID] = true
				res.Rules = append(res.Rules, r)
			}
		}
	}
	// as Engine.Run: paths that do not exist first, then the files in order
	res.Files = bad
	for _, f := range kept {
		res.Files = append(res.Files, byPath[f])
	}
	sort.SliceStable(res.Rules, func(i, j int) bool { return checks.RuleLess(res.Rules[i].ID, res.Rules[j].ID) })
	return res, nil
}

// WithoutBaseline returns files without the findings that the baseline
// file holds (counted in FileResult.Baselined); files itself is left as it
// is. An empty path returns files.
func WithoutBaseline(path string, files []checks.FileResult) ([]checks.FileResult, error) {
	if path == "" {
		return files, nil
	}
	b, err := baseline.Load(path)
	if err != nil {
		return nil, err
	}
	out := append([]checks.FileResult(nil), files...)
	b.Filter(out)
	return out, nil
}

// A FileFix is what fixing one file did.
type FileFix struct {
	Path    string
	Applied int    // fixes applied, over all rounds
	Skipped int    // fixes left because they overlapped others
	Diff    string // unified diff of the change
	Old     []byte
	New     []byte
}

// maxRounds bounds how often a file is fixed and re-checked: a fix that
// overlaps another waits for the next round, on the new text.
const maxRounds = 5

// Fix applies the fixes of the shown diagnostics in files (not of
// suppressed or justified ones): it applies them, checks the new text
// again and repeats while there are fixes left, up to maxRounds. With
// write it replaces each changed file atomically (fix.WriteFile); without
// it only computes the diff. It returns what changed, per file.
func (w *Workspace) Fix(ctx context.Context, files []checks.FileResult, write bool) ([]FileFix, error) {
	var out []FileFix
	for _, f := range files {
		diags := fixable(f.Diagnostics)
		if f.Err != nil || len(diags) == 0 {
			continue
		}
		e, _, err := w.EngineFor(ctx, f.Path)
		if err != nil {
			return out, err
		}
		old, err := os.ReadFile(f.Path)
		if err != nil {
			return out, err
		}
		ff := FileFix{Path: f.Path, Old: old}
		src := old
		for round := 0; round < maxRounds && len(diags) > 0; round++ {
			next, applied, skipped := fix.Apply(src, diags)
			ff.Applied += applied
			ff.Skipped = skipped
			if applied == 0 {
				break
			}
			src = next
			if skipped == 0 {
				break
			}
			doc, err := detect.Read(f.Path, src)
			if err != nil {
				return out, fmt.Errorf("%s: na correctie niet meer leesbaar (meld dit alstublieft): %w", f.Path, err)
			}
			r, err := e.CheckDocument(ctx, doc)
			if err != nil {
				return out, err
			}
			diags = fixable(r.Diagnostics)
		}
		ff.New = src
		ff.Diff = fix.Diff(f.Path, old, src)
		if ff.Diff == "" {
			continue
		}
		if write {
			if err := fix.WriteFile(f.Path, src); err != nil {
				return out, fmt.Errorf("%s: correcties schrijven: %w", f.Path, err)
			}
		}
		out = append(out, ff)
	}
	return out, nil
}

// fixable returns the diagnostics that carry a fix and are not justified.
func fixable(ds []checks.Diagnostic) []checks.Diagnostic {
	var out []checks.Diagnostic
	for _, d := range ds {
		if len(d.Fixes) > 0 && !d.Justified {
			out = append(out, d)
		}
	}
	return out
}

// FixSummary says in one Dutch line what Fix did.
func FixSummary(fixed []FileFix) string {
	applied, skipped := 0, 0
	for _, f := range fixed {
		applied += f.Applied
		skipped += f.Skipped
	}
	files := "bestanden"
	if len(fixed) == 1 {
		files = "bestand"
	}
	s := fmt.Sprintf("%d correcties toegepast in %d %s", applied, len(fixed), files)
	if applied == 1 {
		s = fmt.Sprintf("1 correctie toegepast in %d %s", len(fixed), files)
	}
	if skipped > 0 {
		s += fmt.Sprintf("; %d niet toegepast omdat ze andere overlappen (draai --fix nog eens)", skipped)
	}
	return s
}
