package checks

import (
	"context"
	"sort"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
)

// Facts derives the facts of a document with the engine's law table.
func (e *Engine) Facts(doc *clause.Document) *facts.Facts {
	return facts.Extract(doc, facts.Options{Laws: e.Laws()})
}

// Check evaluates every enabled rule on a document and applies the
// directives in it (justifications and suppressions).
func (e *Engine) Check(ctx context.Context, doc *clause.Document) ([]Diagnostic, error) {
	r, err := e.CheckDocument(ctx, doc)
	if err != nil {
		return nil, err
	}
	return r.Diagnostics, nil
}

// A DocResult is everything a check of one document yields.
type DocResult struct {
	Facts       *facts.Facts
	Diagnostics []Diagnostic // shown, justified ones included
	Suppressed  []Diagnostic // covered by wetlint:ignore
	Directives  []*Directive
}

// CheckDocument evaluates every enabled rule on a document and applies the
// directives in it.
func (e *Engine) CheckDocument(ctx context.Context, doc *clause.Document) (*DocResult, error) {
	return e.checkFacts(ctx, doc, e.Facts(doc))
}

// checkFacts evaluates every enabled rule on a document whose facts are
// known and applies its directives.
func (e *Engine) checkFacts(ctx context.Context, doc *clause.Document, fx *facts.Facts) (*DocResult, error) {
	found, err := e.Evaluate(ctx, Input(doc, fx, ScopeAll, nil))
	if err != nil {
		return nil, err
	}
	return e.Result(doc, fx, found), nil
}

// Result turns the findings of every enabled rule on a document into what
// a check yields: diagnostics with fingerprints, directives applied, and
// the problems of directives. CheckDocument and the language server (which
// gathers the findings incrementally) share it.
func (e *Engine) Result(doc *clause.Document, fx *facts.Facts, found []Finding) *DocResult {
	dirs := ParseDirectives(doc)
	all := e.Diagnostics(doc, found)
	setFingerprints(doc, all)
	shown, suppressed := ApplyDirectives(all, dirs)
	if dd := e.directiveDiagnostics(doc, dirs); len(dd) > 0 {
		setFingerprints(doc, dd)
		shown = append(shown, dd...)
		SortDiagnostics(shown)
	}
	return &DocResult{Facts: fx, Diagnostics: shown, Suppressed: suppressed, Directives: dirs}
}

// Diagnostics turns findings into diagnostics with positions, labels and
// rule metadata, sorted by position.
func (e *Engine) Diagnostics(doc *clause.Document, found []Finding) []Diagnostic {
	out := make([]Diagnostic, 0, len(found))
	for _, f := range found {
		r := e.byID[f.Rule]
		d := Diagnostic{Rule: f.Rule, Name: r.Name, Family: r.Family, Severity: f.Severity,
			Message: f.Message, Path: doc.Path, Unit: f.Unit, Source: r.Source}
		u := doc.Unit(f.Unit)
		if u == nil {
			// a document-level finding points at the start of the document
			d.Unit = ""
			d.Span = doc.Lines.Span(doc.Lines.LineStart(1), doc.Lines.LineStart(1))
		} else {
			// a unit of a toelichting read from its own file points there
			src := doc.SourceOf(u)
			d.Path = src.Path
			d.Label = u.Label
			if a := u.Article(); a != nil {
				d.Article = a.Number
				if a.Number == "" {
					d.Article = "enig"
				}
			}
			if m := u.Member(); m != nil {
				d.Member = m.Number
			}
			if f.Start >= 0 && f.End >= f.Start {
				d.Span = src.TextSpanOf(u, clause.RuneToByte(u.Text, f.Start), clause.RuneToByte(u.Text, f.End))
			} else {
				d.Span = u.BestSpan()
			}
			if f.Fix != nil {
				if fix, ok := sourceFix(src, u, f.Fix); ok {
					d.Fixes = []Fix{fix}
				}
			}
		}
		out = append(out, d)
	}
	SortDiagnostics(out)
	return out
}

// sourceFix maps a fix from runes of a unit's text to bytes of the source.
// It is dropped unless every edited range maps exactly onto the same text
// in the source: a fix is offered only when it is certainly right.
func sourceFix(doc *clause.Document, u *clause.Unit, ff *FindingFix) (Fix, bool) {
	fix := Fix{Message: ff.Message}
	for _, ed := range ff.Edits {
		if ed.Start < 0 || ed.End < ed.Start {
			return Fix{}, false
		}
		bs, be := clause.RuneToByte(u.Text, ed.Start), clause.RuneToByte(u.Text, ed.End)
		s, e, ok := u.Map.Source(bs, be)
		if !ok || string(doc.Src[s:e]) != u.Text[bs:be] {
			return Fix{}, false
		}
		fix.Edits = append(fix.Edits, TextEdit{Start: s, End: e, Span: doc.Lines.Span(s, e), NewText: ed.Text})
	}
	return fix, len(fix.Edits) > 0
}

// SortDiagnostics orders diagnostics by file, position, rule and message.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Span.Start.Offset != b.Span.Start.Offset {
			return a.Span.Start.Offset < b.Span.Start.Offset
		}
		if a.Rule != b.Rule {
			return ruleLess(a.Rule, b.Rule)
		}
		return a.Message < b.Message
	})
}
