package facts

import (
	"regexp"
	"strings"
)

// Kinds of presumption.
const (
	PresFiction     = "fiction"     // "wordt geacht …": the law treats something as so
	PresPresumption = "presumption" // "wordt vermoed …": so until the contrary is shown
	PresBurden      = "burden"      // "tenzij hij aannemelijk maakt …": the person must prove it
	PresSuspicion   = "suspicion"   // "gegrond vermoeden", "gerede twijfel": a consequence on suspicion
)

// Polarities of a presumption for the person it concerns.
const (
	PolarityAdverse    = "adverse"
	PolarityFavourable = "favourable"
	PolarityNeutral    = "neutral"
)

// A Presumption is a legal fiction, presumption or burden of proof, with
// its polarity for the person it concerns: a fiction that someone applied
// ("wordt geacht een aanvraag te hebben gedaan") helps them; one that they
// misused a grant ("wordt vermoed de subsidie voor een ander doel te
// hebben gebruikt") works against them.
type Presumption struct {
	Kind     string `json:"kind"`
	Polarity string `json:"polarity"`
	Text     string `json:"text"`  // the marker: "wordt vermoed", "tenzij hij aannemelijk maakt"
	Start    int    `json:"start"` // byte offsets of Text in the unit's text
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// Person is true when the sentence concerns a person (aanvrager,
	// belanghebbende, hij, …) rather than a thing, an office or a company:
	// by its words, or because the sentence's actor is a citizen (set in
	// Extract, from the sentence facts).
	Person bool `json:"person"`
	// ifPerson is the polarity the presumption has when it concerns a
	// person; Extract uses it when the sentence facts say it does.
	ifPerson string
}

var (
	markerRe  = regexp.MustCompile(`(?i)\b(geacht|vermoed)\b`)
	auxWordRe = regexp.MustCompile(`(?i)\b(?:wordt|worden)\b`)
	// evaluative uses: "kan worden geacht" (can be regarded as),
	// "redelijkerwijs kan worden vermoed" (a standard of suspicion for a
	// power to investigate)
	evaluativeRe = regexp.MustCompile(`(?i)\b(?:kan|kunnen|mag|mogen|moet|moeten|redelijkerwijs|redelijk)\s+(?:\S+\s+){0,2}$`)
	burdenRe     = regexp.MustCompile(`(?i)\btenzij\s+((?:de|het|een|hij|zij|ze|deze|die|degene)\b[^.;]{0,80}?)\s*\b(aannemelijk (?:maakt|maken|kan maken|kunnen maken)|aantoont|aantonen|kan aantonen|bewijst|bewijzen|doet blijken)\b`)
	suspicionRe  = regexp.MustCompile(`(?i)\b(?:gegrond(?:e)? vermoeden|gerede twijfel|ernstig vermoeden|redelijk vermoeden)\b`)

	adverseContentRe    = regexp.MustCompile(`(?i)\b(?:ingetrokken|afstand|ander doel|andere doeleinden|anders dan|misbruik|oneigenlijk\w*|fraude|frauduleu\w*|onjuist\w*|onvolledig\w*|opzet\w*|grove schuld|verwijtbaar|eigen toedoen|eigen schuld|verzwegen|nagelaten|vertrokken|verlaten|uitgeschreven|beëindigd|vervallen|afgezien|geweigerd|afgewezen|ten onrechte|onrechtmatig\w*|toereikend|onderbroken|uitreiziger|strafbaar|schuldig|verschuldigd|teruggevorderd|nihil)\b`)
	favourableContentRe = regexp.MustCompile(`(?i)\b(?:aanvraag|aanvragen|verzoek|aangifte|bezwaar|beroep|melding|opgave|opgaaf)\b[^.;]{0,60}?\b(?:gedaan|ingediend|gericht|ingesteld|ontvangen|verricht)\b|\b(?:tijdig|recht op|aanspraak|voldaan|te voldoen|toegekend|verleend|verstrekt|ingezetene|woonachtig|verzekerd|ingeschreven|rechtmatig verblijf|verblijf te houden)\b`)
	contentNegRe        = regexp.MustCompile(`(?i)\b(?:niet|geen|nimmer|nooit)\b`)
	criminalProcRe      = regexp.MustCompile(`(?i)\b(?:officier van justitie|opsporing\w*|misdrijf|misdrijven|strafbaar feit|verdachte|verdenking)\b`)
	personRe            = regexp.MustCompile(`(?i)\b(?:hij|zij|hem|haar|aanvraag|bezwaar|degene|de persoon|een persoon|personen|belanghebbende|aanvrager|verzekerde|ouder|ouders|partner|huurder|werknemer|student|studerende|deelnemer|betrokkene|uitkeringsgerechtigde|vreemdeling|ingezetene|burger|gerechtigde|pensioengerechtigde|jonggehandicapte|zelfstandige|alleenstaande|medebewoner|gezinslid|kind|leerling|cliënt|patiënt|verdachte|inburgeringsplichtige|belastingplichtige|bijstandsgerechtigde|echtgenoot|echtgenote|weduwe|weduwnaar|wees|nabestaande)\b`)
	officeSubjectRe     = regexp.MustCompile(`(?i)^\s*(?:de|het)\s+(?:college|minister|dienst|inspecteur|uwv|svb|bestuursorgaan|belastingdienst|sociale verzekeringsbank|uitvoeringsinstituut|ontvanger|gemeente|cak|rijksdienst)\b|^\s*onze minister\b`)
)

// omissionRe: the person left out an act the regulation asks ("de
// verklaring niet is overgelegd"); not a condition unmet ("niet voldoet
// aan de voorwaarde", which a remedial fiction may repair) and not the
// office's delay ("niet binnen drie maanden is beslist").
var omissionRe = regexp.MustCompile(`\bniet (?:tijdig |volledig |of niet tijdig |of niet volledig )?(?:is |zijn |heeft |hebben |wordt |worden )?(?:ingediend|overgelegd|verstrekt|gemeld|ingeleverd|aangeleverd|ondertekend|betaald|medegedeeld|meegedeeld|opgegeven|aangetoond)\b|\bte laat (?:is |zijn |wordt |worden )?(?:ingediend|overgelegd|verstrekt|gemeld|ingeleverd|aangeleverd)\b`)

// deemsStateRe: what a fiction deems is a state of affairs ("geacht …
// verzekerd te zijn geweest"), not an evaluation ("wenselijk wordt
// geacht").
var deemsStateRe = regexp.MustCompile(`(?i)\bte\s+(?:zijn|hebben|worden|bestaan|bedragen|gelden)\b`)

// presumptions finds the presumptions in one sentence.
func presumptions(text string, offset int, sentence string) []Presumption {
	low := strings.ToLower(text)
	if !strings.Contains(low, "geacht") && !strings.Contains(low, "vermoed") && !strings.Contains(low, "tenzij") &&
		!strings.Contains(low, "twijfel") {
		return nil // most sentences: no need to look for a person
	}
	var out []Presumption
	person := personRe.MatchString(text)
	if strings.Contains(low, "geacht") || strings.Contains(low, "vermoed") {
		for _, m := range markerRe.FindAllStringSubmatchIndex(text, -1) {
			// the auxiliary nearest before the marker, at most 14 words back
			var aux []int
			for _, l := range auxWordRe.FindAllStringIndex(text[:m[0]], -1) {
				aux = l
			}
			if aux == nil || len(strings.Fields(text[aux[1]:m[0]])) > 14 || evaluativeRe.MatchString(text[:aux[0]]) {
				continue
			}
			kind := PresFiction
			if strings.EqualFold(text[m[2]:m[3]], "vermoed") {
				kind = PresPresumption
			}
			// the deemed content ends where a condition or the next
			// clause starts
			content := text[m[1]:]
			if i := firstSubordinator(content); i > 0 {
				content = content[:i]
			}
			if i := strings.IndexAny(content, ",;:"); i > 0 {
				content = content[:i]
			}
			// a fiction that follows the person's own failure ("Is de
			// verklaring niet overgelegd, dan wordt hij geacht …") holds
			// the omission against them, whatever it deems
			ifPerson := polarity(content)
			if ifPerson == PolarityNeutral && omissionRe.MatchString(strings.ToLower(text[:aux[0]])) && deemsStateRe.MatchString(content) {
				ifPerson = PolarityAdverse
			}
			out = append(out, Presumption{Kind: kind, Polarity: concerning(person, ifPerson), Text: text[aux[0]:m[1]],
				Start: offset + aux[0], End: offset + m[1], Sentence: sentence, Person: person, ifPerson: ifPerson})
		}
	}
	if strings.Contains(low, "tenzij") {
		for _, m := range burdenRe.FindAllStringSubmatchIndex(text, -1) {
			subject := text[m[2]:m[3]]
			pol := PolarityAdverse
			if officeSubjectRe.MatchString(subject) {
				pol = PolarityFavourable // the office must prove it
			}
			out = append(out, Presumption{Kind: PresBurden, Polarity: pol, Text: text[m[0]:m[1]],
				Start: offset + m[0], End: offset + m[1], Sentence: sentence, Person: person, ifPerson: pol})
		}
	}
	if !strings.Contains(low, "vermoeden") && !strings.Contains(low, "twijfel") {
		return out
	}
	if loc := suspicionRe.FindStringIndex(text); loc != nil {
		ifPerson := PolarityNeutral
		if benefitRe.MatchString(text) && !criminalProcRe.MatchString(text) {
			ifPerson = PolarityAdverse
		}
		out = append(out, Presumption{Kind: PresSuspicion, Polarity: concerning(person, ifPerson), Text: text[loc[0]:loc[1]],
			Start: offset + loc[0], End: offset + loc[1], Sentence: sentence, Person: person, ifPerson: ifPerson})
	}
	return out
}

// concerning is the polarity of a presumption with polarity pol for a
// person: neutral when the sentence concerns no person.
func concerning(person bool, pol string) string {
	if !person {
		return PolarityNeutral
	}
	return pol
}

// polarity decides what a fiction's content means for the person: content
// words that hurt (misuse, withdrawal, fault) or help (an application made,
// an entitlement), flipped by a negation ("niet door eigen toedoen", "geen
// aanvraag").
func polarity(content string) string {
	neg := contentNegRe.MatchString(content)
	switch {
	case adverseContentRe.MatchString(content):
		if neg {
			return PolarityFavourable
		}
		return PolarityAdverse
	case favourableContentRe.MatchString(content):
		if neg {
			return PolarityAdverse
		}
		return PolarityFavourable
	}
	return PolarityNeutral
}
