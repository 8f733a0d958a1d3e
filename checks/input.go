package checks

import (
	"encoding/json"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
)

// InputVersion is the version of the policy input. It changes when a field
// is removed or changes meaning; new fields may appear without a change.
const InputVersion = 1

// Scopes of an evaluation (input.scope).
const (
	ScopeAll      = "all"      // every rule, the whole document
	ScopeArticle  = "article"  // article rules, on the articles in input.units
	ScopeDocument = "document" // document rules, on the whole document
)

// Input builds the policy input of a document. With scope ScopeArticle,
// only the units of the articles in only (article unit ids) are included;
// a nil only means all of them.
func Input(doc *clause.Document, fx *facts.Facts, scope string, only map[string]bool) ast.Value {
	b := &inputBuilder{doc: doc, fx: fx}
	units := [][2]*ast.Term{}
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if only != nil {
				a := u.Article()
				if a == nil || !only[topArticle(a).ID] {
					return true
				}
			}
			units = append(units, [2]*ast.Term{str(u.ID), b.unit(u)})
			return true
		})
	}
	return b.input(scope, units)
}

// UnitInput returns the entry of input.units for one unit, as Input builds
// it. With InputFromUnits it lets a caller that keeps the entries of units
// that did not change (the language server, after an edit) build the input
// of the next version without building those again. The entry depends on
// the unit and its place in the tree and on the facts SameUnitInput
// compares, nothing else: keep the two in step.
func UnitInput(doc *clause.Document, fx *facts.Facts, u *clause.Unit) *ast.Term {
	return (&inputBuilder{doc: doc, fx: fx}).unit(u)
}

// SameUnitInput reports whether UnitInput gives the same entry for the unit
// id under the facts a and b, given the same unit in the same place: its
// own facts and its grounds of distinction are equal. Document-level facts
// (readability of the whole, definitions, mitigations) are not in the
// entry, so an edit that changes them elsewhere does not make the entries
// of other units stale.
func SameUnitInput(a, b *facts.Facts, id string) bool {
	return reflect.DeepEqual(a.Units[id], b.Units[id]) && reflect.DeepEqual(a.Grounds[id], b.Grounds[id])
}

// InputFromUnits builds the policy input with the given entries of
// input.units (id, UnitInput), in document order.
func InputFromUnits(doc *clause.Document, fx *facts.Facts, scope string, units [][2]*ast.Term) ast.Value {
	return (&inputBuilder{doc: doc, fx: fx}).input(scope, units)
}

func (b *inputBuilder) input(scope string, units [][2]*ast.Term) ast.Value {
	regeling, withText := selections(b.doc, units)
	return obj(
		kv{"version", num(InputVersion)},
		kv{"scope", str(scope)},
		kv{"document", b.document()},
		kv{"units", ast.ObjectTerm(units...)},
		kv{"regeling_units", regeling},
		kv{"text_units", withText},
		kv{"toelichting", b.toelichting()},
		kv{"statistics", obj(kv{"readability", b.documentReadability()})},
		kv{"context", b.context()},
	).Value
}

// selections returns input.regeling_units and input.text_units for the
// given entries of input.units: the regulation's own units, and those with
// text of their own, as the same terms. They are selected here because
// filtering thousands of units in Rego costs the document rules more than
// the rest of their work (policies/lib/text).
func selections(doc *clause.Document, units [][2]*ast.Term) (regeling, withText *ast.Term) {
	var r, w [][2]*ast.Term
	for _, e := range units {
		id, _ := e[0].Value.(ast.String)
		u := doc.Unit(string(id))
		if u == nil || u.Quoted {
			continue
		}
		r = append(r, e)
		if u.Text != "" {
			w = append(w, e)
		}
	}
	return ast.ObjectTerm(r...), ast.ObjectTerm(w...)
}

// WithUnits returns a copy of the input in with another scope and other
// entries of input.units (and the selections made from them): the input of
// the article rules for some articles, made from the input of the whole
// document (the language server, after an edit).
func WithUnits(doc *clause.Document, in ast.Object, scope string, units [][2]*ast.Term) ast.Object {
	regeling, withText := selections(doc, units)
	out := ast.NewObject()
	in.Foreach(func(k, v *ast.Term) {
		switch string(k.Value.(ast.String)) {
		case "scope":
			v = ast.StringTerm(scope)
		case "units":
			v = ast.ObjectTerm(units...)
		case "regeling_units":
			v = regeling
		case "text_units":
			v = withText
		}
		out.Insert(k, v)
	})
	return out
}

// InputJSON returns the policy input as indented JSON, as `wetlint parse`
// prints it.
func InputJSON(doc *clause.Document, fx *facts.Facts) ([]byte, error) {
	v, err := ast.JSON(Input(doc, fx, ScopeAll, nil))
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(v, "", "  ")
}

func topArticle(a *clause.Unit) *clause.Unit {
	for x := a; x != nil; x = x.Parent {
		if x.Kind == clause.Artikel {
			a = x
		}
	}
	return a
}

type inputBuilder struct {
	doc *clause.Document
	fx  *facts.Facts
}

// runes converts a byte offset in s to a rune offset.
func runes(s string, b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(s) {
		b = len(s)
	}
	return utf8.RuneCountInString(s[:b])
}

func (b *inputBuilder) unit(u *clause.Unit) *ast.Term {
	uf := b.fx.Units[u.ID]
	if uf == nil {
		uf = &facts.UnitFacts{}
	}
	parent, article, articleNum, member := "", "", "", ""
	if u.Parent != nil {
		parent = u.Parent.ID
	}
	if a := u.Article(); a != nil {
		article, articleNum = a.ID, a.Number
	}
	if m := u.Member(); m != nil {
		member = m.Number
	}
	depth := 0
	for x := u.Parent; x != nil && !x.Kind.IsDivision(); x = x.Parent {
		depth++
	}
	children := make([]string, len(u.Children))
	for i, c := range u.Children {
		children[i] = c.ID
	}
	pairs := []kv{
		{"id", str(u.ID)}, {"kind", str(string(u.Kind))}, {"number", str(u.Number)},
		{"label", str(u.Label)}, {"heading", str(u.Heading)}, {"parent", str(parent)},
		{"article", str(article)}, {"article_number", str(articleNum)}, {"member", str(member)},
		{"depth", num(depth)}, {"quoted", boolean(u.Quoted)}, {"status", str(u.Status)},
		{"text", str(u.Text)}, {"lower", str(strings.ToLower(u.Text))},
		{"sentences", b.sentences(u, uf)}, {"references", b.references(u, uf.References)},
		{"deadlines", b.deadlines(u, uf.Deadlines)}, {"links", b.links(u)}, {"children", strs(children)},
		{"line", num(u.Span.Start.Line)}, {"consequences", b.consequences(u, uf.Consequences)}, {"grounds", b.grounds(u)},
		{"effects", b.effects(u.Text, uf.Effects)}, {"presumptions", b.presumptions(u.Text, uf.Presumptions)},
		{"delegations", b.delegations(u.Text, uf.Delegations)},
		{"entry", entriesTerm(u.Text, uf.Entries)},
	}
	if uf.Readability != nil {
		pairs = append(pairs, kv{"readability", readabilityTerm(uf.Readability)})
	}
	if u.Kind == clause.Artikel {
		var parts []string
		var members []string
		u.Walk(func(x *clause.Unit) bool {
			if x.Text != "" {
				parts = append(parts, x.Text)
			}
			if x.Kind == clause.Lid && x.Parent == u {
				members = append(members, x.ID)
			}
			return true
		})
		pairs = append(pairs, kv{"full", str(strings.ToLower(strings.Join(parts, "\n")))}, kv{"members", strs(members)})
	}
	return obj(pairs...)
}

func (b *inputBuilder) sentences(u *clause.Unit, uf *facts.UnitFacts) *ast.Term {
	ts := make([]*ast.Term, len(u.Sentences))
	for i, s := range u.Sentences {
		var sf facts.SentenceFacts
		if i < len(uf.Sentences) {
			sf = uf.Sentences[i]
		}
		ts[i] = obj(
			kv{"id", str(s.ID)}, kv{"text", str(s.Text)}, kv{"lower", str(strings.ToLower(s.Text))},
			kv{"start", num(runes(u.Text, s.Start))}, kv{"end", num(runes(u.Text, s.End))},
			kv{"actor", str(sf.Actor)}, kv{"actor_name", str(sf.ActorName)}, kv{"passive", boolean(sf.Passive)},
			kv{"modal", boolean(sf.Modal)}, kv{"negated", boolean(sf.Negated)},
			kv{"kind", str(sf.Kind)}, kv{"pronoun", boolean(sf.Pronoun)}, kv{"duty", boolean(sf.Duty)},
			kv{"act", str(sf.Act)}, kv{"list", boolean(sf.List)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) references(u *clause.Unit, refs []facts.Reference) *ast.Term {
	ts := make([]*ast.Term, len(refs))
	for i, r := range refs {
		ts[i] = obj(
			kv{"text", str(r.Text)}, kv{"start", num(runes(u.Text, r.Start))}, kv{"end", num(runes(u.Text, r.End))},
			kv{"kind", str(r.Kind)}, kv{"articles", strs(r.Articles)}, kv{"range", boolean(r.Range)},
			kv{"members", ints(r.Members)}, kv{"items", strs(r.Items)}, kv{"subs", strs(r.Subs)},
			kv{"division", str(r.Division)}, kv{"aanhef", boolean(r.Aanhef)}, kv{"relative", boolean(r.Relative)},
			kv{"scope", str(r.Scope)}, kv{"law", str(r.Law)}, kv{"law_id", str(r.LawID)},
			kv{"informal", strs(r.Informal)}, kv{"formal", str(r.Formal)}, kv{"markup", boolean(r.Markup)},
			kv{"targets", strs(r.Targets)}, kv{"missing", strs(r.Missing)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) deadlines(u *clause.Unit, ds []facts.Deadline) *ast.Term {
	ts := make([]*ast.Term, len(ds))
	for i, d := range ds {
		ts[i] = obj(
			kv{"text", str(d.Text)}, kv{"start", num(runes(u.Text, d.Start))}, kv{"end", num(runes(u.Text, d.End))},
			kv{"days", num(d.Days)}, kv{"amount", num(d.Amount)}, kv{"unit", str(d.Unit)},
			kv{"vague", boolean(d.Vague)}, kv{"kind", str(d.Kind)}, kv{"sentence", str(d.Sentence)},
			kv{"actor", str(d.Actor)}, kv{"actor_name", str(d.ActorName)},
			kv{"actor_kind", str(d.ActorKind)}, kv{"duty", boolean(d.Duty)},
		)
	}
	return arr(ts)
}

// delegations is units[id].delegations of docs/policy-input.md.
func (b *inputBuilder) delegations(text string, ds []facts.Delegation) *ast.Term {
	ts := make([]*ast.Term, len(ds))
	for i, d := range ds {
		ts[i] = obj(
			kv{"instrument", str(d.Instrument)}, kv{"instrument_text", str(d.InstrumentText)}, kv{"formula", str(d.Formula)},
			kv{"issuer", str(d.Issuer)}, kv{"kind", str(d.Kind)}, kv{"verb", str(d.Verb)}, kv{"object", str(d.Object)},
			kv{"list", boolean(d.List)}, kv{"generic", boolean(d.Generic)}, kv{"mandatory", boolean(d.Mandatory)},
			kv{"deviation", str(d.Deviation)}, kv{"sentence", str(d.Sentence)},
			kv{"start", num(runes(text, d.Start))}, kv{"end", num(runes(text, d.End))},
			kv{"instrument_start", num(runes(text, d.InstrumentStart))}, kv{"instrument_end", num(runes(text, d.InstrumentEnd))},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) grounds(u *clause.Unit) *ast.Term {
	gs := b.fx.Grounds[u.ID]
	ts := make([]*ast.Term, len(gs))
	for i, g := range gs {
		ts[i] = obj(
			kv{"text", str(g.Text)}, kv{"start", num(runes(u.Text, g.Start))}, kv{"end", num(runes(u.Text, g.End))},
			kv{"category", str(g.Category)}, kv{"name", str(g.Name)}, kv{"sentence", str(g.Sentence)},
			kv{"role", str(g.Role)}, kv{"kind", str(g.Kind)}, kv{"marker", str(g.Marker)},
			kv{"holder", str(g.Holder)}, kv{"holder_name", str(g.HolderName)}, kv{"negative", boolean(g.Negative)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) consequences(u *clause.Unit, cs []facts.Consequence) *ast.Term {
	ts := make([]*ast.Term, len(cs))
	for i, c := range cs {
		links := make([]*ast.Term, len(c.Links))
		for k, l := range c.Links {
			links[k] = obj(kv{"unit", str(l.Unit)}, kv{"sentence", str(l.Sentence)}, kv{"deadline", num(l.Deadline)})
		}
		ts[i] = obj(
			kv{"text", str(c.Text)}, kv{"start", num(runes(u.Text, c.Start))}, kv{"end", num(runes(u.Text, c.End))},
			kv{"kind", str(c.Kind)}, kv{"sentence", str(c.Sentence)}, kv{"trigger", str(c.Trigger)},
			kv{"links", arr(links)},
		)
	}
	return arr(ts)
}

func (b *inputBuilder) justifications() *ast.Term {
	pairs := make([][2]*ast.Term, 0, len(b.fx.Justifications))
	for art, j := range b.fx.Justifications {
		ev := make([]*ast.Term, len(j.Evidence))
		for i, e := range j.Evidence {
			ev[i] = obj(kv{"element", str(e.Element)}, kv{"unit", str(e.Unit)}, kv{"text", str(e.Text)})
		}
		pairs = append(pairs, [2]*ast.Term{str(art), obj(
			kv{"article", str(j.Article)}, kv{"units", strs(j.Units)}, kv{"via", strs(j.Via)},
			kv{"argued", strs(j.Argued)}, kv{"asserted", strs(j.Asserted)}, kv{"evidence", arr(ev)},
		)})
	}
	return ast.ObjectTerm(pairs...)
}

// readabilityTerm is the readability object of docs/policy-input.md.
func readabilityTerm(r *facts.Readability) *ast.Term {
	return obj(
		kv{"provision", boolean(r.Provision)}, kv{"citizen", boolean(r.Citizen)},
		kv{"provisions", num(r.Provisions)}, kv{"citizen_provisions", num(r.CitizenProvisions)},
		kv{"words", num(r.Words)}, kv{"sentences", num(r.Sentences)}, kv{"syllables", num(r.Syllables)},
		kv{"words_per_sentence", fnum(r.WordsPerSentence)}, kv{"max_sentence_words", num(r.MaxSentenceWords)},
		kv{"flesch_douma", fnum(r.FleschDouma)}, kv{"long_words", num(r.LongWords)}, kv{"long_word_pct", fnum(r.LongWordPct)},
		kv{"passives", num(r.Passives)}, kv{"passive_pct", fnum(r.PassivePct)},
		kv{"nominalisations", num(r.Nominalisations)}, kv{"nominalisations_per_100", fnum(r.NominalisationsPer100)},
		kv{"references", num(r.References)}, kv{"references_per_100", fnum(r.ReferencesPer100)},
		kv{"reference_depth", num(r.ReferenceDepth)}, kv{"overeenkomstig", num(r.Overeenkomstig)},
	)
}

func (b *inputBuilder) links(u *clause.Unit) *ast.Term {
	ts := make([]*ast.Term, len(u.Links))
	for i, l := range u.Links {
		ts[i] = obj(kv{"text", str(l.Text)}, kv{"target", str(l.Target)}, kv{"external", boolean(l.External)},
			kv{"start", num(runes(u.Text, l.Start))}, kv{"end", num(runes(u.Text, l.End))})
	}
	return arr(ts)
}

func (b *inputBuilder) document() *ast.Term {
	d := b.doc
	cite := d.Meta.Citeertitel
	if cite == "" {
		cite = b.fx.Citeertitel
	}
	var articles []string
	for _, a := range d.Articles() {
		if !a.Quoted && (a.Parent == nil || a.Parent.Kind != clause.Artikel) {
			articles = append(articles, a.ID)
		}
	}
	var structure []*ast.Term
	for _, top := range d.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Kind.IsDivision() {
				structure = append(structure, obj(kv{"id", str(u.ID)}, kv{"kind", str(string(u.Kind))},
					kv{"number", str(u.Number)}, kv{"label", str(u.Label)}, kv{"heading", str(u.Heading)}))
				return true
			}
			return u.Kind.IsDivision()
		})
	}
	defs := make([]*ast.Term, len(b.fx.Definitions))
	for i, df := range b.fx.Definitions {
		u := d.Unit(df.Unit)
		text := ""
		if u != nil {
			text = u.Text
		}
		var use facts.Usage
		if i < len(b.fx.Usages) {
			use = b.fx.Usages[i]
		}
		defs[i] = obj(kv{"term", str(df.Term)}, kv{"lower", str(strings.ToLower(df.Term))}, kv{"unit", str(df.Unit)},
			kv{"definiens", str(df.Definiens)}, kv{"start", num(runes(text, df.Start))}, kv{"end", num(runes(text, df.End))},
			kv{"form", str(df.Form)}, kv{"extends", boolean(df.Extends)}, kv{"lettered", boolean(df.Lettered)},
			kv{"uses", num(use.Uses)}, kv{"first_use", str(use.FirstUse)})
	}
	nums := make([]*ast.Term, len(b.fx.Numbering))
	for i, n := range b.fx.Numbering {
		nums[i] = obj(kv{"unit", str(n.Unit)}, kv{"number", str(n.Number)}, kv{"style", str(n.Style)},
			kv{"chapter", str(n.Chapter)}, kv{"base", num(n.Base)}, kv{"suffix", str(n.Suffix)}, kv{"status", str(n.Status)},
			kv{"duplicate_of", str(n.DuplicateOf)})
	}
	dirs := make([]*ast.Term, len(d.Directives))
	for i, x := range d.Directives {
		dirs[i] = obj(kv{"text", str(x.Text)}, kv{"line", num(x.Span.Start.Line)})
	}
	return obj(
		kv{"path", str(d.Path)}, kv{"format", str(d.Format)}, kv{"title", str(d.Meta.Title)},
		kv{"citeertitel", str(cite)}, kv{"type", str(d.Meta.Type)}, kv{"ministry", str(d.Meta.Ministry)},
		kv{"year", num(d.Meta.Year)}, kv{"bwb_id", str(d.Meta.BWBID)}, kv{"amending", boolean(d.Meta.Amending)},
		kv{"article_count", num(len(d.Articles()))}, kv{"articles", strs(articles)},
		kv{"structure", arr(structure)}, kv{"definitions", arr(defs)}, kv{"numbering", arr(nums)},
		kv{"directives", arr(dirs)},
		kv{"mitigations", b.mitigations()}, kv{"applies", b.applies()},
	)
}

func (b *inputBuilder) documentReadability() *ast.Term {
	if b.fx.Readability == nil {
		return readabilityTerm(&facts.Readability{})
	}
	return readabilityTerm(b.fx.Readability)
}

func (b *inputBuilder) toelichting() *ast.Term {
	t := b.doc.Toelichting
	if t == nil {
		return obj(kv{"present", boolean(false)}, kv{"heading", str("")}, kv{"units", obj()}, kv{"articles", obj()},
			kv{"justifications", obj()})
	}
	units := [][2]*ast.Term{}
	articles := [][2]*ast.Term{}
	t.Walk(func(u *clause.Unit) bool {
		uf := b.fx.Units[u.ID]
		if uf == nil {
			uf = &facts.UnitFacts{}
		}
		linked := ""
		if u.Kind == clause.ToelichtingArtikel {
			if a := b.doc.Article(u.Number); a != nil {
				linked = a.ID
			}
			articles = append(articles, [2]*ast.Term{str(u.Number), str(u.ID)})
		}
		units = append(units, [2]*ast.Term{str(u.ID), obj(
			kv{"id", str(u.ID)}, kv{"kind", str(string(u.Kind))}, kv{"number", str(u.Number)},
			kv{"label", str(u.Label)}, kv{"heading", str(u.Heading)}, kv{"article", str(linked)},
			kv{"text", str(u.Text)}, kv{"lower", str(strings.ToLower(u.Text))},
			kv{"sentences", b.sentences(u, uf)}, kv{"references", b.references(u, uf.References)},
		)})
		return true
	})
	return obj(kv{"present", boolean(true)}, kv{"heading", str(t.Heading)},
		kv{"units", ast.ObjectTerm(units...)}, kv{"articles", ast.ObjectTerm(articles...)},
		kv{"justifications", b.justifications()})
}

// fnum is a number with a fraction (readability figures, rounded to one
// decimal by the facts).
func fnum(f float64) *ast.Term { return ast.FloatNumberTerm(f) }

// entriesTerm is units[id].entry: the entry-into-force clauses of a unit.
func entriesTerm(text string, es []facts.EntryClause) *ast.Term {
	ts := make([]*ast.Term, len(es))
	for i, e := range es {
		ws, we := 0, 0
		if e.WhenEnd > 0 {
			ws, we = runes(text, e.WhenStart), runes(text, e.WhenEnd)
		}
		ts[i] = obj(
			kv{"kind", str(e.Kind)}, kv{"date", str(e.Date)}, kv{"day", num(e.Day)}, kv{"month", num(e.Month)},
			kv{"year", num(e.Year)}, kv{"authority", str(e.Authority)}, kv{"subject", str(e.Subject)},
			kv{"text", str(e.Text)}, kv{"start", num(runes(text, e.Start))}, kv{"end", num(runes(text, e.End))},
			kv{"when", str(e.When)}, kv{"when_start", num(ws)}, kv{"when_end", num(we)},
		)
	}
	return arr(ts)
}
