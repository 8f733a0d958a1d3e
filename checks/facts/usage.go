package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
)

// A Usage says how often the regulation uses a defined term outside the
// definition itself, and where first. Usages[i] belongs to Definitions[i].
type Usage struct {
	Uses     int    `json:"uses"`
	FirstUse string `json:"first_use"` // id of the first unit that uses it, "" if none
}

// usages counts, for each definition, the uses of its term in the
// regulation's own units (not quoted text, not the toelichting), leaving
// out the definitions of the same term themselves.
//
// A use is the term's words in sequence, each word in one of its inflected
// forms: plural (-en, -s, -'s, -n, -eren, with the spelling changes aa→a,
// f→v, s→z and a doubled consonant), adjectival -e, diminutive (-je, -tje,
// -etje, -pje and plurals in -s) and genitive -s. A leading article of the
// term ("de Minister", "het college") is not required, so "Onze Minister"
// and "de Minister" both use "de Minister". The last word may also be the
// head of a compound: "zorgtoeslag" uses "toeslag" and "toeslagpartner"
// uses "partner", because a Dutch compound is a kind of its last part
// (what the definition says of a toeslag holds for the zorgtoeslag), while
// "kinderopvang" does not use "kind" (there "kind" only modifies "opvang").
// The part before the head must be at least three letters, so "on-recht"
// and "ge-recht" are not compounds of "recht". A term defined by reference
// ("partner: de persoon, bedoeld in artikel 3") is counted in the same way:
// the reference only says what the term means.
func usages(doc *clause.Document, defs []Definition, c *Cache) []Usage {
	out := make([]Usage, len(defs))
	if len(defs) == 0 {
		return out
	}
	type pattern struct {
		words    []map[string]bool // forms per word; nil matches any word
		compound bool              // the last word may be a compound's head
	}
	byFirst := map[string][]int{} // a form of a term's first word → definitions
	heads := map[string][]int{}   // a form of a one-word term → definitions, for compounds
	var pats []pattern            // every variant of every term
	var owner []int               // the definition of each pattern
	for i, d := range defs {
		for _, ws := range termVariants(d.Term) {
			p := pattern{words: make([]map[string]bool, len(ws))}
			for k, w := range ws {
				p.words[k] = forms(w)
			}
			p.compound = len(ws) == 1 && utf8.RuneCountInString(ws[0]) >= 3 && !hasDigit(ws[0])
			variants := []pattern{p}
			if len(ws) == 2 {
				// an elided head: "direct en indirect onderscheid" uses "direct onderscheid"
				variants = append(variants, pattern{words: []map[string]bool{p.words[0], {"en": true, "of": true}, nil, p.words[1]}})
			}
			for _, v := range variants {
				n := len(pats)
				pats = append(pats, v)
				owner = append(owner, i)
				for f := range v.words[0] {
					byFirst[f] = append(byFirst[f], n)
					if v.compound {
						heads[f] = append(heads[f], i)
					}
				}
			}
		}
	}
	// the spans that hold a definition of a term are not uses of any
	// definition of that term
	type span struct {
		unit     string
		from, to int
	}
	excluded := map[string][]span{}
	for _, d := range defs {
		u := doc.Unit(d.Unit)
		if u == nil {
			continue
		}
		key := strings.Join(words(strings.ToLower(d.Term)), " ")
		from, to := d.Start, len(u.Text)
		switch {
		case d.Form == "list" && u.Kind == clause.Onderdeel:
			from = 0
		case d.Form == "list":
			if i := strings.IndexAny(u.Text[min(d.End, len(u.Text)):], ";\n"); i >= 0 {
				to = d.End + i
			}
		default:
			for _, s := range u.Sentences {
				if s.Start <= d.Start && d.Start < s.End {
					from, to = s.Start, s.End
				}
			}
		}
		excluded[key] = append(excluded[key], span{u.ID, from, to})
	}
	termKey := make([]string, len(defs))
	for i, d := range defs {
		termKey[i] = strings.Join(words(strings.ToLower(d.Term)), " ")
	}
	inDefinition := func(i int, unit string, at int) bool {
		for _, s := range excluded[termKey[i]] {
			if s.unit == unit && s.from <= at && at < s.to {
				return true
			}
		}
		return false
	}
	headCache := map[string][]int{}
	compoundOf := func(tok string) []int {
		if r, ok := headCache[tok]; ok {
			return r
		}
		var r []int
		for i := range tok {
			if i == 0 || utf8.RuneCountInString(tok[:i]) < 3 {
				continue
			}
			r = append(r, heads[tok[i:]]...)
		}
		headCache[tok] = r
		return r
	}
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			if u.Text == "" {
				return true
			}
			toks, offs := c.lowerTokens(u.Text)
			for p, tok := range toks {
				first, comp := byFirst[tok], compoundOf(tok)
				if len(first) == 0 && len(comp) == 0 {
					continue
				}
				seen := map[int]bool{}
				for _, pi := range first {
					i, n := owner[pi], len(pats[pi].words)
					if p+n > len(toks) || seen[i] {
						continue
					}
					match := true
					for k := 1; k < n; k++ {
						if w := pats[pi].words[k]; w != nil && !w[toks[p+k]] {
							match = false
							break
						}
					}
					if match {
						seen[i] = true
					}
				}
				for _, i := range comp {
					seen[i] = true
				}
				for i := range seen {
					if inDefinition(i, u.ID, offs[p]) {
						continue
					}
					out[i].Uses++
					if out[i].FirstUse == "" {
						out[i].FirstUse = u.ID
					}
				}
			}
			return true
		})
	}
	return out
}

// termVariants returns the word sequences that count as a use of a
// term: the term without a leading article, without what follows
// "(als) bedoeld in" ("inkomen als bedoeld in het eerste lid" is
// "inkomen") or precedes "bedoelde" ("het in het eerste lid bedoelde
// minimumloon" is "minimumloon"), each alternative of "X of Y", "X en Y"
// and "X/Y" ("maximaal meetvermogen of Qmax"), and for "X van Y" also X
// ("het aantal inwoners van een gemeente" is used as "aantal inwoners").
// A term that names a numbered act ("verordening 183/2005", "richtlijn
// 91/630/EEG") is used where its numbers are, however the act is named
// there ("Verordening (EG) nr. 183/2005").
func termVariants(term string) [][]string {
	var out [][]string
	alts := []string{strings.ToLower(term)}
	if !hasDigit(term) {
		alts = strings.Split(alts[0], "/") // "openbaar lichaam/openbare lichamen"
	}
	for _, alt := range alts {
		ws := words(alt)
		for k, w := range ws {
			if w == "verstaan" { // "vervreemding mede verstaan hetgeen …": the term ends before it
				ws = ws[:k]
				break
			}
		}
		if len(ws) > 1 && ws[0] == "onder" {
			ws = ws[1:]
		}
		for k, w := range ws {
			if w == "bedoelde" && k+1 < len(ws) {
				ws = ws[k+1:]
				break
			}
			if w == "bedoeld" && k > 0 {
				ws = ws[:k]
				if k > 1 && (ws[k-1] == "als" || ws[k-1] == "zoals") {
					ws = ws[:k-1]
				}
				break
			}
		}
		for n := len(ws); n > 1 && (ws[n-1] == "mede" || ws[n-1] == "niet"); n = len(ws) {
			ws = ws[:n-1]
		}
		var nums []string
		for _, w := range ws {
			if hasDigit(w) {
				nums = append(nums, w)
			}
		}
		if len(nums) > 0 {
			out = append(out, nums)
			continue
		}
		from := 0
		for k := 0; k <= len(ws); k++ {
			if k == len(ws) || (ws[k] == "of" || ws[k] == "en") && k > 0 {
				part := ws[from:k]
				if len(part) > 1 && (part[0] == "de" || part[0] == "het" || part[0] == "een") {
					part = part[1:]
				}
				if len(part) > 0 {
					out = append(out, part)
				}
				for v, w := range part {
					if w == "van" && v > 0 && len(part) > 2 {
						out = append(out, part[:v])
						break
					}
				}
				from = k + 1
			}
		}
	}
	return out
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// words splits lower-case text into its words (runs of letters and digits).
func words(s string) []string {
	ws, _ := tokens(s)
	return ws
}

// tokens splits lower-case text into runs of letters, digits and the
// apostrophe of "’s", with their byte offsets.
func tokens(s string) ([]string, []int) {
	var toks []string
	var offs []int
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '’') && start >= 0)
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			toks = append(toks, strings.TrimRight(s[start:i], "'’"))
			offs = append(offs, start)
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, strings.TrimRight(s[start:], "'’"))
		offs = append(offs, start)
	}
	return toks, offs
}

var irregularPlurals = map[string][]string{
	"kind": {"kinderen"}, "lid": {"leden"}, "schip": {"schepen"}, "stad": {"steden"},
	"gelid": {"gelederen"}, "ei": {"eieren"}, "blad": {"bladen", "bladeren"}, "volk": {"volkeren"},
	"rund": {"runderen"}, "lam": {"lammeren"}, "kalf": {"kalveren"}, "gat": {"gaten"},
	"spel": {"spelen"}, "dag": {"dagen"}, "weg": {"wegen"}, "hof": {"hoven"}, "smid": {"smeden"},
}

// forms returns the inflected forms of a Dutch word: itself, plurals,
// adjectival -e, diminutives and genitive -s, with the usual spelling
// changes. Over-generation is harmless: the forms are only looked up.
func forms(w string) map[string]bool {
	f := map[string]bool{w: true}
	add := func(s ...string) {
		for _, x := range s {
			f[x] = true
		}
	}
	add(w+"s", w+"'s", w+"’s", w+"e", w+"en", w+"n", w+"er", w+"eren", w+"je", w+"jes", w+"tje", w+"tjes", w+"etje", w+"etjes", w+"pje", w+"pjes")
	add(irregularPlurals[w]...)
	r := []rune(w)
	n := len(r)
	if n >= 3 {
		last := r[n-1]
		stem := string(r[:n-1])
		vowel := func(c rune) bool { return strings.ContainsRune("aeiouy", c) }
		// f → v and s → z before -en: brief → brieven, bewijs → bewijzen
		soft := last
		switch last {
		case 'f':
			soft = 'v'
		case 's':
			soft = 'z'
		}
		base := stem + string(soft)
		add(base+"en", base+"e")
		// a long vowel written double loses a letter: aanvraag → aanvragen
		if n >= 4 && r[n-2] == r[n-3] && vowel(r[n-2]) && r[n-2] != 'e' || n >= 4 && r[n-2] == 'e' && r[n-3] == 'e' {
			short := string(r[:n-2]) + string(soft)
			add(short+"en", short+"e")
		}
		// a short vowel keeps its sound with a doubled consonant: bus → bussen
		if !vowel(last) && vowel(r[n-2]) && !vowel(r[n-3]) {
			add(w+string(last)+"en", w+string(last)+"e", w+string(last)+"etje")
		}
		// words in -e: gemeente → gemeenten, gemeentes
		if last == 'e' {
			add(stem+"en", w+"tje", w+"tjes")
		}
		// -ie: subsidie → subsidies, subsidiën
		if strings.HasSuffix(w, "ie") {
			add(stem+"ën", w+"ën")
		}
	}
	return f
}
