package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a unit's text.
type token struct {
	text  string // as written
	low   string // lower case
	start int    // byte offsets in the text
	end   int
	punct bool
}

// tokenize splits text into words and punctuation. A word keeps inner
// periods, colons, degree signs, hyphens and slashes between letters or
// digits ("1.7", "3:40", "1°", "EU-burger", "en/of" is three tokens).
func tokenize(text string) []token {
	var toks []token
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			start := i
			i += n
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '°' {
					i += n
					continue
				}
				if (r == '.' || r == ':' || r == '-') && i+n < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+n:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
						// "1.7", "3:40", "EU-burger"; but not "a.b" words
						prev, _ := utf8.DecodeLastRuneInString(text[start:i])
						if r == '-' || unicode.IsDigit(prev) || unicode.IsDigit(r2) {
							i += n
							continue
						}
					}
				}
				break
			}
			w := text[start:i]
			toks = append(toks, token{text: w, low: strings.ToLower(w), start: start, end: i})
		default:
			toks = append(toks, token{text: text[i : i+n], low: text[i : i+n], start: i, end: i + n, punct: true})
			i += n
		}
	}
	return toks
}
