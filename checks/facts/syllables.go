package facts

import (
	"strings"
	"unicode"
)

// Syllables counts the syllables of a Dutch word with wetlint's own
// vowel-group counter (see docs/doenvermogen.md and DEPENDENCIES.md §6).
//
// A word is read as a sequence of vowel units, each one syllable: the
// long vowels and diphthongs of Dutch (aa, ee, oo, uu, ie, oe, eu, ui, ei,
// ij, ou, au, and aai, ooi, oei, eeu, ieu, eau) count once; any other run
// of vowels splits into one unit per letter, so that hiatus words count
// right (the-o-rie, ja-nu-a-ri, so-ci-aal, ra-di-o, bi-os-coop). A vowel
// with a diaeresis (ë, ï, ö, ü, ä) always starts a new unit (be-ëin-di-gen,
// ge-ïn-for-meerd, pa-ti-ënt). "y" counts as a vowel (sys-teem). A word
// without vowels (an abbreviation such as "Awb" without one, or a number)
// counts as one syllable. Hyphenated words count per part.
func Syllables(word string) int {
	n := 0
	for _, part := range strings.FieldsFunc(word, func(r rune) bool { return r == '-' || r == '/' }) {
		n += partSyllables(part)
	}
	if n == 0 {
		return 1
	}
	return n
}

// units are the vowel sequences that make one syllable, longest first.
var vowelUnits = []string{"aai", "ooi", "oei", "eeu", "ieu", "eau", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au"}

func partSyllables(w string) int {
	rs := []rune(accents.Replace(strings.ToLower(w)))
	n := 0
	for i := 0; i < len(rs); {
		if !isVowel(rs, i) {
			i++
			continue
		}
		// a run of vowels [i, j)
		j := i + 1
		for j < len(rs) && isVowel(rs, j) {
			j++
		}
		n += vowelRun(rs[i:j])
		i = j
	}
	if n == 0 && len(rs) > 0 {
		// "Awb" has one; digits and consonant clusters count as one
		return 1
	}
	return n
}

// vowelRun counts the units of one run of vowels.
func vowelRun(run []rune) int {
	n := 0
	for i := 0; i < len(run); {
		n++
		if diaeresis(run[i]) {
			// ë starts a unit; "ëi" (beëindigen) is still one unit
			plain := string(undiaeresis(run[i]))
			i++
			if i < len(run) && !diaeresis(run[i]) && unitAt(plain+string(run[i:])) == 2 {
				i++
			}
			continue
		}
		i += unitAt(string(run[i:]))
	}
	return n
}

// accents drops the accents that only mark stress (één, vóór, café); a
// diaeresis is kept, it splits vowels.
var accents = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "á", "a", "à", "a", "â", "a",
	"ó", "o", "ò", "o", "ô", "o", "ú", "u", "ù", "u", "û", "u", "í", "i", "ì", "i", "î", "i")

// unitAt returns the length in runes of the vowel unit at the start of s
// (at least 1).
func unitAt(s string) int {
	for _, u := range vowelUnits {
		if strings.HasPrefix(s, u) {
			return len([]rune(u))
		}
	}
	return 1
}

func isVowel(rs []rune, i int) bool {
	switch rs[i] {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ë', 'ï', 'ö', 'ü', 'ä':
		// "ij" is a vowel unit; the j is taken with the i
		return true
	case 'j':
		return i > 0 && rs[i-1] == 'i'
	}
	return false
}

func diaeresis(r rune) bool {
	switch r {
	case 'ë', 'ï', 'ö', 'ü', 'ä':
		return true
	}
	return false
}

func undiaeresis(r rune) rune {
	switch r {
	case 'ë':
		return 'e'
	case 'ï':
		return 'i'
	case 'ö':
		return 'o'
	case 'ü':
		return 'u'
	case 'ä':
		return 'a'
	}
	return r
}

// isWord reports whether a token counts as a word for readability: it
// holds a letter or a digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
