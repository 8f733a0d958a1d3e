package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Kinds of entry-into-force clause (an inwerkingtredingsbepaling and its
// relatives).
const (
	EntryDate        = "date"        // "treedt in werking met ingang van 1 januari 2027", "op 1 juli 2026"
	EntryKB          = "kb"          // "op een bij koninklijk besluit te bepalen tijdstip" (or by the minister, by law)
	EntryDayAfter    = "day-after"   // "met ingang van de dag na de datum van uitgifte van het Staatsblad …"
	EntryRelative    = "relative"    // "met ingang van de eerste dag van de tweede kalendermaand na …"
	EntryLinked      = "linked"      // "op het tijdstip waarop de Wet … in werking treedt", "tegelijk met"
	EntryFiction     = "fiction"     // "wordt geacht in werking te zijn getreden"
	EntryRetroactive = "retroactive" // "werkt terug tot en met 1 januari 2026", "met terugwerkende kracht tot en met"
	EntryExpiry      = "expiry"      // "vervalt met ingang van 1 januari 2030": the end, not the entry
	EntryOther       = "other"       // "treedt in werking" with a moment wetlint does not read
)

// An EntryClause is one clause about when (part of) a regulation starts or
// stops to apply.
type EntryClause struct {
	Kind string `json:"kind"`
	// Date is "YYYY-MM-DD" when a full date is named; Day, Month and Year
	// are the parts named (0 when not named: "1 januari" has no year).
	Date  string `json:"date"`
	Day   int    `json:"day"`
	Month int    `json:"month"`
	Year  int    `json:"year"`
	// Authority says who fixes the moment of a kb clause: "koninklijk
	// besluit", "minister", "wet" or "other".
	Authority string `json:"authority"`
	// Subject is what enters into force as written before the verb ("deze
	// wet", "artikel 3", "dit besluit"), lower case; "" when not found.
	Subject string `json:"subject"`
	// Text is the clause from the verb to the moment (or the reverse) and
	// Start, End its byte offsets in the unit's text; When is the moment
	// alone ("met ingang van 1 maart 2027"), WhenStart and WhenEnd where it
	// is (both 0 when no moment is named).
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	When      string `json:"when"`
	WhenStart int    `json:"when_start"`
	WhenEnd   int    `json:"when_end"`
}

var months = map[string]int{
	"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
	"augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

const monthAlt = `januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december`

var (
	// the verbs: main clauses only ("waarop de wet in werking treedt" is not a clause of its own)
	entryVerbRe   = regexp.MustCompile(`(?i)\b(?:treedt|treden)\b(?:[^.;:]{0,120}?)\bin\s+werking\b|\b(?:zal|zullen)\s+(?:[^.;:]{0,40}?\s)?in\s+werking\s+treden\b`)
	conjunctionRe = regexp.MustCompile(`\b(?:dat|indien|zodat|terwijl)\s+([^,;]+?)\s*$`)
	verbLastRe    = regexp.MustCompile(`(?i)\bin\s+werking\s+(?:treedt|treden)\b`)
	fictionRe     = regexp.MustCompile(`(?i)\b(?:wordt|worden)\s+(?:[^.;:]{0,80}?\s)?geacht\s+(?:[^.;:]{0,60}?\s)?in\s+werking\s+te\s+zijn\s+getreden\b`)
	retroRe       = regexp.MustCompile(`(?i)\b(?:werkt|werken)\s+(?:[^.;:]{0,60}?\s)?terug\s+tot(?:\s+en\s+met)?\b|\bterug\s+te\s+werken\s+tot(?:\s+en\s+met)?\b|\bterugwerkt\s+tot(?:\s+en\s+met)?\b|\bmet\s+terugwerkende\s+kracht\s+tot(?:\s+en\s+met)?\b|\bterugwerkende\s+kracht\s+(?:kan\s+)?(?:heeft|hebben|hebbe)\s+tot(?:\s+en\s+met)?\b`)
	expiryRe      = regexp.MustCompile(`(?i)\b(?:vervalt|vervallen)\s+(?:[^.;:]{0,60}?\s)?(?:met\s+ingang\s+van|op|per)\s`)

	// the moments, tried in this order
	whenKBRe       = regexp.MustCompile(`(?i)\b(?:(?:op|met\s+ingang\s+van|per)\s+)?(?:een\s+(?:nader\s+)?(?:(?:bij|door)\s+)?|(?:bij|door)\s+)([^.;]{0,90}?)\s*(?:nader\s+)?(?:te\s+)?(?:bepalen|stellen|vast\s+te\s+stellen)\s+(?:tijdstip(?:pen)?|datum|data|dag|moment)\b`)
	whenRelRe      = regexp.MustCompile(`(?i)\b(?:(?:op|met\s+ingang\s+van|per)\s+)?de\s+eerste\s+dag\s+van\s+(?:de|het)\s+(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|\d+e)\s+)?(?:kalendermaand|maand|kwartaal|kalenderkwartaal|kalenderjaar|jaar)\s+(?:na|volgend(?:e)?\s+op|die\s+volgt\s+op)\b[^.;]{0,120}?\b(?:uitgifte|dagtekening|bekendmaking|publicatie|plaatsing)\b(?:\s+van\s+(?:het|de)\s+(?:staatsblad|staatscourant|publicatieblad|gemeenteblad|provinciaal\s+blad)\b)?|\b(?:(?:op|met\s+ingang\s+van)\s+)?(?:de\s+dag\s+)?(?:\w+)\s+(?:maanden|weken)\s+na\s+(?:de\s+)?(?:datum\s+van\s+)?(?:de\s+)?(?:uitgifte|dagtekening|bekendmaking|publicatie|plaatsing)\b`)
	whenDayAfterRe = regexp.MustCompile(`(?i)\b(?:(?:op|met\s+ingang\s+van|per)\s+)?de\s+((?:[a-z]+(?:ste|de)|\d+e)\s+)?dag\s+(?:na|van|volgende\s+op|volgend\s+op)\s+(?:die\s+)?(?:de\s+|het\s+)?(?:datum\s+|dag\s+)?(?:van\s+)?(?:de\s+)?(?:uitgifte|dagtekening|bekendmaking|publicatie|plaatsing)\b(?:\s+van\s+(?:het|de)\s+(?:staatsblad|staatscourant|publicatieblad|gemeenteblad|provinciaal\s+blad)\b)?|\b(?:terstond|onmiddellijk|direct)\s+na\s+(?:de\s+|zijn\s+|haar\s+)?(?:bekendmaking|afkondiging|publicatie|uitgifte)\b`)
	whenLinkedRe   = regexp.MustCompile(`(?i)\b(?:(?:op|met\s+ingang\s+van|per)\s+)?(?:het(?:zelfde)?\s+tijdstip|de\s+dag|de\s+datum|het\s+moment)\s+(?:waarop|met\s+ingang\s+waarvan|dat|van\s+(?:de\s+|het\s+)?(?:inwerkingtreding|in\s+werking\s+treden))\b|\b(?:op|met\s+ingang\s+van|per)\s+(?:hetzelfde|dat|datzelfde|dezelfde)\s+(?:tijdstip|dag|datum)\b|\btegelijk(?:ertijd)?\s+met\b|\b(?:onmiddellijk|direct)\s+(?:na|voor|voorafgaand\s+aan)\s+(?:het\s+tijdstip|de\s+inwerkingtreding|het\s+in\s+werking\s+treden)\b`)
	whenDateRe     = regexp.MustCompile(`(?i)\b(?:(?:op|met\s+ingang\s+van|per|vanaf|tot\s+en\s+met|tot)\s+)?(\d{1,2})(?:e|ste)?\s+(` + monthAlt + `)(?:\s+(\d{4}))?\b`)

	innerSubjectRe = regexp.MustCompile(`(?i)^(?:treedt|treden)\s+((?:deze|dit|de|het|artikel|artikelen|hoofdstuk|paragraaf|afdeling|onderdeel|titel|zij|hij)\b[^,]{0,80}?)\s+in\s+werking$`)
	subjectRe      = regexp.MustCompile(`(?i)(?:^|[.;:]\s*|\n)((?:deze|dit|de|het|artikel|artikelen|hoofdstuk|paragraaf|afdeling|onderdeel|titel|zij|hij)\b[^.;:\n]{0,200}?)\s*$`)
)

// entryPrefilter is true when text may hold an entry clause.
func entryPrefilter(low string) bool {
	return strings.Contains(low, "in werking") || strings.Contains(low, "terug") || strings.Contains(low, "verval")
}

// Entries finds the entry-into-force clauses (and retroactivity and expiry
// clauses) in a unit's text.
func Entries(text string) []EntryClause {
	low := strings.ToLower(text)
	if !entryPrefilter(low) {
		return nil
	}
	var out []EntryClause
	taken := func(a, b int) bool {
		for _, c := range out {
			if a < c.End && c.Start < b {
				return true
			}
		}
		return false
	}
	add := func(kind string, m []int, limit int) {
		if taken(m[0], m[1]) {
			return
		}
		c := EntryClause{Kind: kind}
		w := findWhen(text, m[0], m[1], kind, limit)
		if w != nil {
			c = *w
			if kind == EntryFiction || kind == EntryRetroactive || kind == EntryExpiry {
				c.Kind = kind
			}
		} else if kind == "" {
			c.Kind = EntryOther
		}
		c.Start, c.End = m[0], m[1]
		if w != nil {
			c.Start, c.End = min(m[0], w.WhenStart), max(m[1], w.WhenEnd)
		}
		c.Text = text[c.Start:c.End]
		c.Subject = entrySubject(text, m[0])
		if sm := innerSubjectRe.FindStringSubmatch(text[m[0]:m[1]]); sm != nil {
			// "Met ingang van 1 januari 2027 treedt deze wet in werking"
			c.Subject = strings.ToLower(strings.TrimSpace(sm[1]))
			for _, w := range []string{" op ", " met ingang ", " per ", " voor "} {
				if i := strings.Index(c.Subject, w); i > 0 {
					c.Subject = c.Subject[:i]
				}
			}
		}
		out = append(out, c)
	}
	for _, m := range fictionRe.FindAllStringIndex(text, -1) {
		add(EntryFiction, m, 80)
	}
	for _, m := range retroRe.FindAllStringIndex(text, -1) {
		add(EntryRetroactive, m, 10)
	}
	for from := 0; from < len(text); {
		m := entryVerbRe.FindStringIndex(text[from:])
		if m == nil {
			break
		}
		m[0], m[1] = m[0]+from, m[1]+from
		if subordinate(low[:m[0]]) && !strings.HasPrefix(low[m[0]:], "zal") && !strings.HasPrefix(low[m[0]:], "zullen") {
			// "… nadat het tot wet is verheven, in werking treedt, treedt
			// deze wet op hetzelfde tijdstip in werking": look again after
			// the verb of the subordinate clause
			from = m[0] + len("treedt")
			continue
		}
		add("", m, 160)
		from = m[1]
	}
	for _, m := range verbLastRe.FindAllStringIndex(text, -1) {
		// "met dien verstande dat artikel 3 in werking treedt op 1 januari
		// 2028": a subordinate clause counts when its moment follows at once
		if taken(m[0], m[1]) {
			continue
		}
		if w := findWhen(text, m[1], m[1], EntryExpiry, 1); w != nil && w.Kind != EntryRetroactive {
			add("", m, 1)
			if sm := conjunctionRe.FindStringSubmatch(strings.ToLower(text[sentenceStart(text, m[0]):m[0]])); sm != nil {
				out[len(out)-1].Subject = strings.TrimSpace(sm[1])
			}
		}
	}
	for _, m := range expiryRe.FindAllStringIndex(text, -1) {
		w := findWhen(text, m[0], m[1], EntryExpiry, 10)
		if w == nil || taken(m[0], m[1]) {
			continue
		}
		add(EntryExpiry, m, 10)
	}
	return out
}

var verbFinalRe = regexp.MustCompile(`(?i)\bin\s+werking\s*$`)

// subordinate reports whether the verb after before is the verb of a
// subordinate clause ("waarop de wet in werking treedt"): Dutch puts the
// verb last there, so "treedt … in werking" is a main clause (also after a
// fronted subordinate clause: "Indien …, treedt deze wet …"), "in werking
// treedt" is not.
func subordinate(before string) bool {
	return verbFinalRe.MatchString(before)
}

// findWhen finds the moment of a clause whose verb is at [a, b): the first
// moment after the verb (at most limit runes of gap), else the nearest one
// before it in the same sentence.
func findWhen(text string, a, b int, kind string, limit int) *EntryClause {
	end := sentenceEnd(text, b)
	// the moment may stand inside the clause ("treedt op 1 juli 2026 in
	// werking", "wordt geacht op 1 januari in werking te zijn getreden")
	// or after it
	if w := firstWhen(text[a:end], b-a, kind, limit); w != nil {
		w.WhenStart += a
		w.WhenEnd += a
		w.When = text[w.WhenStart:w.WhenEnd]
		return w
	}
	if kind == EntryRetroactive || kind == EntryExpiry {
		return nil
	}
	start := sentenceStart(text, a)
	before := text[start:a]
	var best *EntryClause
	for _, re := range []*regexp.Regexp{whenKBRe, whenRelRe, whenDayAfterRe, whenLinkedRe, whenDateRe} {
		ms := re.FindAllStringSubmatchIndex(before, -1)
		if len(ms) == 0 {
			continue
		}
		m := ms[len(ms)-1]
		if strings.TrimSpace(before[m[1]:]) != "" {
			// only a moment right before the verb: "Met ingang van 1 april
			// 2027 treedt deze regeling in werking"
			continue
		}
		if best == nil || m[0] > best.WhenStart {
			best = moment(before, re, m)
		}
	}
	if best != nil {
		best.WhenStart += start
		best.WhenEnd += start
		best.When = text[best.WhenStart:best.WhenEnd]
	}
	return best
}

// firstWhen returns the earliest moment in s that starts at most limit
// bytes after from.
func firstWhen(s string, from int, kind string, limit int) *EntryClause {
	var best *EntryClause
	res := []*regexp.Regexp{whenKBRe, whenRelRe, whenDayAfterRe, whenLinkedRe, whenDateRe}
	if kind == EntryRetroactive || kind == EntryExpiry {
		res = []*regexp.Regexp{whenDateRe, whenLinkedRe, whenDayAfterRe, whenRelRe}
	}
	for _, re := range res {
		m := re.FindStringSubmatchIndex(s)
		if m == nil || (m[0] > from && len(strings.TrimSpace(s[from:m[0]])) > limit) {
			continue
		}
		if best == nil || m[0] < best.WhenStart {
			best = moment(s, re, m)
		}
	}
	if best == nil && kind == EntryRetroactive {
		// "werkt terug tot en met de dag waarop …": a moment we do not read
		rest := strings.TrimSpace(s[from:])
		if rest != "" {
			i := from + strings.Index(s[from:], rest)
			e := len(s)
			if j := strings.IndexAny(s[i:], ",;."); j > 0 {
				e = i + j
			}
			best = &EntryClause{WhenStart: i, WhenEnd: e}
		}
	}
	return best
}

// moment makes the clause of a moment matched by re at m in s.
func moment(s string, re *regexp.Regexp, m []int) *EntryClause {
	c := &EntryClause{WhenStart: m[0], WhenEnd: m[1]}
	switch re {
	case whenKBRe:
		c.Kind = EntryKB
		by := ""
		if m[2] >= 0 {
			by = strings.ToLower(s[m[2]:m[3]])
		}
		switch {
		case strings.Contains(by, "koninklijk") || strings.Contains(by, "ons") || strings.Contains(by, "algemene maatregel"):
			c.Authority = "koninklijk besluit"
		case strings.Contains(by, "minister") || strings.Contains(by, "staatssecretaris") || strings.Contains(by, "ministeri"):
			c.Authority = "minister"
		case strings.Contains(by, "wet"):
			c.Authority = "wet"
		default:
			c.Authority = "other"
		}
	case whenRelRe:
		c.Kind = EntryRelative
	case whenDayAfterRe:
		c.Kind = EntryDayAfter
		if m[2] >= 0 {
			// "de dertigste dag na de datum van uitgifte": a later moment
			// fixed from the publication, not the day after it
			if o := strings.ToLower(strings.TrimSpace(s[m[2]:m[3]])); o != "eerste" && o != "tweede" {
				c.Kind = EntryRelative
			}
		}
	case whenLinkedRe:
		c.Kind = EntryLinked
	case whenDateRe:
		c.Kind = EntryDate
		c.Day, _ = strconv.Atoi(s[m[2]:m[3]])
		c.Month = months[strings.ToLower(s[m[4]:m[5]])]
		if m[6] >= 0 {
			c.Year, _ = strconv.Atoi(s[m[6]:m[7]])
			c.Date = fmt.Sprintf("%04d-%02d-%02d", c.Year, c.Month, c.Day)
		}
	}
	return c
}

func sentenceEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case ';', '\n':
			return i
		case '.':
			// not the dot of "art." or of a number
			if i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				if !abbrevBefore(text[:i]) {
					return i
				}
			}
		}
	}
	return len(text)
}

func sentenceStart(text string, to int) int {
	for i := to - 1; i >= 0; i-- {
		switch text[i] {
		case ';', '\n':
			return i + 1
		case '.':
			if (i+1 < len(text) && text[i+1] == ' ') && !abbrevBefore(text[:i]) {
				return i + 1
			}
		}
	}
	return 0
}

var abbrevRe = regexp.MustCompile(`(?i)\b(?:art|stb|stcrt|nr|jo|o\.a|m\.u\.v|bijv|z\.g|i\.v\.m)$`)

func abbrevBefore(s string) bool { return abbrevRe.MatchString(s) }

// entrySubject returns what the clause is about, as written before the
// verb in the same sentence: "deze wet", "artikel 3", "dit besluit".
func entrySubject(text string, at int) string {
	start := sentenceStart(text, at)
	before := strings.TrimSpace(text[start:at])
	low := strings.ToLower(before)
	s := low
	if m := subjectRe.FindStringSubmatch(low); m != nil {
		s = strings.TrimSpace(m[1])
	}
	// "dit besluit treedt in werking … en werkt terug": the subject of the
	// first verb
	for _, v := range []string{" treedt ", " treden ", " wordt ", " worden "} {
		if i := strings.Index(s, v); i > 0 {
			s = s[:i]
		}
	}
	return s
}
