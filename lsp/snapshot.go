package lsp

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"hash"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

// A snapshot is one version of one document as wetlint read it: the text,
// the clause model and facts (or the error that stopped the reader), and,
// when it was checked, the diagnostics. A snapshot never changes after it
// is made; a new version of the document gets a new snapshot.
type snapshot struct {
	engine  *checks.Engine // the rules the document is checked with
	uri     string
	version int
	text    []byte
	m       *mapper
	doc     *clause.Document // nil when err is set
	fx      *facts.Facts
	err     error // why the text could not be read as a regulation
	// checked is true when diags holds the outcome of a check of this
	// version (a snapshot made for a hover is parsed, not checked).
	checked bool
	diags   []checks.Diagnostic
	stats   checkStats
}

// checkStats says what a check did, for logs, tests and benchmarks.
type checkStats struct {
	Groups    int           // article groups in the document
	Evaluated int           // article groups whose article rules were evaluated
	Built     int           // units whose input entry was built, not reused
	Duration  time.Duration // wall-clock time of the whole check
	Edited    bool          // the document was derived from the previous one, not read again
	// where the time went: reading the text, facts, building and hashing
	// the input, the document rules, the article rules
	Read, Facts, Input, DocRules, ArticleRules time.Duration
}

// A checker checks successive versions of one document and remembers
// what it can between them:
//
//   - the facts of unchanged text (facts.Cache);
//   - the findings of the article-scoped rules per article group (an
//     artikel with everything in it, or the units outside any artikel),
//     keyed by a hash of the group's policy input and of the document-wide
//     parts of the input that article rules may read.
//
// After an edit it re-reads the whole text (cheap), evaluates the article
// rules only on the groups whose key changed and the document rules on the
// whole document, and reuses the other groups' findings. This rests on the
// contract in docs/lsp.md: an article rule looks only at input.units (the
// units of the articles being checked), input.document and
// input.toelichting, and reports only on the units it was given.
// TestIncrementalMatchesFull holds the built-in rules to it.
type checker struct {
	engine *checks.Engine
	facts  *facts.Cache
	// lines is true when some policy reads a "line" field; otherwise
	// line numbers are left out of the keys, so that inserting a line
	// does not invalidate every article below it.
	lines bool

	mu     sync.Mutex // serialises checks of this document
	groups map[string]groupResult
	// base is the last document read by a check and the text it was read
	// from: the next text is derived from it when the edit allows
	// (clause.Document.Edit) instead of being read again.
	baseText []byte
	baseDoc  *clause.Document
	// prev is what the last evaluation built: the input entry of every
	// unit and a hash of every group's entries, with the document and
	// facts they were built from
	prev previous
}

type previous struct {
	doc       *clause.Document
	fx        *facts.Facts
	units     map[string]*ast.Term
	groupHash map[string][sha256.Size]byte
}

// reuse says which article groups hold text that changed, when the input
// entries of the other groups may be taken from the previous evaluation.
type reuse struct {
	dirty map[string]bool
}

// reusable decides whether the entries of the previous evaluation may be
// reused for doc: only when doc was derived by clause.Document.Edit from
// the document they were built for (so every unit is in the same place,
// on the same line, and only the text of the units found here changed).
// A unit's entry is then reused when checks.SameUnitInput says its facts
// give the same entry.
func (c *checker) reusable(doc *clause.Document, fx *facts.Facts, base *clause.Document) *reuse {
	if base == nil || c.prev.doc != base || c.prev.fx == nil {
		return nil
	}
	r := &reuse{dirty: map[string]bool{}}
	var walk func(x, y []*clause.Unit) bool
	walk = func(x, y []*clause.Unit) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i].ID != y[i].ID {
				return false
			}
			if x[i].Text != y[i].Text {
				r.dirty[groupOfUnit(y[i])] = true
			}
			if !walk(x[i].Children, y[i].Children) {
				return false
			}
		}
		return true
	}
	if !walk(base.Body, doc.Body) {
		return nil
	}
	return r
}

type groupResult struct {
	key      [sha256.Size]byte
	findings []checks.Finding
}

// outside is the group of units that are in no artikel.
const outside = ""

func newChecker(e *checks.Engine, lines bool) *checker {
	return &checker{engine: e, facts: facts.NewCache(), lines: lines, groups: map[string]groupResult{}}
}

// read parses a version of a document and derives its facts, without
// checking it. With a base (the previous version), an edit inside the text
// of one unit is applied to the base document instead of reading the text
// again.
func (c *checker) read(uri string, version int, text []byte, baseText []byte, baseDoc *clause.Document) (snap *snapshot) {
	snap = &snapshot{engine: c.engine, uri: uri, version: version, text: text, m: newMapper(text)}
	t0 := time.Now()
	defer func() {
		if p := recover(); p != nil {
			snap.doc, snap.fx = nil, nil
			snap.err = internalError(p)
		}
	}()
	doc, ok := editOf(baseText, baseDoc, text)
	snap.stats.Edited = ok
	if !ok {
		var err error
		if doc, err = detect.Read(uriPath(uri), text); err != nil {
			snap.err = err
			return snap
		}
	}
	snap.doc = doc
	t1 := time.Now()
	snap.fx = facts.Extract(doc, facts.Options{Laws: c.engine.Laws(), Cache: c.facts})
	snap.stats.Read, snap.stats.Facts = t1.Sub(t0), time.Since(t1)
	return snap
}

// editOf derives the document of text from the previous version when the
// two differ in one place that clause.Document.Edit accepts.
func editOf(baseText []byte, baseDoc *clause.Document, text []byte) (*clause.Document, bool) {
	if baseDoc == nil || !bytes.Equal(baseDoc.Src, baseText) {
		return nil, false
	}
	// the changed region: the common prefix and suffix stay
	p := 0
	for p < len(baseText) && p < len(text) && baseText[p] == text[p] {
		p++
	}
	if p == len(baseText) && p == len(text) {
		return baseDoc, true
	}
	q := 0
	for q < len(baseText)-p && q < len(text)-p && baseText[len(baseText)-1-q] == text[len(text)-1-q] {
		q++
	}
	// keep whole runes on both sides
	for p > 0 && p < len(baseText) && !utf8.RuneStart(baseText[p]) {
		p--
	}
	for q > 0 && !utf8.RuneStart(baseText[len(baseText)-q]) {
		q--
	}
	return baseDoc.Edit(p, len(baseText)-q, text[p:len(text)-q])
}

func internalError(p any) error {
	return fmt.Errorf("interne fout in wetlint (meld dit alstublieft): %v\n%s", p, debug.Stack())
}

// check reads and checks a version of a document. A text that cannot be
// read yields a snapshot with err set; a failing evaluation returns an
// error.
func (c *checker) check(ctx context.Context, uri string, version int, text []byte) (snap *snapshot, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	start := time.Now()
	base := c.baseDoc
	snap = c.read(uri, version, text, c.baseText, c.baseDoc)
	if snap.err != nil {
		c.baseText, c.baseDoc = nil, nil
		return snap, nil
	}
	c.baseText, c.baseDoc = text, snap.doc
	defer func() {
		if p := recover(); p != nil {
			snap, err = nil, internalError(p)
		}
	}()
	if !snap.stats.Edited {
		base = nil
	}
	found, stats, err := c.evaluate(ctx, snap.doc, snap.fx, base)
	if err != nil {
		return nil, err
	}
	stats.Read, stats.Facts, stats.Edited = snap.stats.Read, snap.stats.Facts, snap.stats.Edited
	diags := c.engine.Result(snap.doc, snap.fx, found).Diagnostics
	stats.Duration = time.Since(start)
	out := *snap
	out.checked, out.diags, out.stats = true, diags, stats
	return &out, nil
}

// evaluate returns the findings of every enabled rule, evaluating the
// article rules only where the input changed.
func (c *checker) evaluate(ctx context.Context, doc *clause.Document, fx *facts.Facts, base *clause.Document) ([]checks.Finding, checkStats, error) {
	t0 := time.Now()
	order, members := groupsOf(doc)
	stats := checkStats{Groups: len(order)}
	reuse := c.reusable(doc, fx, base)
	pairs := make([][2]*ast.Term, 0, len(c.prev.units))
	units := make(map[string]*ast.Term, len(c.prev.units))
	groupHash := make(map[string][sha256.Size]byte, len(order))
	for _, g := range order {
		same := reuse != nil && !reuse.dirty[g]
		for _, id := range members[g] {
			t := c.prev.units[id]
			if !same || t == nil || !checks.SameUnitInput(fx, c.prev.fx, id) {
				t = checks.UnitInput(doc, fx, doc.Unit(id))
				same = false
				stats.Built++
			}
			units[id] = t
			pairs = append(pairs, [2]*ast.Term{ast.StringTerm(id), t})
		}
		if prev, ok := c.prev.groupHash[g]; same && ok {
			groupHash[g] = prev
			continue
		}
		h := sha256.New()
		for _, id := range members[g] {
			h.Write([]byte(id))
			c.hashValue(h, units[id].Value)
		}
		var k [sha256.Size]byte
		h.Sum(k[:0])
		groupHash[g] = k
	}
	full, ok := checks.InputFromUnits(doc, fx, checks.ScopeDocument, pairs).(ast.Object)
	if !ok {
		return nil, checkStats{}, fmt.Errorf("beleidsinvoer is geen object")
	}
	c.prev = previous{doc: doc, fx: fx, units: units, groupHash: groupHash}

	// the key of a group covers its units and what every article rule
	// may read besides: input.document and input.toelichting
	shared := sha256.New()
	c.hashValue(shared, full.Get(ast.StringTerm("document")).Value)
	c.hashValue(shared, full.Get(ast.StringTerm("toelichting")).Value)
	sharedSum := shared.Sum(nil)
	keys := make(map[string][sha256.Size]byte, len(order))
	var stale []string
	isStale := map[string]bool{}
	for _, g := range order {
		gh := groupHash[g]
		k := sha256.Sum256(append(append([]byte(nil), sharedSum...), gh[:]...))
		keys[g] = k
		if r, ok := c.groups[g]; !ok || r.key != k {
			stale = append(stale, g)
			isStale[g] = true
		}
	}

	t1 := time.Now()
	stats.Input = t1.Sub(t0)
	found, err := c.engine.Evaluate(ctx, full)
	if err != nil {
		return nil, stats, err
	}
	t2 := time.Now()
	stats.DocRules = t2.Sub(t1)
	if len(stale) > 0 {
		stats.Evaluated = len(stale)
		var artPairs [][2]*ast.Term
		for _, g := range stale {
			for _, id := range members[g] {
				artPairs = append(artPairs, [2]*ast.Term{ast.StringTerm(id), units[id]})
			}
		}
		in := checks.WithUnits(doc, full, checks.ScopeArticle, artPairs)
		art, err := c.engine.Evaluate(ctx, in)
		if err != nil {
			return nil, stats, err
		}
		byGroup := map[string][]checks.Finding{}
		for _, f := range art {
			g := stale[0]
			if u := doc.Unit(f.Unit); u != nil && isStale[groupOfUnit(u)] {
				g = groupOfUnit(u)
			}
			// else a finding about a unit that was not checked (or about
			// the document): kept with the first group checked, see the
			// contract in docs/lsp.md
			byGroup[g] = append(byGroup[g], f)
		}
		for _, g := range stale {
			c.groups[g] = groupResult{key: keys[g], findings: byGroup[g]}
		}
		stats.ArticleRules = time.Since(t2)
	}
	for g := range c.groups {
		if _, ok := keys[g]; !ok {
			delete(c.groups, g)
		}
	}
	for _, g := range order {
		found = append(found, c.groups[g].findings...)
	}
	return found, stats, nil
}

// groupsOf lists the article groups of a document in order, and the ids of
// the units of each: the group of an artikel is the artikel with all it
// contains (quoted articles included); the units outside any artikel form
// one group of their own. Toelichting units are not in input.units.
func groupsOf(doc *clause.Document) (order []string, members map[string][]string) {
	members = map[string][]string{}
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			g := groupOfUnit(u)
			if _, ok := members[g]; !ok {
				order = append(order, g)
			}
			members[g] = append(members[g], u.ID)
			return true
		})
	}
	return order, members
}

// groupOfUnit returns the id of the outermost artikel that holds u, or
// outside.
func groupOfUnit(u *clause.Unit) string {
	g := outside
	for x := u; x != nil; x = x.Parent {
		if x.Kind == clause.Artikel {
			g = x.ID
		}
	}
	return g
}

// hashValue writes a canonical encoding of v to h: a tag per type, lengths
// before contents, object keys in sorted order (ast.Object iterates so).
// Fields named "line" are left out unless policies read them, and so are
// "lower" and "full", which the input derives from the "text" fields
// beside them (docs/policy-input.md).
func (c *checker) hashValue(h hash.Hash, v ast.Value) {
	w := &hashWriter{h: h, lines: c.lines}
	w.value(v)
	w.flush()
}

type hashWriter struct {
	h     hash.Hash
	buf   []byte
	lines bool
}

func (w *hashWriter) str(tag byte, s string) {
	w.buf = append(w.buf, tag)
	w.buf = strconv.AppendInt(w.buf, int64(len(s)), 10)
	w.buf = append(w.buf, ':')
	w.buf = append(w.buf, s...)
	if len(w.buf) > 32<<10 {
		w.flush()
	}
}

func (w *hashWriter) flush() {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
}

func (w *hashWriter) value(v ast.Value) {
	switch x := v.(type) {
	case ast.String:
		w.str('s', string(x))
	case ast.Number:
		w.str('n', string(x))
	case ast.Boolean:
		if x {
			w.str('b', "1")
		} else {
			w.str('b', "0")
		}
	case ast.Null:
		w.str('z', "")
	case *ast.Array:
		w.str('a', strconv.Itoa(x.Len()))
		x.Foreach(func(t *ast.Term) { w.value(t.Value) })
	case ast.Object:
		w.str('o', strconv.Itoa(x.Len()))
		x.Foreach(func(k, t *ast.Term) {
			if s, ok := k.Value.(ast.String); ok && (s == "lower" || s == "full" || s == "line" && !w.lines) {
				return
			}
			w.value(k.Value)
			w.value(t.Value)
		})
	default:
		w.str('?', v.String())
	}
}

// lineRe finds a reference to a field named line in Rego source.
var lineRe = regexp.MustCompile(`\bline\b`)

// policiesReadLines reports whether any policy that the engine runs
// mentions a field named "line" (outside comments). It errs on the side of
// yes: a false yes only costs speed, a false no would leave stale findings.
func policiesReadLines(mods []checks.Module) bool {
	for _, m := range mods {
		for _, l := range strings.Split(m.Src, "\n") {
			if i := strings.IndexByte(l, '#'); i >= 0 && !strings.ContainsAny(l[:i], "\"`") {
				l = l[:i]
			}
			if lineRe.MatchString(l) {
				return true
			}
		}
	}
	return false
}

// snapshotOf returns a snapshot of the current version of a document for
// a request: the last check when it is of this version, else the text read
// now (without diagnostics). It returns nil for a document that is not
// open as a draft.
func (s *Server) snapshotOf(uri string) *snapshot {
	s.mu.Lock()
	f := s.files[uri]
	if f == nil {
		s.mu.Unlock()
		return nil
	}
	if f.last != nil && f.last.version == f.version && f.broken == "" {
		defer s.mu.Unlock()
		return f.last
	}
	if f.cur != nil && f.cur.version == f.version {
		defer s.mu.Unlock()
		return f.cur
	}
	version, text, c := f.version, f.text, f.checker
	s.mu.Unlock()
	snap := c.read(uri, version, text, nil, nil)
	s.mu.Lock()
	if f.version == version {
		f.cur = snap
	}
	s.mu.Unlock()
	return snap
}
