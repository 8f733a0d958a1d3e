package facts

import (
	"regexp"
	"sort"
	"strings"
)

// This file holds a small model of Dutch clause structure that the
// hardship facts (effects, mitigations, presumptions) share: whether a word
// stands in the main clause or in a subordinate one, whether the clause is
// a power (kan, mag, is bevoegd) or a duty, and whether it is negated.
//
// Dutch helps: a subordinate clause puts its finite verb last and keeps a
// separable verb whole ("indien het college de kosten terugvordert"), a
// main clause puts the finite verb second and splits it ("het college
// vordert de kosten terug"). Legislative text marks most clause boundaries
// with commas. The model uses both signals and nothing more: it is a
// heuristic, tested on the shapes that occur in the laws of the corpus.

var (
	// subordinatorRe starts a subordinate clause: a conjunction or a
	// relative pronoun. "als" only as a conjunction ("als bedoeld in" is a
	// reference); "dat" and "die" also as relatives.
	subordinatorRe = regexp.MustCompile(`(?i)\b(?:indien|wanneer|zodra|nadat|voordat|voor ?zover|tenzij|mits|ingeval|in geval|omdat|doordat|terwijl|zolang|opdat|totdat|hoewel|ongeacht (?:of|de vraag)|zonder dat|als(?:\s+(?:bedoeld|genoemd|omschreven|vermeld|opgenomen|aangewezen|vastgesteld|gedefinieerd)\b)?|dat|die|welke|wie|wier|wiens|hetgeen|waar(?:van|over|op|in|mee|bij|door|uit|voor|aan|na|toe|onder|tegen))\b`)
	// finiteRe are finite verbs that close a subordinate clause before the
	// main verb ("indien de subsidie niet is besteed wordt zij …").
	finiteRe = regexp.MustCompile(`(?i)\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|mag|mogen|moet|moeten|zal|zullen|zou|zouden|blijkt|bestaat|bestaan|ontvangt|ontvangen|verkeert|verkeren|voldoet|voldoen|beschikt|woont|wonen)\b`)
	// powerRe makes a clause a power rather than a duty.
	powerRe = regexp.MustCompile(`(?i)\b(?:kan|kunnen|mag|mogen|is bevoegd|zijn bevoegd|bevoegd|vermag)\b`)
	// negRe negates a clause.
	clauseNegRe = regexp.MustCompile(`(?i)\b(?:niet|geen|nimmer|nooit|noch)\b`)
)

// boundaries are the characters that end a clause segment.
const boundaries = ",;:()"

// segmentStart returns the byte offset where the comma-delimited segment
// holding position i of s starts.
func segmentStart(s string, i int) int {
	if i > len(s) {
		i = len(s)
	}
	if j := strings.LastIndexAny(s[:i], boundaries); j >= 0 {
		return j + 1
	}
	return 0
}

// subordinateAt reports whether the word at byte offset i of sentence s
// stands in a subordinate clause. It walks the sentence up to i: a
// conjunction or relative pronoun opens a clause, a finite verb closes the
// innermost open one (subordinate clauses end in their verb), and a finite
// verb right after a comma starts the main clause ("Indien …, wordt …").
// Demonstratives ("van die wet", "Dat bedrag …") open nothing.
func subordinateAt(s string, i int) bool {
	if i > len(s) {
		i = len(s)
	}
	prefix := clusterTailRe.ReplaceAllString(s[:i], "")
	if k := strings.LastIndexByte(prefix, ','); k >= 0 && strings.TrimSpace(prefix[k+1:]) == "" && !referenceTailRe.MatchString(prefix[:k]) {
		return false // the finite verb right after a fronted clause: "Indien …, wordt …"
	}
	type event struct {
		at   int
		kind byte // 'o' opens, 'f' finite verb, ',' comma
	}
	var evs []event
	for _, l := range subordinatorRe.FindAllStringIndex(prefix, -1) {
		w := strings.ToLower(prefix[l[0]:l[1]])
		if strings.HasPrefix(w, "als") && !alsConjRe.MatchString(prefix[l[0]:]) {
			continue // "als bedoeld in", "als gevolg van", "als partner": not a clause
		}
		if (w == "dat" || w == "die") && demonstrative(prefix[:l[0]], strings.TrimSpace(prefix[:l[0]]) == "") {
			continue
		}
		evs = append(evs, event{l[0], 'o'})
	}
	for _, l := range finiteRe.FindAllStringIndex(prefix, -1) {
		evs = append(evs, event{l[0], 'f'})
	}
	for k := 0; k < len(prefix); k++ {
		if prefix[k] == ',' && !referenceTailRe.MatchString(prefix[:k]) {
			evs = append(evs, event{k, ','})
		}
	}
	sort.Slice(evs, func(a, b int) bool { return evs[a].at < evs[b].at })
	open, afterComma := 0, false
	for _, e := range evs {
		switch e.kind {
		case ',':
			afterComma = true
			continue
		case 'o':
			open++
		case 'f':
			if afterComma && strings.TrimSpace(prefix[strings.LastIndexByte(prefix[:e.at], ',')+1:e.at]) == "" {
				open = 0
			} else if open > 0 {
				open--
			}
		}
		afterComma = false
	}
	return open > 0
}

var (
	// alsConjRe: "als" opens a clause when a subject follows it.
	alsConjRe = regexp.MustCompile(`(?i)^als\s+(?:de|het|een|hij|zij|ze|er|deze|dit|die|dat|zijn|haar|hun|iemand|niemand|men|u|wij|daarbij|daarvan|uit|na|binnen|op|in)\b`)
	// referenceTailRe: a comma after a reference part ("artikel 58,
	// eerste lid,") belongs to the reference, not to the clause structure.
	referenceTailRe = regexp.MustCompile(`(?i)(?:\blid|\bonderdeel\s+\w+|\bonder\s+\d+°|\baanhef|\bartikel(?:en)?\s+[\w.:]+|\bvolzin|\bzin)\s*$`)
	// clusterTailRe: a word in a verb cluster ("is of wordt teruggevorderd",
	// "… is verrekend") belongs to the clause of the auxiliary before it.
	clusterTailRe = regexp.MustCompile(`(?i)\b(?:is|zijn|wordt|worden|was|werd)\s+(?:of|en)\s*$|\b(?:is|zijn|wordt|worden|was|werd)\s*$`)
)

// firstSubordinator returns the offset of the first conjunction or
// relative pronoun in s that opens a clause, or -1.
func firstSubordinator(s string) int {
	for _, l := range subordinatorRe.FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[l[0]:l[1]])
		if strings.HasPrefix(w, "als") && !alsConjRe.MatchString(s[l[0]:]) {
			continue
		}
		if (w == "dat" || w == "die") && demonstrative(s[:l[0]], false) {
			continue
		}
		return l[0]
	}
	return -1
}

// A preposition before "die" or "dat" (the prepositions set of actors.go)
// makes it a demonstrative ("van die wet", "op dat tijdstip"), not a
// relative pronoun.

// demonstrative reports whether "die" or "dat" after the text before is a
// demonstrative: at the start of the sentence or after a preposition.
func demonstrative(before string, sentenceStart bool) bool {
	f := strings.Fields(strings.ToLower(before))
	if len(f) == 0 {
		return sentenceStart
	}
	return prepositions[f[len(f)-1]]
}

// mainSegments returns the parts of s before position i that belong to the
// main clause: segments that do not open with a conjunction or relative.
func mainSegments(s string, i int) []string {
	var out []string
	start := 0
	for start < i {
		end := strings.IndexAny(s[start:i], boundaries)
		if end < 0 {
			end = i
		} else {
			end += start
		}
		seg := s[start:end]
		if !opensSubordinate(seg) {
			out = append(out, seg)
		}
		start = end + 1
	}
	return out
}

// opensSubordinate reports whether a segment starts with a conjunction or
// a relative pronoun (after optional white space).
func opensSubordinate(seg string) bool {
	t := strings.TrimSpace(seg)
	l := subordinatorRe.FindStringIndex(t)
	if l == nil || l[0] != 0 {
		return false
	}
	return !strings.HasPrefix(strings.ToLower(t[:l[1]]), "als ")
}

// powerBefore reports whether the main clause leading up to position i of
// s is a power: kan, mag, is bevoegd. Subordinate segments do not count
// ("indien het college kan aantonen, wordt …").
func powerBefore(s string, i int) bool {
	if powerRe.MatchString(s[segmentStart(s, i):i]) {
		return true // the clause of the word itself
	}
	for _, seg := range mainSegments(s, i) {
		if powerRe.MatchString(seg) {
			return true
		}
	}
	return false
}

// negatedBetween reports whether s[from:to] holds a negation outside an
// embedded subordinate clause ("wordt, indien hij niet meewerkt,
// teruggevorderd" is not negated).
func negatedBetween(s string, from, to int) bool {
	if from < 0 || to > len(s) || from >= to {
		return false
	}
	part := s[from:to]
	start := 0
	for start <= len(part) {
		end := strings.IndexAny(part[start:], boundaries)
		if end < 0 {
			end = len(part)
		} else {
			end += start
		}
		seg := part[start:end]
		if !(start > 0 && opensSubordinate(seg)) && clauseNegRe.MatchString(seg) {
			return true
		}
		start = end + 1
	}
	return false
}
