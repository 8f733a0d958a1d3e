package facts

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// A Deadline is a period within which someone must act, normalised to
// days, with the actor who must meet it.
type Deadline struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets in the unit's text
	End   int    `json:"end"`
	// Days is the period in calendar days: werkdagen count 7/5, a month
	// 30 days, a year 365. It is 0 for vague immediacy.
	Days   int    `json:"days"`
	Amount int    `json:"amount"`
	Unit   string `json:"unit"` // dag, werkdag, week, maand, jaar, kwartaal
	// Vague is true for "onverwijld", "terstond", "zo spoedig mogelijk" …
	Vague bool `json:"vague,omitempty"`
	// Kind is "within" (binnen, uiterlijk, niet later dan), "notice" (ten
	// minste … voor), "period" (a termijn van …), "duration" (gedurende:
	// how long something lasts, not when to act) or "date" (uiterlijk op
	// 1 september; Days is 0).
	Kind      string `json:"kind"`
	Sentence  string `json:"sentence"` // sentence id
	Actor     string `json:"actor"`    // role of who must meet it
	ActorName string `json:"actor_name,omitempty"`
	ActorKind string `json:"actor_kind,omitempty"` // the actor's lemma ("aanvrager")
	// Duty is true when the deadline belongs to a duty of its actor (the
	// sentence obliges the actor to act within it).
	Duty bool `json:"duty,omitempty"`
}

var cardinals = map[string]int{
	"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
	"negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
	"zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
	"veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
	"honderd": 100,
}

// Cardinal parses a Dutch number word or digits: "veertien" 14,
// "eenentwintig" 21, "tweeëntwintig" 22, "6" 6.
func Cardinal(w string) (int, bool) {
	w = strings.ToLower(strings.TrimSpace(w))
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	if n, ok := cardinals[w]; ok {
		return n, true
	}
	w = strings.ReplaceAll(w, "ë", "e")
	for tens, tv := range map[string]int{"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90} {
		if strings.HasSuffix(w, "en"+tens) {
			if u, ok := cardinals[strings.TrimSuffix(w, "en"+tens)]; ok && u < 10 {
				return tv + u, true
			}
		}
	}
	return 0, false
}

const numWord = `(\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|negentig|[a-zë]+en(?:twintig|dertig|veertig|vijftig|zestig))`
const unitWord = `((?:kalender|werk)?dag(?:en)?|weken|week|maanden|maand|jaren|jaar|kwartalen|kwartaal|uren|uur)`

const monthWord = `(` + monthAlt + `)`

var (
	withinRe   = regexp.MustCompile(`(?i)\b(?:binnen(?:\s+een\s+termijn\s+van)?|uiterlijk(?:\s+op)?|niet\s+later\s+dan|ten\s+laatste|voor\s+het\s+verstrijken\s+van)\s+` + numWord + `\s+` + unitWord + `\b`)
	durationRe = regexp.MustCompile(`(?i)\bgedurende\s+(?:ten\s+minste\s+|ten\s+hoogste\s+|maximaal\s+|minimaal\s+)?` + numWord + `\s+` + unitWord + `\b`)
	dateRe     = regexp.MustCompile(`(?i)\b(?:uiterlijk(?:\s+op)?|vóór|niet\s+later\s+dan)\s+(\d{1,2})\s+` + monthWord + `\b`)
	halfRe     = regexp.MustCompile(`(?i)\b(?:binnen|uiterlijk)\s+(een\s+half\s+jaar|een\s+halfjaar|anderhalve?\s+(?:maand|jaar))\b`)
	ordDayRe   = regexp.MustCompile(`(?i)\b(?:uiterlijk|niet\s+later\s+dan)\s+(?:op\s+)?de\s+([a-zë]+(?:de|ste))\s+(werkdag|dag)\b(\s+van\s+(?:de|het|elke|iedere)\s+(?:kalender)?(?:maand|jaar|kwartaal))?`)
	noticeRe   = regexp.MustCompile(`(?i)\b(?:ten\s+minste|minimaal|minstens)\s+` + numWord + `\s+` + unitWord + `\s+(?:voor|voordat|voorafgaand|voorafgaande)\b`)
	periodRe   = regexp.MustCompile(`(?i)\b(?:(?:een|de)\s+)?termijn\s+(?:van|bedraagt)\s+` + numWord + `\s+` + unitWord + `\b`)
	// windowRe: a period between two dates in which to act ("in de periode
	// van 1 tot en met 10 januari", "van 1 maart tot 1 april", "tussen 1
	// en 15 september"); groups: first day, its month (optional), "tot en
	// met" or not, last day, its month
	windowRe = regexp.MustCompile(`(?i)\b(?:(?:in|gedurende|tijdens)\s+de\s+periode\s+)?(?:van(?:af)?|tussen)\s+(\d{1,2})\s+(?:` + monthWord + `\s+)?(tot\s+en\s+met|t/m|tot|en)\s+(\d{1,2})\s+` + monthWord + `\b`)
	afterRe  = regexp.MustCompile(`(?i)\b` + numWord + `\s+` + unitWord + `\s+na\s+(?:de\s+|het\s+)?(?:dagtekening|ontvangst|verzending|bekendmaking|datum|aanvang|ingang|einde|afloop)\b`)
	vagueRe  = regexp.MustCompile(`(?i)\b(onverwijld|terstond|onmiddellijk|per\s+omgaande|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|ten\s+spoedigste|zonder\s+uitstel|direct\s+na|direct\s+nadat)\b`)
	// notVagueRe: "onmiddellijk voorafgaand aan" places a moment, it asks
	// nothing of anyone
	notVagueRe = regexp.MustCompile(`(?i)^\s*(voorafgaand|voorafgaande|voorafgegaan|voorafgaat|volgend|volgende|aansluitend|aansluitende|daaraan|daarop|daarvoor|aan\s+het\s+begin|bij\s+aanvang)\b`)
)

func unitDays(unit string, n int) (string, int) {
	u := strings.ToLower(unit)
	switch {
	case strings.HasPrefix(u, "werkdag"):
		return "werkdag", (n*7 + 4) / 5
	case strings.Contains(u, "dag"):
		return "dag", n
	case strings.HasPrefix(u, "week"), strings.HasPrefix(u, "weken"):
		return "week", n * 7
	case strings.HasPrefix(u, "maand"):
		return "maand", n * 30
	case strings.HasPrefix(u, "kwarta"):
		return "kwartaal", n * 91
	case strings.HasPrefix(u, "ja"):
		return "jaar", n * 365
	case strings.HasPrefix(u, "u"):
		return "uur", (n + 23) / 24
	}
	return u, 0
}

// deadlines finds the deadlines in a sentence that starts at byte offset
// base of the unit's text.
func deadlines(sentence string, base int, sid string) []Deadline {
	var out []Deadline
	low := strings.ToLower(sentence)
	taken := func(s, e int) bool {
		for _, d := range out {
			if s < d.End-base && d.Start-base < e {
				return true
			}
		}
		return false
	}
	add := func(m []int, kind string, numGroup, unitGroup int) {
		if taken(m[0], m[1]) || placesMoment(sentence[:m[0]]) {
			return
		}
		if kind != "notice" && kind != "duration" && windowAfterRe.MatchString(sentence[m[1]:]) {
			// "binnen een termijn van zeven dagen voorafgaand aan de dag van
			// de kandidaatstelling": a window before an event
			kind = "notice"
		}
		n, ok := Cardinal(sentence[m[2*numGroup]:m[2*numGroup+1]])
		if !ok || n == 0 {
			return
		}
		unit, days := unitDays(sentence[m[2*unitGroup]:m[2*unitGroup+1]], n)
		out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Days: days,
			Amount: n, Unit: unit, Kind: kind, Sentence: sid})
	}
	for _, m := range when(low, []string{"binnen", "uiterlijk", "later dan", "ten laatste", "verstrijken"}, withinRe).FindAllStringSubmatchIndex(sentence, -1) {
		add(m, "within", 1, 2)
	}
	for _, m := range when(low, []string{"ten minste", "minimaal", "minstens"}, noticeRe).FindAllStringSubmatchIndex(sentence, -1) {
		add(m, "notice", 1, 2)
	}
	for _, m := range when(low, []string{"termijn"}, periodRe).FindAllStringSubmatchIndex(sentence, -1) {
		add(m, "period", 1, 2)
	}
	for _, m := range when(low, []string{" na "}, afterRe).FindAllStringSubmatchIndex(sentence, -1) {
		add(m, "within", 1, 2)
	}
	for _, m := range when(low, monthNames, windowRe).FindAllStringSubmatchIndex(sentence, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		if days := windowDays(sentence, m); days > 0 {
			out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Days: days,
				Amount: days, Unit: "dag", Kind: "period", Sentence: sid})
		}
	}
	for _, m := range when(low, []string{"gedurende"}, durationRe).FindAllStringSubmatchIndex(sentence, -1) {
		add(m, "duration", 1, 2)
	}
	for _, m := range when(low, []string{"uiterlijk", "vóór", "later dan"}, dateRe).FindAllStringSubmatchIndex(sentence, -1) {
		if !taken(m[0], m[1]) {
			out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Kind: "date", Unit: "datum", Sentence: sid})
		}
	}
	for _, m := range when(low, []string{"binnen", "uiterlijk"}, halfRe).FindAllStringSubmatchIndex(sentence, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		w := strings.ToLower(sentence[m[2]:m[3]])
		days, unit := 182, "maand"
		switch {
		case strings.HasPrefix(w, "anderhalve"):
			days = 45
		case strings.HasPrefix(w, "anderhalf"):
			days, unit = 547, "jaar"
		}
		out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Days: days, Unit: unit, Kind: "within", Sentence: sid})
	}
	for _, m := range when(low, []string{"uiterlijk", "later dan"}, ordDayRe).FindAllStringSubmatchIndex(sentence, -1) {
		if taken(m[0], m[1]) {
			continue
		}
		n, ok := ordinalNumber(sentence[m[2]:m[3]])
		if !ok {
			continue
		}
		unit, days := unitDays(sentence[m[4]:m[5]], n)
		if m[6] < 0 && noticeAfterRe.MatchString(sentence[m[1]:]) {
			// "uiterlijk de vijftiende dag voor de dag van de stemming"
			out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Days: days, Amount: n, Unit: unit, Kind: "notice", Sentence: sid})
			continue
		}
		if m[6] >= 0 {
			// "uiterlijk de tiende werkdag van de maand": a day in the
			// calendar, not a period
			out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Amount: n, Unit: "datum", Kind: "date", Sentence: sid})
			continue
		}
		out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Days: days, Amount: n, Unit: unit, Kind: "within", Sentence: sid})
	}
	for _, m := range when(low, []string{"onverwijld", "terstond", "onmiddellijk", "omgaande", "spoedig", "snel mogelijk", "uitstel", "direct"}, vagueRe).FindAllStringIndex(sentence, -1) {
		if taken(m[0], m[1]) || notVagueRe.MatchString(sentence[m[1]:]) {
			continue
		}
		out = append(out, Deadline{Text: sentence[m[0]:m[1]], Start: base + m[0], End: base + m[1], Vague: true, Kind: "within", Sentence: sid})
	}
	for _, m := range when(low, []string{"direct"}, directRe).FindAllStringSubmatchIndex(sentence, -1) {
		// the group that holds "direct" itself
		g := []int{m[2], m[3]}
		if g[0] < 0 {
			g = []int{m[4], m[5]}
		}
		if taken(g[0], g[1]) {
			continue
		}
		out = append(out, Deadline{Text: sentence[g[0]:g[1]], Start: base + g[0], End: base + g[1], Vague: true, Kind: "within", Sentence: sid})
	}
	return out
}

// directRe: "direct" as the adverb of an act to report or hand over
// ("meldt het direct aan", "direct te melden"), not "direct belang" or
// "direct of indirect"
var directRe = regexp.MustCompile(`(?i)\b(?:meldt|melden|doet|doen|geeft|geven|deelt|delen|informeert|informeren|verstrekt|verstrekken|levert|leveren)\b(?:\s+[\p{L}\d-]+){0,3}?\s+(direct)\s+(?:aan|bij|mee|door|op|melding|mededeling|kennis|terug)\b|\b(direct)\s+(?:te\s+)?(?:melden|mededelen|doorgeven|informeren|terugbetalen)\b`)

// windowAfterRe follows a period that lies before an event.
var windowAfterRe = regexp.MustCompile(`^\s+(voorafgaand|voorafgaande|voor de dag|vóór de dag|voor het tijdstip|vóór het tijdstip)\b`)

// noticeAfterRe follows a day counted back from an event.
var noticeAfterRe = regexp.MustCompile(`^\s+(voor|vóór|voorafgaand|voorafgaande)\b`)

// momentRe ends text that places a period in time instead of setting one
// to act in: "gelegen binnen vier weken na".
var momentRe = regexp.MustCompile(`(?i)\b(gelegen|ligt|liggen|lag|valt|vallen|viel|plaatsvindt|plaatsvinden)\s*$`)

// minimumRe ends text that makes the period a minimum ("een termijn van
// ten minste een maand"): a guarantee, not a limit.
var minimumRe = regexp.MustCompile(`(?i)\b(ten\s+minste|minimaal|minstens)(\s+(een\s+termijn\s+van|van))?\s*$`)

func placesMoment(before string) bool {
	return momentRe.MatchString(before) || minimumRe.MatchString(before)
}

// when returns re when one of the anchors occurs in the lower-case text
// low, else a pattern that matches nothing: a cheap test that keeps the
// regular expressions off sentences without a deadline.
func when(low string, anchors []string, re *regexp.Regexp) *regexp.Regexp {
	if anyOf(low, anchors) {
		return re
	}
	return never
}

var never = regexp.MustCompile(`a\A`)

func ordinalNumber(w string) (int, bool) {
	n, ok := clause.ParseOrdinal(w)
	return n, ok && n > 0
}

var monthNames = strings.Split(monthAlt, "|")

// monthStart is the day of a common year on which each month starts.
var monthStart = map[string]int{"januari": 0, "februari": 31, "maart": 59, "april": 90, "mei": 120, "juni": 151,
	"juli": 181, "augustus": 212, "september": 243, "oktober": 273, "november": 304, "december": 334}

// windowDays returns the length in days of a window matched by windowRe:
// "tot en met" and "tussen … en …" include the last day, "tot" does not; a
// window that runs into the next year wraps. It returns 0 for a date that
// does not exist or a window that ends before it starts on the same day.
func windowDays(sentence string, m []int) int {
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return strings.ToLower(sentence[m[2*i]:m[2*i+1]])
	}
	d1, err1 := strconv.Atoi(group(1))
	d2, err2 := strconv.Atoi(group(4))
	m2 := group(5)
	m1 := group(2)
	if m1 == "" {
		m1 = m2
	}
	if err1 != nil || err2 != nil || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 {
		return 0
	}
	from, to := monthStart[m1]+d1, monthStart[m2]+d2
	if sep := group(3); sep != "tot" {
		to++ // the last day counts
	}
	if to <= from {
		to += 365
	}
	return to - from
}
