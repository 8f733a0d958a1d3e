package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period but do not end a sentence. Lower case,
// without the final period.
var abbreviations = map[string]bool{
	"art": true, "artt": true, "jo": true, "o.a": true, "bijv": true, "enz": true, "nr": true,
	"nrs": true, "blz": true, "stb": true, "stcrt": true, "trb": true, "kamerstukken": false,
	"e.d": true, "i.p.v": true, "m.b.t": true, "t.a.v": true, "d.w.z": true, "c.q": true,
	"z.o.z": true, "mr": true, "dr": true, "prof": true, "ir": true, "ing": true, "drs": true,
	"ca": true, "incl": true, "excl": true, "resp": true, "vgl": true, "zgn": true, "jl": true,
	"e.v": true, "n.v": true, "b.v": true, "mln": true, "mld": true, "min": true, "max": true,
	"gem": true, "bv": true, "nv": true, "vs": true, "etc": true, "o.m": true, "t.z.t": true,
	"a.s": true, "z.g": true, "i.v.m": true, "m.u.v": true, "p": true, "pag": true, "par": true,
	"hfdst": true, "afd": true, "sub": true, "lett": true, "no": true, "kon": true, "bk": true,
	"e.a": true, "u": true, "w.o": true, "v.w.b": true, "t.b.v": true, "i.h.b": true, "m.i.v": true,
	"st": true, "sr": true, "sv": true, "rv": true, "bw": false, "awb": false, "o": true,
}

// SplitSentences splits normalised legal text into sentences and returns
// their byte ranges, trimmed of white space. A sentence ends at a paragraph
// break, or at ".", "!" or "?" followed by white space and a capital letter,
// a digit or an opening bracket, unless the word before the period is a
// legal abbreviation (art., jo., o.a., bijv., enz., nr., Stb., …) or an
// initial.
func SplitSentences(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && IsSpace(rune(text[s])) {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// the next character must be a space, then a sentence starter
		if i+1 >= len(text) || text[i+1] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+2:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '(' || next == '‘' || next == '"' || next == '\'' || next == '“') {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			continue
		}
		emit(i + 1)
		start = i + 1
	}
	emit(len(text))
	return out
}

// isAbbreviation reports whether the text before a period ends in a legal
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	j := strings.LastIndexAny(before, " (\n")
	w := before[j+1:]
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) { // an initial: "M.J.A. van"
		return true
	}
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		return true
	}
	// initials written together: "M.J.A"
	if strings.Count(w, ".") >= 1 && len(w) <= 8 && !strings.ContainsAny(w, "0123456789") {
		parts := strings.Split(w, ".")
		short := true
		for _, p := range parts {
			if utf8.RuneCountInString(p) > 1 {
				short = false
			}
		}
		if short {
			return true
		}
	}
	return false
}
