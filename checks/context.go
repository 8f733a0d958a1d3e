package checks

import (
	"context"
	"fmt"
	"sync"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

// Umbrella laws (docs/hardship.md). A draft may declare another law
// applicable ("Op deze wet is de Algemene wet inkomensafhankelijke
// regelingen van toepassing"); a mitigation in that law (a power to
// recover less, a hardheidsclausule) then softens the draft's harsh
// provisions too. The engine evaluates one document per query, so what the
// rules need from the other law travels as facts: a facts.ContextDoc with
// its mitigations, in input.context. Context documents come from two
// places: files given with --context (they always count), and the other
// files of the same run (they count when the draft declares them
// applicable).

// LoadContext reads and summarises the documents given as context. read
// nil means detect.ReadFile; laws nil means facts.DefaultLaws.
func LoadContext(paths []string, read func(string) (*clause.Document, error), laws *facts.LawTable) ([]*facts.ContextDoc, error) {
	if read == nil {
		read = detect.ReadFile
	}
	var out []*facts.ContextDoc
	for _, p := range paths {
		doc, err := read(p)
		if err != nil {
			return nil, fmt.Errorf("context: %w", err)
		}
		out = append(out, facts.Summarize(doc, facts.Extract(doc, facts.Options{Laws: laws})))
	}
	return out, nil
}

// LoadContext reads and summarises context documents with the engine's
// law table.
func (e *Engine) LoadContext(paths []string, read func(string) (*clause.Document, error)) ([]*facts.ContextDoc, error) {
	return LoadContext(paths, read, e.Laws())
}

// CheckWithContext evaluates a document with umbrella documents: explicit
// ones always count, peers only when the document declares them
// applicable.
func (e *Engine) CheckWithContext(ctx context.Context, doc *clause.Document, explicit, peers []*facts.ContextDoc) (*DocResult, error) {
	fx := e.Facts(doc)
	fx.WithContext(explicit, peers)
	return e.checkFacts(ctx, doc, fx)
}

// umbrellas collects, during a run over several files, the summaries of
// all of them, and holds back the documents that declare another law
// applicable until every file has been read.
type umbrellas struct {
	explicit []*facts.ContextDoc
	peers    bool // more than one file: other files may be umbrellas

	mu       sync.Mutex
	summary  map[string]*facts.ContextDoc // by path
	deferred []deferredDoc
}

type deferredDoc struct {
	index int
	doc   *clause.Document
	fx    *facts.Facts
}

func newUmbrellas(explicit []*facts.ContextDoc, files int) *umbrellas {
	return &umbrellas{explicit: explicit, peers: files > 1, summary: map[string]*facts.ContextDoc{}}
}

// hold records the summary of a document and reports whether its check
// must wait for the other files: it declares a law applicable that may be
// among them.
func (u *umbrellas) hold(index int, doc *clause.Document, fx *facts.Facts) bool {
	if !u.peers {
		return false
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.summary[doc.Path] = facts.Summarize(doc, fx)
	if len(fx.Applications) == 0 {
		return false
	}
	u.deferred = append(u.deferred, deferredDoc{index, doc, fx})
	return true
}

// others returns the summaries of every file but path.
func (u *umbrellas) others(path string) []*facts.ContextDoc {
	u.mu.Lock()
	defer u.mu.Unlock()
	var out []*facts.ContextDoc
	for p, s := range u.summary {
		if p != path {
			out = append(out, s)
		}
	}
	return out
}
