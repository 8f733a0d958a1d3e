package facts

import (
	"regexp"
	"slices"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// A Consequence is what the text says happens to someone: a right that
// lapses, an application that is not dealt with, a fine. When the sentence
// says it follows from a failure to act (Trigger), Links name the duties
// and deadlines it follows from.
type Consequence struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets in the unit's text
	End   int    `json:"end"`
	// Kind is verval (a right or claim lapses; verval-overig when what
	// lapses is not a citizen's right or application), niet-behandeld (the
	// application is not dealt with or is inadmissible), geacht-niet (it is
	// deemed not made), afgewezen (the application is refused because of
	// the failure: "een aanvraag die buiten die periode wordt ontvangen,
	// wordt afgewezen"), weigering, intrekking, verlaging, terugvordering,
	// boete, ambtshalve (the administration decides without the citizen's
	// data) or opschorting. A right set at nil ("stelt de toeslag
	// ambtshalve vast op nihil") is verval.
	Kind     string `json:"kind"`
	Sentence string `json:"sentence"`
	// Trigger is the failure the consequence follows from as written ("niet
	// tijdig", "niet binnen"), "" when the sentence names none.
	Trigger string            `json:"trigger"`
	Links   []ConsequenceLink `json:"links"`
}

// A ConsequenceLink points at the duty (and its deadline) a consequence
// follows from.
type ConsequenceLink struct {
	Unit     string `json:"unit"`
	Sentence string `json:"sentence"`
	// Deadline is the index in that unit's deadlines, -1 for a duty without
	// a deadline of its own (a formality: a signature, a document).
	Deadline int `json:"deadline"`
}

// consequencePatterns find what happens; a pattern is only tried when one
// of its anchors occurs in the sentence (a cheap test that keeps the
// regular expressions off most sentences).
var consequencePatterns = []struct {
	kind    string
	anchors []string
	re      *regexp.Regexp
}{
	{"verval", []string{"verval", "verloren", "verliest", "geen recht", "geen aanspraak", "betaald", "niet meer"},
		regexp.MustCompile(`\bvervalt\b|\bvervallen\b|\bverloren gaat\b|\bverliest\b[^.;]{0,40}\b(recht|aanspraak)|\bgeen (recht|aanspraak)\b|\bwordt niet (meer )?(uit)?betaald\b|\bworden niet (meer )?(uit)?betaald\b|\bkan niet meer\b`)},
	{"niet-behandeld", []string{"behandeling", "ontvankelijk"},
		regexp.MustCompile(`\bniet in behandeling\b|\bbuiten behandeling\b|\bniet-ontvankelijk|\bniet ontvankelijk\b`)},
	{"geacht-niet", []string{"geacht niet", "als niet"},
		regexp.MustCompile(`\b(wordt|worden) geacht niet\b|\bgeldt als niet (ingediend|gedaan)\b|\bwordt aangemerkt als niet (ingediend|gedaan)\b`)},
	{"weigering", []string{"weiger", "afgewezen", "wijst"},
		regexp.MustCompile(`\bweigert\b|\bgeweigerd\b|\bafgewezen\b|\bwijst\b[^.;]{0,60}\baf\b`)},
	{"intrekking", []string{"ingetrokken", "trekt", "beëindig", "stopgezet"},
		regexp.MustCompile(`\bingetrokken\b|\btrekt\b[^.;]{0,60}\bin\b|\bbeëindigd\b|\bbeëindigt\b|\bstopgezet\b`)},
	{"verlaging", []string{"verla", "lager vastgesteld"},
		regexp.MustCompile(`\bverlaagt\b|\bverlaagd\b|\bverlaging\b|\blager vastgesteld\b`)},
	{"terugvordering", []string{"terug"},
		regexp.MustCompile(`\bteruggevorderd\b|\bvordert\b[^.;]{0,60}\bterug\b|\bterugvordert\b`)},
	{"boete", []string{"boete", "dwangsom"},
		regexp.MustCompile(`\bboete\b|\bdwangsom\b`)},
	{"ambtshalve", []string{"ambtshalve"},
		regexp.MustCompile(`\bambtshalve\b[^.;]{0,40}\b(vast|bepa|herz|schat)`)},
	{"opschorting", []string{"schort", "opschorting"},
		regexp.MustCompile(`\bschort\b[^.;]{0,60}\bop\b|\bopgeschort\b|\bopschorting\b`)},
}

// applicationRe: the subject of a refusal is an application.
var applicationRe = regexp.MustCompile(`\b(aanvraag|aanvragen|verzoek|verzoeken|aanmelding|aanmeldingen|opgave|melding)\b`)

// lateRe: a trigger that says the citizen acted too late.
var lateRe = regexp.MustCompile(`\bna (de )?\d{1,2} [a-z]+\b|\bniet tijdig\b|\bniet op tijd\b|\bte laat\b|\bniet binnen\b|\bniet uiterlijk\b|\bna (afloop|het verstrijken)\b|\bbuiten\b`)

// nilRe: a right, benefit or amount set at nil.
var nilRe = regexp.MustCompile(`\b(vastgesteld|vast|gesteld|stelt)\b[^.;]{0,40}\bop nihil\b|\bop nihil\b[^.;]{0,20}\b(vastgesteld|gesteld|vast)\b`)

// rightRe names what a citizen can lose: a right, a claim, an application.
var rightRe = regexp.MustCompile(`\b(recht|rechten|aanspraak|aanspraken|aanvraag|verzoek|bezwaar|beroep|uitkering|toeslag|tegemoetkoming|subsidie|voorziening|vergunning|bevoegdheid|pensioen|bijstand|vergoeding|lening|beurs|studiefinanciering|kinderbijslag|ziekengeld|inschrijving|registratie)\b`)

// triggerAnchors must occur for triggerRe to be tried.
var triggerAnchors = append([]string{"niet", "te laat", "verzuim", "nalaat", "onjuist", "na afloop", "verstrijken", "weigert", "buiten"}, monthNames...)

// triggerRe is a failure to act: too late, not at all, not properly.
var triggerRe = regexp.MustCompile(`\bna (de )?\d{1,2} ` + monthWord + `\b[^.;]{0,30}\b(ontvangen|ingediend|binnengekomen|gedaan)\b|\bbuiten (de|die|deze|het|een) (gestelde |genoemde |bedoelde |aangegeven )?(termijn|periode|aanvraagperiode|aanmeldingsperiode)\b|\bniet tijdig\b|\bniet op tijd\b|\bte laat\b|\bniet binnen\b|\bniet uiterlijk\b|\bna (afloop|het verstrijken) van (de|die|deze|het|een)\b[^.;]{0,40}\btermijn|\bniet (of niet (tijdig|volledig|behoorlijk|juist) )?(heeft |is |zijn |wordt |worden |hebben )?(ingediend|gemeld|verstrekt|overgelegd|gedaan|ondertekend|betaald|voldaan|nagekomen|verschenen|aangevraagd|aangeleverd|ingeleverd|meegewerkt|medegedeeld|opgevolgd|aangetoond|ingezonden)\b|\bniet (of niet behoorlijk )?nakomen\b|\bniet nakomt\b|\bniet naleeft\b|\bniet voldoet aan\b|\bniet heeft voldaan aan\b|\bniet verschijnt\b|\bniet meewerkt\b|\bweigert mee te werken\b|\bverzuim\b|\bnalaat\b|\bonjuiste of onvolledige\b|\bonjuist of onvolledig\b`)

// consequences finds the consequences of every unit of the body and links
// those that follow from a failure to the duties they follow from: the
// units the sentence refers to, else the nearest citizen or business duty
// before it in the same article (or in the sentence itself).
func consequences(doc *clause.Document, f *Facts, lex *lexicon, cache *Cache) {
	for _, top := range doc.Body {
		top.Walk(func(a *clause.Unit) bool {
			if a.Kind != clause.Artikel {
				return true
			}
			consequencesIn(doc, a, f, lex, cache)
			return false
		})
	}
}

// A place is one sentence of a unit in document order.
type place struct {
	u *clause.Unit
	i int
}

func consequencesIn(doc *clause.Document, art *clause.Unit, f *Facts, lex *lexicon, cache *Cache) {
	var seq []place
	art.Walk(func(u *clause.Unit) bool {
		if u.Kind == clause.Artikel && u != art {
			return false // a quoted article inside this one
		}
		for i := range u.Sentences {
			seq = append(seq, place{u, i})
		}
		return true
	})
	for n, p := range seq {
		uf := f.Units[p.u.ID]
		if uf == nil || p.i >= len(uf.Sentences) {
			continue
		}
		s := p.u.Sentences[p.i]
		m := cache.consequenceIn(s.Text)
		kind, loc, t := m.kind, m.loc, m.trigger
		if loc == nil {
			continue
		}
		c := Consequence{Text: s.Text[loc[0]:loc[1]], Start: s.Start + loc[0], End: s.Start + loc[1], Kind: kind, Sentence: s.ID}
		if t != nil {
			c.Trigger = s.Text[t[0]:t[1]]
			c.Links = linkDuties(doc, f, seq, n, uf, s, c.Trigger, lex)
		}
		uf.Consequences = append(uf.Consequences, c)
	}
}

// consequenceMatch is what the patterns find in one sentence: the first
// consequence (kind and place) and the failure it follows from; it depends
// on the sentence's text alone.
type consequenceMatch struct {
	kind         string
	loc, trigger []int
}

func matchConsequence(text string) consequenceMatch {
	low := strings.ToLower(text)
	var t []int
	if anyOf(low, triggerAnchors) {
		t = triggerRe.FindStringIndex(low)
	}
	kind, loc := "", []int(nil)
	for _, cp := range consequencePatterns {
		if !anyOf(low, cp.anchors) {
			continue
		}
		for _, m := range cp.re.FindAllStringIndex(low, -1) {
			if t != nil && m[0] < t[1] && t[0] < m[1] {
				continue // "weigert mee te werken" is the failure, not what follows
			}
			if loc == nil || m[0] < loc[0] {
				kind, loc = cp.kind, m
			}
			break
		}
	}
	if loc != nil && t != nil && kind == "weigering" && applicationRe.MatchString(low[:loc[0]]) && lateRe.MatchString(low[t[0]:t[1]]) {
		// the application itself is refused because it came too late (not
		// because a condition is not met: that is what refusals are for)
		kind = "afgewezen"
	}
	if loc != nil && kind == "verval" && !rightRe.MatchString(low) {
		// "het koninklijk besluit vervalt", "de vrijheidsbeneming is
		// vervallen": something lapses, but not a right of a citizen
		kind = "verval-overig"
	}
	if strings.Contains(low, "nihil") && !nihilNotRe.MatchString(low) {
		if m := nilRe.FindStringIndex(low); m != nil {
			// what is set at nil is what the citizen would receive (a tax
			// or a debt at nil is excluded by nihilNotRe): the right lapses
			kind, loc = "verval", m
		}
	}
	return consequenceMatch{kind, loc, t}
}

func anyOf(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// linkDuties finds what a consequence in seq[n] follows from.
func linkDuties(doc *clause.Document, f *Facts, seq []place, n int, uf *UnitFacts, s clause.Sentence, trigger string, lex *lexicon) []ConsequenceLink {
	var links []ConsequenceLink
	// the deadlines of citizens and undertakings in the sentence itself
	for k, d := range uf.Deadlines {
		if d.Sentence == s.ID && (d.Actor == RoleCitizen || d.Actor == RoleBusiness) && d.Kind != "duration" {
			links = append(links, ConsequenceLink{Unit: seq[n].u.ID, Sentence: s.ID, Deadline: k})
		}
	}
	if len(links) > 0 {
		return links
	}
	// the units the sentence refers to
	for _, r := range uf.References {
		if r.Start < s.Start || r.End > s.End || r.Scope != ScopeInternal {
			continue
		}
		for _, id := range r.Targets {
			if t := doc.Unit(id); t != nil {
				t.Walk(func(x *clause.Unit) bool {
					links = append(links, dutiesOf(f, x, "")...)
					return true
				})
			}
		}
	}
	if len(links) > 0 {
		return links
	}
	// the nearest duty before it in the article that the failure names
	// ("niet tijdig is ingediend" → "de aanvraag wordt ingediend"); with a
	// failure that names no act ("niet tijdig"), the nearest with a deadline
	key := triggerKey(trigger)
	var nearest []ConsequenceLink
	for k := n - 1; k >= 0; k-- {
		l := dutiesOf(f, seq[k].u, seq[k].u.Sentences[seq[k].i].ID)
		if len(l) == 0 {
			continue
		}
		if key != "" && mentions(seq[k].u.Sentences[seq[k].i].Text, key) || key == "" && l[0].Deadline >= 0 {
			return l
		}
		if nearest == nil {
			nearest = l
		}
	}
	// the failure of the actor of the clause that names it ("indien de
	// deelnemer niet verschijnt"): a duty the sentence implies
	a := analyse(s.Text, SentenceFacts{}, lex)
	if c, ok := a.clauseOf(strings.Index(strings.ToLower(s.Text), strings.ToLower(trigger))); ok && (c.role == RoleCitizen || c.role == RoleBusiness) {
		return []ConsequenceLink{{Unit: seq[n].u.ID, Sentence: s.ID, Deadline: -1}}
	}
	return nearest
}

// triggerKey is the stem of the verb a failure names ("niet tijdig is
// ingediend": "indie"), or "".
func triggerKey(trigger string) string {
	fs := strings.Fields(strings.ToLower(trigger))
	if len(fs) == 0 {
		return ""
	}
	w := fs[len(fs)-1]
	switch w {
	case "tijdig", "tijd", "laat", "binnen", "uiterlijk", "termijn", "verzuim", "onvolledig", "onvolledige":
		return ""
	}
	return verbKey(w)
}

// verbKey reduces a verb form to the first five letters of its stem, with
// a separable particle in front and the ge- of a participle dropped:
// "ingediend", "indienen", "dient … in" all give "indie".
func verbKey(w string) string {
	for _, p := range []string{"aan", "af", "bij", "in", "mee", "mede", "na", "op", "over", "toe", "uit", "vast", "voor", "door", "terug"} {
		if strings.HasPrefix(w, p+"ge") && len(w) > len(p)+4 {
			w = p + w[len(p)+2:]
			break
		}
	}
	if strings.HasPrefix(w, "ge") && len(w) > 5 {
		w = w[2:]
	}
	if r := []rune(w); len(r) > 5 {
		w = string(r[:5])
	}
	if len([]rune(w)) < 4 {
		return ""
	}
	return w
}

// mentions reports whether a sentence has a verb with the given key, also
// as particle and verb written apart ("dient de aanvraag in").
func mentions(sentence, key string) bool {
	toks := tokenize(sentence)
	for i, t := range toks {
		if sameStem(verbKey(t.low), key) {
			return true
		}
		if dv, ok := dutyVerbs[t.low]; ok {
			for _, p := range toks[i+1:] {
				if slices.Contains(dv.needs, p.low) && sameStem(verbKey(p.low+t.low), key) {
					return true
				}
			}
		}
	}
	return false
}

// sameStem reports whether two verb keys agree on their common length (at
// least four letters).
func sameStem(a, b string) bool {
	n := min(len(a), len(b))
	return n >= 4 && a[:n] == b[:n]
}

// dutiesOf returns the citizen and business duties of a unit (of one
// sentence when sid is set), each with its deadlines.
func dutiesOf(f *Facts, u *clause.Unit, sid string) []ConsequenceLink {
	uf := f.Units[u.ID]
	if uf == nil {
		return nil
	}
	var out []ConsequenceLink
	for i, sf := range uf.Sentences {
		if sid != "" && sf.ID != sid || !sf.Duty || sf.Actor != RoleCitizen && sf.Actor != RoleBusiness || i >= len(u.Sentences) {
			continue
		}
		found := false
		for k, d := range uf.Deadlines {
			if d.Sentence == sf.ID && d.Actor == sf.Actor && d.Kind != "duration" {
				out = append(out, ConsequenceLink{Unit: u.ID, Sentence: sf.ID, Deadline: k})
				found = true
			}
		}
		if !found {
			out = append(out, ConsequenceLink{Unit: u.ID, Sentence: sf.ID, Deadline: -1})
		}
	}
	return out
}
