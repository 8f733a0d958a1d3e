package facts

import (
	"github.com/wetlint/wetlint/clause"
)

// Facts are everything derived from one document.
type Facts struct {
	// Units holds the facts of each unit of the body and the toelichting,
	// by unit id.
	Units       map[string]*UnitFacts
	Definitions []Definition
	Numbering   []Number
	// Citeertitel is the title the regulation gives itself in its text
	// ("wordt aangehaald als: …"), or "".
	Citeertitel string
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
	References []Reference
	Sentences  []SentenceFacts
	Deadlines  []Deadline
	// Effects and Presumptions are found in the regulation's units only,
	// not in the toelichting.
	Effects      []Effect
	Presumptions []Presumption
}

// Options tune the extraction.
type Options struct {
	Laws *LawTable // nil means DefaultLaws
}

// Extract derives the facts of a document.
func Extract(doc *clause.Document, opts Options) *Facts {
	laws := opts.Laws
	if laws == nil {
		laws = DefaultLaws
	}
	f := &Facts{Units: map[string]*UnitFacts{}}
	var visit func(u *clause.Unit, inherited SentenceFacts) SentenceFacts
	visit = func(u *clause.Unit, inherited SentenceFacts) SentenceFacts {
		uf := &UnitFacts{}
		f.Units[u.ID] = uf
		if u.Kind == clause.Artikel {
			// "hij" refers back within an article, not across articles
			inherited = SentenceFacts{}
		}
		if u.Text != "" {
			uf.References = ParseReferences(u.Text, laws)
			resolve(doc, u, uf.References)
			ids := make([]string, len(u.Sentences))
			texts := make([]string, len(u.Sentences))
			for i, s := range u.Sentences {
				ids[i], texts[i] = s.ID, s.Text
			}
			uf.Sentences = sentenceFacts(ids, texts, inherited)
			for i, s := range u.Sentences {
				for _, d := range deadlines(s.Text, s.Start, s.ID) {
					d.Actor, d.ActorName = uf.Sentences[i].Actor, uf.Sentences[i].ActorName
					uf.Deadlines = append(uf.Deadlines, d)
				}
				if f.Citeertitel == "" && !u.Quoted && u.Kind != clause.ToelichtingArtikel && u.Kind != clause.ToelichtingSectie {
					f.Citeertitel = CiteertitelIn(s.Text)
				}
				if !isToelichting(u) {
					uf.Effects = append(uf.Effects, effects(s.Text, s.Start, s.ID)...)
					uf.Presumptions = append(uf.Presumptions, presumptions(s.Text, s.Start, s.ID)...)
				}
			}
			inCondition(u, uf.Effects)
			for _, s := range uf.Sentences {
				if s.Actor != "" && s.ActorName != "" {
					inherited = s
				}
			}
		}
		for _, c := range u.Children {
			inherited = visit(c, inherited)
		}
		return inherited
	}
	for _, u := range doc.Body {
		visit(u, SentenceFacts{})
	}
	if doc.Toelichting != nil {
		visit(doc.Toelichting, SentenceFacts{})
	}
	f.Definitions = definitions(doc)
	f.Numbering = numbering(doc)
	f.Mitigations = mitigations(doc, f.Units)
	f.Applications = applications(doc, laws)
	return f
}
