package facts

import (
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Facts are everything derived from one document.
type Facts struct {
	// Units holds the facts of each unit of the body and the toelichting,
	// by unit id.
	Units       map[string]*UnitFacts
	Definitions []Definition
	// Usages[i] counts the uses of Definitions[i] (usage.go).
	Usages    []Usage
	Numbering []Number
	// Citeertitel is the title the regulation gives itself in its text
	// ("wordt aangehaald als: …"), or "".
	Citeertitel string
	// Grounds are the grounds of distinction (nationality, residence
	// status, proxies, language) by unit id; see grounds.go.
	Grounds map[string][]Ground
	// Justifications say, per article id, what the toelichting argues for
	// that article; see justification.go.
	Justifications map[string]*Justification
	// Readability is the readability of the regulation's provisions taken
	// together.
	Readability *Readability
	// Mitigations are the provisions of the regulation that soften harsh
	// consequences (see mitigations.go).
	Mitigations []Mitigation
	// Applications are the regulations it declares applicable as a whole.
	Applications []Application
	// Context holds the umbrella documents known for this check (set by
	// the engine with WithContext; nil when there are none).
	Context []*ContextDoc
}

// UnitFacts are the facts of one unit.
type UnitFacts struct {
	References   []Reference
	Sentences    []SentenceFacts
	Deadlines    []Deadline
	Consequences []Consequence
	// Readability is set on every artikel (the whole article) and lid (the
	// lid and its onderdelen) of the body.
	Readability *Readability
	// Effects and Presumptions are found in the regulation's units only,
	// not in the toelichting (effects.go, presumptions.go).
	Effects      []Effect
	Presumptions []Presumption
	// Delegations are the delegation clauses of the regulation's units
	// (delegation.go).
	Delegations []Delegation
	// Entries are the entry-into-force, retroactivity and expiry clauses
	// of a regulation unit (entry.go).
	Entries []EntryClause
}

// Options tune the extraction.
type Options struct {
	Laws *LawTable // nil means DefaultLaws
	// Cache, when set, remembers the facts of unchanged text between
	// extractions of successive versions of one document (cache.go).
	Cache *Cache
}

// Extract derives the facts of a document.
func Extract(doc *clause.Document, opts Options) *Facts {
	laws := opts.Laws
	if laws == nil {
		laws = DefaultLaws
	}
	f := &Facts{Units: map[string]*UnitFacts{}}
	c := opts.Cache
	c.begin(laws)
	defer c.end()
	f.Definitions = definitions(doc)
	f.Usages = usages(doc, f.Definitions, c)
	lex := defaultLexicon.withDefinitions(f.Definitions)
	defined := definedSentences(doc, f.Definitions)
	var visit func(u *clause.Unit, inherited SentenceFacts, lead *SentenceFacts) SentenceFacts
	visit = func(u *clause.Unit, inherited SentenceFacts, lead *SentenceFacts) SentenceFacts {
		uf := &UnitFacts{}
		f.Units[u.ID] = uf
		if u.Kind == clause.Artikel {
			// "hij" refers back within an article, not across articles
			inherited = SentenceFacts{}
		}
		if u.Text != "" {
			uf.References = c.references(u.Text, laws)
			resolve(doc, u, uf.References)
			uf.Sentences = make([]SentenceFacts, len(u.Sentences))
			for i, s := range u.Sentences {
				a := c.analyse(s.Text, inherited, lex)
				sf := a.facts
				sf.ID = s.ID
				if defined[s.ID] {
					// a begripsbepaling says what a word means; nobody acts
					sf = SentenceFacts{ID: s.ID}
				} else if lead != nil && i == 0 {
					inheritList(&sf, *lead)
				}
				uf.Sentences[i] = sf
				for _, d := range c.deadlines(s.Text, s.Start, s.ID) {
					// the deadline belongs to the clause it stands in: "Het
					// college beslist binnen acht weken" is the college's, "een
					// aanvraag die niet binnen zes weken is ingediend" the
					// applicant's
					if cl, inner := a.clauseOf(d.Start - s.Start); inner {
						d.Actor, d.ActorName, d.ActorKind = cl.role, cl.name, cl.kind
					} else {
						d.Actor, d.ActorName, d.ActorKind, d.Duty = sf.Actor, sf.ActorName, sf.Kind, sf.Duty
					}
					uf.Deadlines = append(uf.Deadlines, d)
				}
				if f.Citeertitel == "" && !u.Quoted && u.Kind != clause.ToelichtingArtikel && u.Kind != clause.ToelichtingSectie {
					f.Citeertitel = CiteertitelIn(s.Text)
				}
				if sf.Actor != "" && sf.ActorName != "" {
					inherited = sf
				}
				if !isToelichting(u) {
					uf.Effects = append(uf.Effects, c.effects(s.Text, s.Start, s.ID)...)
					for _, p := range c.presumptions(s.Text, s.Start, s.ID) {
						if !p.Person && (sf.Actor == RoleCitizen || lex.citizenIn(s.Text)) {
							// the sentence is about a citizen the fixed
							// words did not name ("de gedupeerde", a term
							// of the draft's own definitions)
							p.Person, p.Polarity = true, p.ifPerson
						}
						uf.Presumptions = append(uf.Presumptions, p)
					}
					uf.Delegations = append(uf.Delegations, c.delegations(s.Text, s.Start, s.ID)...)
				}
			}
			inCondition(u, uf.Effects)
			if !isToelichting(u) {
				uf.Entries = c.entries(u.Text)
			}
		}
		var childLead *SentenceFacts
		if n := len(uf.Sentences); n > 0 && uf.Sentences[n-1].List && len(u.Children) > 0 {
			l := uf.Sentences[n-1]
			childLead = &l
			if deontic(l.Act) {
				// the onderdelen spell out the duties; the lead-in is not one
				uf.Sentences[n-1].Duty = false
			}
		}
		for _, ch := range u.Children {
			inherited = visit(ch, inherited, childLead)
		}
		return inherited
	}
	for _, u := range doc.Body {
		visit(u, SentenceFacts{}, nil)
	}
	if doc.Toelichting != nil {
		visit(doc.Toelichting, SentenceFacts{}, nil)
	}
	f.Numbering = numbering(doc)
	consequences(doc, f, lex, c)
	f.Readability = readability(doc, f, c)
	f.Grounds = groundsCached(doc, f.Definitions, c)
	f.Justifications = Justifications(doc, f)
	f.Mitigations = mitigations(doc, f.Units, c)
	f.Applications = applications(doc, laws, c)
	return f
}

// deontic reports whether a duty's verb is a deontic phrase whose content
// follows ("is verplicht:", "dient … te"), so that each onderdeel of a list
// after it is a duty of its own.
func deontic(act string) bool {
	return strings.Contains(act, "verplicht") || strings.Contains(act, "gehouden") || strings.HasSuffix(act, " te") ||
		strings.HasPrefix(strings.ToLower(act), "moet")
}

// inheritList gives the first sentence of an onderdeel the actor of the
// lead-in it completes ("De werknemer is verplicht: a. binnen één week …
// een aanvraag in te dienen"); after a deontic lead-in it is a duty.
func inheritList(sf *SentenceFacts, lead SentenceFacts) {
	sf.Actor, sf.ActorName, sf.Kind, sf.Pronoun = lead.Actor, lead.ActorName, lead.Kind, lead.Pronoun
	if deontic(lead.Act) && !sf.Modal {
		sf.Duty, sf.Act = true, lead.Act
	} else {
		sf.Duty, sf.Act = false, ""
	}
}

// definedSentences returns the ids of the sentences that hold a
// begripsbepaling of a definitions list.
func definedSentences(doc *clause.Document, defs []Definition) map[string]bool {
	out := map[string]bool{}
	for _, d := range defs {
		if d.Form != "list" {
			continue
		}
		u := doc.Unit(d.Unit)
		if u == nil {
			continue
		}
		for _, s := range u.Sentences {
			if s.Start <= d.Start && d.Start < s.End {
				out[s.ID] = true
			}
		}
	}
	return out
}
