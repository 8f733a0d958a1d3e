package facts

import (
	"regexp"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Kinds of mitigation: provisions that soften a harsh consequence.
const (
	MitLowerAmount     = "lower_amount"     // a power to recover or impose less, or to waive: lager bedrag, afzien van terugvordering, matigen, kwijtschelden
	MitProportionality = "proportionality"  // niet onevenredig, belangen afwegen, afstemmen op ernst en verwijtbaarheid
	MitHardship        = "hardship_clause"  // afwijken of buiten toepassing laten bij onbillijkheid van overwegende aard
	MitDeMinimis       = "de_minimis"       // small amounts are not recovered
	MitHearing         = "hearing"          // zienswijze, horen, menselijke tussenkomst
	MitProRata         = "pro_rata"         // naar rato, naar evenredigheid, tijdsevenredig
	MitRepair          = "repair"           // a chance to repair an omission (herstel van het verzuim)
	MitFault           = "fault_exception"  // the consequence needs fault, or gives way when the person is not to blame
	MitDeferral        = "deferral"         // uitstel van betaling, betalingsregeling
	MitProtectedIncome = "protected_income" // beslagvrije voet
)

// localKinds qualify the consequence of their own provision ("… tenzij
// het hem niet te verwijten is", "naar rato"); they never speak for the
// whole regulation, only for their article and what they name.
var localKinds = map[string]bool{MitFault: true, MitProRata: true, MitRepair: true}

// A Mitigation is a provision that softens harsh consequences, with the
// provisions it names. A harsh provision counts as mitigated when a
// mitigation of a fitting kind stands in the same article, names it, or
// names nothing and so applies to the whole regulation.
type Mitigation struct {
	Kind     string `json:"kind"`
	Unit     string `json:"unit"`    // id of the unit that holds it
	Article  string `json:"article"` // id of its article
	Label    string `json:"label"`   // legal label of the unit
	Text     string `json:"text"`    // the words that make it a mitigation
	Start    int    `json:"start"`   // byte offsets of Text in the unit's text
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// Covers are the internal units the sentence names, as ids of
	// artikelen or deeper units; a division ("dit hoofdstuk", "paragraaf
	// 4") is given as the articles in it, a range ("de artikelen 4 tot en
	// met 8") as every article between.
	Covers []string `json:"covers"`
	// General is true when the sentence names no provision of the
	// regulation (or names the regulation itself, "deze wet"): it applies
	// to all of it. Fault exceptions, pro rata and repair are never
	// general (see localKinds).
	General bool `json:"general"`
	// GroupsOnly marks a hardship clause for groups of cases only
	// ("voor groepen van gevallen"), without room for the individual case.
	GroupsOnly bool `json:"groups_only,omitempty"`
	// Softens lists the kinds of adverse effect (recovery, fine, …) in
	// the units the mitigation covers and in its own article: what it is
	// about. In an umbrella law, a mitigation that is not general counts
	// only for a draft's effects of these kinds.
	Softens []string `json:"softens"`
}

type mitigationPattern struct {
	kind  string
	keys  []string
	re    *regexp.Regexp
	power bool           // only in a power clause (kan, mag, is bevoegd) or a bound waiver
	not   *regexp.Regexp // the sentence must not match (negated forms)
}

var (
	waiverObjects = `terugvordering|invordering|herziening|intrekking|verrekening|oplegging|het opleggen|boete|maatregel|verlaging|sanctie|verdere terugvordering|verdere invordering`
	noHearingRe   = regexp.MustCompile(`(?i)\bgeen gelegenheid\b|\bniet in de gelegenheid\b|\bniet gehoord\b|\bzonder\b[^.;]{0,40}\b(?:te horen|zienswijze)\b|\bbehoeft\b[^.;]{0,40}\bniet\b[^.;]{0,40}\b(?:te horen|gehoord)\b|\bblijft\b[^.;]{0,40}\bhoren\b[^.;]{0,20}\bachterwege\b|\bkan\b[^.;]{0,60}\bhoren\b[^.;]{0,20}\bachterwege\b`)
	noDeferralRe  = regexp.MustCompile(`(?i)\bgeen (?:persoonlijke )?betalingsregeling\b|\bgeen uitstel\b|\bniet in aanmerking\b[^.;]{0,40}\b(?:betalingsregeling|uitstel)`)
	notPowerRe    = regexp.MustCompile(`(?i)\b(?:kan|kunnen|mag|mogen|is bevoegd|zijn bevoegd)\b[^.;]{0,30}\b(?:niet|geen)\b`)
	bodyVerbRe    = regexp.MustCompile(`(?i)\b(?:wordt|worden|blijft|blijven)\b[^.;]{0,60}\b(?:afgezien|afgezien van|buiten invordering|gematigd|kwijtgescholden|verminderd|lager vastgesteld)\b`)
	selfDivRe     = regexp.MustCompile(`(?i)\b(?:dit|deze)\s+(artikel|paragraaf|afdeling|hoofdstuk|titel|subparagraaf|deel|boek)\b`)
	selfLawRe     = regexp.MustCompile(`(?i)\b(?:deze|dit)\s+(?:wet|regeling|besluit|verordening|rijkswet|algemene maatregel van bestuur)\b`)
)

var mitigationPatterns = []mitigationPattern{
	// a power to recover or impose less, or to waive
	{kind: MitLowerAmount, keys: []string{"af te zien", "afzien", "afgezien", "afziet"}, power: true,
		re: re(`\b(?:geheel of gedeeltelijk |gedeeltelijk |ten dele |geheel )?(?:af te zien|afzien|afgezien|afziet) van (?:de |het |een |verdere )?(?:` + waiverObjects + `)\b`)},
	{kind: MitLowerAmount, keys: []string{"af te zien", "afzien", "afgezien", "afziet"}, power: true,
		re: re(`\bvan (?:de |het |een )?(?:` + waiverObjects + `)\b[^.;]{0,120}?\b(?:af te zien|afzien|afgezien|afziet)\b`)},
	{kind: MitLowerAmount, keys: []string{"lager"}, power: true,
		re: re(`\blager(?:e)? (?:bedrag|boete|maatregel)\b[^.;]{0,80}?\b(?:terug te vorderen|terugvorderen|terug|vaststellen|vast te stellen|opleggen|op te leggen|invorderen|in te vorderen)\b|\b(?:terugvorderen|terug te vorderen|vaststellen|vast te stellen|opleggen|op te leggen)\b[^.;]{0,20}?\blager(?:e)? (?:bedrag|boete)\b|\b(?:een|de) lager(?:e)? (?:bedrag|boete)\b`)},
	{kind: MitLowerAmount, keys: []string{"matig"}, power: true,
		re: re(`\bmatig(?:en|t|ing)\b|\bgematigd\b`)},
	{kind: MitLowerAmount, keys: []string{"kwijt"}, power: true,
		re: re(`\bkwijt(?:schelden|scheldt|schelding|gescholden|te schelden)\b`)},
	{kind: MitLowerAmount, keys: []string{"buiten invordering"}, power: true,
		re: re(`\bbuiten invordering\b`)},
	{kind: MitLowerAmount, keys: []string{"verminder", "verlaag", "lager vast"}, power: true,
		re: re(`\b(?:verminderen|verlagen|lager vaststellen|lager vast te stellen|te verminderen|te verlagen)\b[^.;]{0,20}$|\b(?:de |het )?(?:boete|bedrag van de terugvordering|terug te vorderen bedrag|maatregel)\b[^.;]{0,60}?\b(?:verminderen|verlagen|te verminderen|te verlagen|lager vaststellen)\b`)},

	// proportionality and weighing of interests
	{kind: MitProportionality, keys: []string{"onevenredig"},
		re: re(`\bonevenredig\w*`)},
	{kind: MitProportionality, keys: []string{"evenredigheid", "proportion"}, not: re(`\bnaar evenredigheid\b`),
		re: re(`\bevenredigheid(?:sbeginsel|stoets|stoetsing)?\b|\bproportion(?:eel|ele|aliteit)\b`)},
	{kind: MitProportionality, keys: []string{"belangen"},
		re: re(`\bbelangen\b[^.;]{0,80}?\baf\s*(?:weegt|wegen|gewogen|te wegen)\b|\bweegt\b[^.;]{0,80}?\bbelangen\b[^.;]{0,30}?\baf\b|\bbelangenafweging\b`)},
	{kind: MitProportionality, keys: []string{"afstem", "af te stemmen", "afgestemd", "stemt", "stemmen"},
		re: re(`\b(?:afgestemd|afstemmen|af te stemmen|stemt|stemmen)\b[^.;]{0,80}?\b(?:ernst|verwijtbaarheid|omstandigheden)\b`)},
	{kind: MitProportionality, keys: []string{"rekening"},
		re: re(`\brekening\s+(?:houdend|gehouden|houdt|te houden|wordt gehouden)\b[^.;]{0,50}?\b(?:ernst|verwijtbaarheid|mate waarin|(?:persoonlijke|bijzondere|individuele) omstandigheden|omstandigheden van (?:de|het) (?:persoon|geval|belanghebbende|betrokkene))\b`)},
	{kind: MitProportionality, keys: []string{"3:4"},
		re: re(`\bartikel 3:4\b`)},

	// hardship clauses
	{kind: MitHardship, keys: []string{"onbillijk"},
		re: re(`\bonbillijkhe(?:id|den)\b(?:[^.;]{0,20}?\bvan overwegende aard\b)?|\bonbillijk\b`)},
	{kind: MitHardship, keys: []string{"redenen", "bijzondere gevallen"}, power: true,
		re: re(`\b(?:om|wegens|bij|indien) (?:gewichtige|dringende|zwaarwegende|bijzondere) redenen\b|\bin bijzondere gevallen\b[^.;]{0,120}?\b(?:toch|alsnog|anders)\b`)},
	{kind: MitHardship, keys: []string{"hardheid"},
		re: re(`\bhardheids(?:clausule|bepaling|regeling)\b`)},
	{kind: MitHardship, keys: []string{"afwijk", "af te wijken", "wijkt", "buiten toepassing", "ontheffing", "vrijstelling"},
		re: re(`\b(?:afwijken|afwijking|af te wijken|wijkt\b[^.;]{0,60}?\baf|buiten toepassing (?:laten|te laten|gelaten|verklaren)|ontheffing verlenen|ontheffing te verlenen|vrijstelling verlenen|vrijstelling te verlenen)\b[^.;]{0,160}?\b(?:bijzondere (?:gevallen|omstandigheden)|dringende redenen|individuele gevallen|schrijnend\w*|ten gunste van)\b|\b(?:in bijzondere gevallen|indien bijzondere omstandigheden|ten gunste van)\b[^.;]{0,160}?\b(?:afwijken|af te wijken|buiten toepassing (?:laten|te laten|verklaren))\b`)},

	// small amounts
	{kind: MitDeMinimis, keys: []string{"€", "euro", "bedraagt", "meer dan", "minder dan", "lager dan", "doelmatig", "gering"},
		re: re(`\b(?:niet|geen)\b[^.;]{0,80}?\b(?:teruggevorderd|terugvordering|ingevorderd|invordering|terug te vorderen|in te vorderen|verrekend|herzien|opgelegd)\b[^.;]{0,120}?(?:€|\beuro\b|\bniet meer (?:bedraagt|dan)\b|\bminder (?:bedraagt|dan)\b|\blager (?:is )?dan\b|\bdoelmatig\w*|\bgering\w*)|(?:€ ?\d|\beuro\b)[^.;]{0,100}?\b(?:niet|geen)\b[^.;]{0,40}?\b(?:teruggevorderd|terugvordering|ingevorderd|invordering)\b|\bafgezien van (?:terug|in)vordering\b[^.;]{0,120}?(?:€|\bgering\w*|\bdoelmatig\w*)`)},

	// a right to be heard, human review
	{kind: MitHearing, keys: []string{"zienswijze", "gehoord", "horen", "hoort", "hoorplicht", "menselijk"}, not: noHearingRe,
		re: re(`\bzienswijze\b|\bin de gelegenheid\b[^.;]{0,80}?\b(?:te worden gehoord|gehoord te worden|te horen|zijn standpunt|haar standpunt|te reageren)\b|\bhoort\b[^.;]{0,40}?\b(?:de |het )?(?:belanghebbende|betrokkene|aanvrager|ouder|werknemer|verzekerde|hem|haar)\b|\b(?:wordt|worden)\b[^.;]{0,60}?\bgehoord\b|\bhoorplicht\b|\bmenselijke (?:tussenkomst|beoordeling|toets)\b`)},

	// pro rata
	{kind: MitProRata, keys: []string{"rato", "evenredig", "pro rata", "naar verhouding"},
		re: re(`\bnaar rato\b|\bnaar evenredigheid\b|\btijdsevenredig\w*|\bevenredig(?:e)? (?:deel|gedeelte)\b|\bpro rata\b|\bnaar verhouding\b`)},

	// repair of an omission
	{kind: MitRepair, keys: []string{"herstel", "aan te vullen", "alsnog"},
		re: re(`\b(?:herstellen|te herstellen|herstelt|hersteld|herstel van)\b[^.;]{0,40}?\b(?:verzuim|gebrek|tekortkoming)\b|\b(?:verzuim|gebrek|tekortkoming)\b[^.;]{0,80}?\b(?:te herstellen|herstellen|herstelt|hersteld)\b|\bherstel(?:termijn|mogelijkheid)\b|\bin de gelegenheid\b[^.;]{0,100}?\b(?:aan te vullen|alsnog)\b`)},

	// fault: no consequence when the person is not to blame
	{kind: MitFault, not: notExceptRe, keys: []string{"verwijt", "verweten", "behoorde te weten", "toe te rekenen", "toegerekend", "aan te rekenen", "schuld", "toedoen", "verschoonbaar", "te wijten", "tegengeworpen"},
		re: re(`\b(?:niet|geen)\b[^.;]{0,50}?\b(?:te verwijten|verweten|toe te rekenen|toegerekend|verwijtbaar|aan te rekenen|tegengeworpen)\b|\bbuiten (?:zijn|haar|hun) (?:schuld|toedoen)\b|\bverschoonbaar\b|\bniet aan (?:hem|haar|hen|de \w+) (?:is )?te wijten\b|\btenzij\b[^.;]{0,80}?\b(?:te wijten|verwijtbaar|opzet|grove schuld|te verwijten|verweten)\b|\bgeen opzet of grove schuld\b|\bniet wist\b[^.;]{0,20}?\bbehoorde te weten\b`)},

	// deferral of payment
	{kind: MitDeferral, keys: []string{"uitstel", "betalingsregeling", "termijnen", "betalingsvoorwaarden"}, not: noDeferralRe,
		re: re(`\buitstel van betaling\b|\bbetalingsregeling\b|\b(?:betaling|aflossing|voldoening) in termijnen\b|\bin termijnen\b[^.;]{0,20}?\b(?:betalen|voldoen|aflossen)\b|\bbetalingsvoorwaarden\b`)},

	// income that may not be touched
	{kind: MitProtectedIncome, keys: []string{"beslagvrij", "aflossingscapaciteit", "betalingscapaciteit", "bestaansminimum", "beschermingsbedrag"},
		re: re(`\bbeslagvrije voet\b|\bbeslagvrij\b|\baflossingscapaciteit\b|\bbetalingscapaciteit\b|\bbestaansminimum\b|\bbeschermingsbedrag\b`)},
}

// A mitigationMatch is a pattern of mitigationPatterns that matches a
// sentence, and where.
type mitigationMatch struct {
	pattern    int
	start, end int // bytes of the sentence
}

// mitigationMatches returns the patterns that match a sentence's text: the
// part of finding mitigations that depends on nothing else (and is cached,
// Cache.mitigationMatches).
func mitigationMatches(text string) []mitigationMatch {
	low := strings.ToLower(text)
	var out []mitigationMatch
	for i, p := range mitigationPatterns {
		if !containsAny(low, p.keys) {
			continue
		}
		if p.not != nil && p.not.MatchString(text) {
			continue
		}
		loc := p.re.FindStringIndex(text)
		if loc == nil {
			continue
		}
		if p.power && !(powerRe.MatchString(text[:loc[1]]) || bodyVerbRe.MatchString(text)) {
			continue
		}
		if p.power && notPowerRe.MatchString(text[:loc[1]]) {
			continue // "kan niet afzien van …"
		}
		out = append(out, mitigationMatch{i, loc[0], loc[1]})
	}
	return out
}

// notExceptRe: "ook indien het hem niet te verwijten is", "ongeacht of …":
// the exception is named to be excluded, so it is none.
var notExceptRe = regexp.MustCompile(`(?i)\b(?:ook|zelfs) (?:indien|als|wanneer|in het geval dat|voor zover)\b[^.;]{0,100}?\b(?:te wijten|te verwijten|verwijtbaar|toe te rekenen|schuld)\b|\bongeacht\b[^.;]{0,60}?\b(?:te wijten|te verwijten|verwijtbaar|toe te rekenen|schuld)\b`)

// mitigationsIn finds the mitigations in one sentence of unit u.
func mitigationsIn(doc *clause.Document, u *clause.Unit, s clause.Sentence, refs []Reference, c *Cache) []Mitigation {
	matches := c.mitigationMatches(s.Text)
	if len(matches) == 0 {
		return nil
	}
	low := strings.ToLower(s.Text)
	var out []Mitigation
	var covers []string
	general := true
	coversDone := false
	for _, mm := range matches {
		p, loc := mitigationPatterns[mm.pattern], []int{mm.start, mm.end}
		if !coversDone {
			covers, general = coverage(doc, u, s, refs)
			coversDone = true
		}
		m := Mitigation{Kind: p.kind, Unit: u.ID, Label: u.Label, Text: s.Text[loc[0]:loc[1]],
			Start: s.Start + loc[0], End: s.Start + loc[1], Sentence: s.ID, Covers: covers, General: general && !localKinds[p.kind]}
		if a := u.Article(); a != nil {
			m.Article = topArticle(a).ID
		}
		if p.kind == MitHardship {
			// a hardheidsclausule that lists provisions is about those,
			// in whatever law they stand (Ar 5.26 asks to name them)
			if m.General && citesArticles(s, refs) {
				m.General = false
			}
			m.GroupsOnly = strings.Contains(low, "groepen van gevallen") && !strings.Contains(low, "gevallen of groepen") &&
				!strings.Contains(low, "individuele gevallen") && !strings.Contains(low, "bijzondere gevallen") &&
				!strings.Contains(low, "afzonderlijke gevallen")
		}
		out = append(out, m)
	}
	return dedupeKinds(out)
}

// citesArticles reports whether the sentence cites an article of any law.
func citesArticles(s clause.Sentence, refs []Reference) bool {
	for _, r := range refs {
		if r.Start >= s.Start && r.End <= s.End && len(r.Articles) > 0 {
			return true
		}
	}
	return false
}

// dedupeKinds keeps the first mitigation of each kind.
func dedupeKinds(ms []Mitigation) []Mitigation {
	seen := map[string]bool{}
	out := ms[:0]
	for _, m := range ms {
		if !seen[m.Kind] {
			seen[m.Kind] = true
			out = append(out, m)
		}
	}
	return out
}

func topArticle(a *clause.Unit) *clause.Unit {
	for x := a; x != nil; x = x.Parent {
		if x.Kind == clause.Artikel {
			a = x
		}
	}
	return a
}

// coverage returns what a sentence names: the internal units its
// references resolve to (ranges and divisions expanded to their articles)
// and "dit hoofdstuk"-style mentions; general is true when it names none
// (a reference to a provision that does not exist still names one).
func coverage(doc *clause.Document, u *clause.Unit, s clause.Sentence, refs []Reference) (covers []string, general bool) {
	seen := map[string]bool{}
	named := false // the sentence names a provision, even one that does not exist
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			covers = append(covers, id)
		}
	}
	for _, r := range refs {
		if r.Start < s.Start || r.End > s.End || r.Scope != ScopeInternal {
			continue
		}
		named = true
		if r.Range && len(r.Articles) >= 2 {
			for _, a := range articleRange(doc, r.Articles[0], r.Articles[1]) {
				add(a.ID)
			}
			continue
		}
		for _, t := range r.Targets {
			if x := doc.Unit(t); x != nil && x.Kind.IsDivision() {
				for _, a := range articlesIn(x) {
					add(a.ID)
				}
				continue
			}
			add(t)
		}
	}
	for _, m := range selfDivRe.FindAllStringSubmatch(s.Text, -1) {
		named = true
		kind := clause.Kind(strings.ToLower(m[1]))
		for x := u; x != nil; x = x.Parent {
			if x.Kind == kind {
				if kind == clause.Artikel {
					add(topArticle(x).ID)
				} else {
					for _, a := range articlesIn(x) {
						add(a.ID)
					}
				}
				break
			}
		}
	}
	return covers, !named
}

// articlesIn lists the articles under a division.
func articlesIn(div *clause.Unit) []*clause.Unit {
	var out []*clause.Unit
	div.Walk(func(x *clause.Unit) bool {
		if x.Kind == clause.Artikel {
			out = append(out, x)
			return false
		}
		return true
	})
	return out
}

// articleRange lists the regulation's own articles from number a to
// number b inclusive, in document order.
func articleRange(doc *clause.Document, a, b string) []*clause.Unit {
	var out []*clause.Unit
	in := false
	for _, x := range doc.Articles() {
		if x.Quoted {
			continue
		}
		if !in && strings.EqualFold(x.Number, a) {
			in = true
		}
		if in {
			out = append(out, x)
			if strings.EqualFold(x.Number, b) {
				return out
			}
		}
	}
	if !in {
		return nil
	}
	return out
}

// mitigations finds the mitigations of a document's regulation (not of
// quoted text or the toelichting).
func mitigations(doc *clause.Document, units map[string]*UnitFacts, c *Cache) []Mitigation {
	var out []Mitigation
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			var refs []Reference
			if uf := units[u.ID]; uf != nil {
				refs = uf.References
			}
			for _, s := range u.Sentences {
				out = append(out, mitigationsIn(doc, u, s, refs, c)...)
			}
			return true
		})
	}
	for i := range out {
		out[i].Softens = softens(doc, units, &out[i])
	}
	return out
}

// softens returns the effect kinds in the units a mitigation covers and in
// its own article, sorted.
func softens(doc *clause.Document, units map[string]*UnitFacts, m *Mitigation) []string {
	kinds := map[string]bool{}
	for _, id := range append([]string{m.Article}, m.Covers...) {
		if u := doc.Unit(id); u != nil {
			u.Walk(func(x *clause.Unit) bool {
				if uf := units[x.ID]; uf != nil {
					for _, e := range uf.Effects {
						kinds[e.Kind] = true
					}
				}
				return true
			})
		}
	}
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
