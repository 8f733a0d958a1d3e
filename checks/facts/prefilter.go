package facts

import "strings"

// mayContain reports whether text may contain word (lower-case ASCII) in any
// case. It is a cheap test before a case-insensitive regular expression
// that requires word literally: it never says no where the expression could
// match. Runes that Go's (?i) folds onto ASCII letters (ſ onto s, the
// Kelvin sign onto k) make it say yes.
func mayContain(text, word string) bool {
	if len(word) == 0 {
		return true
	}
	first := word[0]
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i]|0x20 == first && strings.EqualFold(text[i:i+len(word)], word) {
			return true
		}
	}
	return strings.ContainsRune(text, 'ſ') || strings.ContainsRune(text, '\u212A')
}
