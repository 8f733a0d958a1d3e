package facts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// A Number is an article number taken apart, for the numbering rules.
type Number struct {
	Unit   string `json:"unit"`
	Number string `json:"number"` // as written
	// Style is "arabic" (3, 3a), "dotted" (1.7, per chapter), "colon"
	// (3:40, per book or chapter), "roman" (I, II in amending acts),
	// "enig" (Enig artikel) or "other".
	Style   string `json:"style"`
	Chapter string `json:"chapter,omitempty"` // the part before the dot or colon
	Base    int    `json:"base"`              // the numeric part (Roman numerals converted); 0 for "other"
	Suffix  string `json:"suffix,omitempty"`  // inserted-article letters ("a" in 14a) or "bis", "ter"
	Status  string `json:"status,omitempty"`  // "vervallen" when the source says so
	// DuplicateOf is the id of an earlier article with the same number,
	// "" when the number is the first of its kind.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

var (
	arabicRe = regexp.MustCompile(`^(\d+)([a-z]*)$`)
	dottedRe = regexp.MustCompile(`^(\d+[a-zA-Z]?(?:\.\d+[a-zA-Z]?)*)\.(\d+)([a-z]*)$`)
	colonRe  = regexp.MustCompile(`^(\d+[a-zA-Z]?(?:\.\d+)?):(\d+)([a-z]*)$`)
	romanXRe = regexp.MustCompile(`^([IVXLC]+)([A-Za-z]*)$`)
)

// numbering lists the articles of the regulation itself (not quoted ones)
// in document order, with their numbers taken apart.
func numbering(doc *clause.Document) []Number {
	var out []Number
	first := map[string]string{}
	for _, a := range doc.Articles() {
		if a.Quoted || (a.Parent != nil && a.Parent.Kind == clause.Artikel) {
			continue
		}
		n := ParseNumber(a.ID, a.Number, a.Status)
		key := strings.ToLower(a.Number)
		if id, seen := first[key]; seen && key != "" {
			n.DuplicateOf = id
		} else {
			first[key] = a.ID
		}
		out = append(out, n)
	}
	return out
}

// ParseNumber takes an article number apart.
func ParseNumber(unit, num, status string) Number {
	n := Number{Unit: unit, Number: num, Style: "other", Status: status}
	switch {
	case num == "":
		n.Style = "enig"
	case arabicRe.MatchString(num):
		m := arabicRe.FindStringSubmatch(num)
		n.Style, n.Suffix = "arabic", m[2]
		n.Base, _ = strconv.Atoi(m[1])
	case dottedRe.MatchString(num):
		m := dottedRe.FindStringSubmatch(num)
		n.Style, n.Chapter, n.Suffix = "dotted", m[1], m[3]
		n.Base, _ = strconv.Atoi(m[2])
	case colonRe.MatchString(num):
		m := colonRe.FindStringSubmatch(num)
		n.Style, n.Chapter, n.Suffix = "colon", m[1], m[3]
		n.Base, _ = strconv.Atoi(m[2])
	case romanXRe.MatchString(num):
		m := romanXRe.FindStringSubmatch(num)
		if v := romanValue(m[1]); v > 0 {
			n.Style, n.Base, n.Suffix = "roman", v, strings.ToLower(m[2])
		}
	}
	return n
}

func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 399 {
		return 0
	}
	return total
}
