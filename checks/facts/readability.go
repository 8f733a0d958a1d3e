package facts

import (
	"math"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Readability measures how hard a provision is to read. It is set on every
// artikel (all of it) and every lid (with its onderdelen) of the body, and
// on the document (all provisions together). A sentence is counted per
// unit: the items of a list (onderdelen) are read as segments of their own,
// since a list is the Ar's remedy for a long sentence.
type Readability struct {
	// Provision is true for a lid and for an artikel without leden: the
	// units the readability rules judge, which do not overlap.
	Provision bool `json:"provision"`
	// Citizen is true when a citizen acts in the provision or must meet a
	// deadline in it.
	Citizen bool `json:"citizen"`
	// Provisions and CitizenProvisions count the provisions of a document
	// (document level only).
	Provisions        int `json:"provisions,omitempty"`
	CitizenProvisions int `json:"citizen_provisions,omitempty"`

	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Syllables int `json:"syllables"`
	// WordsPerSentence is the mean, MaxSentenceWords the longest sentence.
	WordsPerSentence float64 `json:"words_per_sentence"`
	MaxSentenceWords int     `json:"max_sentence_words"`
	// FleschDouma is 206.84 − 0.77 × syllables per 100 words − 0.93 × words
	// per sentence (Douma's Dutch adaptation of Flesch; higher is easier).
	FleschDouma float64 `json:"flesch_douma"`
	// LongWords have four syllables or more.
	LongWords   int     `json:"long_words"`
	LongWordPct float64 `json:"long_word_pct"`
	// Passives are sentences whose main clause is passive.
	Passives   int     `json:"passives"`
	PassivePct float64 `json:"passive_pct"`
	// Nominalisations are nouns made of verbs or adjectives (-ing, -heid,
	// -atie, -name), per 100 words.
	Nominalisations       int     `json:"nominalisations"`
	NominalisationsPer100 float64 `json:"nominalisations_per_100"`
	// References are citations of provisions, per 100 words.
	References       int     `json:"references"`
	ReferencesPer100 float64 `json:"references_per_100"`
	// ReferenceDepth is the longest chain of internal references that
	// starts here: 1 when this provision refers to one that refers to
	// nothing, 2 when that one refers on, …
	ReferenceDepth int `json:"reference_depth"`
	// Overeenkomstig counts "van overeenkomstige toepassing".
	Overeenkomstig int `json:"overeenkomstig"`
}

// counts are the raw numbers of a unit's own text.
type counts struct {
	words, sentences, syllables, maxSentence, long, passives, nominal, refs, overeenkomstig int
	citizen                                                                                 bool
}

func (c *counts) add(o counts) {
	c.words += o.words
	c.sentences += o.sentences
	c.syllables += o.syllables
	c.maxSentence = max(c.maxSentence, o.maxSentence)
	c.long += o.long
	c.passives += o.passives
	c.nominal += o.nominal
	c.refs += o.refs
	c.overeenkomstig += o.overeenkomstig
	c.citizen = c.citizen || o.citizen
}

func (c counts) readability() *Readability {
	r := &Readability{Citizen: c.citizen, Words: c.words, Sentences: c.sentences, Syllables: c.syllables,
		MaxSentenceWords: c.maxSentence, LongWords: c.long, Passives: c.passives, Nominalisations: c.nominal,
		References: c.refs, Overeenkomstig: c.overeenkomstig}
	if c.words > 0 && c.sentences > 0 {
		w, s := float64(c.words), float64(c.sentences)
		r.WordsPerSentence = round1(w / s)
		r.FleschDouma = round1(206.84 - 0.77*100*float64(c.syllables)/w - 0.93*w/s)
		r.LongWordPct = round1(100 * float64(c.long) / w)
		r.PassivePct = round1(100 * float64(c.passives) / s)
		r.NominalisationsPer100 = round1(100 * float64(c.nominal) / w)
		r.ReferencesPer100 = round1(100 * float64(c.refs) / w)
	}
	return r
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

const overeenkomstig = "van overeenkomstige toepassing"

// readability computes the readability of every artikel and lid of the
// body and of the document.
// wordCounts are the counts of one sentence that depend on its text alone.
type wordCounts struct{ words, syllables, long, nominal int }

func sentenceWords(text string) wordCounts {
	var w wordCounts
	for _, t := range tokenize(text) {
		if t.punct || !isWord(t.text) {
			continue
		}
		w.words++
		syl := Syllables(t.text)
		w.syllables += syl
		if syl >= 4 {
			w.long++
		}
		if nominalisation(t.low) {
			w.nominal++
		}
	}
	return w
}

func readability(doc *clause.Document, f *Facts, cache *Cache) *Readability {
	var ownCounts func(u *clause.Unit) counts
	ownCounts = func(u *clause.Unit) counts {
		var c counts
		uf := f.Units[u.ID]
		for i, s := range u.Sentences {
			w := cache.sentenceWords(s.Text)
			n := w.words
			c.syllables += w.syllables
			c.long += w.long
			c.nominal += w.nominal
			c.words += n
			c.sentences++
			c.maxSentence = max(c.maxSentence, n)
			if uf != nil && i < len(uf.Sentences) {
				if uf.Sentences[i].Passive {
					c.passives++
				}
				if uf.Sentences[i].Actor == RoleCitizen {
					c.citizen = true
				}
			}
		}
		if uf != nil {
			c.refs = len(uf.References)
			for _, d := range uf.Deadlines {
				if d.Actor == RoleCitizen {
					c.citizen = true
				}
			}
		}
		c.overeenkomstig = strings.Count(strings.ToLower(u.Text), overeenkomstig)
		return c
	}
	depth := referenceDepths(doc, f)
	var total counts
	provisions, citizenProvisions := 0, 0
	var subtree func(u *clause.Unit) counts
	subtree = func(u *clause.Unit) counts {
		c := ownCounts(u)
		for _, ch := range u.Children {
			if ch.Quoted || ch.Kind == clause.Artikel {
				continue
			}
			c.add(subtree(ch))
		}
		if u.Kind != clause.Artikel && u.Kind != clause.Lid {
			return c
		}
		r := c.readability()
		r.ReferenceDepth = depth(u)
		r.Provision = u.Kind == clause.Lid || !hasLeden(u)
		if r.Provision {
			provisions++
			if r.Citizen {
				citizenProvisions++
			}
			total.add(c)
		}
		f.Units[u.ID].Readability = r
		return c
	}
	maxDepth := 0
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			if u.Kind == clause.Artikel {
				subtree(u)
				if r := f.Units[u.ID].Readability; r != nil {
					maxDepth = max(maxDepth, r.ReferenceDepth)
				}
				return false
			}
			return true
		})
	}
	r := total.readability()
	r.Provisions, r.CitizenProvisions, r.ReferenceDepth = provisions, citizenProvisions, maxDepth
	return r
}

func hasLeden(a *clause.Unit) bool {
	for _, c := range a.Children {
		if c.Kind == clause.Lid {
			return true
		}
	}
	return false
}

// referenceDepths returns a function giving, for a unit, the longest chain
// of internal references that starts in it (or below it). A reference to
// the unit itself, to a unit inside it or to a unit around it is not a hop;
// a cycle stops the chain.
func referenceDepths(doc *clause.Document, f *Facts) func(*clause.Unit) int {
	memo := map[string]int{}
	busy := map[string]bool{}
	var depth func(u *clause.Unit) int
	depth = func(u *clause.Unit) int {
		if d, ok := memo[u.ID]; ok {
			return d
		}
		if busy[u.ID] {
			return 0
		}
		busy[u.ID] = true
		best := 0
		u.Walk(func(x *clause.Unit) bool {
			if x != u && x.Kind == clause.Artikel {
				return false
			}
			uf := f.Units[x.ID]
			if uf == nil {
				return true
			}
			for _, r := range uf.References {
				for _, id := range r.Targets {
					t := doc.Unit(id)
					if t == nil || contains(u, t) || contains(t, u) {
						continue
					}
					best = max(best, 1+depth(t))
				}
			}
			return true
		})
		busy[u.ID] = false
		memo[u.ID] = best
		return best
	}
	return depth
}

// contains reports whether b is a or lies inside a.
func contains(a, b *clause.Unit) bool {
	for x := b; x != nil; x = x.Parent {
		if x == a {
			return true
		}
	}
	return false
}

// nominalSuffixes mark nouns made of verbs or adjectives.
var nominalSuffixes = []string{"ing", "ingen", "heid", "heden", "atie", "aties", "name", "names"}

// nominalisation reports whether a word is a nominalisation: at least seven
// letters ending in -ing, -heid, -atie or -name, but not -ling
// (vreemdeling, leerling), which names a person.
func nominalisation(w string) bool {
	if len(w) < 7 || strings.HasSuffix(w, "ling") || strings.HasSuffix(w, "lingen") {
		return false
	}
	for _, s := range nominalSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
