package facts

import (
	"regexp"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// The elements of an objective justification of a distinction, after the
// toetsingskader of the College voor de Rechten van de Mens: a legitimate
// aim, necessity (no less intrusive means will do) and proportionality
// (the burden for those affected is outweighed by the aim).
const (
	ElementAim             = "aim"
	ElementNecessity       = "necessity"
	ElementProportionality = "proportionality"
)

// Elements lists the three elements in the order messages name them.
var Elements = []string{ElementAim, ElementNecessity, ElementProportionality}

// A Justification says what the toelichting argues for one article.
type Justification struct {
	Article string `json:"article"` // article id
	// Units are the toelichting units whose text discusses the article,
	// Via says for each how it was found: "artikelsgewijs" (its own
	// artikelsgewijze toelichting), "verwijzing" (a passage of the general
	// part that names the article) or "onderwerp" (a passage of the general
	// part about a distinction on the same ground).
	Units []string `json:"units"`
	Via   []string `json:"via"`
	// Argued lists the elements the text argues; Asserted those it only
	// names ("het onderscheid is evenredig") without giving reasons.
	Argued   []string   `json:"argued"`
	Asserted []string   `json:"asserted"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is the sentence that argues an element.
type Evidence struct {
	Element string `json:"element"`
	Unit    string `json:"unit"`
	Text    string `json:"text"`
}

// Has reports whether the element is argued.
func (j *Justification) Has(element string) bool {
	for _, e := range j.Argued {
		if e == element {
			return true
		}
	}
	return false
}

var (
	// keywords name an element; alone they assert it
	aimKeyRe  = regexp.MustCompile(`\b((legitiem|legitieme|gerechtvaardigd|gerechtvaardigde|objectief|objectieve|rechtmatig|rechtmatige|dringend|dringende|zwaarwegend|zwaarwegende) )?(doel|doelen|doelstelling(en)?|doeleinde(n)?|oogmerk)\b`)
	necKeyRe  = regexp.MustCompile(`\bnoodzakelijk(e|heid)?\b|\bnoodzaak\b|\bnodig\b|\bsubsidiari\w*|\bsubsidiair\b|\bgeschikt(e|heid)?\b|\bonontbeerlijk(e)?\b|\bonvermijdelijk(e)?\b|\beffectief\b|\bdoeltreffend(e)?\b`)
	propKeyRe = regexp.MustCompile(`\b(on)?evenredig(e|heid)?\b|\bproportione(el|le|aliteit)\b|\bredelijke verhouding\b|\bin verhouding\b|\b(belangen)?afweging\b|\bafgewogen\b`)

	// substantive forms argue an element in other words
	aimRe     = regexp.MustCompile(`\b(is|zijn|wordt|worden) (bedoeld|bestemd|gericht) (om|voor|op)\b|\b(is|zijn) erop gericht\b|\bbeoog(t|en|d)\b|\bstrekt (ertoe|tot)\b|\bdient (ertoe|ter|tot|om)\b|\bheeft (tot|als) (doel|doelstelling|oogmerk)\b|\b(het|dit|de|een) (doel|doelstelling|oogmerk)\b[^.;]{0,80}?\b(is|bestaat (erin|uit)|luidt)\b|\bteneinde\b|\bten einde\b|\bopdat\b|\bmet het oog op\b|\bter (bescherming|voorkoming|bevordering|bestrijding|waarborging|verzekering|beperking|ondersteuning|stimulering|bewaking|handhaving) van\b|\bin het belang van\b|\b(voorkomt|voorkomen|waarborgt|waarborgen|beschermt|beschermen|bevordert|bevorderen|verzekert|garandeert|draagt bij aan|dragen bij aan|zorgt ervoor dat|zorgen ervoor dat)\b|\b(nagestreefd|doel\w*)\b[^.;:]{0,60}:`)
	purposeRe = regexp.MustCompile(`\bom\b([^.;,]{3,}?)\bte [a-zë]+\b`)

	necRes = []*regexp.Regexp{
		regexp.MustCompile(`\b(geen|niet een|evenmin een|noch een)\b[^.;]{0,30}\b(ander(e)?|minder (ingrijpend|vergaand|belastend|bezwarend|zwaar|verstrekkend)e?|lichter(e)?|milder(e)?|even (effectie[fv]e?|doeltreffende?|geschikte?))\b[^.;]{0,30}\b(middel|middelen|maatregel|maatregelen|alternatie(f|ven)|instrument(en)?|mogelijkhe(id|den)|manier|wijze|weg|optie|opties|oplossing(en)?)\b`),
		regexp.MustCompile(`\b(gaat|gaan|reikt|reiken) niet verder dan\b|\bniet verder (gaat|gaan|reikt|reiken) dan\b|\bbeperkt (zich )?tot (wat|het) (strikt )?(nodig|noodzakelijk)\b|\bniet meer dan (strikt )?(nodig|noodzakelijk)\b`),
		regexp.MustCompile(`\b(het|dit|dat|dat|ons) doel\b[^.;]{0,40}\b(niet|onvoldoende|alleen|slechts|uitsluitend)\b[^.;]{0,60}\b(bereikt|gerealiseerd|verwezenlijkt|gehaald|bereiken|realiseren)\b|\b(kan|kunnen) (het|dit|dat) doel (niet|onvoldoende)\b`),
	}
	lessRe        = regexp.MustCompile(`\b(minder (ingrijpend|vergaand|belastend|bezwarend|verstrekkend)e?|lichter(e)?|milder(e)?) (middel|middelen|maatregel|maatregelen|alternatie(f|ven)|instrument(en)?|manier|wijze|optie|opties)\b|\balternatie(f|ven)\b|\bandere (middelen|maatregelen|instrumenten|opties|mogelijkheden)\b`)
	insufficentRe = regexp.MustCompile(`\b(niet|geen|onvoldoende|ontoereikend|tekort\w*|zou|zouden|onderzocht|overwogen|bekeken|verworpen|afgevallen|vallen af|werkten niet|bleken|bleek)\b`)
	withoutRe     = regexp.MustCompile(`\b(zonder|bij het ontbreken van) (dit|het|deze|die|een) (onderscheid|maatregel|uitzondering|voorwaarde|bepaling|eis|beperking)\b[^.;]{0,120}\b(niet|onvoldoende|onmogelijk|zou|zouden)\b`)

	propRes = []*regexp.Regexp{
		regexp.MustCompile(`\b(weegt|wegen|woog|wogen)\b[^.;]{0,60}\b(op tegen|zwaarder)\b|\bopwegen tegen\b|\bzwaarder (weegt|wegen) dan\b`),
		regexp.MustCompile(`\b(nade(el|len)|gevolgen|last|lasten|impact|inbreuk|ingreep|belasting)\b[^.;]{0,80}\b(beperkt|beperkte|gering|geringe|klein|kleine|mild|tijdelijk|verwaarloosbaar|overzienbaar|te overzien)\b`),
		regexp.MustCompile(`\bvoor (een )?(beperkte|korte) (duur|periode|tijd)\b|\b(vervalt|eindigt|loopt af) (na|op|met ingang van)\b|\bis tijdelijk\b|\bgeldt tijdelijk\b`),
		regexp.MustCompile(`\bhardheidsclausule\b|\bmaatwerk\b|\buitzondering (geldt|wordt gemaakt|is gemaakt|is opgenomen|bestaat) voor\b|\b(kan|kunnen|mag|mogen)\b[^.;]{0,40}\b(afwijken|afgeweken|een uitzondering maken)\b`),
		regexp.MustCompile(`\b(kunnen|kan)\b[^.;]{0,40}\b(een beroep doen op|terecht (bij|in|voor)|in aanmerking komen voor|aanspraak maken op|alsnog)\b`),
		regexp.MustCompile(`\b(behouden|houden|blijven)\b[^.;]{0,60}\b(recht|toegang|aanspraak|mogelijkheid)\b`),
	}

	supportRe     = regexp.MustCompile(`\b(omdat|aangezien|doordat|want|immers|namelijk|gelet op|vanwege|zodat|daardoor|blijkt|gebleken|bijvoorbeeld|zoals|te weten|dankzij|gezien)\b|:`)
	followRe      = regexp.MustCompile(`^\s*((dat|dit) (is|komt|blijkt|volgt|geldt)\b|immers\b|want\b|zo\b|uit\b[^.]{0,60}\bblijkt\b|onderzoek\b|de reden\b|daarbij\b|concreet\b|met name\b|bijvoorbeeld\b)`)
	wordLettersRe = regexp.MustCompile(`[\p{L}]+`)
)

// stopwords and words that only name the subject; they do not count as
// the content of an argument.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`de het een en of in op van voor met aan door bij te om is zijn wordt worden werd
		werden dat die dit deze er niet geen als dan ook zo tot uit naar over al nog wel kan kunnen moet moeten mag mogen
		heeft hebben had hij zij ze wat wie waar hoe want omdat doordat aangezien immers namelijk zodat daardoor gelet
		vanwege nu dus daarom hierdoor hiermee daarmee dient dienen daarvan hiervan ervan erop daarop hier daar zich
		onderscheid maatregel maatregelen bepaling bepalingen artikel artikelen regeling wet middel middelen dan
		legitiem legitieme gerechtvaardigd gerechtvaardigde objectief objectieve doel doelen doelstelling noodzakelijk
		noodzaak nodig subsidiair subsidiariteit evenredig evenredige evenredigheid proportioneel proportionele
		proportionaliteit verhouding redelijke redelijk geschikt geschiktheid effectief afweging afgewogen
		uitzondering sprake bereiken bereikt voldaan voldoet voldoen gemaakt maken maakt ons onze wij we zoals`) {
		stopwords[w] = true
	}
}

// contentWords counts the words of s that say something of their own.
func contentWords(s string) int {
	n := 0
	for _, w := range wordLettersRe.FindAllString(s, -1) {
		if !stopwords[w] && len(w) > 2 {
			n++
		}
	}
	return n
}

// ClassifyJustification decides which elements the paragraphs of a
// toelichting text argue, and which it only names. It returns, per
// element, the first sentence that argues it.
func ClassifyJustification(paragraphs []string) (argued map[string]string, asserted map[string]bool) {
	return classifier{}.classify(paragraphs)
}

// A classifier remembers the verdict on each paragraph: a paragraph of the
// general part may be part of the passages of several articles.
type classifier map[string]paragraphVerdict

type paragraphVerdict struct {
	argued   map[string]string // element → the first sentence that argues it
	asserted map[string]bool
}

func (c classifier) classify(paragraphs []string) (argued map[string]string, asserted map[string]bool) {
	argued = map[string]string{}
	asserted = map[string]bool{}
	for _, p := range paragraphs {
		v, ok := c[p]
		if !ok {
			v = classifyParagraph(p)
			if c != nil {
				c[p] = v
			}
		}
		for _, el := range Elements {
			if s, ok := v.argued[el]; ok {
				if _, done := argued[el]; !done {
					argued[el] = s
				}
			}
			if v.asserted[el] {
				asserted[el] = true
			}
		}
	}
	for el := range argued {
		delete(asserted, el)
	}
	return argued, asserted
}

// classifyParagraph classifies the sentences of one paragraph; a sentence
// that names an element may find its reason in the next one.
func classifyParagraph(p string) paragraphVerdict {
	v := paragraphVerdict{argued: map[string]string{}, asserted: map[string]bool{}}
	var sents []string
	for _, r := range clause.SplitSentences(p) {
		sents = append(sents, p[r[0]:r[1]])
	}
	for i, s := range sents {
		low := lowerKeep(s)
		next := ""
		if i+1 < len(sents) {
			next = lowerKeep(sents[i+1])
		}
		for _, el := range Elements {
			if _, ok := v.argued[el]; ok {
				continue
			}
			sub, key := elementIn(el, low)
			switch {
			case sub, key && (supported(low, next) || elaborated(low, next)):
				v.argued[el] = s
			case key:
				v.asserted[el] = true
			}
		}
	}
	return v
}

// elementIn reports whether the lower-case sentence argues the element in
// substance (sub) or names it by keyword (key).
func elementIn(el, s string) (sub, key bool) {
	switch el {
	case ElementAim:
		if m := aimRe.FindStringIndex(s); m != nil && contentWords(s[m[1]:]) >= 3 {
			return true, true
		}
		for _, m := range purposeRe.FindAllStringSubmatchIndex(s, -1) {
			if contentWords(s[m[2]:m[3]]) >= 2 {
				return true, true
			}
		}
		return false, aimKeyRe.MatchString(s)
	case ElementNecessity:
		for _, re := range necRes {
			if re.MatchString(s) {
				return true, true
			}
		}
		if lessRe.MatchString(s) && insufficentRe.MatchString(s) || withoutRe.MatchString(s) {
			return true, true
		}
		return false, necKeyRe.MatchString(s)
	case ElementProportionality:
		for _, re := range propRes {
			if re.MatchString(s) {
				return true, true
			}
		}
		return false, propKeyRe.MatchString(s)
	}
	return false, false
}

// supported reports whether a sentence that names an element gives a
// reason for it: a connective followed by words of substance, or a next
// sentence that starts by giving the reason.
func supported(s, next string) bool {
	for _, m := range supportRe.FindAllStringIndex(s, -1) {
		if contentWords(s[m[1]:]) >= 3 {
			return true
		}
	}
	return next != "" && followRe.MatchString(next) && contentWords(next) >= 3
}

// elaborated reports whether a bare assertion of an element ("Het
// onderscheid is ook evenredig.") is followed by a sentence that works it
// out: one of substance about those affected or the distinction, which
// names no element itself (that would be the next assertion).
func elaborated(s, next string) bool {
	return next != "" && contentWords(s) <= 4 && contentWords(next) >= 6 && affectedRe.MatchString(next) &&
		!aimKeyRe.MatchString(next) && !necKeyRe.MatchString(next) && !propKeyRe.MatchString(next)
}

// affectedRe: words about those a distinction affects, its scope, or how
// courts judged it.
var affectedRe = regexp.MustCompile(`\b(vreemdeling\w*|nederlander\w*|ingezetene\w*|aanvrager\w*|betrokkenen|personen|groep\w*|degenen|burgers?|gelijk\w*|uitzonder\w*|onderscheid|nade(el|len)|gevolg\w*|rechter|raad van beroep|afdeling bestuursrechtspraak|jurisprudentie|rechtspraak)\b`)

var (
	headingArticleRe = regexp.MustCompile(`(?i)\bartikel(en)?\s+([0-9]+[a-z]{0,3}(?:[.:][0-9]+[a-z]{0,3})*(?:\s*(?:,|en|tot en met)\s*[0-9]+[a-z]{0,3}(?:[.:][0-9]+[a-z]{0,3})*)*)`)
	headingNumberRe  = regexp.MustCompile(`[0-9]+[a-z]{0,3}(?:[.:][0-9]+[a-z]{0,3})*`)
	topicRe          = regexp.MustCompile(`\bonderscheid\b|\bgelijke behandeling\b|\bdiscrimin\w*|\buitzondering\b|\buitsluiting\b|\buitgesloten\b|\bvoorrang\b|\bongelijke?\b|\bgrondrecht\w*|\bartikel 1 (van de )?grondwet\b|\bevrm\b|\bivbpr\b`)
)

// Justifications finds, for every article that the toelichting discusses,
// the passages that discuss it and what they argue.
func Justifications(doc *clause.Document, f *Facts) map[string]*Justification {
	t := doc.Toelichting
	if t == nil {
		return nil
	}
	type passage struct {
		unit, via string
		paras     []string
	}
	found := map[string][]passage{}
	add := func(art, unit, via string, paras []string) {
		if len(paras) > 0 {
			found[art] = append(found[art], passage{unit, via, paras})
		}
	}
	// categories of the criteria in each article, for the topic search
	cats := map[string]map[string]bool{}
	for id, gs := range f.Grounds {
		u := doc.Unit(id)
		if u == nil || u.Article() == nil {
			continue
		}
		a := topArticleOf(u).ID
		for _, g := range gs {
			if g.Role == RoleCriterion {
				if cats[a] == nil {
					cats[a] = map[string]bool{}
				}
				cats[a][g.Category] = true
			}
		}
	}
	t.Walk(func(u *clause.Unit) bool {
		if u.Text == "" {
			return true
		}
		paras := strings.Split(u.Text, "\n")
		if u.Kind == clause.ToelichtingArtikel {
			if a := doc.Article(u.Number); a != nil {
				add(a.ID, u.ID, "artikelsgewijs", paras)
			}
			return true
		}
		// the general part: a heading that names articles ("Artikel 2",
		// "Artikelen 2 en 3") covers the whole section
		if arts := headingArticles(doc, u.Heading); len(arts) > 0 {
			for _, a := range arts {
				add(a.ID, u.ID, "verwijzing", paras)
			}
			return true
		}
		named := namedArticles(doc, f, u, paras)
		topics := make([]map[string]bool, len(paras)) // the categories each paragraph discusses
		if len(cats) > 0 {
			for i, p := range paras {
				topics[i] = groundTopics(p)
			}
		}
		// a passage starts at a paragraph that names the article (or, for
		// the topic search, discusses a distinction on the same ground)
		// and runs until a paragraph names another article
		for art := range collectArticles(named, cats) {
			var run []string
			open, via := false, ""
			for i, p := range paras {
				switch {
				case named[i][art]:
					open, via = true, "verwijzing"
				case len(named[i]) > 0:
					open = false
				case !open && overlaps(topics[i], cats[art]):
					open, via = true, "onderwerp"
				}
				if open {
					run = append(run, p)
				}
			}
			if via == "" {
				via = "verwijzing"
			}
			add(art, u.ID, via, run)
		}
		return true
	})
	out := map[string]*Justification{}
	memo := classifier{}
	for art, ps := range found {
		j := &Justification{Article: art, Argued: []string{}, Asserted: []string{}, Evidence: []Evidence{}}
		var all []string
		unitOf := map[string]string{}
		for _, p := range ps {
			j.Units = append(j.Units, p.unit)
			j.Via = append(j.Via, p.via)
			for _, para := range p.paras {
				all = append(all, para)
				unitOf[para] = p.unit
			}
		}
		argued, asserted := memo.classify(all)
		for _, el := range Elements {
			if s, ok := argued[el]; ok {
				j.Argued = append(j.Argued, el)
				unit := ""
				for para, id := range unitOf {
					if strings.Contains(para, s) {
						unit = id
						break
					}
				}
				j.Evidence = append(j.Evidence, Evidence{Element: el, Unit: unit, Text: s})
			} else if asserted[el] {
				j.Asserted = append(j.Asserted, el)
			}
		}
		out[art] = j
	}
	return out
}

// headingArticles returns the articles a toelichting heading names:
// "Artikel 2", "Artikelen 2 en 3", "Artikelen 4, 5 en 7".
func headingArticles(doc *clause.Document, heading string) []*clause.Unit {
	m := headingArticleRe.FindStringSubmatch(heading)
	if m == nil {
		return nil
	}
	var out []*clause.Unit
	for _, n := range headingNumberRe.FindAllString(m[2], -1) {
		if a := doc.Article(clause.CleanNumber(n)); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// namedArticles returns, per paragraph of a toelichting unit, the articles
// its references point to.
func namedArticles(doc *clause.Document, f *Facts, u *clause.Unit, paras []string) []map[string]bool {
	named := make([]map[string]bool, len(paras))
	for i := range named {
		named[i] = map[string]bool{}
	}
	uf := f.Units[u.ID]
	if uf == nil {
		return named
	}
	for _, r := range uf.References {
		if r.Scope != ScopeInternal {
			continue
		}
		i := paragraphAt(paras, r.Start)
		for _, tgt := range r.Targets {
			if x := doc.Unit(tgt); x != nil && x.Article() != nil {
				named[i][topArticleOf(x).ID] = true
			}
		}
	}
	return named
}

func collectArticles(named []map[string]bool, cats map[string]map[string]bool) map[string]bool {
	arts := map[string]bool{}
	for _, m := range named {
		for a := range m {
			arts[a] = true
		}
	}
	for a := range cats {
		arts[a] = true
	}
	return arts
}

// groundTopics returns the categories of the grounds a paragraph discusses
// a distinction on, or nil.
func groundTopics(p string) map[string]bool {
	low := lowerKeep(p)
	if !topicRe.MatchString(low) {
		return nil
	}
	var out map[string]bool
	for i := range groundTerms {
		t := &groundTerms[i]
		if out[t.category] || !t.present(low) || !t.re.MatchString(low) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t.category] = true
	}
	return out
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// paragraphAt returns the index of the paragraph that holds byte offset off
// of the paragraphs joined by "\n".
func paragraphAt(paras []string, off int) int {
	pos := 0
	for i, p := range paras {
		pos += len(p) + 1
		if off < pos {
			return i
		}
	}
	return len(paras) - 1
}

// topArticleOf returns the outermost artikel at or above u.
func topArticleOf(u *clause.Unit) *clause.Unit {
	var a *clause.Unit
	for x := u; x != nil; x = x.Parent {
		if x.Kind == clause.Artikel {
			a = x
		}
	}
	return a
}
