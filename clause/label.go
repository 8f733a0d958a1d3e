package clause

import (
	"strconv"
	"strings"
)

var ordinalsBelow20 = [...]string{"", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde",
	"zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende",
	"vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende"}

var cardinalUnits = [...]string{"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"}

var cardinalTens = [...]string{"", "", "twintig", "dertig", "veertig", "vijftig", "zestig",
	"zeventig", "tachtig", "negentig"}

// Ordinal returns the Dutch ordinal word for n (1 ≤ n ≤ 199): 1 "eerste",
// 22 "tweeëntwintigste", 100 "honderdste". Other values give "".
func Ordinal(n int) string {
	switch {
	case n <= 0 || n >= 200:
		return ""
	case n < 20:
		return ordinalsBelow20[n]
	case n == 100:
		return "honderdste"
	case n > 100:
		rest := Ordinal(n - 100)
		if n-100 < 20 {
			return "honderd" + rest
		}
		return "honderd" + rest
	}
	return cardinal(n) + "ste"
}

// cardinal spells 20 ≤ n ≤ 99 as one word, with a trema where two e's meet.
func cardinal(n int) string {
	tens, units := n/10, n%10
	if units == 0 {
		return cardinalTens[tens]
	}
	u := cardinalUnits[units]
	join := "en"
	if strings.HasSuffix(u, "e") {
		join = "ën"
	}
	return u + join + cardinalTens[tens]
}

var ordinalIndex = func() map[string]int {
	m := map[string]int{"laatste": -1, "voorlaatste": -2}
	for n := 1; n < 200; n++ {
		w := Ordinal(n)
		m[w] = n
		// accept the trema-less spelling on input
		m[strings.ReplaceAll(w, "ë", "e")] = n
	}
	// a misspelling seen in the wild
	m["achtiende"] = 18
	return m
}()

// ParseOrdinal returns the number of a Dutch ordinal word ("tweede" → 2). It
// returns -1 for "laatste" and -2 for "voorlaatste".
func ParseOrdinal(w string) (int, bool) {
	n, ok := ordinalIndex[strings.ToLower(w)]
	return n, ok
}

var kindWord = map[Kind]string{
	Boek: "boek", Deel: "deel", Hoofdstuk: "hoofdstuk", Titel: "titel", Afdeling: "afdeling",
	Paragraaf: "paragraaf", Subparagraaf: "subparagraaf",
}

// label computes the legal label of u from its kind, number and parent.
func label(u *Unit) string {
	parent := ""
	if u.Parent != nil {
		parent = u.Parent.Label
	}
	switch u.Kind {
	case Artikel:
		if u.Number == "" || strings.EqualFold(u.Number, "enig") {
			return "enig artikel"
		}
		return "artikel " + u.Number
	case Lid:
		if n, err := strconv.Atoi(u.Number); err == nil && Ordinal(n) != "" {
			return joinLabel(parent, Ordinal(n)+" lid")
		}
		if u.Number == "" {
			return parent
		}
		return joinLabel(parent, "lid "+u.Number)
	case Onderdeel:
		if u.Number == "" {
			return parent
		}
		return joinLabel(parent, "onderdeel "+u.Number)
	case Subonderdeel:
		if u.Number == "" {
			return parent
		}
		return joinLabel(parent, "onder "+u.Number)
	case Toelichting:
		return "toelichting"
	case ToelichtingSectie:
		if u.Heading != "" {
			return "toelichting, " + u.Heading
		}
		return "toelichting, algemeen deel"
	case ToelichtingArtikel:
		return "toelichting op artikel " + u.Number
	}
	if w, ok := kindWord[u.Kind]; ok {
		own := strings.TrimSpace(w + " " + u.Number)
		if u.Parent != nil && u.Parent.Kind.IsDivision() && !strings.Contains(u.Number, ".") {
			return joinLabel(parent, own)
		}
		return own
	}
	return parent
}

func joinLabel(parent, own string) string {
	if parent == "" {
		return own
	}
	return parent + ", " + own
}

// CleanNumber trims white space, a trailing period or closing parenthesis
// and a leading "§" from a number as written in the source.
func CleanNumber(s string) string {
	s = strings.Join(strings.Fields(s), "")
	s = strings.TrimPrefix(s, "§")
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ')' || s[len(s)-1] == ':') {
		s = s[:len(s)-1]
	}
	s = strings.TrimPrefix(s, "(")
	return s
}
