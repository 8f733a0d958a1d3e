package facts

import (
	"regexp"
	"strings"
)

// Actor roles.
const (
	RoleCitizen  = "citizen"  // a person the law addresses: aanvrager, ouder, huurder, …
	RoleBusiness = "business" // an undertaking: werkgever, aanbieder, verhuurder, …
	RoleAdmin    = "admin"    // the administration: Onze Minister, het college, …
	RoleUnknown  = ""
)

// actorLexicon maps nouns (lower case, singular and plural) to roles. The
// longest match wins, so "de Belastingdienst/Toeslagen" beats "de".
var actorLexicon = map[string]string{
	// the administration
	"onze minister": RoleAdmin, "onze ministers": RoleAdmin, "de minister": RoleAdmin, "minister": RoleAdmin,
	"de staatssecretaris": RoleAdmin, "het college": RoleAdmin, "burgemeester en wethouders": RoleAdmin,
	"de burgemeester": RoleAdmin, "gedeputeerde staten": RoleAdmin, "provinciale staten": RoleAdmin,
	"de raad": RoleAdmin, "de gemeenteraad": RoleAdmin, "het algemeen bestuur": RoleAdmin, "het dagelijks bestuur": RoleAdmin,
	"de belastingdienst": RoleAdmin, "de belastingdienst/toeslagen": RoleAdmin, "de dienst toeslagen": RoleAdmin,
	"de inspecteur": RoleAdmin, "de ontvanger": RoleAdmin, "het uwv": RoleAdmin, "het uitvoeringsinstituut werknemersverzekeringen": RoleAdmin,
	"de sociale verzekeringsbank": RoleAdmin, "de svb": RoleAdmin, "het bestuursorgaan": RoleAdmin, "het cak": RoleAdmin,
	"de toezichthouder": RoleAdmin, "de toezichthouders": RoleAdmin, "de ambtenaar": RoleAdmin, "de ambtenaren": RoleAdmin,
	"het commissariaat": RoleAdmin, "de autoriteit": RoleAdmin, "de rechter": RoleAdmin, "de officier van justitie": RoleAdmin,
	"de zorgverzekeraar": RoleBusiness, "het zorgkantoor": RoleAdmin, "de gemeente": RoleAdmin, "het waterschap": RoleAdmin,
	"de provincie": RoleAdmin, "de staat": RoleAdmin, "de commissie": RoleAdmin, "het orgaan": RoleAdmin,
	"de uitvoeringsorganisatie": RoleAdmin, "rvo": RoleAdmin, "de rijksdienst": RoleAdmin, "het bestuur": RoleAdmin,
	"de registrateur": RoleAdmin, "de griffier": RoleAdmin, "de voorzitter": RoleAdmin, "de kiesraad": RoleAdmin,
	"het centraal stembureau": RoleAdmin, "het stembureau": RoleAdmin, "de dienst": RoleAdmin,
	// citizens
	"de aanvrager": RoleCitizen, "aanvrager": RoleCitizen, "de aanvragers": RoleCitizen, "de belanghebbende": RoleCitizen,
	"belanghebbende": RoleCitizen, "de belanghebbenden": RoleCitizen, "de ouder": RoleCitizen, "de ouders": RoleCitizen,
	"de huurder": RoleCitizen, "de verzekerde": RoleCitizen, "de burger": RoleCitizen, "de betrokkene": RoleCitizen,
	"betrokkene": RoleCitizen, "de uitkeringsgerechtigde": RoleCitizen, "de partner": RoleCitizen, "de medebewoner": RoleCitizen,
	"de werknemer": RoleCitizen, "de ingezetene": RoleCitizen, "de deelnemer": RoleCitizen, "de persoon": RoleCitizen,
	"degene": RoleCitizen, "een ieder": RoleCitizen, "ieder": RoleCitizen, "de belastingplichtige": RoleCitizen,
	"de student": RoleCitizen, "de leerling": RoleCitizen, "de patiënt": RoleCitizen, "de cliënt": RoleCitizen,
	"de gerechtigde": RoleCitizen, "de rechthebbende": RoleCitizen, "de verdachte": RoleCitizen, "de kiezer": RoleCitizen,
	"de vreemdeling": RoleCitizen, "de inburgeringsplichtige": RoleCitizen, "de bijstandsgerechtigde": RoleCitizen,
	"de alleenstaande": RoleCitizen, "de ontvanger van de tegemoetkoming": RoleCitizen, "de aanvrager of zijn partner": RoleCitizen,
	"de indiener": RoleCitizen, "de melder": RoleCitizen, "de eigenaar": RoleCitizen, "de bewoner": RoleCitizen,
	"de kandidaat": RoleCitizen, "de gemachtigde": RoleCitizen, "de overtreder": RoleCitizen, "de klager": RoleCitizen,
	// undertakings
	"de werkgever": RoleBusiness, "de werkgevers": RoleBusiness, "de aanbieder": RoleBusiness, "de verhuurder": RoleBusiness,
	"de ondernemer": RoleBusiness, "de onderneming": RoleBusiness, "de houder": RoleBusiness, "de vergunninghouder": RoleBusiness,
	"de exploitant": RoleBusiness, "de instelling": RoleBusiness, "de media-instelling": RoleBusiness, "de zorgaanbieder": RoleBusiness,
	"de kinderopvangorganisatie": RoleBusiness, "de houder van een kindercentrum": RoleBusiness, "de leverancier": RoleBusiness,
	"de fabrikant": RoleBusiness, "de verzekeraar": RoleBusiness, "de bank": RoleBusiness, "de inhoudingsplichtige": RoleBusiness,
}

var (
	actorRe = func() *regexp.Regexp {
		var keys []string
		for k := range actorLexicon {
			keys = append(keys, regexp.QuoteMeta(k))
		}
		// longest first, so the alternation prefers "de belastingdienst/toeslagen"
		sortByLenDesc(keys)
		return regexp.MustCompile(`(?i)\b(?:` + strings.Join(keys, "|") + `)\b`)
	}()
	pronounRe = regexp.MustCompile(`(?i)^\s*(hij|zij|ze)\b`)
	anyPronRe = regexp.MustCompile(`(?i)\b(hij|zij|ze)\b`)
	auxRe     = regexp.MustCompile(`(?i)\b(wordt|worden|werd|werden)\b`)
	wordRe    = regexp.MustCompile(`[\p{L}]+`)
	agentRe   = regexp.MustCompile(`(?i)\bdoor\s+(` + "" + `[^,;.]{1,60})`)
	modalRe   = regexp.MustCompile(`(?i)\b(kan|kunnen|mag|mogen|is bevoegd|zijn bevoegd)\b`)
	negRe     = regexp.MustCompile(`(?i)\b(niet|geen|nimmer|nooit)\b`)
)

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// citizenActs and adminActs are participles of what a citizen or the
// administration typically does; they decide who acts in a passive clause
// without "door …".
var citizenActs = map[string]bool{
	"ingediend": true, "aangevraagd": true, "gemeld": true, "overgelegd": true, "aangeleverd": true,
	"ondertekend": true, "terugbetaald": true, "voldaan": true, "ingeschreven": true, "aangetekend": true,
	"ingesteld": true, "verschaft": true, "medegedeeld": true, "meegedeeld": true, "opgegeven": true,
	"gedaan": true, "ingevuld": true, "ingeleverd": true, "aangemeld": true, "afgemeld": true,
}

var adminActs = map[string]bool{
	"vastgesteld": true, "beslist": true, "genomen": true, "toegekend": true, "verleend": true,
	"teruggevorderd": true, "opgelegd": true, "uitbetaald": true, "bekendgemaakt": true, "verzonden": true,
	"ingetrokken": true, "herzien": true, "gegeven": true, "beschikt": true, "geweigerd": true,
	"ingevorderd": true, "verrekend": true, "gehoord": true, "afgewezen": true, "goedgekeurd": true,
	"aangewezen": true, "benoemd": true, "geïnformeerd": true, "toegezonden": true, "gepubliceerd": true,
}

// objects decide the actor of ambiguous participles ("verstrekt",
// "betaald"): gegevens are provided by the citizen, a subsidie by the
// administration.
var citizenObjects = regexp.MustCompile(`(?i)\b(aanvraag|aanvragen|melding|bezwaar|beroep|gegevens|inlichtingen|opgave|opgaaf|wijziging|wijzigingen|bewijsstukken|stukken|documenten|verklaring|informatie|zienswijze|premie|bijdrage|boete|schuld|leges|belasting)\b`)
var adminObjects = regexp.MustCompile(`(?i)\b(besluit|beschikking|beslissing|subsidie|uitkering|tegemoetkoming|toeslag|voorschot|vergoeding|vaststelling|terugvordering|vergunning|machtiging|ontheffing|vrijstelling|compensatie|schadevergoeding|rente)\b`)

// SentenceFacts says who acts in a sentence and how.
type SentenceFacts struct {
	ID        string `json:"id"`
	Actor     string `json:"actor"`      // role: citizen, business, admin or ""
	ActorName string `json:"actor_name"` // the words that name the actor
	Passive   bool   `json:"passive"`
	Modal     bool   `json:"modal"`   // kan, mag, is bevoegd: a power, not a duty
	Negated   bool   `json:"negated"` // niet, geen
}

// actorOf decides who acts in a clause. prev is the actor named last
// before it in the same unit, for pronouns.
func actorOf(clause string, prev SentenceFacts) (role, name string, passive bool) {
	if m := pronounRe.FindStringSubmatch(clause); m != nil && prev.Actor != "" {
		return prev.Actor, prev.ActorName, false
	}
	if pm := passiveParticiple(clause); pm != nil {
		participle := strings.ToLower(clause[pm[2]:pm[3]])
		before := clause[:pm[0]]
		// an actor named before the auxiliary is the subject of an active
		// sentence with an object clause, unless it is the object noun
		if am := agentRe.FindStringSubmatch(clause[pm[0]:]); am != nil {
			if loc := actorRe.FindString(am[1]); loc != "" {
				return actorLexicon[strings.ToLower(loc)], loc, true
			}
		}
		if actorRe.FindString(before) == "" || citizenObjects.MatchString(before) || adminObjects.MatchString(before) {
			switch {
			case citizenActs[participle]:
				return RoleCitizen, "", true
			case adminActs[participle]:
				return RoleAdmin, "", true
			case participle == "verstrekt" || participle == "betaald" || participle == "uitgekeerd" || participle == "toegezonden":
				if adminObjects.MatchString(before) {
					return RoleAdmin, "", true
				}
				if citizenObjects.MatchString(before) {
					return RoleCitizen, "", true
				}
			}
		}
	}
	if loc := actorRe.FindStringIndex(clause); loc != nil {
		n := clause[loc[0]:loc[1]]
		return actorLexicon[strings.ToLower(n)], n, false
	}
	return RoleUnknown, "", false
}

var ambiguousActs = map[string]bool{"verstrekt": true, "betaald": true, "uitgekeerd": true, "toegezonden": true}

// passiveParticiple finds a passive auxiliary and the first known
// participle within fifteen words after it: [auxStart, auxEnd, partStart,
// partEnd], or nil.
func passiveParticiple(clause string) []int {
	for _, aux := range auxRe.FindAllStringIndex(clause, -1) {
		words := wordRe.FindAllStringIndex(clause[aux[1]:], 16)
		for _, w := range words {
			p := strings.ToLower(clause[aux[1]+w[0] : aux[1]+w[1]])
			if citizenActs[p] || adminActs[p] || ambiguousActs[p] {
				return []int{aux[0], aux[1], aux[1] + w[0], aux[1] + w[1]}
			}
		}
	}
	return nil
}

// sentenceFacts computes the facts of each sentence of a unit.
func sentenceFacts(ids, texts []string, inherited SentenceFacts) []SentenceFacts {
	out := make([]SentenceFacts, len(texts))
	prev := inherited
	for i, s := range texts {
		main := mainClause(s)
		role, name, passive := actorOf(main, prev)
		if role == "" && anyPronRe.MatchString(main) {
			// "Indien de aanvrager verhuist, meldt hij dit …": the pronoun
			// points to the actor of the clause before it, or further back
			if r, n, _ := actorOf(s[:len(s)-len(main)], prev); r != "" {
				role, name = r, n
			} else if prev.Actor != "" {
				role, name = prev.Actor, prev.ActorName
			}
		}
		f := SentenceFacts{ID: ids[i], Actor: role, ActorName: name, Passive: passive,
			Modal: modalRe.MatchString(main), Negated: negRe.MatchString(main)}
		out[i] = f
		if role != "" && name != "" {
			prev = f
		}
	}
	return out
}

var subordinateStartRe = regexp.MustCompile(`(?i)^\s*(indien|nadat|voordat|zodra|wanneer|als|voor zover|tenzij|mits|ingeval|in geval|behoudens|onverminderd|in afwijking van|ten aanzien van|met ingang van|op grond van|gelet op)\b`)

// mainClause drops a leading subordinate clause ("Indien …, ") so that the
// actor of the main clause is found.
func mainClause(s string) string {
	if subordinateStartRe.MatchString(s) {
		if i := strings.Index(s, ", "); i > 0 && i < len(s)-2 {
			return s[i+2:]
		}
	}
	return s
}
