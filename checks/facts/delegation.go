package facts

import (
	"regexp"
	"strings"
)

// Instruments a delegation clause hands rule-making or a decision to.
const (
	InstrAMvB        = "amvb"                  // algemene maatregel van (rijks)bestuur
	InstrMR          = "ministeriele-regeling" // ministeriële regeling, regeling van Onze Minister
	InstrRegeling    = "regeling"              // "Onze Minister stelt bij regeling regels"
	InstrBesluit     = "besluit"               // besluit (van Onze Minister), koninklijk besluit
	InstrVerordening = "verordening"
	InstrWet         = "wet"
	InstrOther       = "other" // reglement, beschikking, …
)

// Kinds of delegation verb.
const (
	DelRegels      = "regels"      // regels/voorschriften stellen, geven, vaststellen; regelen
	DelVaststellen = "vaststellen" // "de bedragen worden … vastgesteld"
	DelBepalen     = "bepalen"     // "wordt bepaald", "kan worden bepaald dat"
	DelAanwijzen   = "aanwijzen"   // "worden … aangewezen"
	DelAfwijken    = "afwijken"    // "kan … worden afgeweken van"
	DelOther       = "other"       // uitzonderen, vrijstellen, gelijkstellen
)

// A Delegation is a sentence, or a clause of one, that hands rule-making or
// a decision to another instrument: "Bij of krachtens algemene maatregel
// van bestuur worden regels gesteld over …", "De bedragen worden bij
// ministeriële regeling vastgesteld", "Onze Minister stelt nadere regels".
type Delegation struct {
	// Instrument is one of the Instr constants, "" when the sentence names
	// none ("Onze Minister stelt nadere regels").
	Instrument string `json:"instrument"`
	// InstrumentText is the instrument as written, with its formula ("bij
	// of krachtens algemene maatregel van bestuur").
	InstrumentText string `json:"instrument_text"`
	// Formula is "bij", "bij of krachtens", "krachtens" or "other" (door
	// middel van, ingevolge, …), "" without an instrument.
	Formula string `json:"formula"`
	// Issuer is "minister" when the instrument or the subject is a minister
	// ("bij regeling van Onze Minister", "Onze Minister stelt …"), "" else.
	Issuer string `json:"issuer"`
	Kind   string `json:"kind"` // one of the Del constants
	// Verb is the verb phrase as written ("kunnen nadere regels worden
	// gesteld", "worden … vastgesteld", "stelt … regels").
	Verb string `json:"verb"`
	// Object is what the delegation is about: the words after over,
	// omtrent, met betrekking tot, ten aanzien van, inzake, or what the
	// sentence says besides the instrument and the verb (the subject of
	// "worden vastgesteld", a purpose).
	Object string `json:"object"`
	// List is true when the sentence ends in a colon: its onderdelen name
	// the subjects.
	List bool `json:"list"`
	// Generic is true when the object is empty or only a catch-all ("nadere
	// regels", "ter uitvoering van deze wet", "ter uitvoering van dit
	// artikel").
	Generic bool `json:"generic"`
	// Mandatory is true for worden/wordt/stelt, false for kunnen/kan/mag.
	Mandatory bool `json:"mandatory"`
	// Deviation is what the lower regulation may deviate from, as written
	// ("artikel 3", "deze wet"), when the sentence says "in afwijking van"
	// or "(kan) worden afgeweken van"; "" otherwise.
	Deviation string `json:"deviation"`
	// Start and End (byte offsets in the unit's text) span the instrument
	// and the verb; InstrumentStart and InstrumentEnd the instrument alone
	// (equal to Start when there is none).
	Start           int    `json:"start"`
	End             int    `json:"end"`
	InstrumentStart int    `json:"instrument_start"`
	InstrumentEnd   int    `json:"instrument_end"`
	Sentence        string `json:"sentence"`
}

var (
	// the instrument with its formula
	delInstrRe = regexp.MustCompile(`(?i)\b(bij\s+of\s+krachtens|bij|krachtens|door\s+middel\s+van|ingevolge|in\s+een)\s+` +
		`(?:(?:een|de|het)\s+)?(?:(?:nadere|afzonderlijke|gezamenlijke)\s+)?` +
		`(algemene\s+maatregel(?:en)?\s+van\s+(?:rijks)?bestuur` +
		`|ministeriële\s+regeling(?:en)?(?:\s+van\s+(?:onze|de)\s+minister(?:s)?\b)?` +
		`|regeling(?:en)?\s+van\s+(?:onze|de|de\s+betrokken)\s+minister(?:s)?\b` +
		`|(?:gemeentelijke\s+|provinciale\s+|waterschaps)?verordening(?:en)?\b` +
		`|koninklijk\s+besluit` +
		`|besluit\s+van\s+(?:onze|de)\s+minister(?:s)?\b` +
		`|beschikking\s+van\s+(?:onze|de)\s+minister(?:s)?\b` +
		`|besluit\b|regeling\b|reglement\b|wet\b)`)
	// "Onze Minister stelt …", "De minister kan nadere regels stellen":
	// the subject that issues the rules when the sentence names no
	// instrument
	delMinisterSubjRe = regexp.MustCompile(`^\s*(?:[^,]{0,80},\s*)?((?i:onze|de)\s+(?i:ministers?)(?:\s+(?:van|voor)\s+(?:[A-Z][\p{L}-]*|en|de)(?:,?\s+(?:[A-Z][\p{L}-]*|en|de))*|\s+wie\s+het\s+aangaat)?)\s+(?i:kan|kunnen|stelt|stellen|geeft|geven|regelt|regelen|is\s+bevoegd|zijn\s+bevoegd|bepaalt|bepalen)\b`)
	// an instrument used attributively: "de bij ministeriële regeling
	// aangewezen instanties"
	delPerfectRe     = regexp.MustCompile(`(?i)^\s+(?:zijn|is|werd|werden)\s+\pL+(?:d|t|en)\b`)
	delAttributiveRe = regexp.MustCompile(`(?i)\b(?:de|het|een|der|den|des)\s*$`)
	delMinisterRe    = regexp.MustCompile(`(?i)\bminister`)

	// delegation verbs; group 1 is the verb word
	delVerbRe = regexp.MustCompile(`(?i)\b(gesteld|stelt|stellen|gegeven|geeft|geven|vastgesteld|geregeld|regelt|regelen|bepaald|aangewezen|afgeweken|uitgezonderd|vrijgesteld|gelijkgesteld)\b`)
	// "stelt … vast", "wijst … aan", "bepaalt": active verbs of a minister
	delActiveRe = regexp.MustCompile(`(?i)\b(stelt|stellen)\b[^,.;:]{0,80}?\bvast\b|\b(wijst|wijzen)\b[^,.;:]{0,80}?\baan\b`)
	delRulesRe  = regexp.MustCompile(`(?i)\b(?:(?:nadere|aanvullende|verdere|bijzondere|algemene|andere)\s+)?(?:regels|voorschriften)\b`)
	// the auxiliary nearest before a participle
	delAuxRe = regexp.MustCompile(`(?i)\b(worden|wordt|kunnen|kan|zullen|zal|moeten|moet|mogen|mag|is|zijn|werd|werden|wordende|heeft|hebben|had|hadden)\b`)
	delMayRe = regexp.MustCompile(`(?i)\b(kunnen|kan|mogen|mag|bevoegd)\b`)

	delDeviationRe = regexp.MustCompile(`(?i)\b(?:in\s+afwijking\s+van|afgeweken\s+van|afwijken\s+van|afwijkingen\s+van|afwijking\s+van|afwijkende\s+regels\s+(?:stellen\s+)?(?:van|op))\s+`)

	// what a sentence says besides the delegation that does not bound it
	delGenericRe = regexp.MustCompile(`(?i)\b(?:(?:ter|voor|met\s+het\s+oog\s+op|in\s+het\s+belang\s+van|ten\s+behoeve\s+van|met\s+betrekking\s+tot|ten\s+aanzien\s+van|omtrent|over|inzake|ter\s+zake\s+van|ter\s+bevordering\s+van|die\s+nodig\s+zijn\s+voor|nodig\s+voor)\s+)?` +
		`(?:(?:de|een)\s+)?(?:(?:goede|juiste|doelmatige|verdere)\s+)?(?:(?:uitvoering|toepassing|handhaving|naleving)\s+van\s+)?(?:het\s+bepaalde\s+(?:bij|in)\s+)?` +
		`(?:deze\s+wet|dit\s+besluit|deze\s+regeling|deze\s+verordening|dit\s+artikel|dit\s+hoofdstuk|deze\s+afdeling|deze\s+paragraaf|deze\s+titel|dit\s+lid)\b`)
	delFillerRe = regexp.MustCompile(`(?i)\b(?:nadere|aanvullende|verdere|regels|voorschriften|worden|wordt|kunnen|kan|zullen|zal|moeten|mogen|mag|ook|tevens|voorts|eveneens|daarbij|verder|zo\s+nodig|nodig|en|de|het|een|zijn|die|is|bevoegd|te|vast)\b`)
	delLeadRe   = regexp.MustCompile(`(?i)^(?:over|omtrent|met\s+betrekking\s+tot|ten\s+aanzien\s+van|inzake|ter\s+zake\s+van|betreffende|aangaande)(?:\s+|$)`)
	delTrimSet  = " ,;:.\n\t"
	delPunctRe  = regexp.MustCompile(`\s+([,;:.])`)
)

// delegations finds the delegation clauses in one sentence (text; offset is
// where it starts in the unit's text).
func delegations(text string, offset int, sentence string) []Delegation {
	low := strings.ToLower(text)
	if !strings.Contains(low, "regel") && !strings.Contains(low, "maatregel") && !strings.Contains(low, "besluit") &&
		!strings.Contains(low, "verordening") && !strings.Contains(low, "voorschrift") {
		return nil
	}
	var instrs [][]int
	for _, m := range delInstrRe.FindAllStringSubmatchIndex(text, -1) {
		if delInstrument(text[m[4]:m[5]]) == InstrWet {
			continue // "bij de wet": the Grondwet's formula, no delegation to a lower regulation
		}
		if delPerfectRe.MatchString(text[m[1]:]) {
			continue // "niet bij algemene maatregel van bestuur zijn bepaald": made before
		}
		if delAttributiveRe.MatchString(text[:m[0]]) {
			continue // "de bij ministeriële regeling aangewezen instanties"
		}
		instrs = append(instrs, m)
	}
	subject := delMinisterSubjRe.FindStringSubmatchIndex(text)
	ministerSubject := subject != nil
	var out []Delegation
	var dists []int
	type verbAt struct {
		kind       string
		start, end int // the verb word
		active     bool
	}
	var verbs []verbAt
	for _, m := range delActiveRe.FindAllStringSubmatchIndex(text, -1) {
		kind := DelVaststellen
		if m[4] >= 0 {
			kind = DelAanwijzen
		}
		verbs = append(verbs, verbAt{kind, m[0], m[1], true})
	}
	for _, m := range delVerbRe.FindAllStringSubmatchIndex(text, -1) {
		w := strings.ToLower(text[m[2]:m[3]])
		covered := false
		for _, v := range verbs {
			if v.start <= m[0] && m[1] <= v.end {
				covered = true
			}
		}
		if covered {
			continue
		}
		active := false
		kind := DelOther
		switch w {
		case "gesteld", "gegeven", "geregeld":
			kind = DelRegels
		case "stelt", "stellen", "geeft", "geven", "regelt", "regelen":
			kind, active = DelRegels, true
		case "vastgesteld":
			kind = DelVaststellen
		case "bepaald":
			kind = DelBepalen
		case "aangewezen":
			kind = DelAanwijzen
		case "afgeweken":
			kind = DelAfwijken
		}
		verbs = append(verbs, verbAt{kind, m[0], m[1], active})
	}
	rules := delRulesRe.FindAllStringIndex(text, -1)
	for _, v := range verbs {
		w := strings.ToLower(strings.Fields(text[v.start:v.end])[0])
		switch {
		case strings.Contains(w, "regel"):
			// "regelt", "wordt geregeld": rule-making without "regels"
		case v.kind == DelRegels:
			if len(rules) == 0 {
				continue // "stelt", "gegeven" without regels or voorschriften
			}
			if v.active && delRulesBefore(text, rules, v.start) < 0 && delRulesAfter(text, rules, v.end) < 0 {
				continue // "in de gelegenheid stellen", with regels elsewhere
			}
		case v.kind == DelVaststellen && len(rules) > 0:
			v.kind = DelRegels // "regels worden vastgesteld", "stelt regels vast"
		}
		aux := -1
		if !v.active {
			// a participle of a clause that delegates: "worden … gesteld",
			// not "zijn gesteld" (rules made before) nor "bij … gestelde"
			var auxWord string
			for _, a := range delAuxRe.FindAllStringIndex(text[:v.start], -1) {
				aux, auxWord = a[0], strings.ToLower(text[a[0]:a[1]])
			}
			if aux < 0 {
				continue
			}
			switch auxWord {
			case "is", "zijn", "werd", "werden", "wordende", "heeft", "hebben", "had", "hadden":
				continue
			}
			if len(strings.Fields(text[aux:v.start])) > 30 {
				continue
			}
		}
		// the instrument of this verb: the nearest one in the sentence
		var in []int
		best := -1
		for _, m := range instrs {
			if m[1] <= v.start && (v.active && strings.Contains(text[m[1]:v.start], ",") ||
				!v.active && aux >= 0 && m[0] > aux && strings.Contains(text[aux:m[0]], ",")) {
				// the instrument is in another clause: "Voor zover … niet bij
				// algemene maatregel van bestuur zijn bepaald, stelt de raad …",
				// "wordt gestraft overtreding van voorschriften, bij algemene
				// maatregel van bestuur gegeven"
				continue
			}
			d := v.start - m[1]
			if d < 0 {
				d = m[0] - v.end
			}
			if d < 0 {
				d = 0
			}
			if best < 0 || d < best {
				best, in = d, m
			}
		}
		d := Delegation{Kind: v.kind, Sentence: sentence}
		if in != nil {
			d.InstrumentText = text[in[0]:in[1]]
			d.Formula, d.Instrument = delFormula(text[in[2]:in[3]]), delInstrument(text[in[4]:in[5]])
			d.InstrumentStart, d.InstrumentEnd = in[0], in[1]
		} else {
			// no instrument: only "Onze Minister stelt (nadere) regels", in a
			// sentence that names no instrument at all
			if len(instrs) > 0 || !(ministerSubject && v.kind == DelRegels && v.active && strings.Contains(low, "regels")) {
				continue
			}
			d.InstrumentStart, d.InstrumentEnd = v.start, v.start
		}
		if d.Instrument == InstrMR || delMinisterRe.MatchString(d.InstrumentText) || ministerSubject {
			d.Issuer = "minister"
		}
		// the verb phrase: from the auxiliary (or the subject's verb) to the
		// participle
		vs, ve := v.start, v.end
		if !v.active {
			for _, a := range delAuxRe.FindAllStringIndex(text[:v.start], -1) {
				vs = a[0]
			}
			// "kunnen … worden gesteld": start at the modal
			if m := delMayRe.FindAllStringIndex(text[:vs], -1); len(m) > 0 && len(strings.Fields(text[m[len(m)-1][0]:vs])) <= 12 {
				vs = m[len(m)-1][0]
			}
		} else if v.kind == DelRegels && delRulesBefore(text, rules, v.start) < 0 {
			// "stelt bij regeling regels": the verb phrase runs to "regels"
			if i := delRulesAfter(text, rules, v.end); i >= 0 {
				ve = rules[i][1]
			}
		}
		if in == nil && subject != nil && v.active {
			// "Onze Minister kan … regels stellen": from the finite verb
			// after the subject
			fin := subject[3] + len(text[subject[3]:]) - len(strings.TrimLeft(text[subject[3]:], " "))
			if fin <= vs && len(strings.Fields(text[fin:vs])) <= 12 {
				vs = fin
			}
		}
		d.Verb = text[vs:ve]
		d.Mandatory = !delMayRe.MatchString(text[vs:ve])
		if subject != nil && subject[3] <= v.start && delMayRe.MatchString(text[subject[3]:v.start]) {
			d.Mandatory = false
		}
		if vs > 0 {
			// "Onze Minister kan … stellen": the modal before an active verb
			if m := delMayRe.FindAllStringIndex(text[:vs], -1); len(m) > 0 && v.active && len(strings.Fields(text[m[len(m)-1][0]:vs])) <= 10 {
				d.Mandatory = false
			}
		}
		d.Start, d.End = min(vs, d.InstrumentStart), max(ve, d.InstrumentEnd)
		if in == nil {
			d.Start = vs
			if subject != nil && subject[2] < vs {
				d.Start = subject[2]
			}
		}
		subjectEnd := -1
		if subject != nil {
			subjectEnd = subject[3]
		}
		d.Object, d.List = delObject(text, d, [2]int{v.start, v.end}, rules, subject, subjectEnd)
		d.Generic = !d.List && delGeneric(d.Object)
		if m := delDeviationRe.FindStringIndex(text); m != nil {
			d.Deviation = delTarget(text[m[1]:])
		}
		d.Start += offset
		d.End += offset
		d.InstrumentStart += offset
		d.InstrumentEnd += offset
		dist := 0
		if in != nil {
			dist = max(v.start-in[1], in[0]-v.end, 0)
		}
		// one delegation per instrument: the verb nearest to it ("Bij
		// algemene maatregel van bestuur worden regels gesteld over de wijze
		// waarop het bedrag wordt vastgesteld" delegates once)
		dup := false
		for i := range out {
			if out[i].InstrumentStart == d.InstrumentStart || in == nil && out[i].Instrument == "" {
				dup = true
				if dist < dists[i] {
					out[i], dists[i] = d, dist
				}
			}
		}
		if !dup {
			out = append(out, d)
			dists = append(dists, dist)
		}
	}
	return out
}

func delFormula(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	switch s {
	case "bij", "bij of krachtens", "krachtens":
		return s
	}
	return "other"
}

func delInstrument(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	switch {
	case strings.HasPrefix(s, "algemene maatregel"):
		return InstrAMvB
	case strings.HasPrefix(s, "ministeriële regeling"), strings.HasPrefix(s, "regeling van"), strings.HasPrefix(s, "regelingen van"):
		return InstrMR
	case strings.Contains(s, "verordening"):
		return InstrVerordening
	case strings.Contains(s, "besluit"):
		return InstrBesluit
	case s == "regeling":
		return InstrRegeling
	case s == "wet":
		return InstrWet
	}
	return InstrOther
}

// delObject returns what the delegation is about: the sentence without
// the instrument, the verb phrase, "(nadere) regels" and a minister as
// subject; and whether the sentence ends in a colon (the onderdelen name
// the subjects).
func delObject(text string, d Delegation, verb [2]int, rules [][]int, subject []int, subjectEnd int) (string, bool) {
	list := strings.HasSuffix(strings.TrimRight(text, " \n\t"), ":")
	type span struct{ a, b int }
	cut := []span{{d.InstrumentStart, d.InstrumentEnd}}
	if w := strings.Fields(text[verb[0]:verb[1]]); len(w) > 1 {
		// "stelt … vast": the two parts of the verb, not what is between
		cut = append(cut, span{verb[0], verb[0] + len(w[0])}, span{verb[1] - len(w[len(w)-1]), verb[1]})
	} else {
		cut = append(cut, span{verb[0], verb[1]})
	}
	for _, a := range delAuxRe.FindAllStringIndex(text[d.Start:d.End], -1) {
		cut = append(cut, span{d.Start + a[0], d.Start + a[1]})
	}
	for _, r := range rules {
		cut = append(cut, span{r[0], r[1]})
	}
	if subject != nil && subjectEnd > subject[2] {
		// "Onze Minister (van …) stelt": the subject is no part of the
		// object; a fronted adverbial before it stays
		cut = append(cut, span{subject[2], subjectEnd})
	}
	var b strings.Builder
	for i, r := range text {
		inCut := false
		for _, c := range cut {
			if c.a <= i && i < c.b {
				inCut = true
				break
			}
		}
		if inCut {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(r)
	}
	obj := delPunctRe.ReplaceAllString(strings.Join(strings.Fields(b.String()), " "), "$1")
	obj = strings.Trim(obj, delTrimSet)
	obj = strings.TrimSpace(delFillerLead(obj))
	obj = delLeadRe.ReplaceAllString(obj, "")
	return strings.Trim(obj, delTrimSet), list
}

// delFillerLead drops auxiliaries and fillers at the start of an object
// ("worden", "kunnen", "ook").
func delFillerLead(s string) string {
	for {
		f := strings.Fields(s)
		if len(f) == 0 {
			return ""
		}
		switch strings.ToLower(strings.Trim(f[0], delTrimSet)) {
		case "worden", "wordt", "kunnen", "kan", "zullen", "zal", "ook", "tevens", "voorts", "eveneens", "daarbij", "verder", "nadere", "regels", "is", "zijn", "bevoegd", "":
			s = strings.Join(f[1:], " ")
			continue
		}
		switch strings.ToLower(strings.Trim(f[len(f)-1], delTrimSet)) {
		case "worden", "wordt", "vast", "te", "":
			s = strings.Join(f[:len(f)-1], " ")
			continue
		}
		return s
	}
}

// delGeneric reports whether an object bounds nothing: empty, or only a
// catch-all such as "ter uitvoering van deze wet".
func delGeneric(obj string) bool {
	rest := delGenericRe.ReplaceAllString(obj, " ")
	rest = delFillerRe.ReplaceAllString(rest, " ")
	return strings.Trim(strings.Join(strings.Fields(rest), " "), delTrimSet) == ""
}

// delTarget returns what a deviation is from, at the start of s: the
// provisions named ("artikel 6, tweede lid, en artikel 8", "het bepaalde
// bij of krachtens deze wet", "de Algemene wet bestuursrecht"), at most
// twelve words (then "…").
func delTarget(s string) string {
	words := strings.Fields(s)
	var out []string
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",;:."))
		stop := false
		switch lw {
		case "kunnen", "kan", "worden", "wordt", "mag", "mogen", "geen", "niet", "is", "zijn", "ten", "voor", "indien",
			"waarin", "waarbij", "dat", "die", "wanneer", "regels", "nadere", "vormen", "gevallen", "aan", "op", "door", "in":
			stop = true
		case "bij", "krachtens":
			// "het bepaalde bij of krachtens deze wet", "de krachtens het
			// eerste lid gestelde regels" name what is deviated from; "bij
			// algemene maatregel van bestuur" is the instrument
			stop = !delTargetAdjective(words, i)
		}
		if lw == "in" {
			stop = !delTargetAdjective(words, i) // "de in hoofdstuk III vervatte bepalingen"
		}
		if stop {
			break
		}
		if len(out) == 12 {
			out = append(out, "…")
			break
		}
		out = append(out, w)
		if strings.ContainsAny(w, ";:.") || strings.HasSuffix(w, ",") && i+1 < len(words) && !delTargetGoesOn(words[i+1]) {
			break
		}
		// "artikel 7a terug te geven bedragen", "het eerste lid
		// vermogensbestanddelen": the provision ends at its number or lid
		if e := strings.Trim(lw, ","); (e == "lid" || e == "leden" || e != "" && e[0] >= '0' && e[0] <= '9') &&
			!strings.HasSuffix(w, ",") && i+1 < len(words) {
			next := strings.ToLower(strings.Trim(words[i+1], ",;:."))
			if !delTargetGoesOn(words[i+1]) && next != "van" && next != "tot" && next != "met" {
				break
			}
		}
	}
	return strings.Trim(strings.Join(out, " "), delTrimSet)
}

// delTargetGoesOn reports whether a word after a comma continues a list of
// provisions ("artikel 6, tweede lid", "de artikelen 9, 10 en 11").
func delTargetGoesOn(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:."))
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde",
		"onderdeel", "onderdelen", "onder", "lid", "en", "of", "aanhef", "artikel", "artikelen", "hoofdstuk", "paragraaf", "afdeling", "titel":
		return true
	}
	return false
}

// delRulesBefore returns the index of the "regels" that an active verb at
// start completes ("nadere regels stellen", "regels vast te stellen", "regels te
// stellen"), or -1.
func delRulesBefore(text string, rules [][]int, start int) int {
	for i := len(rules) - 1; i >= 0; i-- {
		if r := rules[i]; r[1] <= start && len(strings.Fields(text[r[1]:start])) <= 3 {
			return i
		}
	}
	return -1
}

// delRulesAfter returns the index of the "regels" that follows an active
// verb ending at end ("stelt bij regeling regels", "stelt omtrent … regels
// vast"), or -1.
func delRulesAfter(text string, rules [][]int, end int) int {
	verb := strings.Fields(strings.ToLower(text[:end]))
	limit := 12
	if n := len(verb); n > 0 && strings.HasPrefix(verb[n-1], "ge") {
		limit = 2 // "geeft nadere regels", not "zienswijze te geven over de … regels"
	}
	for i, r := range rules {
		if r[0] < end {
			continue
		}
		between := strings.Fields(strings.ToLower(text[end:r[0]]))
		if len(between) > limit {
			break
		}
		if n := len(between); n > 0 && len(between[n-1]) > 4 && strings.HasSuffix(between[n-1], "de") {
			continue // "de vastgestelde regels", "de bedoelde regels": rules made elsewhere
		}
		return i
	}
	return -1
}

// delTargetAdjective reports whether "bij", "krachtens" or "in" at words[i]
// opens a phrase before a participle ("het bepaalde bij of krachtens …", "de
// krachtens het eerste lid gestelde regels", "de in hoofdstuk III vervatte
// bepalingen") rather than a new part of the sentence.
func delTargetAdjective(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch strings.ToLower(words[i-1]) {
	case "bepaalde", "of", "en", "de", "het", "overigens":
		return true
	}
	return false
}
