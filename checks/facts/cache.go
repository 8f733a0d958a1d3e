package facts

import (
	"strings"
	"sync"
)

// A Cache remembers the facts that depend on nothing but a piece of text
// (references before they are resolved, the facts of a unit's sentences,
// deadlines), so that extracting the facts of the next version of a
// document only computes them for text that changed. The language server
// keeps one Cache per open document; after a one-character edit in a large
// law only the edited unit is parsed again.
//
// Only pure functions of their arguments are cached, so a cached extraction
// equals a fresh one. What depends on the rest of the document (resolving
// references, definitions, numbering) is computed every time. Entries not
// used by the last extraction are dropped at its end. A Cache is safe for
// concurrent use.
type Cache struct {
	mu       sync.Mutex
	laws     *LawTable
	gen      int
	refs     memo[string, []Reference]
	analyses memo[analysisKey, *analysis]
	deads    memo[sentenceKey, []Deadline]
	grounds  memo[groundKey, []Ground]
	effs     memo[sentenceKey, []Effect]
	presums  memo[sentenceKey, []Presumption]
	delegs   memo[sentenceKey, []Delegation]
	words    memo[string, wordCounts]
	conseqs  memo[string, consequenceMatch]
	mits     memo[string, []mitigationMatch]
	apps     memo[string, appMatch]
	entrs    memo[string, []EntryClause]
	toks     memo[string, tokenList]
	// memos lists the memo tables above, to empty and sweep them together
	memos []interface {
		reset()
		sweep(gen int)
	}
	// Hits and Misses count lookups, for tests and benchmarks.
	Hits, Misses int
}

// analysisKey is the argument list of analyse. The inherited facts are
// part of it as a struct, so a field added to SentenceFacts is part of the
// key without anyone having to remember this cache; the lexicon enters by
// its key, which names the terms the document's definitions added.
type analysisKey struct {
	text      string
	inherited SentenceFacts
	lexicon   string
}

// sentenceKey is the argument list of the functions of one sentence
// (deadlines, effects, presumptions, delegations): its text, where it
// starts in its unit, and its id.
type sentenceKey struct {
	sentence string
	base     int
	sid      string
}

type cached[T any] struct {
	v   T
	gen int
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	c := &Cache{}
	c.refs = newMemo[string, []Reference](c)
	c.analyses = newMemo[analysisKey, *analysis](c)
	c.deads = newMemo[sentenceKey, []Deadline](c)
	c.grounds = newMemo[groundKey, []Ground](c)
	c.effs = newMemo[sentenceKey, []Effect](c)
	c.presums = newMemo[sentenceKey, []Presumption](c)
	c.delegs = newMemo[sentenceKey, []Delegation](c)
	c.words = newMemo[string, wordCounts](c)
	c.conseqs = newMemo[string, consequenceMatch](c)
	c.mits = newMemo[string, []mitigationMatch](c)
	c.apps = newMemo[string, appMatch](c)
	c.entrs = newMemo[string, []EntryClause](c)
	c.toks = newMemo[string, tokenList](c)
	return c
}

// A memo holds the results of one function by its arguments.
type memo[K comparable, T any] map[K]*cached[T]

// newMemo returns an empty memo table that begin and end of c look after.
func newMemo[K comparable, T any](c *Cache) memo[K, T] {
	m := memo[K, T]{}
	c.memos = append(c.memos, m)
	return m
}

func (m memo[K, T]) reset() { clear(m) }

// sweep drops the entries last used before generation gen.
func (m memo[K, T]) sweep(gen int) {
	for k, e := range m {
		if e.gen < gen {
			delete(m, k)
		}
	}
}

// begin starts an extraction with the given law table; a different table
// empties the cache.
func (c *Cache) begin(laws *LawTable) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.laws != laws {
		c.laws = laws
		for _, m := range c.memos {
			m.reset()
		}
	}
	c.gen++
}

// end drops the entries the extraction did not use.
func (c *Cache) end() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.memos {
		m.sweep(c.gen)
	}
}

// lookup returns the cached value of key, computing it with fn on a miss.
func lookup[K comparable, T any](c *Cache, m memo[K, T], key K, fn func() T) T {
	c.mu.Lock()
	if e, ok := m[key]; ok {
		e.gen = c.gen
		c.Hits++
		c.mu.Unlock()
		return e.v
	}
	c.Misses++
	c.mu.Unlock()
	v := fn()
	c.mu.Lock()
	m[key] = &cached[T]{v: v, gen: c.gen}
	c.mu.Unlock()
	return v
}

// references returns ParseReferences(text, laws) as a fresh slice that the
// caller may resolve (resolve changes the references it is given).
func (c *Cache) references(text string, laws *LawTable) []Reference {
	if c == nil {
		return ParseReferences(text, laws)
	}
	refs := lookup(c, c.refs, text, func() []Reference { return ParseReferences(text, laws) })
	if refs == nil {
		return nil
	}
	return append([]Reference(nil), refs...)
}

// analyse returns analyse(text, inherited, lex). The analysis is shared
// between extractions and must not be changed by the caller.
func (c *Cache) analyse(text string, inherited SentenceFacts, lex *lexicon) *analysis {
	if c == nil {
		return analyse(text, inherited, lex)
	}
	return lookup(c, c.analyses, analysisKey{text, inherited, lex.key}, func() *analysis { return analyse(text, inherited, lex) })
}

// deadlines returns deadlines(sentence, base, sid).
func (c *Cache) deadlines(sentence string, base int, sid string) []Deadline {
	if c == nil {
		return deadlines(sentence, base, sid)
	}
	return lookup(c, c.deads, sentenceKey{sentence, base, sid}, func() []Deadline { return deadlines(sentence, base, sid) })
}

// effects returns effects(sentence, base, sid) as a fresh slice that the
// caller may change (inCondition marks effects in a condition).
func (c *Cache) effects(sentence string, base int, sid string) []Effect {
	if c == nil {
		return effects(sentence, base, sid)
	}
	es := lookup(c, c.effs, sentenceKey{sentence, base, sid}, func() []Effect { return effects(sentence, base, sid) })
	return append([]Effect(nil), es...)
}

// presumptions returns presumptions(sentence, base, sid).
func (c *Cache) presumptions(sentence string, base int, sid string) []Presumption {
	if c == nil {
		return presumptions(sentence, base, sid)
	}
	ps := lookup(c, c.presums, sentenceKey{sentence, base, sid}, func() []Presumption { return presumptions(sentence, base, sid) })
	return append([]Presumption(nil), ps...)
}

// delegations returns delegations(sentence, base, sid).
func (c *Cache) delegations(sentence string, base int, sid string) []Delegation {
	if c == nil {
		return delegations(sentence, base, sid)
	}
	ds := lookup(c, c.delegs, sentenceKey{sentence, base, sid}, func() []Delegation { return delegations(sentence, base, sid) })
	return append([]Delegation(nil), ds...)
}

// sentenceWords returns sentenceWords(text): the word counts readability
// needs.
func (c *Cache) sentenceWords(text string) wordCounts {
	if c == nil {
		return sentenceWords(text)
	}
	return lookup(c, c.words, text, func() wordCounts { return sentenceWords(text) })
}

// consequenceIn returns matchConsequence(text). Its slices are shared and
// must not be changed.
func (c *Cache) consequenceIn(text string) consequenceMatch {
	if c == nil {
		return matchConsequence(text)
	}
	return lookup(c, c.conseqs, text, func() consequenceMatch { return matchConsequence(text) })
}

// mitigationMatches returns mitigationMatches(text), shared between
// extractions: the caller must not change it.
func (c *Cache) mitigationMatches(text string) []mitigationMatch {
	if c == nil {
		return mitigationMatches(text)
	}
	return lookup(c, c.mits, text, func() []mitigationMatch { return mitigationMatches(text) })
}

type appMatch struct {
	a  Application
	ok bool
}

// application returns application(text).
func (c *Cache) application(text string) (Application, bool) {
	if c == nil {
		return application(text)
	}
	m := lookup(c, c.apps, text, func() appMatch {
		a, ok := application(text)
		return appMatch{a, ok}
	})
	return m.a, m.ok
}

// entries returns Entries(text), shared between extractions: the caller
// must not change it.
func (c *Cache) entries(text string) []EntryClause {
	if c == nil {
		return Entries(text)
	}
	return lookup(c, c.entrs, text, func() []EntryClause { return Entries(text) })
}

type tokenList struct {
	toks []string
	offs []int
}

// lowerTokens returns tokens(strings.ToLower(text)), shared between
// extractions: the caller must not change them.
func (c *Cache) lowerTokens(text string) ([]string, []int) {
	if c == nil {
		return tokens(strings.ToLower(text))
	}
	t := lookup(c, c.toks, text, func() tokenList {
		toks, offs := tokens(strings.ToLower(text))
		return tokenList{toks, offs}
	})
	return t.toks, t.offs
}
