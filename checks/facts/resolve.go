package facts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// resolve decides the scope of the references of unit u and, for internal
// ones, finds their targets. Links marked up in the source (BWB intref and
// extref) settle the scope of the text they cover.
func resolve(doc *clause.Document, u *clause.Unit, refs []Reference) {
	art := u.Article()
	amendingArticle := art != nil && doc.Meta.Amending && clause.IsRoman(art.Number)
	// whether the regulation numbers its articles with a colon (3:40); only
	// asked about a reference to such a number, so not worked out for every
	// unit of a large law
	colonArticles := func() bool {
		for _, a := range doc.Articles() {
			if strings.Contains(a.Number, ":") {
				return true
			}
		}
		return false
	}
	romanOnly := func() bool {
		arts := doc.Articles()
		for _, a := range arts {
			if !clause.IsRoman(a.Number) {
				return false
			}
		}
		return len(arts) > 0
	}
	var lastLaw, lastLawID string
	lastExternalEnd := -1 // where the last reference to another regulation ends
	for i := range refs {
		r := &refs[i]
		for _, l := range u.Links {
			if l.Start < r.End && r.Start < l.End {
				r.Markup = true
				if l.External {
					if r.Scope == "" || r.Scope == ScopeInternal {
						r.Scope = ScopeExternal
					}
					if id := clause.BWBIDIn(l.Target); id != "" && r.LawID == "" {
						r.LawID = id
					}
				} else if r.Scope == "" {
					r.Scope = ScopeInternal
				}
			}
		}
		if r.Scope == ScopeExternal && (strings.HasPrefix(r.Law, "die ") || strings.HasPrefix(r.Law, "dat ")) {
			// "van die wet": the regulation named last before it
			if lastLaw != "" {
				r.Law, r.LawID = lastLaw, lastLawID
			}
		} else if r.Scope == ScopeExternal && r.Law != "" {
			lastLaw, lastLawID = r.Law, r.LawID
		}
		if r.Scope == ScopeExternal {
			lastExternalEnd = r.End
		}
		if r.Scope == "" {
			switch {
			case u.Quoted || amendingArticle:
				r.Scope = ScopeAmended
			case doc.Meta.Amending && len(r.Articles) > 0 && !clause.IsRoman(r.Articles[0]):
				// an amending act numbers its own articles I, II, …; an
				// article number cites the regulation it amends
				r.Scope = ScopeAmended
			case u.Kind == clause.Toelichting || u.Kind == clause.ToelichtingSectie || u.Kind == clause.ToelichtingArtikel:
				// a toelichting cites articles of its own regulation unless
				// it says otherwise
				r.Scope = ScopeInternal
			case len(r.Articles) > 0 && !clause.IsRoman(r.Articles[0]) && romanOnly():
				// a protocol or amending act numbered I, II, … cites the
				// treaty or regulation it belongs to with Arabic numbers
				r.Scope = ScopeUnknown
			case len(r.Articles) > 0 && strings.Contains(r.Articles[0], ":") && !colonArticles():
				// "artikel 3:40" in a regulation without colon numbers cites
				// a code (BW, Awb) without naming it
				r.Scope = ScopeUnknown
			default:
				r.Scope = ScopeInternal
			}
		}
		if r.Scope == ScopeInternal && !isToelichting(u) {
			target(doc, u, art, r)
			if len(r.Missing) > 0 && historical(u.Text, r.End) {
				// "artikel 97f, onderdeel i, zoals dat luidde op de dag
				// voor …": a provision as it was (or will be), not as it is
				r.Scope, r.Targets, r.Missing = ScopeUnknown, nil, nil
			}
			if len(r.Missing) > 0 && r.Relative && i > 0 {
				// "Artikel 32, vijfde lid, is, met uitzondering van de in het
				// vijfde lid genoemde datum, van toepassing": a relative
				// reference may point into the article just named
				if prev := refs[i-1]; prev.Scope == ScopeInternal && !prev.Relative && len(prev.Articles) > 0 && sameSentence(u.Text, prev.End, r.Start) {
					if a := doc.Article(prev.Articles[len(prev.Articles)-1]); a != nil && a != art {
						try := *r
						try.Targets, try.Missing = nil, nil
						target(doc, u, a, &try)
						if len(try.Missing) == 0 {
							*r = try
						}
					}
				}
			}
			if len(r.Missing) > 0 && lastExternalEnd >= 0 && sameSentence(u.Text, lastExternalEnd, r.Start) {
				// an unqualified reference that does not resolve, after a
				// reference to another law in the same sentence (“artikel 1
				// van de Wet op de jeugdzorg, … krachtens artikel 3, vijfde
				// lid, gestelde regels”): it may well cite that law
				r.Scope, r.Targets, r.Missing = ScopeUnknown, nil, nil
			}
		} else if r.Scope == ScopeInternal {
			// resolve, but in the toelichting a relative reference has no
			// article of its own
			if !r.Relative {
				target(doc, u, nil, r)
			}
		}
	}
}

// historicalRe matches words after a reference that say it cites a
// provision as it read before, or will read after, an amendment.
var historicalRe = regexp.MustCompile(`^[^.;]{0,80}?\bzoals (?:dat|die|deze|dit|het|zij|hij) (?:luidde|luidden|luidt|luiden|komt te luiden|komen te luiden|gold|golden|gelden|geldt|laatstelijk)`)

// historical reports whether the text after byte offset end says that the
// reference ending there cites an earlier or later version.
func historical(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	return historicalRe.MatchString(strings.ToLower(text[end:min(len(text), end+200)]))
}

// sameSentence reports whether no sentence ends in text[from:to] (byte
// offsets).
func sameSentence(text string, from, to int) bool {
	if from < 0 || to > len(text) || from > to {
		return false
	}
	between := text[from:to]
	return !strings.Contains(between, ". ") && !strings.Contains(between, "\n") && !strings.Contains(between, "; ")
}

func isToelichting(u *clause.Unit) bool {
	for x := u; x != nil; x = x.Parent {
		if x.Kind == clause.Toelichting {
			return true
		}
	}
	return false
}

// target resolves an internal reference. Relative references point into
// art (the article the reference stands in).
func target(doc *clause.Document, u, art *clause.Unit, r *Reference) {
	if divKind, ok := divisionKinds[r.Kind]; ok {
		found := false
		all := allUnits(doc)
		for _, x := range all {
			if x.Kind == divKind && strings.EqualFold(x.Number, r.Division) {
				r.Targets = append(r.Targets, x.ID)
				found = true
				break
			}
		}
		if !found && !strings.Contains(r.Division, ".") {
			// "paragraaf 4" inside hoofdstuk 6 of a law that numbers its
			// paragraphs 6.1, 6.2, …: the paragraph of the same chapter
			for _, x := range all {
				if x.Kind == divKind && strings.HasSuffix(strings.ToLower(x.Number), "."+strings.ToLower(r.Division)) {
					r.Targets = append(r.Targets, x.ID)
					found = true
					break
				}
			}
		}
		if !found && divKind == clause.Paragraaf {
			// "paragraaf 4.2" for what the law heads "subparagraaf 4.2"
			for _, x := range all {
				if x.Kind == clause.Subparagraaf && strings.EqualFold(x.Number, r.Division) {
					r.Targets = append(r.Targets, x.ID)
					found = true
					break
				}
			}
		}
		if !found {
			r.Missing = append(r.Missing, r.Kind+" "+r.Division)
		}
		return
	}
	var arts []*clause.Unit
	last := -1 // qualifiers (leden, onderdelen) belong to the last article of a list
	if r.Relative {
		if art == nil {
			return
		}
		arts = []*clause.Unit{art}
		if r.step != 0 {
			// "de leden 6 en 7 van het vorige artikel"
			arts = nil
			all := doc.Articles()
			for i, a := range all {
				if a == art && i+r.step >= 0 && i+r.step < len(all) {
					arts = []*clause.Unit{all[i+r.step]}
				}
			}
		}
	} else {
		// with a range, the first two numbers are its end points: what
		// lies between them is not enumerated ("49 tot en met 49b"), and
		// qualifiers belong to the last number of the list ("81b tot en
		// met 81f, 81h en 81j, eerste lid")
		nums := r.Articles
		for _, n := range nums {
			a := doc.Article(n)
			if a == nil {
				r.Missing = append(r.Missing, "artikel "+n)
				continue
			}
			arts = append(arts, a)
		}
		if len(arts) > 0 && doc.Article(nums[len(nums)-1]) == arts[len(arts)-1] {
			last = len(arts) - 1
		}
	}
	for ai, a := range arts {
		if last >= 0 && ai != last {
			r.Targets = append(r.Targets, a.ID)
			continue
		}
		if len(r.Members) == 0 {
			if len(r.Items) > 0 || len(r.Subs) > 0 {
				base := a
				if r.Relative {
					// "onderdeel a" inside a lid points into that lid
					if m := u.Member(); m != nil {
						base = m
					}
				}
				if base == a {
					articleItems(a, r)
				} else {
					items(base, r)
				}
				continue
			}
			r.Targets = append(r.Targets, a.ID)
			continue
		}
		for _, m := range r.Members {
			lid := member(a, m)
			if lid == nil && m > 0 && len(r.Items) == 0 {
				// “artikel 1, lid 5” for the fifth of the numbered
				// onderdelen of an article without leden: informal, but
				// it points somewhere
				if o := child(a, clause.Onderdeel, strconv.Itoa(m)); o != nil && paragraphs(a) < m {
					r.Targets = append(r.Targets, o.ID)
					continue
				}
			}
			if lid == nil && m == 1 && len(r.Items) > 0 && paragraphs(a) >= 1 {
				// "het eerste lid sub a van art. 174" for an older article
				// without numbered leden: its list
				articleItems(a, r)
				continue
			}
			if lid == nil {
				if paragraphs(a) >= m && len(r.Items) == 0 {
					// an older article whose leden are paragraphs without
					// numbers: "het eerste lid" is the first paragraph
					r.Targets = append(r.Targets, a.ID)
					continue
				}
				if m > 0 {
					r.Missing = append(r.Missing, a.Label+", "+ordinalLid(m))
				}
				continue
			}
			if r.itemsOf != nil {
				// several groups of leden, each with its own onderdelen
				if its := r.itemsOf[m]; len(its) > 0 {
					t, miss := itemTargets(lid, r, its)
					r.Targets = append(r.Targets, t...)
					r.Missing = append(r.Missing, miss...)
				} else {
					r.Targets = append(r.Targets, lid.ID)
				}
				continue
			}
			if len(r.Items) > 0 || len(r.Subs) > 0 {
				items(lid, r)
				continue
			}
			r.Targets = append(r.Targets, lid.ID)
		}
	}
}

var divisionKinds = map[string]clause.Kind{
	"hoofdstuk": clause.Hoofdstuk, "paragraaf": clause.Paragraaf, "afdeling": clause.Afdeling,
	"titel": clause.Titel, "deel": clause.Deel, "boek": clause.Boek, "subparagraaf": clause.Subparagraaf,
}

func ordinalLid(n int) string {
	if w := clause.Ordinal(n); w != "" {
		return w + " lid"
	}
	return "lid " + strconv.Itoa(n)
}

// paragraphs counts the paragraphs of an article without leden.
func paragraphs(a *clause.Unit) int {
	for _, c := range a.Children {
		if c.Kind == clause.Lid {
			return 0
		}
	}
	if a.Text == "" {
		return 0
	}
	return strings.Count(a.Text, "\n") + 1
}

func member(a *clause.Unit, n int) *clause.Unit {
	var leden []*clause.Unit
	for _, c := range a.Children {
		if c.Kind == clause.Lid {
			leden = append(leden, c)
		}
	}
	if n < 0 && len(leden) >= -n {
		return leden[len(leden)+n]
	}
	for _, c := range leden {
		if c.Number == strconv.Itoa(n) {
			return c
		}
	}
	return nil
}

// items resolves the onderdelen and subonderdelen of r under base.
func items(base *clause.Unit, r *Reference) {
	t, m := itemTargets(base, r, r.Items)
	r.Targets = append(r.Targets, t...)
	r.Missing = append(r.Missing, m...)
}

// itemTargets resolves the onderdelen letters (and r's subonderdelen)
// under base: the units found and the labels of those that are missing.
func itemTargets(base *clause.Unit, r *Reference, letters []string) (targets, missing []string) {
	if r.UpperItems && len(letters) > 0 && (clause.IsRoman(base.Number) || child(base, clause.Onderdeel, letters[0]) == nil) {
		// the lettered parts of an amending article (“artikel I, onderdeel
		// A”) are not units of the model, and in a consolidated text they
		// are gone: the article is the target
		return []string{base.ID}, nil
	}
	if len(letters) == 0 {
		// "onder 2°" alone: subonderdelen of the unit itself
		for _, s := range r.Subs {
			c := child(base, clause.Subonderdeel, s)
			if c == nil {
				// "artikel 28, eerste lid, onder 3°": a list numbered 1°,
				// 2° directly in a lid is a list of onderdelen
				c = child(base, clause.Onderdeel, s)
			}
			if c != nil {
				targets = append(targets, c.ID)
			} else if !r.Relative {
				// relative sub-references are too loose to call missing
				missing = append(missing, base.Label+", onder "+s)
			}
		}
		return targets, missing
	}
	for _, l := range letters {
		ond := child(base, clause.Onderdeel, l)
		if ond == nil {
			if !r.Relative {
				missing = append(missing, base.Label+", onderdeel "+l)
			}
			continue
		}
		if len(r.Subs) == 0 || l != letters[len(letters)-1] {
			// "onderdelen d, e en h, onder 3°": the subonderdeel belongs
			// to the last onderdeel
			targets = append(targets, ond.ID)
			continue
		}
		for _, s := range r.Subs {
			if c := child(ond, clause.Subonderdeel, s); c != nil {
				targets = append(targets, c.ID)
			} else {
				missing = append(missing, ond.Label+", onder "+s)
			}
		}
	}
	return targets, missing
}

// articleItems resolves onderdelen cited on an article without a lid
// (“artikel 9, aanhef en onder a”, “artikel 362, onder 2°”). When the
// article has leden, older laws mean the lid that holds the list: the
// reference resolves when one of the leden has all the onderdelen cited.
func articleItems(a *clause.Unit, r *Reference) {
	t, m := itemTargets(a, r, r.Items)
	if len(m) > 0 {
		for _, c := range a.Children {
			if c.Kind != clause.Lid {
				continue
			}
			if lt, lm := itemTargets(c, r, r.Items); len(lm) == 0 && len(lt) > 0 {
				t, m = lt, nil
				break
			}
		}
	}
	r.Targets = append(r.Targets, t...)
	r.Missing = append(r.Missing, m...)
}

func child(u *clause.Unit, kind clause.Kind, num string) *clause.Unit {
	for _, c := range u.Children {
		if c.Kind == kind && strings.EqualFold(c.Number, num) {
			return c
		}
	}
	return nil
}

func allUnits(doc *clause.Document) []*clause.Unit {
	var out []*clause.Unit
	for _, u := range doc.Body {
		u.Walk(func(x *clause.Unit) bool {
			out = append(out, x)
			return true
		})
	}
	return out
}
