package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
)

// formal returns the form the Ar prescribe (Ar 3.29) for a reference
// written in an informal form ("artikel 5 lid 2 sub a" → "artikel 5,
// tweede lid, onderdeel a"; "lid 2" → "het tweede lid"; "art. 5" →
// "artikel 5"; "§ 3" → "paragraaf 3"). proper is the reference as written
// without its scope, tail the scope as written (" van de Wet X"). It
// returns "" when the reference cannot be rewritten mechanically: a
// volzin, a range, several articles with leden or onderdelen, a bare
// "aanhef".
func formal(r Reference, before, proper, tail, after string) string {
	// one item of a list of articles: "366 lid 2" in "de artikelen 365, 366
	// lid 2" (read with its number, or after the reference that took the
	// number); and a reference followed by "tot en met" was read only in
	// part: neither is rewritten
	if startsWithDigit(strings.ToLower(proper)) || strings.HasPrefix(strings.TrimLeft(after, " ,"), "tot en met") ||
		len(r.Articles) == 0 && r.Division == "" && afterNumber.MatchString(before) {
		return ""
	}
	out := arForm(r, before, proper, tail)
	// "in artikel 2 sub a wordt" becomes "in artikel 2, onderdeel a,
	// wordt": a reference with commas inside is closed by one when the
	// sentence goes on
	if strings.Contains(out, ", ") && !strings.HasSuffix(out, ",") && continuesSentence(after) {
		out += ","
	}
	return out
}

// arForm writes the reference r in the form of Ar 3.29, "" when that is
// not mechanical.
func arForm(r Reference, before, proper, tail string) string {
	low := strings.ToLower(proper)
	if strings.Contains(low, "volzin") || strings.Contains(low, " zin") || strings.Contains(low, "tot en met") {
		return ""
	}
	// "leden 1 en 4": the parser keeps only the first number
	if strings.Contains(low, "leden") && len(r.Members) < 2 {
		return ""
	}
	if r.Aanhef && len(r.Items) == 0 && len(r.Subs) == 0 {
		return ""
	}
	connector := "en"
	if strings.Contains(low, " of ") {
		connector = "of"
	}
	var parts []string
	switch {
	case r.Division != "":
		if r.Kind != "paragraaf" {
			return ""
		}
		parts = append(parts, "paragraaf "+r.Division)
	case len(r.Articles) == 1:
		parts = append(parts, "artikel "+r.Articles[0])
	case len(r.Articles) > 1:
		// "artt. 33 en 34" → "de artikelen 33 en 34"; only a plain list (a
		// range was refused above)
		if len(r.Members)+len(r.Items)+len(r.Subs) > 0 {
			return ""
		}
		head := "de artikelen "
		if strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), " de") {
			head = "artikelen "
		}
		parts = append(parts, head+list(r.Articles, connector))
	}
	if len(r.Members) > 0 {
		words := make([]string, len(r.Members))
		for i, n := range r.Members {
			switch {
			case n == -1:
				words[i] = "laatste"
			case n == -2:
				words[i] = "voorlaatste"
			default:
				words[i] = clause.Ordinal(n)
			}
			if words[i] == "" {
				return ""
			}
		}
		m := list(words, connector) + " lid"
		if len(parts) == 0 {
			m = "het " + m
		}
		parts = append(parts, m)
	}
	if len(r.Items) > 0 {
		items := append([]string(nil), r.Items...)
		if r.UpperItems || upperItem.MatchString(proper) {
			for i := range items {
				items[i] = strings.ToUpper(items[i])
			}
		}
		noun := "onderdeel "
		if len(items) > 1 {
			noun = "onderdelen "
		}
		if r.Aanhef {
			noun = "aanhef en " + noun
		}
		parts = append(parts, noun+list(items, connector))
	}
	if len(r.Subs) > 0 {
		parts = append(parts, "onder "+list(r.Subs, connector))
	}
	if len(parts) == 0 {
		return ""
	}
	out := strings.Join(parts, ", ")
	if len(parts) > 1 && strings.HasPrefix(tail, " van ") {
		tail = "," + tail
	}
	out += tail
	if first, _ := utf8.DecodeRuneInString(proper); unicode.IsUpper(first) {
		f, n := utf8.DecodeRuneInString(out)
		out = string(unicode.ToUpper(f)) + out[n:]
	}
	return out
}

// continuesSentence reports whether the text after a reference goes on
// with a word that is not part of it ("wordt", "is"), not with punctuation
// or a word that extends it ("en", "of", "tot").
func continuesSentence(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 {
		return false
	}
	first := strings.ToLower(strings.TrimRight(w[0], ".,;:"))
	if first != w[0] || first == "" {
		return false // punctuation follows the word: "… onderdeel a en b."
	}
	switch first {
	case "en", "of", "tot", "dan", "onderscheidenlijk", "respectievelijk", "juncto", "jo":
		return false
	}
	r := first[0]
	return r >= 'a' && r <= 'z'
}

var (
	afterNumber = regexp.MustCompile(`\d[a-z]*\s*,?\s*$`)
	upperItem   = regexp.MustCompile(`\b(?:[Oo]nderdeel|[Oo]nderdelen|[Oo]nder|[Ss]ub|[Ll]etter)\s+[A-Z]\b`)
)

// list joins words as Dutch does: "a", "a en b", "a, b en c".
func list(words []string, connector string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + connector + " " + words[len(words)-1]
}
