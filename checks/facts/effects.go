package facts

import (
	"regexp"
	"sort"
	"strings"

	"github.com/wetlint/wetlint/clause"
)

// Kinds of adverse effects a provision can have on the person it concerns.
const (
	EffectRecovery   = "recovery"   // money paid out is claimed back: teruggevorderd, vordert terug, in zijn geheel verschuldigd
	EffectFine       = "fine"       // a (bestuurlijke) boete
	EffectSanction   = "sanction"   // a maatregel: the benefit is lowered
	EffectLoss       = "loss"       // an entitlement lapses or does not exist: vervalt, geen recht, nihil, niet in aanmerking
	EffectWithdrawal = "withdrawal" // a grant or permit is withdrawn: ingetrokken, trekt in
	EffectRefusal    = "refusal"    // an application is refused: weigert, geweigerd, afgewezen
	EffectSuspension = "suspension" // payment is suspended: schort op, opgeschort
	EffectLiability  = "liability"  // someone answers for another's debt: hoofdelijk aansprakelijk
	EffectSetoff     = "setoff"     // a debt is set off against payments: verrekening
	EffectInterest   = "interest"   // interest is charged: rente in rekening
	EffectPayment    = "payment"    // immediate payment in full: terstond en tot het volle bedrag
)

// An Effect is a place where a provision attaches an adverse consequence
// to a person: recovery, a fine, the loss of an entitlement, … It records
// how the consequence is phrased, which the hardship rules need: imposed
// or a power, negated or not, in the main clause or in a condition.
type Effect struct {
	Kind string `json:"kind"`
	// Text is the phrase: the verb and its core ("wordt geheel
	// teruggevorderd", "vordert de kosten terug"), or the core alone when
	// they stand far apart.
	Text     string `json:"text"`
	Start    int    `json:"start"` // byte offsets of Text in the unit's text
	End      int    `json:"end"`
	Sentence string `json:"sentence"` // sentence id
	// Bound is true when the consequence is imposed; false when the
	// clause is a power (kan, mag, is bevoegd).
	Bound bool `json:"bound"`
	// Negated is true for "wordt niet teruggevorderd", "vervalt niet".
	// Kinds whose negation is their content ("geen recht") are not negated.
	Negated bool `json:"negated"`
	// Main is true in the main clause; false inside a condition or a
	// relative clause ("indien … wordt teruggevorderd", "van wie wordt
	// teruggevorderd").
	Main bool `json:"main"`
	// Full is true when the text says the whole amount: volledig, geheel,
	// in zijn geheel, integraal.
	Full bool `json:"full,omitempty"`
	// Amount is the amount of a fine or sanction as written ("10
	// procent", "€ 500"), and Maximum whether it is a maximum ("ten
	// hoogste") rather than a fixed amount.
	Amount  string `json:"amount,omitempty"`
	Maximum bool   `json:"maximum,omitempty"`
}

type effectPattern struct {
	kind string
	re   *regexp.Regexp // groups: a = the finite verb (anchor), v = the core words reported
	keys []string       // prefilter: one of these occurs in the lower-case sentence
	also []string       // and, when set, one of these too
	// sep marks a split separable verb ("vordert … terug"): only a main
	// clause splits it, so the clause test is skipped.
	sep bool
	// inherentNeg marks patterns whose negation is their content.
	inherentNeg bool
	need        *regexp.Regexp // the sentence must also match
	not         *regexp.Regexp // the core's clause must not match
	anchor      *regexp.Regexp // the anchor group alone (set by init)
}

var anchorGroupRe = regexp.MustCompile(`\(\?P<a>([^()]*)\)`)

func init() {
	for i := range effectPatterns {
		p := &effectPatterns[i]
		if m := anchorGroupRe.FindStringSubmatch(p.re.String()); m != nil {
			p.anchor = regexp.MustCompile(`(?i)\b(?:` + m[1] + `)\b`)
		}
	}
}

const (
	benefitNouns = `recht op|aanspraak|uitkering|bijstand|toeslag|zorgtoeslag|huurtoeslag|kinderopvangtoeslag|tegemoetkoming|subsidie|voorschot|vergoeding|voorziening|kinderbijslag|pensioen|studiefinanciering|toelage|budget|kindgebonden budget|beurs|lening|compensatie|bijdrage|inkomensvoorziening|toeslagen|uitkeringen|subsidies|tegemoetkomingen|vergoedingen|voorzieningen`
	grantNouns   = benefitNouns + `|vergunning|ontheffing|erkenning|toekenning|beschikking|registratie|inschrijving|aanwijzing|vrijstelling|machtiging|licentie|certificaat|verblijfsvergunning|verlening|verklaring|keurmerk|accreditatie`
)

var (
	benefitRe   = regexp.MustCompile(`(?i)\b(?:` + benefitNouns + `)\b`)
	grantRe     = regexp.MustCompile(`(?i)\b(?:` + grantNouns + `)\b`)
	boeteRe     = regexp.MustCompile(`(?i)\b(?:bestuurlijke |administratieve )?(?:geld)?boetes?\b`)
	maatregelRe = regexp.MustCompile(`(?i)\bmaatregel\b|\bverlaging\b`)
	criminalRe  = regexp.MustCompile(`(?i)\bgestraft\b|\bstrafbaar\b|\bhechtenis\b|\bgevangenisstraf\b`)
	// owedBenefitRe: what is owed is a benefit or was paid wrongly
	owedBenefitRe     = regexp.MustCompile(`(?i)terugvordering|teruggevorderd|onverschuldigd|ten onrechte|onjuist\w*|te veel|\w*(?:toeslag|uitkering|subsidie|tegemoetkoming|vergoeding|bijstand|voorschot|bijdrage|beurs|toelage)\b`)
	recoveryCtxRe     = regexp.MustCompile(`(?i)terugvordering|terug te vorderen|teruggevorderd|onverschuldigd|ten onrechte|te veel|te hoog bedrag`)
	fullRe            = regexp.MustCompile(`(?i)\b(?:volledig|volledige|geheel|gehele|in (?:zijn|haar|hun) geheel|integraal|ten volle|volle bedrag)\b`)
	adminPayerRe      = regexp.MustCompile(`(?i)\b(?:het fonds|onze minister|de minister|het college|het bestuursorgaan|de dienst toeslagen|de belastingdienst|de inspecteur|de ontvanger|het uwv|de sociale verzekeringsbank|de staat|het rijk|de gemeente)\b`)
	proRataRe         = regexp.MustCompile(`(?i)\bevenredig\b|\bnaar rato\b|\bnaar evenredigheid\b|\btijdsevenredig`)
	namedRegulationRe = regexp.MustCompile(`(?i)^\s*(?:de|het)\s+(?:regeling|besluit|wet|reglement|verordening|circulaire|beleidsregel|beleidsregels)\b`)
	// interimRe: a voorlopige voorziening is a court measure, not a benefit
	interimRe    = regexp.MustCompile(`(?i)\bvoorlopige voorziening(?:en)?\b`)
	nihilNotRe   = regexp.MustCompile(`(?i)terugvordering|terug te vorderen|boete|schuld|verschuldigd|belasting|aanslag|heffing|rente|premie|eigen bijdrage|verhoging|verlaging|korting`)
	amountRe     = regexp.MustCompile(`(?i)€\s?\d(?:[\d.,]*\d)?(?:\s\d{3}\b)*|\beur(?:o)?\s?\d(?:[\d.,]*\d)?|\b\d(?:[\d.,]*\d)?\s?euro\b|\b(?:twee|drie|vier|vijf|tien)maal\b|\b\d+(?:,\d+)?\s?(?:procent|%)|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|vijftien|twintig|vijfentwintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)\s+procent\b|\b(?:twee|drie|vier|vijf|tien)voud\b|\bhet (?:dubbele|drievoudige|viervoudige|tweevoudige|vijfvoudige)\b|\bgelijk aan (?:het|de) [^.;,]{1,60}`)
	lossSetoffRe = regexp.MustCompile(`(?i)\bverlie(?:s|zen)\b`)
	maximumRe    = regexp.MustCompile(`(?i)\bten hoogste\b|\bmaximaal\b|\bhoogstens\b|\bmaximum\b|\bniet meer dan\b|\bniet hoger dan\b|\btot een bedrag van\b|\bcategorie\b|\bbegrensd\b|\bmaximering\b|\bgemaximeerd\b`)
)

// particleEnd ends the particle of a split separable verb ("vordert … terug
// indien"): punctuation, the end, or a word that starts what follows; not
// "te" ("terug te vorderen" is another construction).
const particleEnd = `(?:\s*[,.;:]|\s*$|\s+(?:aan|van|indien|als|wanneer|binnen|voor|voorzover|tenzij|op|met|zodra|uiterlijk|bij|ten|in|over|tot|door|na|nadat|zolang|overeenkomstig|ingevolge|en|of)\b)`

// re compiles a case-insensitive pattern in which [^.;] (no sentence or
// list boundary) also lets a period inside a number through ("€ 1.500").
// subjectNear builds a passive pattern whose subject is one of nouns: the
// noun before the auxiliary ("De subsidie wordt ingetrokken") or right
// after it ("wordt de subsidie ingetrokken").
func subjectNear(nouns, aux, participle string) string {
	return `(?:\b(?:` + nouns + `)\b[^.;]{0,80}?\b(?P<a>` + aux + `)\b|\b(?P<a2>` + aux + `)\s+(?:de|het|een|zijn|haar|hun)\s+(?:\S+\s+){0,3}?(?:` + nouns + `)\b)[^.;]{0,80}?\b(?P<v>` + participle + `)\b`
}

func re(s string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + strings.ReplaceAll(s, `[^.;]`, `(?:[^.;]|\.\d)`))
}

var effectPatterns = []effectPattern{
	// recovery
	{kind: EffectRecovery, keys: []string{"teruggevorderd", "terug gevorderd"},
		re: re(`\b(?P<a>wordt|worden|werd|werden)\b[^.;]{0,140}?\b(?P<v>teruggevorderd|terug gevorderd)\b`)},
	{kind: EffectRecovery, keys: []string{"vorder"}, sep: true,
		re: re(`\b(?P<a>vordert|vorderen)\b[^.;]{0,140}?\b(?P<v>terug)` + particleEnd)},
	{kind: EffectRecovery, keys: []string{"over tot"}, sep: true,
		re: re(`\b(?P<a>gaat|gaan)\b[^.;]{0,100}?\bover tot (?:de |gehele |volledige )?(?P<v>terugvordering)\b`)},
	{kind: EffectRecovery, keys: []string{"terugvordering"}, sep: true,
		re: re(`\b(?P<v>terugvordering)\b[^.;]{0,30}?\b(?P<a>vindt)\b[^.;]{0,40}?\bplaats\b`)},
	{kind: EffectRecovery, keys: []string{"terugvordering"}, sep: true,
		re: re(`\b(?P<a>vindt)\b[^.;]{0,40}?\b(?P<v>terugvordering)\b[^.;]{0,60}?\bplaats\b`)},
	{kind: EffectRecovery, keys: []string{"verschuldigd"}, need: recoveryCtxRe,
		re: re(`\b(?P<a>is|zijn)\b[^.;]{0,160}?\b(?P<v>(?:in (?:zijn|haar|hun) geheel|volledig|geheel) verschuldigd)\b`)},
	// "is het volledige bedrag van de energietoeslag verschuldigd": the
	// whole of a benefit owed back
	{kind: EffectRecovery, keys: []string{"verschuldigd"}, need: owedBenefitRe,
		re: re(`\b(?P<a>is|zijn)\b[^.;]{0,60}?\b(?P<v>(?:het|de) (?:volledige|gehele|volle|totale) (?:bedrag|som)\b[^.;]{0,80}?\bverschuldigd)\b`)},
	{kind: EffectRecovery, keys: []string{"verplicht", "gehouden"},
		re: re(`\b(?P<a>is|zijn)\b[^.;]{0,40}?\b(?:verplicht|gehouden)\b[^.;]{0,160}?\b(?P<v>terug te betalen|terug te vorderen|tot (?:gehele |volledige |onvoorwaardelijke )?terugbetaling|terug te storten)\b`)},
	// a duty to repay said with a modal verb: "dient het bedrag terug te
	// betalen", "moet de ontvangen tegemoetkoming terugbetalen"
	{kind: EffectRecovery, keys: []string{"terug te betalen", "terug te storten", "terugbetalen", "terugstorten"}, also: []string{"dient", "dienen", "moet"}, not: adminPayerRe,
		re: re(`\b(?P<a>dient|dienen|moet|moeten)\b[^.;]{0,160}?\b(?P<v>terug te betalen|terug te storten|terugbetalen|terugstorten)\b`)},
	{kind: EffectRecovery, keys: []string{"betaalt", "betalen", "stort"}, also: []string{"terug"}, sep: true, need: recoveryCtxRe, not: adminPayerRe,
		re: re(`\b(?P<a>betaalt|betalen|stort|storten)\b[^.;]{0,140}?\b(?P<v>terug)` + particleEnd)},

	// fines
	{kind: EffectFine, keys: []string{"boete"}, also: []string{"legt", "leggen"}, sep: true,
		re: re(`\b(?P<a>legt|leggen)\b[^.;]{0,140}?\b(?P<v>(?:bestuurlijke |administratieve )?(?:geld)?boete)\b[^.;]{0,180}?\b(?P<p>op)\b`)},
	{kind: EffectFine, keys: []string{"opgelegd"}, also: []string{"boete"}, need: boeteRe,
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,140}?\b(?P<v>opgelegd)\b`)},
	{kind: EffectFine, keys: []string{"boete"}, also: []string{"opleggen", "op te leggen"},
		re: re(`\b(?P<a>kan|kunnen|is bevoegd|zijn bevoegd)\b[^.;]{0,180}?\b(?P<v>(?:bestuurlijke |administratieve )?(?:geld)?boete)\b[^.;]{0,180}?\b(?:op te leggen|opleggen)\b`)},
	{kind: EffectFine, keys: []string{"boete"}, also: []string{"bedraagt", "bedragen"},
		re: re(`\b(?P<v>(?:bestuurlijke |administratieve )?(?:geld)?boete)\b[^.;]{0,60}?\b(?P<a>bedraagt|bedragen)\b`)},
	{kind: EffectFine, keys: []string{"opleggen"},
		re: re(`\b(?P<v>(?:bestuurlijke |administratieve )?(?:geld)?boete)\b[^.;]{0,160}?\b(?P<a>kan|kunnen|mag|mogen) opleggen\b`)},
	{kind: EffectFine, keys: []string{"verbeur"},
		re: re(`\b(?P<a>verbeurt|verbeuren)\b[^.;]{0,80}?\b(?P<v>(?:bestuurlijke )?boete)\b`)},

	// sanctions on a benefit
	{kind: EffectSanction, keys: []string{"verlaag"}, not: proRataRe,
		re: re(`\b(?P<a>verlaagt|verlagen)\b[^.;]{0,120}?\b(?P<v>bijstand|uitkering|toeslag|tegemoetkoming|norm|bijdrage|vergoeding|studiefinanciering|budget|inkomensvoorziening)\b`)},
	{kind: EffectSanction, keys: []string{"verlaagd"}, not: proRataRe,
		re: re(subjectNear(benefitNouns, `wordt|worden`, `verlaagd`))},
	{kind: EffectSanction, keys: []string{"maatregel"}, sep: true,
		re: re(`\b(?P<a>legt|leggen)\b[^.;]{0,120}?\b(?P<v>maatregel)\b[^.;]{0,140}?\b(?P<p>op)\b`)},
	{kind: EffectSanction, keys: []string{"opgelegd"}, also: []string{"maatregel", "verlaging"}, need: maatregelRe,
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,140}?\b(?P<v>opgelegd)\b`)},

	// loss of an entitlement
	{kind: EffectLoss, keys: []string{"vervalt", "vervallen"},
		re: re(`\b(?P<a>vervalt|vervallen)\b[^.;]{0,60}?\b(?P<v>(?:het |de )?(?:` + benefitNouns + `))\b`)},
	{kind: EffectLoss, keys: []string{"vervalt", "vervallen"},
		re: re(`\b(?P<v>(?:recht op|aanspraak(?: op)?) [^.;,]{1,80}?|` + benefitNouns + `)\s+(?P<a>vervalt|vervallen)\b`)},
	{kind: EffectLoss, keys: []string{"geen recht", "geen aanspraak"}, inherentNeg: true,
		re: re(`\b(?P<a>heeft|hebben|bestaat|bestaan|ontstaat|ontstaan|geldt|kent|verkrijgt|verkrijgen)\b[^.;]{0,100}?\b(?P<v>geen (?:recht|aanspraak))\b`)},
	{kind: EffectLoss, keys: []string{"geen recht", "geen aanspraak"}, inherentNeg: true,
		re: re(`\b(?P<v>geen (?:recht|aanspraak))\b[^.;]{0,80}?\b(?P<a>bestaat|bestaan|heeft|hebben|ontstaat)\b`)},
	{kind: EffectLoss, keys: []string{"nihil"}, not: nihilNotRe,
		re: re(subjectNear(benefitNouns, `bedraagt|bedragen|wordt|worden`, `(?:vastgesteld |gesteld )?op nihil|nihil`))},
	{kind: EffectLoss, keys: []string{"nihil"}, not: nihilNotRe,
		re: re(`\b(?P<a>stelt|stellen)\b[^.;]{0,30}?\b(?:de|het)\s+(?:\S+\s+){0,3}?(?:` + benefitNouns + `)\b[^.;]{0,60}?\bvast op (?P<v>nihil)\b`)},
	{kind: EffectLoss, keys: []string{"in aanmerking"}, inherentNeg: true,
		re: re(`\b(?P<a>komt|komen)\b[^.;]{0,60}?\b(?P<v>niet in aanmerking)\b`)},
	{kind: EffectLoss, keys: []string{"toegekend", "verleend", "verstrekt", "uitbetaald", "uitgekeerd", "betaald"}, also: []string{"niet", "geen"}, inherentNeg: true, need: benefitRe,
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,40}?\b(?P<v>(?:niet|geen)\b[^.;]{0,30}?\b(?:toegekend|verleend|verstrekt|uitbetaald|uitgekeerd|betaald))\b`)},
	{kind: EffectLoss, keys: []string{"uitgesloten"}, need: benefitRe,
		re: re(`\b(?P<a>is|zijn|wordt|worden)\b[^.;]{0,60}?\b(?P<v>uitgesloten)\b`)},
	{kind: EffectLoss, keys: []string{"beëindig"},
		re: re(`\b(?P<a>beëindigt)\b[^.;]{0,120}?\b(?P<v>` + benefitNouns + `)\b`)},
	{kind: EffectLoss, keys: []string{"beëindigd"}, need: benefitRe,
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,120}?\b(?P<v>beëindigd)\b`)},

	// withdrawal of a grant
	{kind: EffectWithdrawal, keys: []string{"ingetrokken"}, not: namedRegulationRe,
		re: re(subjectNear(grantNouns, `wordt|worden`, `ingetrokken`))},
	{kind: EffectWithdrawal, keys: []string{"trek"}, sep: true,
		re: re(`\b(?P<a>trekt|trekken)\b[^.;]{0,40}?\b(?:de|het|een|deze|die|dat|zijn|haar)\b[^.;]{0,60}?\b(?:` + grantNouns + `)\b[^.;]{0,60}?\b(?P<v>in)\b(?:\s*(?:[,.;]|$)|\s+(?:indien|als|wanneer|voor zover|voorzover|tenzij|met|zodra|zolang|ten|bij|op|per)\b)`)},

	// refusal
	{kind: EffectRefusal, keys: []string{"weiger"},
		re: re(`\b(?P<a>weigert|weigeren)\b[^.;]{0,60}?\b(?P<v>(?:` + grantNouns + `|aanvraag|verzoek|verlenging|uitbetaling|betaling))\b`)},
	{kind: EffectRefusal, keys: []string{"geweigerd"}, need: grantRe,
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,120}?\b(?P<v>geweigerd)\b`)},
	{kind: EffectRefusal, keys: []string{"afgewezen"}, need: re(`\baanvraag|\bverzoek`),
		re: re(`\b(?P<a>wordt|worden)\b[^.;]{0,120}?\b(?P<v>afgewezen)\b`)},
	{kind: EffectRefusal, keys: []string{"wijst", "wijzen"}, sep: true,
		re: re(`\b(?P<a>wijst|wijzen)\b[^.;]{0,40}?\b(?:aanvraag|verzoek)\b[^.;]{0,60}?\b(?P<v>af)\b`)},

	// suspension of payment
	{kind: EffectSuspension, keys: []string{"schort"}, sep: true,
		re: re(`\b(?P<a>schort|schorten)\b[^.;]{0,40}?\b(?:de|het|een)\s+(?:\S+\s+){0,3}?(?P<v>` + benefitNouns + `|betaling|uitbetaling)\b[^.;]{0,80}?\bop\b`)},
	{kind: EffectSuspension, keys: []string{"opgeschort", "geschorst"},
		re: re(subjectNear(benefitNouns+`|betaling|uitbetaling`, `wordt|worden`, `opgeschort|geschorst`))},

	// liability for another's debt
	{kind: EffectLiability, keys: []string{"hoofdelijk"},
		re: re(`\b(?P<v>hoofdelijk (?:aansprakelijk|verbonden|verschuldigd|gehouden))\b`)},

	// set-off
	// not the set-off of a loss against profits in tax law ("verrekening
	// van een verlies"): the match takes that object along when it is
	// there, so that not sees it
	{kind: EffectSetoff, keys: []string{"verreken"}, not: lossSetoffRe,
		re: re(`\b(?P<v>verrekening|verrekenen|verrekent|verrekend)\b(?:\s+(?:van\s+)?(?:een |het |de )?(?:\w+\s+)?verlie(?:s|zen)\b)?`)},

	// interest charged
	{kind: EffectInterest, keys: []string{"rente"},
		re: re(`\b(?P<v>rente)\b[^.;]{0,100}?\b(?:in rekening (?:gebracht|gebrengen|te brengen)|berekend|geheven|verschuldigd)\b`)},
	{kind: EffectInterest, keys: []string{"rente"},
		re: re(`\b(?P<a>brengt|brengen)\b[^.;]{0,80}?\b(?P<v>rente)\b[^.;]{0,60}?\bin rekening\b`)},

	// immediate payment in full
	{kind: EffectPayment, keys: []string{"terstond", "ineens", "opeisbaar", "invorderbaar"},
		re: re(`\b(?P<v>terstond en tot het volle bedrag|ineens (?:en )?(?:volledig |geheel )?(?:te )?(?:betalen|terug te betalen|invorderbaar|opeisbaar|verschuldigd)|(?:direct|onmiddellijk|terstond) (?:en (?:volledig|geheel) )?(?:opeisbaar|invorderbaar))\b`)},
}

// effects finds the adverse effects in one sentence. text is the sentence,
// offset its byte offset in the unit's text.
func effects(text string, offset int, sentence string) []Effect {
	low := strings.ToLower(text)
	var out []Effect
	seen := map[[2]int]bool{}
	// a voorlopige voorziening is a court measure, not a benefit; blank it
	// out (keeping offsets) so that no pattern reads it as one
	clean := text
	if strings.Contains(low, "voorlopige voorziening") {
		clean = interimRe.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat("x", len(m)) })
	}
	for _, p := range effectPatterns {
		if !containsAny(low, p.keys) || len(p.also) > 0 && !containsAny(low, p.also) {
			continue
		}
		if p.need != nil && !p.need.MatchString(clean) {
			continue
		}
		if (p.kind == EffectFine || p.kind == EffectSanction) && criminalRe.MatchString(text) {
			continue
		}
		vi, ai, a2 := p.re.SubexpIndex("v"), p.re.SubexpIndex("a"), p.re.SubexpIndex("a2")
		for _, m := range p.re.FindAllStringSubmatchIndex(clean, -1) {
			vs, ve := m[2*vi], m[2*vi+1]
			as, ae := vs, ve
			if a2 >= 0 && m[2*a2] >= 0 {
				as, ae = m[2*a2], m[2*a2+1]
			} else if ai >= 0 && m[2*ai] >= 0 {
				as, ae = m[2*ai], m[2*ai+1]
				if p.anchor != nil && as < vs {
					// the nearest anchor before the core: "wordt ingetrokken
					// of … van wie wordt teruggevorderd"
					// only when it stands right before the core; a later
					// auxiliary further away has a participle of its own
					ls := p.anchor.FindAllStringIndex(text[ae:vs], -1)
					if len(ls) > 0 {
						l := ls[len(ls)-1]
						if len(strings.Fields(text[ae+l[1]:vs])) <= 3 {
							as, ae = ae+l[0], ae+l[1]
						}
					}
				}
			}
			if p.sep && strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:as])), " te") {
				continue // "uit te betalen": an infinitive, not a finite verb
			}
			key := [2]int{kindIndex(p.kind), vs}
			if seen[key] {
				continue
			}
			first, last := min(as, vs), max(ae, ve)
			if pi := p.re.SubexpIndex("p"); pi >= 0 && m[2*pi] >= 0 {
				last = max(last, m[2*pi+1]) // the particle: "legt … een boete op"
			}
			// not sees the clause up to the end of the whole match (a pattern
			// may take words after its core along for it)
			if p.not != nil && p.not.MatchString(text[segmentStart(text, first):max(last, m[1])]) {
				continue
			}
			seen[key] = true
			ts, te := vs, ve
			if last-first <= 80 {
				ts, te = first, last // "vordert de kosten volledig terug"
			}
			e := Effect{Kind: p.kind, Text: text[ts:te], Start: offset + ts, End: offset + te, Sentence: sentence}
			e.Main = p.sep || !subordinateAt(text, first) && !(as < vs && subordinateAt(text[ae:], vs-ae))
			e.Bound = !powerBefore(text, ae) && !powerRe.MatchString(text[as:ae])
			if !p.inherentNeg {
				e.Negated = negatedBetween(text, first, last) || geenBefore(text, first)
			}
			tail := text[vs:min(len(text), ve+60)]
			e.Full = fullRe.MatchString(text[first:last]) || fullRe.MatchString(tail)
			if p.kind == EffectFine || p.kind == EffectSanction {
				e.Amount, e.Maximum = amountOf(text, first)
			}
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}

// inCondition marks the effects of an onderdeel as conditions when the
// lead-in it completes ends in a condition ("… heeft geen recht indien:"):
// "a. het recht op kinderbijslag is uitgesloten;" is then a case, not a
// consequence.
func inCondition(u *clause.Unit, es []Effect) {
	if u.Kind != clause.Onderdeel && u.Kind != clause.Subonderdeel || u.Parent == nil || len(u.Parent.Sentences) == 0 {
		return
	}
	lead := strings.TrimSpace(u.Parent.Sentences[len(u.Parent.Sentences)-1].Text)
	if !strings.HasSuffix(lead, ":") {
		return
	}
	if firstSubordinator(lead[segmentStart(lead, len(lead)-1):]) < 0 {
		return
	}
	for i := range es {
		es[i].Main = false
	}
}

func kindIndex(k string) int {
	for i, p := range []string{EffectRecovery, EffectFine, EffectSanction, EffectLoss, EffectWithdrawal, EffectRefusal,
		EffectSuspension, EffectLiability, EffectSetoff, EffectInterest, EffectPayment} {
		if p == k {
			return i
		}
	}
	return -1
}

// geenBefore reports a "geen" directly before a noun form ("geen
// terugvordering").
func geenBefore(s string, i int) bool {
	f := strings.Fields(strings.ToLower(s[:i]))
	return len(f) > 0 && (f[len(f)-1] == "geen" || len(f) > 1 && f[len(f)-2] == "geen" && f[len(f)-1] == "tot")
}

// amountOf finds the amount of a fine or sanction in the sentence after
// position i and whether it is written as a maximum.
func amountOf(s string, i int) (string, bool) {
	rest := s[i:]
	loc := amountRe.FindStringIndex(rest)
	if loc == nil {
		return "", maximumRe.MatchString(rest)
	}
	// a maximum word in the stretch leading up to the amount
	from := max(0, loc[0]-60)
	return strings.TrimSpace(rest[loc[0]:loc[1]]), maximumRe.MatchString(rest[from:loc[1]])
}

func containsAny(s string, keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
