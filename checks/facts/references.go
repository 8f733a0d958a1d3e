package facts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Scopes of a reference.
const (
	ScopeInternal = "internal" // a unit of this regulation
	ScopeExternal = "external" // another regulation, treaty or EU act
	ScopeAmended  = "amended"  // the regulation that an amending article changes
	ScopeUnknown  = "unknown"  // cannot be told (e.g. "artikel 3:40" without a law)
)

// A Reference is a citation of a provision found in a unit's text, parsed
// after the grammar of Ar 3.29 with a lenient fallback for the informal
// forms ("lid 2", "sub a", "art. 5") that AR-001 reports.
type Reference struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets in the unit's text
	End   int    `json:"end"`
	// Kind is the deepest level cited: artikel, lid, onderdeel,
	// subonderdeel, or a division (hoofdstuk, paragraaf, afdeling, titel,
	// deel, boek).
	Kind     string   `json:"kind"`
	Articles []string `json:"articles,omitempty"` // article numbers as written
	Range    bool     `json:"range,omitempty"`    // "tot en met" between the first two numbers of a list
	Members  []int    `json:"members,omitempty"`  // leden by number; -1 is "laatste"
	Items    []string `json:"items,omitempty"`    // onderdelen by letter (lower case)
	// UpperItems is true when the onderdelen were written in capitals
	// ("artikel I, onderdeel A"): the lettered parts of an amending article.
	UpperItems bool     `json:"upper_items,omitempty"`
	Subs       []string `json:"subs,omitempty"`     // subonderdelen ("2°")
	Division   string   `json:"division,omitempty"` // number of a cited division
	Aanhef     bool     `json:"aanhef,omitempty"`   // "aanhef en onderdeel b"
	// Relative is true when the reference names no article and so points
	// into the article it stands in ("het eerste lid", "onderdeel a").
	Relative bool   `json:"relative,omitempty"`
	Scope    string `json:"scope"`
	Law      string `json:"law,omitempty"`    // the cited regulation as written, for external references
	LawID    string `json:"law_id,omitempty"` // its BWB id when known
	// Informal lists the forms the Ar advise against that the reference
	// uses: "lid N", "sub", "letter", "art.", "§".
	Informal []string `json:"informal,omitempty"`
	Markup   bool     `json:"markup,omitempty"` // marked up as intref/extref in the source
	Targets  []string `json:"targets,omitempty"`
	Missing  []string `json:"missing,omitempty"` // labels of internal targets that do not exist

	// Formal is the Ar form of an informal reference ("artikel 5, tweede
	// lid" for "artikel 5 lid 2"), "" when it cannot be rewritten
	// mechanically (formal.go).
	Formal string `json:"formal,omitempty"`

	// itemsOf holds, for a reference that names onderdelen after some of
	// several leden ("artikel 55d, tweede lid, onderdelen b of c, derde
	// lid, vierde lid, onderdeel b"), the onderdelen of each lid; nil when
	// the onderdelen follow all leden named.
	itemsOf map[int][]string
	// step is −1 for "van het vorige artikel" and 1 for "van het volgende
	// artikel" after leden: the article before or after the current one.
	step int
}

var (
	numberRe = regexp.MustCompile(`^(?:\d+[a-z]{0,4}(?:\.\d+[a-z]{0,3})*|\d+[a-z]?:\d+[a-z]{0,3}(?:\.\d+)?|[IVXLC]+[A-Za-z]?)$`)
	letterRe = regexp.MustCompile(`^(?:[a-z]|aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt|uu|vv|ww|xx|yy|zz|[a-z]\d{1,2})$`)
	subRe    = regexp.MustCompile(`^\d+°$`)
	// chapterLetterRe matches the chapter letter of Kieswet-style numbers
	chapterLetterRe = regexp.MustCompile(`^[A-Z][a-z]?$`)
)

var divisionWords = map[string]string{
	"hoofdstuk": "hoofdstuk", "hoofdstukken": "hoofdstuk", "paragraaf": "paragraaf", "paragrafen": "paragraaf",
	"afdeling": "afdeling", "afdelingen": "afdeling", "titel": "titel", "titels": "titel",
	"deel": "deel", "boek": "boek", "§": "paragraaf", "subparagraaf": "subparagraaf",
}

// selfWords name the regulation itself after "van deze"/"van dit".
var selfWords = map[string]bool{
	"wet": true, "besluit": true, "regeling": true, "verordening": true, "rijkswet": true,
	"reglement": true, "aanwijzingen": true, "circulaire": true, "beleidsregel": true,
	"beleidsregels": true, "maatregel": true, "code": true, "wetboek": true, "plan": true, "omgevingsplan": true,
}

// anaphoric words point back to a regulation named before.
var anaphoric = map[string]bool{
	"vorengenoemd": true, "vorengenoemde": true, "voornoemd": true, "voornoemde": true,
	"laatstgenoemd": true, "laatstgenoemde": true, "eerstgenoemd": true, "eerstgenoemde": true,
	"evengenoemd": true, "evengenoemde": true, "bovengenoemd": true, "bovengenoemde": true,
	"genoemd": true, "genoemde": true, "bedoeld": true, "bedoelde": true,
}

// actKinds are nouns that name another act.
var actKinds = map[string]bool{
	"richtlijn": true, "verdrag": true, "verordening": true, "overeenkomst": true, "protocol": true,
	"statuut": true, "handvest": true, "kaderbesluit": true, "wetboek": true, "uitvoeringsbesluit": true,
	"uitvoeringsregeling": true, "beschikking": false,
}

// knownAbbrev are short names written after an article number without "van"
// ("artikel 6:7 Awb", "artikel 8 EVRM"): external references.
var knownAbbrev = map[string]bool{
	"awb": true, "bw": true, "sr": true, "sv": true, "rv": true, "evrm": true, "ivbpr": true,
	"vweu": true, "veu": true, "gw": true, "avg": true, "awir": true, "wlz": true, "zvw": true,
	"wmo": true, "wob": true, "woo": true, "wet": false, "grondwet": true, "handvest": true,
}

// titleStop ends a law title that is not in the table.
var titleStop = map[string]bool{
	"is": true, "zijn": true, "wordt": true, "worden": true, "werd": true, "kan": true, "kunnen": true,
	"moet": true, "mag": true, "indien": true, "voor": false, "zover": true, "dan": true, "die": true,
	"dat": true, "welke": true, "waarbij": true, "waarin": true, "alsmede": true, "onderscheidenlijk": true,
	"respectievelijk": true, "als": true, "bedoeld": true, "genoemd": true, "heeft": true, "hebben": true,
	"niet": true, "ook": true, "tenzij": true, "mits": true, "te": true, "om": true, "overeenkomstig": true,
	"gelezen": true, "jo": true, "juncto": true, "ten": true, "wanneer": true, "nadat": true, "voordat": true,
	"zodra": true, "door": true, "of": true, "van": false, "het": false, "de": false,
}

type refParser struct {
	toks []token
	text string
	refs []Reference
	laws *LawTable
}

// ParseReferences finds the references in a text. Scope is set only where
// the text says it ("van deze wet", "van de Wet X", "van die wet"); an
// unqualified reference has Scope "" until Resolve decides.
func ParseReferences(text string, laws *LawTable) []Reference {
	p := &refParser{toks: tokenize(text), text: text, laws: laws}
	for i := 0; i < len(p.toks); {
		if n := p.at(i); n > i {
			i = n
			continue
		}
		i++
	}
	// a scope written after the last of several coordinated references
	// applies to all of them: "artikel 3 en artikel 5 van de Wet X"
	for k := len(p.refs) - 2; k >= 0; k-- {
		a, b := &p.refs[k], p.refs[k+1]
		if a.Scope == "" && b.Scope != "" && b.Scope != ScopeInternal && coordinated(text[a.End:b.Start]) {
			a.Scope, a.Law, a.LawID = b.Scope, b.Law, b.LawID
		}
	}
	return p.refs
}

func coordinated(between string) bool {
	s := strings.TrimSpace(strings.ToLower(between))
	s = strings.Trim(s, ", ")
	return s == "en" || s == "of" || s == "" || s == "dan wel" || s == "en van" || s == "onderscheidenlijk"
}

func (p *refParser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{}
	}
	return p.toks[i]
}

func (p *refParser) low(i int) string { return p.tok(i).low }

// at tries to parse a reference starting at token i and returns the index
// after it, or i when there is none.
func (p *refParser) at(i int) int {
	switch w := p.low(i); {
	case w == "artikel" || w == "artikelen":
		return p.article(i, i+1, nil)
	case (w == "art" || w == "artt") && p.low(i+1) == ".":
		return p.article(i, i+2, []string{"art."})
	case w == "het" || w == "de":
		return p.relativeMember(i)
	case w == "onderdeel" || w == "onderdelen" || w == "onder":
		return p.relativeItem(i, nil)
	case w == "sub" || w == "letter":
		if letterRe.MatchString(p.low(i+1)) && !p.tok(i+1).punct {
			return p.relativeItem(i, []string{w})
		}
	case w == "leden" && startsWithDigit(p.low(i+1)):
		if nums, _, j := p.numberList(i + 1); len(nums) > 0 {
			r := Reference{Start: p.tok(i).start, Kind: "lid", Relative: true, Informal: []string{"lid N"}}
			for _, x := range nums {
				if n, err := strconv.Atoi(x); err == nil && n > 0 && n < 100 {
					r.Members = append(r.Members, n)
				}
			}
			if len(r.Members) == len(nums) {
				p.citeNumberBefore(&r, i)
				j = p.ofArticle(&r, j)
				return p.finish(&r, j)
			}
		}
	case w == "lid":
		if n, err := strconv.Atoi(p.low(i + 1)); err == nil && n > 0 && n < 100 {
			r := Reference{Start: p.tok(i).start, Kind: "lid", Relative: true, Members: []int{n}, Informal: []string{"lid N"}}
			p.citeNumberBefore(&r, i)
			j := p.qualifiers(&r, i+2)
			j = p.ofArticle(&r, j)
			return p.finish(&r, j)
		}
	default:
		if kind, ok := divisionWords[w]; ok {
			return p.division(i, kind)
		}
	}
	return i
}

// numberList parses "3", "3 en 4", "3, 4 en 6", "3 tot en met 5".
func (p *refParser) numberList(j int) (nums []string, rng bool, next int) {
	isNum := func(k int) bool {
		t := p.tok(k)
		if t.punct || !numberRe.MatchString(t.text) {
			return false
		}
		// "artikel 16, 2de lid": an ordinal in figures, not an article
		if figureOrdinalRe.MatchString(t.low) && (p.low(k+1) == "lid" || p.low(k+1) == "leden") {
			return false
		}
		// a Roman number must be written in capitals
		return t.text[0] >= '0' && t.text[0] <= '9' || strings.ToUpper(t.text[:1]) == t.text[:1]
	}
	// one number, possibly written as a chapter letter and a number, as
	// the Kieswet does ("artikel I 1", "artikel C 2a")
	num := func(k int) (string, int) {
		t := p.tok(k)
		if chapterLetterRe.MatchString(t.text) {
			if n := p.tok(k + 1); !n.punct && n.text != "" && n.text[0] >= '0' && n.text[0] <= '9' && numberRe.MatchString(n.text) {
				return t.text + n.text, k + 2
			}
		}
		return t.text, k + 1
	}
	if !isNum(j) {
		return nil, false, j
	}
	n, j := num(j)
	nums = append(nums, n)
	for {
		switch {
		case p.low(j) == "," && isNum(j+1):
			n, j = num(j + 1)
			nums = append(nums, n)
		case (p.low(j) == "en" || p.low(j) == "of") && isNum(j+1):
			n, j = num(j + 1)
			nums = append(nums, n)
			return nums, rng, j
		case p.low(j) == "tot" && p.low(j+1) == "en" && p.low(j+2) == "met" && isNum(j+3):
			n, j = num(j + 3)
			nums = append(nums, n)
			rng = len(nums) == 2
		default:
			return nums, rng, j
		}
	}
}

// ordinalList parses "eerste", "eerste en tweede", "eerste, tweede of
// derde", "eerste tot en met derde" before "lid" or "leden".
func (p *refParser) ordinalList(j int) (members []int, next int, ok bool) {
	n, isOrd := clause.ParseOrdinal(p.low(j))
	if !isOrd && (p.low(j+1) == "lid" || p.low(j+1) == "leden") {
		// an ordinal in figures, as older laws write it: "2de lid"
		n, isOrd = ordinal(p.low(j))
	}
	if !isOrd {
		return nil, j, false
	}
	members = append(members, n)
	j++
	for {
		// "het" may be repeated: "eerste tot en met het derde lid"
		skip := func(k int) int {
			if p.low(k) == "het" {
				return k + 1
			}
			return k
		}
		if p.low(j) == "," {
			if m, ok := clause.ParseOrdinal(p.low(skip(j + 1))); ok {
				members = append(members, m)
				j = skip(j+1) + 1
				continue
			}
		}
		if p.low(j) == "en" || p.low(j) == "of" {
			if m, ok := clause.ParseOrdinal(p.low(skip(j + 1))); ok {
				members = append(members, m)
				j = skip(j+1) + 1
				continue
			}
		}
		if p.low(j) == "tot" && p.low(j+1) == "en" && p.low(j+2) == "met" {
			if m, ok := clause.ParseOrdinal(p.low(skip(j + 3))); ok && m > members[len(members)-1] {
				for k := members[len(members)-1] + 1; k <= m; k++ {
					members = append(members, k)
				}
				j = skip(j+3) + 1
				continue
			}
		}
		break
	}
	if w := p.low(j); w == "lid" || w == "leden" {
		return members, j + 1, true
	}
	return nil, j, false
}

// ordinal reads an ordinal word ("tweede", "laatste") or an ordinal written
// in figures as older laws do ("2de", "2e", "1ste").
func ordinal(w string) (int, bool) {
	if n, ok := clause.ParseOrdinal(w); ok {
		return n, true
	}
	if m := figureOrdinalRe.FindStringSubmatch(w); m != nil {
		n, err := strconv.Atoi(m[1])
		return n, err == nil && n > 0 && n < 100
	}
	return 0, false
}

var figureOrdinalRe = regexp.MustCompile(`^(\d{1,2})(?:e|de|ste)$`)

// letterList parses "a", "a en b", "a, c of e", "a tot en met e", "a tot
// en met e, en l". A range keeps its end points only.
func (p *refParser) letterList(j int, re *regexp.Regexp) (items []string, next int) {
	ok := func(k int) bool { t := p.tok(k); return !t.punct && re.MatchString(t.low) }
	if !ok(j) {
		return nil, j
	}
	items = append(items, p.low(j))
	j++
	for {
		switch {
		case p.low(j) == "," && (p.low(j+1) == "en" || p.low(j+1) == "of") && ok(j+2):
			items = append(items, p.low(j+2))
			return items, j + 3
		case p.low(j) == "," && ok(j+1):
			items = append(items, p.low(j+1))
			j += 2
		case (p.low(j) == "en" || p.low(j) == "of") && ok(j+1):
			items = append(items, p.low(j+1))
			return items, j + 2
		case p.low(j) == "tot" && p.low(j+1) == "en" && p.low(j+2) == "met" && ok(j+3):
			items = append(items, p.low(j+3))
			j += 4
		default:
			return items, j
		}
	}
}

func (p *refParser) article(i, j int, informal []string) int {
	nums, rng, k := p.numberList(j)
	if len(nums) == 0 {
		return i
	}
	r := Reference{Start: p.tok(i).start, Kind: "artikel", Articles: nums, Range: rng, Informal: informal}
	q := p.qualifiers(&r, k)
	// "de artikelen 26, derde lid, en 44, tweede lid", "de artikelen 26 lid
	// 3 en 44 lid 2": the next article of the list has qualifiers of its
	// own, so it is a reference of its own
	if q > k {
		if n, ok := p.sibling(q); ok {
			p.finish(&r, q)
			return p.article(n, n, informal)
		}
	}
	// "artikel 5 van hoofdstuk 2" does not occur in Dutch law; a "van"
	// after the qualifiers introduces the scope
	return p.finish(&r, q)
}

// sibling reports whether the tokens at k continue a list of articles
// with an article number that has qualifiers of its own (", en 44, tweede
// lid", "en 44 lid 2"), and returns the index of that number.
func (p *refParser) sibling(k int) (int, bool) {
	j := k
	if p.low(j) == "," {
		j++
	}
	if p.low(j) != "en" && p.low(j) != "of" && j == k {
		return 0, false
	}
	if p.low(j) == "en" || p.low(j) == "of" {
		j++
	}
	t := p.tok(j)
	if t.punct || t.text == "" || t.text[0] < '0' || t.text[0] > '9' || !numberRe.MatchString(t.text) {
		return 0, false
	}
	if p.low(j+1) == "lid" {
		return j, true
	}
	// a bare number that ends the list: "de artikelen 66, vierde lid, en
	// 70 van de Wet veiligheidsregio's"
	if j > k+1 || p.low(k) == "en" || p.low(k) == "of" {
		if nx := p.low(j + 1); nx == "" || nx == "van" || nx == "." || nx == ";" || nx == ")" {
			return j, true
		}
	}
	if p.low(j+1) == "," {
		if _, ok := ordinal(p.low(j + 2)); ok {
			return j, true
		}
		if w := p.low(j + 2); w == "aanhef" || w == "onderdeel" || w == "onder" {
			return j, true
		}
	}
	return 0, false
}

// qualifiers parses what may follow an article number: leden, "aanhef
// en", onderdelen, subonderdelen, volzinnen.
func (p *refParser) qualifiers(r *Reference, k int) int {
	groups := 0 // groups of leden named ("tweede lid", "derde lid")
	var itemsOf map[int][]string
	defer func() {
		if groups > 1 && itemsOf != nil {
			r.itemsOf = itemsOf
		}
	}()
	for {
		j := k
		if p.low(j) == "," {
			j++
		}
		if m, next, ok := p.ordinalList(j); ok {
			r.Members = append(r.Members, m...)
			r.Kind = deeper(r.Kind, "lid")
			groups++
			k = next
			continue
		}
		if p.low(j) == "lid" || p.low(j) == "leden" {
			if n, err := strconv.Atoi(p.low(j + 1)); err == nil && n > 0 && n < 100 {
				r.Members = append(r.Members, n)
				r.Informal = appendOnce(r.Informal, "lid N")
				r.Kind = deeper(r.Kind, "lid")
				groups++
				k = j + 2
				continue
			}
		}
		if p.low(j) == "aanhef" && p.low(j+1) == "en" {
			r.Aanhef = true
			k = j + 2
			continue
		}
		if p.low(j) == "aanhef" && (p.low(j+1) == "," || p.low(j+1) == "van") {
			r.Aanhef = true
			k = j + 1
			continue
		}
		if w := p.low(j); w == "onderdeel" || w == "onderdelen" || w == "onder" || w == "sub" || w == "letter" {
			if items, next := p.letterList(j+1, letterRe); len(items) > 0 {
				if len(r.Members) > 0 {
					// with several groups of leden, onderdelen belong to the
					// lid just before them
					if itemsOf == nil {
						itemsOf = map[int][]string{}
					}
					last := r.Members[len(r.Members)-1]
					itemsOf[last] = append(itemsOf[last], items...)
				}
				r.Items = append(r.Items, items...)
				if t := p.tok(j + 1).text; t != "" && t[0] >= 'A' && t[0] <= 'Z' {
					r.UpperItems = true
				}
				r.Kind = deeper(r.Kind, "onderdeel")
				if w == "sub" || w == "letter" {
					r.Informal = appendOnce(r.Informal, w)
				}
				k = next
				continue
			}
			if subs, next := p.letterList(j+1, subRe); len(subs) > 0 && (w == "onder" || w == "sub") {
				r.Subs = append(r.Subs, subs...)
				r.Kind = deeper(r.Kind, "subonderdeel")
				if w == "sub" {
					r.Informal = appendOnce(r.Informal, w)
				}
				k = next
				continue
			}
		}
		if w := p.low(j); w == "subonderdeel" || w == "subonderdelen" {
			if subs, next := p.letterList(j+1, subRe); len(subs) > 0 {
				r.Subs = append(r.Subs, subs...)
				r.Kind = deeper(r.Kind, "subonderdeel")
				k = next
				continue
			}
		}
		if _, ok := clause.ParseOrdinal(p.low(j)); ok && (p.low(j+1) == "volzin" || p.low(j+1) == "zin") {
			k = j + 2
			continue
		}
		// the sections of a treaty article: "artikel III, sectie 1"
		if w := p.low(j); (w == "sectie" || w == "afdeling") && j > k && numberRe.MatchString(p.tok(j+1).text) {
			k = j + 2
			continue
		}
		return k
	}
}

var depth = map[string]int{"artikel": 1, "lid": 2, "onderdeel": 3, "subonderdeel": 4}

func deeper(a, b string) string {
	if depth[b] > depth[a] {
		return b
	}
	return a
}

func appendOnce(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// relativeMember parses "het eerste lid", "het tweede en derde lid",
// optionally followed by onderdelen and "van artikel N".
func (p *refParser) relativeMember(i int) int {
	m, k, ok := p.ordinalList(i + 1)
	if !ok {
		return i
	}
	for _, n := range m {
		if n < 0 && p.low(i+1) != "laatste" {
			return i
		}
	}
	r := Reference{Start: p.tok(i).start, Kind: "lid", Members: m, Relative: true}
	k = p.qualifiers(&r, k)
	// "het eerste lid van artikel 5", "het tweede lid van art. 6"
	k = p.ofArticle(&r, k)
	return p.finish(&r, k)
}

// citeNumberBefore makes "lid 2" or "leden 5 en 7" at token i cite the article
// whose number stands just before it, as in a list "de artikelen 365 lid
// 2, 375 leden 5 en 7" whose first part was read without it.
func (p *refParser) citeNumberBefore(r *Reference, i int) {
	if p.low(i-1) == "," && i > 1 {
		i-- // "374, leden 1, 2, en 4"
	}
	prev := p.tok(i - 1)
	if i == 0 || prev.punct || !startsWithDigit(prev.low) || !numberRe.MatchString(prev.text) {
		return
	}
	if n := len(p.refs); n > 0 && p.refs[n-1].End > prev.start {
		return // the number belongs to the reference before
	}
	r.Articles, r.Relative, r.Start = []string{prev.text}, false, prev.start
}

// ofArticle reads "van artikel 5" (also ", van artikel 5", "van art. 5",
// "van art.5") after a relative reference to leden and makes it name
// that article. It returns the index after what it read.
func (p *refParser) ofArticle(r *Reference, k int) int {
	v := k
	if p.low(v) == "," && p.low(v+1) == "van" {
		v++
	}
	if p.low(v) == "van" && p.low(v+1) == "het" && p.low(v+3) == "artikel" {
		switch p.low(v + 2) {
		case "vorig", "vorige", "voorgaande", "voorafgaande":
			r.step = -1
		case "volgend", "volgende", "navolgende":
			r.step = 1
		}
		if r.step != 0 {
			return v + 4
		}
	}
	if p.low(v) == "van" {
		at := -1
		switch w := p.low(v + 1); {
		case w == "artikel":
			at = v + 2
		case w == "art" && p.low(v+2) == ".":
			at = v + 3
			r.Informal = appendOnce(r.Informal, "art.")
		case strings.HasPrefix(w, "art.") && numberRe.MatchString(w[4:]):
			// "art.6" written as one word
			r.Articles, r.Relative = []string{p.tok(v + 1).text[4:]}, false
			r.Informal = appendOnce(r.Informal, "art.")
			k = v + 2
		}
		if at > 0 {
			if nums, rng, next := p.numberList(at); len(nums) > 0 {
				r.Articles, r.Range, r.Relative = nums, rng, false
				k = next
			}
		}
	}
	return k
}

// relativeItem parses "onderdeel a", "onder b", "sub c", "letter d".
func (p *refParser) relativeItem(i int, informal []string) int {
	w := p.low(i)
	items, k := p.letterList(i+1, letterRe)
	if len(items) == 0 {
		if w == "onder" || w == "sub" {
			if subs, next := p.letterList(i+1, subRe); len(subs) > 0 {
				r := Reference{Start: p.tok(i).start, Kind: "subonderdeel", Subs: subs, Relative: true, Informal: informal}
				return p.finish(&r, next)
			}
		}
		return i
	}
	if w == "onder" {
		// "onder a" must stand alone: not "onder andere", and the letter is
		// followed by punctuation or a preposition
		next := p.tok(k)
		if !(next.punct || next.low == "" || next.low == "en" || next.low == "of" || next.low == "van" || next.low == "bedoeld" || next.low == "genoemd" || next.low == "is" || next.low == "zijn") {
			return i
		}
	}
	r := Reference{Start: p.tok(i).start, Kind: "onderdeel", Items: items, Relative: true, Informal: informal}
	k = p.qualifiers(&r, k)
	return p.finish(&r, k)
}

func (p *refParser) division(i int, kind string) int {
	nums, _, k := p.numberList(i + 1)
	if len(nums) == 0 {
		return i
	}
	r := Reference{Start: p.tok(i).start, Kind: kind, Division: nums[0]}
	if p.low(i) == "§" {
		r.Informal = []string{"§"}
	}
	return p.finish(&r, k)
}

// finish reads an optional scope after the reference, sets its end and
// text, and records it. k is the index of the first token after the
// reference proper.
func (p *refParser) finish(r *Reference, k int) int {
	k0 := k
	end := p.tok(k - 1).end
	j := k
	if p.low(j) == "," {
		j++
	}
	switch {
	case p.low(j) == "van":
		if scope, law, next := p.scope(j + 1); scope != "" {
			r.Scope, r.Law = scope, law
			if scope == ScopeExternal {
				r.LawID = p.laws.Lookup(law)
			}
			end = p.tok(next - 1).end
			k = next
		}
	case !p.tok(j).punct && j < len(p.toks) && knownAbbrev[p.low(j)] && p.tok(j).text != p.low(j):
		r.Scope, r.Law = ScopeExternal, p.tok(j).text
		r.LawID = p.laws.Lookup(r.Law)
		end = p.tok(j).end
		k = j + 1
	}
	if r.Scope == "" && r.Kind == "boek" {
		r.Scope = ScopeExternal
	}
	proper := p.tok(k0 - 1).end
	r.End = end
	r.Text = p.text[r.Start:r.End]
	if len(r.Informal) > 0 {
		r.Formal = formal(*r, p.text[:r.Start], p.text[r.Start:proper], p.text[proper:r.End], p.text[r.End:])
	}
	p.refs = append(p.refs, *r)
	return k
}

// scope parses what follows "van": "deze wet", "die wet", "de Wet X",
// "Boek 3 van het Burgerlijk Wetboek", "Verordening (EU) 2016/679". It
// returns the scope, the law as written and the index after the scope.
func (p *refParser) scope(j int) (scope, law string, next int) {
	w := p.low(j)
	switch {
	case (w == "deze" || w == "dit") && selfWords[p.low(j+1)]:
		k := j + 2
		if p.low(k) == "van" && p.low(k+1) == "bestuur" { // "deze algemene maatregel van bestuur"
			k += 2
		}
		return ScopeInternal, "", k
	case w == "deze" && p.low(j+1) == "algemene" && p.low(j+2) == "maatregel":
		return ScopeInternal, "", j + 5
	case anaphoric[w] && (selfWords[p.low(j+1)] || actKinds[p.low(j+1)]):
		// "van vorengenoemd besluit", "van voornoemde wet": the regulation
		// named before, like "die wet"
		return ScopeExternal, "die " + p.low(j+1), j + 2
	case w == "die" || w == "dat":
		if p.tok(j + 1).punct {
			return "", "", j
		}
		return ScopeExternal, w + " " + p.low(j+1), j + 2
	case w == "boek" && numberRe.MatchString(p.low(j+1)):
		k := j + 2
		if p.low(k) == "van" {
			if _, law, next := p.scope(k + 1); law != "" {
				return ScopeExternal, "Boek " + p.tok(j+1).text + " van " + law, next
			}
		}
		return ScopeExternal, "Boek " + p.tok(j+1).text, k
	case w == "de" || w == "het":
		if law, next := p.title(j + 1); law != "" {
			return ScopeExternal, law, next
		}
		// "van de wet", "van het besluit": a defined name for the parent
		// regulation, or another act named by its kind
		if kind := p.low(j + 1); selfWords[kind] || actKinds[kind] || actCompound(kind) {
			return ScopeExternal, w + " " + kind, j + 2
		}
		// "van het op 5 juni 2001 te Luxemburg gesloten Verdrag", "van het
		// in artikel 2 bedoelde besluit": an act named after a modifier
		for k := j + 1; k < len(p.toks) && k < j+16; k++ {
			t := p.tok(k)
			if t.punct {
				break
			}
			if selfWords[t.low] || actKinds[t.low] || actCompound(t.low) {
				return ScopeExternal, strings.Join(strings.Fields(p.text[p.tok(j).start:t.end]), " "), k + 1
			}
			if titleStop[t.low] && t.low != "te" {
				break
			}
		}
	default:
		if law, next := p.title(j); law != "" {
			return ScopeExternal, law, next
		}
	}
	return "", "", j
}

// actCompound reports whether a word names another act as the last part
// of a compound: "stcw-verdrag", "nutsrichtlijn", "basisverordening".
func actCompound(w string) bool {
	for _, k := range []string{"verdrag", "richtlijn", "verordening"} {
		if strings.HasSuffix(w, k) && len(w) > len(k)+2 {
			return true
		}
	}
	return false
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// title reads a regulation's title starting at token j: the longest known
// citeertitel, else capitalised words up to a stop.
func (p *refParser) title(j int) (string, int) {
	t := p.tok(j)
	if t.punct || t.text == "" {
		return "", j
	}
	if law, n := p.laws.Longest(p.toks[j:]); n > 0 {
		return law, j + n
	}
	first := []rune(t.text)[0]
	// an act named by its kind and number may be written in lower case:
	// "verordening (EG) nr. 1698/2005", "richtlijn 2006/123/EG"
	lowerAct := actKinds[t.low] && (p.low(j+1) == "(" || p.low(j+1) == "nr" || startsWithDigit(p.low(j+1)))
	if !(first >= 'A' && first <= 'Z') && !strings.ContainsRune("ÀÁÂÄÉÈÊËÏÍÓÖÚÜ", first) && !lowerAct {
		return "", j
	}
	if t.low == "onze" { // "van Onze Minister" is an actor, not a law
		return "", j
	}
	k := j + 1
	for k < len(p.toks) && k-j < 14 {
		x := p.tok(k)
		if x.punct {
			// "Verordening (EU) 2016/679", "(EU) nr. 1408/71"
			if x.low == "(" && k+2 < len(p.toks) && p.tok(k+2).low == ")" && len(p.tok(k+1).text) <= 4 {
				k += 3
				continue
			}
			if x.low == "/" && k > j && !p.tok(k+1).punct {
				k += 2
				continue
			}
			if x.low == "." && p.low(k-1) == "nr" && startsWithDigit(p.low(k+1)) {
				k++
				continue
			}
			break
		}
		if titleStop[x.low] {
			break
		}
		if x.low == "en" {
			nx := p.tok(k + 1)
			if nx.punct || nx.low == "de" || nx.low == "het" || nx.low == "een" || nx.low == "artikel" || nx.low == "artikelen" || titleStop[nx.low] || startsWithDigit(nx.low) {
				break
			}
		}
		k++
	}
	return strings.Join(strings.Fields(p.text[t.start:p.tok(k-1).end]), " "), k
}
