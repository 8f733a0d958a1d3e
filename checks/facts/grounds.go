package facts

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wetlint/wetlint/clause"
)

// Ground categories: what a distinction is drawn on.
const (
	GroundNationality = "nationality" // nationaliteit, Nederlander, vreemdeling, onderdaan, …
	GroundResidence   = "residence"   // rechtmatig verblijf, verblijfsvergunning, …
	GroundProxy       = "proxy"       // geboorteland, in Nederland geboren, afkomst, etniciteit, dubbele nationaliteit, …
	GroundLanguage    = "language"    // beheersing van de Nederlandse taal, taaleis, …
)

// Ground roles.
const (
	// RoleCriterion: the ground decides who gets or loses something: a
	// condition, exclusion, restriction, priority or a norm addressed to
	// people by that ground.
	RoleCriterion = "criterion"
	// RoleMention: the ground is named without drawing a distinction: a
	// definition, a law's name, a ban on using it, data that is recorded,
	// a provision that extends a right.
	RoleMention = "mention"
)

// A Ground is a place where a unit's text names a ground of distinction
// the discriminatietoets looks at, with the role it plays there.
type Ground struct {
	Text     string `json:"text"`  // as written
	Start    int    `json:"start"` // byte offsets in the unit's text
	End      int    `json:"end"`
	Category string `json:"category"` // nationality, residence, proxy, language
	// Name is the ground in a few Dutch words: "nationaliteit",
	// "verblijfsstatus", "geboorteland", "dubbele nationaliteit", "taal", …
	Name     string `json:"name"`
	Sentence string `json:"sentence"` // id of the sentence
	Role     string `json:"role"`     // criterion or mention
	// Kind says how: for a criterion exclusion, restriction, priority,
	// selection, condition or addressee (a norm addressed to people by the
	// ground); for a mention definition, law, name, thing, ban, neutral,
	// extension, protection, record or other.
	Kind   string `json:"kind"`
	Marker string `json:"marker"` // the words that decided the role, "" for the defaults
	// Holder is "third" when the ground is the status of another person
	// than the one whose right is at stake (partner, medebewoner,
	// bestuurder), else "self"; HolderName names that person.
	Holder     string `json:"holder"`
	HolderName string `json:"holder_name"`
	// Negative is true when the sentence takes something away: no right,
	// excluded, refused, lapses.
	Negative bool `json:"negative"`
}

type groundTerm struct {
	re       *regexp.Regexp
	triggers []string // literal parts, one of which a match contains; a cheap test before the regexp
	category string
	name     string
	person   bool // names a class of persons (vreemdeling), not an attribute (nationaliteit)
	context  bool // counts only in a sentence about selection (postcode)
}

func gt(expr, category, name string, person bool, triggers ...string) groundTerm {
	return groundTerm{re: regexp.MustCompile(expr), category: category, name: name, person: person, triggers: triggers}
}

// present reports whether one of the term's triggers occurs in low.
func (t *groundTerm) present(low string) bool {
	for _, tr := range t.triggers {
		if strings.Contains(low, tr) {
			return true
		}
	}
	return len(t.triggers) == 0
}

// groundTerms are matched on lower-case text, longest match first where
// they overlap: "dubbele nationaliteit" is a proxy, not plain nationality.
var groundTerms = []groundTerm{
	// proxies first: they contain words of the other categories
	gt(`\b(dubbele|tweede|meervoudige|meerdere|andere dan de nederlandse) nationaliteit(en)?\b|\bmeer dan (één|een) nationaliteit\b`, GroundProxy, "dubbele nationaliteit", false, "nationalit"),
	gt(`\bgeboortelan(d|den)\b|\bgeboortestaat\b|\blan(d|den) van geboorte\b`, GroundProxy, "geboorteland", false, "geboorte"),
	gt(`\bgeboorteplaats(en)?\b`, GroundProxy, "geboorteplaats", false, "geboorteplaats"),
	gt(`\b(in|buiten) (nederland|het buitenland|het koninkrijk|europa|de europese unie|een (ander |derde )?land|een andere (lid)?staat|het land van herkomst|(de|het|deze|die|dezelfde) (gemeente|provincie|regio|stad|dorp|land|wijk)|[a-zë]{4,}) (is |zijn |werd |werden |was |waren )?geboren\b`, GroundProxy, "geboorteland", false, "geboren"),
	gt(`\bgeboren( zijn| is| werd| werden)? (in|buiten) (nederland|het buitenland|het koninkrijk|europa|de europese unie|een (ander |derde )?land|een andere (lid)?staat|(de|het|deze|die|dezelfde) (gemeente|provincie|regio|stad|dorp|land|wijk)|[a-zë]{4,})\b`, GroundProxy, "geboorteland", false, "geboren"),
	gt(`\b(etnische|nationale|culturele) (afkomst|herkomst|achtergrond|minderhe(id|den)|groep(en)?)\b|\betniciteit\b|\betnisch(e)?\b`, GroundProxy, "etniciteit", false, "etni", "nationale", "culturele"),
	gt(`\b(([a-z-]+se|allochtone|westerse|niet-westerse)( of | en |, ))*([a-z-]+se |allochtone |westerse |niet-westerse )?afkomst\b`, GroundProxy, "afkomst", false, "afkomst"),
	gt(`\b(zijn|haar|hun|diens|wiens|wier) ((land|staat) van )?herkomst\b|\b(zijn|haar|hun|diens|wiens|wier) (land|staat) van oorsprong\b|\b(land|staat) van (herkomst|oorsprong) van (de|een|zijn|haar|hun) (aanvragers?|personen|persoon|ouders?|betrokkenen?|werknemers?|bestuurders?|kind|kinderen|leerlingen?|studenten?|huurders?|bewoners?|ingezetenen?|belanghebbenden?)\b|\bherkomst van (de|een|zijn|haar|hun) (aanvragers?|personen|persoon|ouders?|betrokkenen?|werknemers?|bestuurders?|kind|kinderen|leerlingen?|studenten?|huurders?|bewoners?|ingezetenen?|belanghebbenden?)\b|\bnaar (land van )?herkomst\b`, GroundProxy, "herkomst", false, "herkomst", "oorsprong"),
	gt(`\bmigra(tie|nten)achtergrond\b|\ballochto(on|nen)\b|\ballochtone\b( (levende )?talen\b)?|\bautochto(on|ne|nen)\b|\bniet-westerse?\b`, GroundProxy, "migratieachtergrond", false, "achtergrond", "allochto", "autochto", "westers"),
	gt(`\bhuidskleur\b`, GroundProxy, "huidskleur", false, "huidskleur"),
	gt(`\b(naar|op grond van|wegens|vanwege|van een bepaald) (hun |zijn |haar )?ras\b`, GroundProxy, "ras", false, "ras"),
	gt(`\binburgeringsplicht(ig|ige|igen)?\b`, GroundProxy, "inburgeringsplicht", false, "inburgeringsplicht"),
	{re: regexp.MustCompile(`\bpostcode(s|gebied|gebieden)?\b|\bwoonwij(k|ken)\b`), category: GroundProxy, name: "postcode", context: true, triggers: []string{"postcode", "woonwijk"}},

	// language
	gt(`\b(beheersing|kennis) van de nederlandse taal\b|\b(de nederlandse taal|het nederlands)\b[^.;:]{0,40}?\b(beheerst|beheersen|machtig|spreekt|spreken|verstaat)\b|\btaaleis(en)?\b|\btaalniveau\b|\btaalvaardigheid\b|\btaaltoets\b|\bmoedertaal\b|\bniveau [ab][12]\b`, GroundLanguage, "taal", false, "taal", "nederlands", "niveau "),
	gt(`\b(uitsluitend|alleen|slechts) in (de nederlandse taal|het nederlands)\b`, GroundLanguage, "voertaal", false, "nederlands"),

	// residence status
	// a temporary permit: a distinction among people who reside lawfully
	gt(`\btijdelijke verblijfsvergunning(en)?\b|\bverblijfsvergunning(en)? (regulier |asiel )?voor (een )?bepaalde tijd\b|\btijdelijk verblijf(srecht)?\b`, GroundResidence, "tijdelijke verblijfsvergunning", false, "tijdelijk", "bepaalde tijd"),
	gt(`\b(niet |on)?rechtmatig(e)? (in nederland )?verblij(f|ven|ft|vende)\b|\bverblijfsvergunning(en)?\b|\bverblijfsrecht\b|\bverblijfstitel(s)?\b|\bverblijfsdocument(en)?\b|\bverblijfsstatus\b|\bverblijfsrechtelijke (positie|status)\b|\bartikel 8, (onder(deel|delen)?|sub) [a-l]\b[^.;]{0,80}?\bvreemdelingenwet( 2000)?\b`, GroundResidence, "verblijfsstatus", false, "verblij", "vreemdelingenwet"),
	gt(`\basielzoekers?\b|\bstatushouders?\b|\bongedocumenteerde(n)?\b|\buitgeprocedeerde(n)?\b`, GroundResidence, "verblijfsstatus", true, "asielzoeker", "statushouder", "gedocumenteerd", "uitgeprocedeerd"),

	// nationality
	gt(`\b(niet-|oud-)?nederlanders?\b`, GroundNationality, "nationaliteit", true, "nederlander"),
	gt(`\bnederlanderschap\b`, GroundNationality, "nationaliteit", false, "nederlanderschap"),
	gt(`\b([a-z-]+se |vreemde |andere |de |een |hun |zijn |haar )?nationaliteit(en)?\b|\bnederlands(e)? paspoort\b`, GroundNationality, "nationaliteit", false, "nationaliteit", "paspoort"),
	gt(`\bvreemdeling(en)?\b|\bbuitenlanders?\b|\bstaatlo(os|ze|zen)\b`, GroundNationality, "nationaliteit", true, "vreemdeling", "buitenlander", "staatlo"),
	gt(`\bonderda(a|ne)n\b|\beu-burgers?\b|\bunieburgers?\b|\bburgers? van de (europese )?unie\b|\bgemeenschapsonderda(a|ne)n\b|\bderdelanders?\b|\bstaatsburgers?\b`, GroundNationality, "nationaliteit", true, "onderda", "burger", "derdeland"),
}

var (
	// names of regulations and bodies that contain a ground word
	lawNameRe = regexp.MustCompile(`\bvoorstel van wet\b[^;]{0,400}|\bwet van \d{1,2} [a-z]+ \d{4}\b[^;()]{0,300}|\b(rijks)?wet op het nederlanderschap\b|\bwet arbeid vreemdelingen\b|\bregeling verstrekkingen asielzoekers( en andere categorieën vreemdelingen)?\b|\bwet centraal orgaan opvang asielzoekers\b|\b(richtlijn|verordening|verdrag|overeenkomst|besluit)\b[^;]{0,12}\d+/\d+[^;]{0,400}?\((pbeu|pbeg|pb|trb)\b|\b(verdrag|overeenkomst) (betreffende|inzake|tot|over)\b[^;(]{0,200}`)
	nameRe    = regexp.MustCompile(`\btoezicht op vreemdelingen\b|\bcentraal orgaan opvang asielzoekers\b|\bimmigratie- en naturalisatiedienst\b|\bopvang (van )?asielzoekers\b`)
	thingRe   = regexp.MustCompile(`\b(schip|schepen|zeeschip|zeeschepen|binnenschip|vaartuig(en)?|luchtvaartuig(en)?|vliegtuig(en)?|goederen|product(en)?|rechtsperso(on|nen)|vennootschap(pen)?|zendstaat|staat|staten|lidstaat|lidstaten)\b`)

	// bans and neutrality: the ground must not matter
	neutralBeforeRe = regexp.MustCompile(`\b(ongeacht|onafhankelijk van|ook zonder|zonder acht te slaan op)( de| zijn| haar| hun| diens| het)?\s*$`)
	noDistinctionRe = regexp.MustCompile(`\b(geen|zonder) (enig )?onderscheid\b|\bdiscrimin\w*|\bgelijke behandeling\b|\bgelijk (worden )?behandeld\b|\bonderscheid\b[^.;]{0,120}\b(verboden|niet toegestaan|is niet geoorloofd)\b|\bverbod (van|op) (onderscheid|discriminatie)\b`)
	negUseRe        = regexp.MustCompile(`\b(niet|geen|nimmer|nooit)\b[^.;:]{0,50}?\b(verwerkt|verwerken|gebruikt|gebruiken|gebruik|betrokken|vastgelegd|vastleggen|opgevraagd|opvragen|gevraagd|gehanteerd|hanteren|meegewogen|meewegen|rol|invloed|ten grondslag|als (selectie)?criteri\w+|als indicator\w*|opgeslagen|opgenomen|geregistreerd|registreren|gelet|acht geslagen|rekening (gehouden|houden))\b|\bbuiten beschouwing\b|\bniet van belang\b|\bniet relevant\b|\bis verboden\b|\bmag niet\b[^.;:]{0,40}\b(gebaseerd|berusten)\b|\b(verwerkt|verwerken|gebruikt|gebruiken|hanteert|hanteren|registreert|registreren|betrekt|betrekken)\b[^.;:,]{0,60}?\b(geen|niet|nimmer|nooit)\b`)
	groundListRe    = regexp.MustCompile(`\b(godsdienst|levensovertuiging|politieke (gezindheid|overtuiging)|geslacht|seksuele gerichtheid|homoseksuele gerichtheid|burgerlijke staat|handicap|chronische ziekte|leeftijd|religie|huidskleur|ras)\b`)

	// a ground that favours those without it: help for who does not speak Dutch
	protectionRe = regexp.MustCompile(`\b(tolk|vertaling|vertaald|begrijpelijke taal|bijstand van een tolk|kosteloos)\b`)
	nonProfRe    = regexp.MustCompile(`\b(niet|onvoldoende|niet of (niet )?(in )?(voldoende mate|onvoldoende))\b`)

	// markers of a criterion near the ground (searched in the clause)
	exclusionRe   = regexp.MustCompile(`\bmet uitzondering van\b|\buitgezonderd\b|\bbehalve\b|\bniet van toepassing\b|\bgeen (recht|aanspraak|toegang|uitkering|bijstand|toeslag|subsidie|vergoeding|tegemoetkoming)\b|\b(is|zijn|wordt|worden) uitgesloten\b|\buitgesloten van\b|\bniet in aanmerking\b|\bniet in behandeling\b|\bkomt niet\b|\bkomen niet\b|\bwordt geweigerd\b|\bworden geweigerd\b|\bwordt afgewezen\b|\bworden afgewezen\b|\bweigert\b|\bvervalt\b|\bvervallen\b|\bniet toegelaten\b|\bniet verleend\b|\bniet toegekend\b|\bniet verstrekt\b|\bheeft geen\b|\bhebben geen\b|\bbestaat geen\b|\bverliest\b|\bverliezen\b`)
	restrictionRe = regexp.MustCompile(`\buitsluitend\b|\bslechts\b|\balleen\b|\benkel\b|\bvoorbehouden aan\b|\bbeperkt tot\b`)
	priorityRe    = regexp.MustCompile(`\bvoorrang\b|\bvoorkeur\b|\bprioriteit\b|\beerst in aanmerking\b|\bbij voorkeur\b`)
	// leadSelectionRe: a lead-in that makes its items criteria of a selection
	leadSelectionRe = regexp.MustCompile(`\bcriteri(um|a)\b|\bindicator(en)?\b|\bselecti\w*|\brisico(model|profiel|selectie|analyse|indicator)\w*|\bprofiel\w*|\b(meegewogen|meegenomen|betrokken|in aanmerking genomen)\b`)
	weighRe         = regexp.MustCompile(`\b(meegewogen|meewegen|weegt mee|wegen mee|rekening (gehouden|houden|te houden) met|in aanmerking genomen|betrokken bij de (beoordeling|selectie|toewijzing))\b`)
	selectionRe     = regexp.MustCompile(`\b(op (basis|grond) van|naar|aan de hand van|met behulp van)( de| het| zijn| haar| hun)?\s*$|\bcriteri(um|a)\b|\bindicator(en)?\b|\bselecti\w*|\bgeselecteerd\b|\bselecte(ert|ren)\b|\brisico\w*|\bprofiel\w*|\bonderscheid (maken|maakt|gemaakt|te maken)\b`)
	conditionRe     = regexp.MustCompile(`\bindien\b|\bmits\b|\btenzij\b|\bvoor zover\b|\bop voorwaarde\b|\bwanneer\b|\bals (hij|zij|de|het|een)\b|\bafhankelijk van\b|\bnaar gelang\b|\bvereist\b|\bvoorwaarde\b`)
	relativeRe      = regexp.MustCompile(`\b(die|dat|wie|wier|wiens|welke|waarvan)\b[^,;:]{0,80}$`)
	relAfterRe      = regexp.MustCompile(`^[^,;:.]{0,60}\b(bezit|bezitten|heeft|hebben|houdt|houden|is|zijn|geniet|genieten|had|hadden|was|waren)\b`)
	attributeRe     = regexp.MustCompile(`\b(van|met|zonder) (de |een |een andere |hun |zijn |haar )?$`)
	notExcludedRe   = regexp.MustCompile(`\bniet\b[^.;:]{0,20}\b(uitgesloten|geweigerd|achtergesteld|benadeeld|afgewezen)\b|\bgeen (reden|grond) (voor|om|tot) (weigering|uitsluiting|afwijzing)\b|\b(is|vormt) geen (weigeringsgrond|grond voor)\b|\bgeen (reden|grond) (voor|om|tot)\b|\bbeperking tot\b[^.;]{0,100}\b(niet van toepassing|geldt niet|niet geldt|vervalt)\b`)
	lawApplyRe      = regexp.MustCompile(`\b(vreemdelingenwet( 2000)?|vreemdelingenbesluit( 2000)?|rijkswet op het nederlanderschap|wet arbeid vreemdelingen)\b[^.;]{0,60}\bvan (overeenkomstige )?toepassing\b|\bvan (overeenkomstige )?toepassing\b[^.;]{0,60}\b(vreemdelingenwet( 2000)?|vreemdelingenbesluit( 2000)?|rijkswet op het nederlanderschap|wet arbeid vreemdelingen)\b`)
	extensionRe     = regexp.MustCompile(`\b(ook|mede|eveneens|tevens)\b|\bgelijkgesteld(e)?\b|\bgelijk (worden |wordt |kunnen worden |kan worden )?gesteld\b|\bwordt gelijk behandeld\b|\bvan overeenkomstige toepassing\b`)
	recordRe        = regexp.MustCompile(`\b(gegevens|persoonsgegevens|vermeldt|vermelden|vermelding|bevat|bevatten|omvat|omvatten|registr\w*|ingeschreven|inschrijving|opgenomen|opneemt|verwerk\w*|aantekening|identiteit|identificatie|paspoort|reisdocument\w*|akte|formulier|verklaring|opgave|opgaaf|vastgesteld|vaststellen|vaststelling)\b`)
	negativeRe      = regexp.MustCompile(`\bgeen (recht|aanspraak|toegang|uitkering|bijstand|toeslag|subsidie|vergoeding|tegemoetkoming|voorziening)\b|\bniet in aanmerking\b|\buitgesloten\b|\bmet uitzondering van\b|\bvervalt\b|\bwordt (geweigerd|afgewezen|ingetrokken|beëindigd)\b|\bweigert\b|\bniet van toepassing\b|\bheeft geen\b|\bbestaat geen\b|\bverliest\b|\bniet (verleend|toegekend|verstrekt)\b|\bwordt (verlaagd|gekort)\b`)
	thirdRe         = regexp.MustCompile(`\b(tot het huishouden|lid van het huishouden|leden van het huishouden|huishoudleden|huishoudlid|partner|partners|echtgeno(o)?t(e|en)?|medebewoners?|huisgeno(o)?t(en)?|gezinsle(d|den)|familiele(d|den)|ouders?|kind|kinderen|bestuurders?|vennoten?|aandeelhouders?|inwonende?)\b`)
	lawTitleRe      = regexp.MustCompile(`\b(Wet|Rijkswet|Besluit|Regeling|Richtlijn|Verordening|Verdrag)\b( [a-zé'-]+){0,5} $`)
	termRe          = regexp.MustCompile(`\b(het begrip|de term|het woord|de aanduiding)\s*$`)
	dataOfRe        = regexp.MustCompile(`\b(gegevens?|persoonsgegevens|persoonslijst|aantekening|vermelding|bewijs)\b[^.;:]{0,40}?\b(over|omtrent|betreffende|inzake|aangaande|ter zake van|terzake van|ten aanzien van|betrekking (hebben|heeft) op|ter aanduiding van)( de| het| een| zijn| haar| hun| diens)?( [a-z]+){0,4}\s*$`)
	thisDataRe      = regexp.MustCompile(`\b(dit|dat|deze|die) gegevens?\b|\bgegevens? (wordt|worden) opgenomen\b|\bwordt daarvan melding gemaakt\b`)
	subjectOfRe     = regexp.MustCompile(`^\s*(betreft|betreffen|aangaat|aangaan)\b`)
	delegationRe    = regexp.MustCompile(`\b(de wet|bij (of krachtens )?(de |een )?wet|bij (of krachtens )?algemene maatregel van bestuur) (regelt|regelen)\b|\bregels (worden|kunnen worden) gesteld (over|omtrent|met betrekking tot|ten aanzien van|inzake)\b`)
	objectRe        = regexp.MustCompile(`\b(verkrijging|verlening|verlies|intrekking|afstand|vaststelling|bewijs|verklaring|vrijstelling|ontheffing) (van|tot verkrijging van) (het|de)\s*$|\b(besluit|beslissing|beschikking|verzoek|uitspraak|procedure)\b[^.;:]{0,40}\b(over|omtrent|inzake|betreffende)( het| de)?\s*$`)
	leadConditionRe = regexp.MustCompile(`\b(die|dat|wie|welke|indien|mits|tenzij|wanneer|zodra|voor zover)\s*:?\s*$`)
	beheersRe       = regexp.MustCompile(`\b(beheerst|beheersen|machtig|spreekt|spreken|verstaat)\b`)
	possessorRe     = regexp.MustCompile(`\bvan (de|het|een|zijn|haar)\s*$`)
	ownedRe         = regexp.MustCompile(`\b(zijn|haar|hun|wiens|wier|diens|dier|een van de|één van de)\s*$`)
	ofSelfRe        = regexp.MustCompile(`^\s*van (de|het|een|zijn|haar) (aanvragers?|belanghebbenden?|persoon|betrokkenen?|werknemers?|deelnemers?|verzekerden?|huurders?|kandidaten?|onderneming|rechtspersoon|vennootschap)\b`)
	selfRe          = regexp.MustCompile(`\b(aanvragers?|belanghebbenden?|persoon|personen|betrokkenen?|ingezetenen?|werknemers?|deelnemers?|verzekerden?|huurders?|kandidaten?|leden|lid|degene|degenen|hij|zij)\b`)
	selectionCtx    = regexp.MustCompile(`\b(selecti\w*|geselecteerd|selecte(ert|ren)|risico\w*|criteri(um|a)|indicator(en)?|voorrang|voorkeur|profiel\w*)\b`)
)

// groundsOf finds the grounds in the sentences of unit u. leadIn is the
// text that introduces u when u is an item of a list ("Geen recht op
// bijstand heeft:"); defined holds the ranges of defined terms in u.
func groundsOf(u *clause.Unit, leadIn string, defined [][2]int) []Ground {
	if u.Text == "" {
		return nil
	}
	low := lowerKeep(u.Text)
	type hit struct {
		s, e int
		t    *groundTerm
	}
	var hits []hit
	for i := range groundTerms {
		t := &groundTerms[i]
		if !t.present(low) {
			continue
		}
		for _, m := range t.re.FindAllStringIndex(low, -1) {
			overlap := false
			for _, h := range hits {
				if m[0] < h.e && h.s < m[1] {
					overlap = true
					break
				}
			}
			if !overlap {
				hits = append(hits, hit{m[0], m[1], t})
			}
		}
	}
	if len(hits) == 0 {
		return nil
	}
	leadLow := lowerKeep(leadIn)
	var out []Ground
	for _, h := range hits {
		s, e := trimArticle(low, h.s, h.e)
		sent := sentenceAt(u, s)
		if sent == nil {
			continue
		}
		sl := low[sent.Start:sent.End]
		if h.t.context && !contextOK(h.t, sl) {
			continue
		}
		g := Ground{Text: u.Text[s:e], Start: s, End: e, Category: h.t.category, Name: h.t.name, Sentence: sent.ID, Holder: "self"}
		rs, re := s-sent.Start, e-sent.Start
		g.Role, g.Kind, g.Marker = classify(sl, u.Text[sent.Start:sent.End], rs, re, h.t, leadLow, inRanges(defined, s, e))
		g.Negative = negativeRe.MatchString(sl) || negativeRe.MatchString(leadLow)
		if name := thirdHolder(clauseOf(sl, rs, re)); name != "" {
			g.Holder, g.HolderName = "third", name
		}
		out = append(out, g)
	}
	subsume(out, low)
	sortGrounds(out)
	return out
}

// subsume: in "de vreemdeling die niet rechtmatig verblijf houdt" the
// distinction is on residence status, not on nationality; the noun that
// names the foreigner is then a mention of kind "status".
func subsume(gs []Ground, low string) {
	residence := map[string]bool{}
	for _, g := range gs {
		if g.Category == GroundResidence && g.Role == RoleCriterion {
			residence[g.Sentence] = true
		}
	}
	for i := range gs {
		g := &gs[i]
		if residence[g.Sentence] && g.Category == GroundNationality && g.Role == RoleCriterion && (personNoun(g.Text) || coordinatedWithResidence(gs, g, low)) {
			g.Role, g.Kind, g.Marker = RoleMention, "status", ""
		}
	}
}

// coordinatedWithResidence reports whether a nationality ground is one half of a
// condition with residence status in the same sentence: "die niet de
// Nederlandse nationaliteit bezit en niet rechtmatig verblijf houdt"
// excludes whoever lacks lawful residence; for a Nederlander that is never
// the case, so the distinction is on residence.
func coordinatedWithResidence(gs []Ground, n *Ground, low string) bool {
	for _, g := range gs {
		if g.Category == GroundResidence && g.Role == RoleCriterion && g.Sentence == n.Sentence &&
			g.Start > n.End && g.Start-n.End < 60 && coordRe.MatchString(low[n.End:g.Start]) {
			return true
		}
	}
	return false
}

// bothAfterRe and bothBeforeRe: a class of persons named together with its
// complement or with everyone who lives here.
var (
	bothAfterRe  = regexp.MustCompile(`^\s*,?\s*(en|alsmede|of|als ook|dan wel) (alle |de |iedere |elke )?(ingezetenen?|inwoners?|vreemdelingen?|niet-nederlanders?|buitenlanders?|nederlanders?|ieder(een)?|een ieder)\b`)
	bothBeforeRe = regexp.MustCompile(`\b(ingezetenen?|inwoners?|vreemdelingen?|niet-nederlanders?|nederlanders?|ieder(een)?) (en|alsmede|of|als ook|dan wel) (alle |de |iedere |elke )?$`)
)

var dataSentRe = regexp.MustCompile(`\b(mededeling|melding|register|basisadministratie|basisregistratie|persoonslijst)\b`)

// termStartRe: what may come before a defined term: the start of the
// sentence, or the comma or semicolon after the previous definition.
var termStartRe = regexp.MustCompile(`(^|[,;]\s*)$`)

var registerRe = regexp.MustCompile(`\b(gegevens|persoonslijst|basisadministratie|basisregistratie|register)\b`)

var coordRe = regexp.MustCompile(`^[^;:,]*\b(en|of|dan wel|noch)\b[^;:]*$`)

func personNoun(text string) bool {
	low := lowerKeep(text)
	for _, t := range groundTerms {
		if t.person && t.re.MatchString(low) {
			return true
		}
	}
	return false
}

// classify decides the role of the ground at [s, e) of the lower-case
// sentence sl; orig is the sentence as written. The order matters: first
// what makes the ground a mention whatever else the sentence says (a
// definition, a name, a ban), then markers of a criterion near the ground,
// then what makes it a mention in the absence of such markers.
func classify(sl, orig string, s, e int, t *groundTerm, lead string, defined bool) (role, kind, marker string) {
	cs, ce := clauseBounds(sl, s, e)
	clBefore, clAfter := sl[cs:s], sl[e:ce]
	switch {
	case defined:
		return RoleMention, "definition", ""
	case strings.HasPrefix(strings.TrimLeft(sl[e:], " "), ":") && termStartRe.MatchString(tail(sl[:s], 40)):
		// "vreemdeling: hetgeen daaronder wordt verstaan in …", a
		// definition the reader did not see as a list item
		return RoleMention, "definition", ":"
	case covered(lawNameRe, sl, s, e):
		return RoleMention, "law", lawNameRe.FindString(sl[max(0, s-420):min(len(sl), e+420)])
	case lawTitleRe.MatchString(orig[max(0, s-60):s]):
		return RoleMention, "law", strings.TrimSpace(lawTitleRe.FindString(orig[max(0, s-60):s]))
	case covered(nameRe, sl, s, e):
		return RoleMention, "name", nameRe.FindString(sl[max(0, s-80):min(len(sl), e+80)])
	case strings.HasSuffix(sl[s:e], "talen"):
		return RoleMention, "name", sl[s:e]
	case termRe.MatchString(tail(clBefore, 30)):
		return RoleMention, "name", strings.TrimSpace(termRe.FindString(tail(clBefore, 30)))
	}
	if t.category == GroundNationality && !t.person {
		if m := thingRe.FindString(tail(clBefore, 50)); m != "" {
			return RoleMention, "thing", m
		}
		if m := thingRe.FindString(head(clAfter, 40)); m != "" && strings.HasPrefix(strings.TrimSpace(clAfter), "van") {
			return RoleMention, "thing", m
		}
	}
	if m := neutralBeforeRe.FindString(tail(sl[:s], 40)); m != "" {
		return RoleMention, "neutral", strings.TrimSpace(m)
	}
	if m := bothAfterRe.FindString(head(sl[e:], 50)); m != "" && t.person {
		// "alle Nederlanders en alle ingezetenen": everyone, no distinction
		return RoleMention, "neutral", strings.TrimSpace(m)
	}
	if m := bothBeforeRe.FindString(tail(sl[:s], 50)); m != "" && t.person {
		return RoleMention, "neutral", strings.TrimSpace(m)
	}
	if len(groundListRe.FindAllString(sl, -1)) >= 2 {
		return RoleMention, "neutral", "opsomming van discriminatiegronden"
	}
	if m := noDistinctionRe.FindString(sl); m != "" {
		return RoleMention, "ban", m
	}
	if m := negUseRe.FindString(sl[cs:ce]); m != "" && !conditionRe.MatchString(clBefore) {
		return RoleMention, "ban", m
	}
	if m := notExcludedRe.FindString(sl[cs:ce]); m != "" {
		return RoleMention, "ban", m
	}
	if t.category == GroundLanguage && protectionRe.MatchString(sl) && nonProfRe.MatchString(sl[s:ce]) {
		return RoleMention, "protection", protectionRe.FindString(sl)
	}
	if m := dataOfRe.FindString(tail(clBefore, 100)); m != "" && !selectionCtx.MatchString(sl) {
		return RoleMention, "record", strings.TrimSpace(m)
	}
	if m := thisDataRe.FindString(sl); m != "" && !t.person {
		// "indien de betrokkene geen nationaliteit bezit, wordt dit gegeven opgenomen"
		return RoleMention, "record", m
	}
	if !t.person && subjectOfRe.MatchString(clAfter) {
		// "voor zover een besluit het Nederlanderschap betreft"
		return RoleMention, "object", strings.TrimSpace(subjectOfRe.FindString(clAfter))
	}
	if m := delegationRe.FindString(clBefore); m != "" {
		return RoleMention, "delegation", m
	}
	local := tail(clBefore, 160) + " | " + head(clAfter, 100)
	leadLocal := tail(lead, 200)
	for _, k := range []struct {
		re   *regexp.Regexp
		kind string
	}{{exclusionRe, "exclusion"}, {restrictionRe, "restriction"}, {priorityRe, "priority"}} {
		if m := k.re.FindString(local); m != "" {
			return RoleCriterion, k.kind, m
		}
		if m := k.re.FindString(leadLocal); m != "" {
			return RoleCriterion, k.kind, m
		}
	}
	if m := dataSentRe.FindString(sl); m != "" && !t.person && t.category == GroundNationality {
		// "indien … het Nederlanderschap heeft verkregen, doet hij daarvan
		// mededeling": the nationality is what the data say
		return RoleMention, "record", m
	}
	if t.category != GroundResidence {
		if m := extensionRe.FindString(sl); m != "" {
			return RoleMention, "extension", m
		}
	}
	if m := objectRe.FindString(tail(clBefore, 40)); m != "" && !t.person {
		return RoleMention, "object", strings.TrimSpace(m)
	}
	if m := selectionRe.FindString(tail(clBefore, 40)); m != "" {
		return RoleCriterion, "selection", strings.TrimSpace(m)
	}
	if m := weighRe.FindString(local); m != "" {
		// "de nationaliteit wordt meegewogen", "rekening houden met de taalvaardigheid"
		return RoleCriterion, "selection", m
	}
	if m := selectionRe.FindString(local); m != "" && t.category == GroundProxy {
		return RoleCriterion, "selection", m
	}
	if m := leadSelectionRe.FindString(leadLocal); m != "" {
		// an item of "In het risicomodel worden als indicatoren betrokken:"
		return RoleCriterion, "selection", m
	}
	verbal := strings.Contains(sl[s:e], "geboren") || t.category == GroundLanguage && beheersRe.MatchString(sl[s:e])
	possessed := relAfterRe.MatchString(clAfter)
	if m := relativeRe.FindString(tail(clBefore, 100)); m != "" && (possessed || verbal) {
		return RoleCriterion, "condition", firstWord(m)
	}
	if t.person && possessed && strings.HasPrefix(strings.TrimSpace(clAfter), "die") {
		return RoleCriterion, "condition", "die"
	}
	if m := attributeRe.FindString(tail(clBefore, 30)); m != "" && !t.person && (t.category == GroundNationality || t.category == GroundProxy) {
		// "personen van Surinaamse nationaliteit", "met een andere nationaliteit"
		return RoleCriterion, "condition", strings.TrimSpace(m)
	}
	if m := conditionRe.FindString(clBefore); m != "" && (t.person || possessed || verbal || t.category != GroundNationality) {
		return RoleCriterion, "condition", m
	}
	if m := leadConditionRe.FindString(lead); m != "" {
		// an item of "… de persoon die:" or "indien:"
		return RoleCriterion, "condition", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m), ":"))
	}
	if m := conditionRe.FindString(leadLocal); m != "" && (t.person || possessed || verbal) {
		return RoleCriterion, "condition", m
	}
	if m := lawApplyRe.FindString(sl); m != "" {
		// "op de vreemdeling is de Vreemdelingenwet 2000 van toepassing"
		return RoleMention, "law", m
	}
	if m := selectionCtx.FindString(sl); m != "" && !t.person {
		// "bij de selectie wordt gebruikgemaakt van gegevens over de nationaliteit"
		return RoleCriterion, "selection", m
	}
	if m := recordRe.FindString(tail(clBefore, 80) + " " + lead); m != "" && (!t.person || t.category == GroundResidence) {
		// "de aanvraag vermeldt … de nationaliteit", an item of "bevat de
		// volgende gegevens:"
		return RoleMention, "record", m
	}
	if t.person && t.category != GroundResidence {
		if m := registerRe.FindString(sl); m != "" {
			// "de gemeente waar de vreemdeling in de basisadministratie is
			// ingeschreven": the person is the subject of data
			return RoleMention, "record", m
		}
		return RoleCriterion, "addressee", ""
	}
	if t.category == GroundResidence || t.category == GroundLanguage && t.name != "voertaal" && possessed {
		// "rechtmatig verblijf", "de Nederlandse taal beheerst" are
		// requirements by their nature
		return RoleCriterion, "condition", ""
	}
	if t.name == "voertaal" {
		return RoleCriterion, "restriction", ""
	}
	return RoleMention, "other", ""
}

// contextOK decides whether an ambiguous term (a postcode as an address or
// as a selection criterion) counts here.
func contextOK(t *groundTerm, sl string) bool {
	switch t.name {
	case "postcode":
		return selectionCtx.MatchString(sl)
	}
	return true
}

func thirdHolder(clause string) string {
	// the nearest person noun before the ground decides whose status it is
	best, bestAt := "", -1
	for _, m := range thirdRe.FindAllStringIndex(clause, -1) {
		word := clause[m[0]:m[1]]
		if relativeNoun[word] && !ownedRe.MatchString(clause[:m[0]]) && !possessorRe.MatchString(head(clause[m[1]:], 40)+"$") && !ofSelfRe.MatchString(clause[m[1]:]) {
			// "een ouder die …" is the claimant; "zijn ouders", "de
			// ouders van de aanvrager" are another person
			continue
		}
		if m[0] > bestAt {
			best, bestAt = word, m[0]
		}
	}
	if best == "" {
		return ""
	}
	if best == "tot het huishouden" {
		// "indien tot het huishouden van de aanvrager een persoon behoort
		// die …": the person of the clause is the other one
		return "huisgenoot"
	}
	for _, m := range selfRe.FindAllStringIndex(clause, -1) {
		// "de partner van de belanghebbende": the belanghebbende owns the
		// partner, the status is the partner's
		if m[0] > bestAt && !possessorRe.MatchString(clause[:m[0]]) {
			return ""
		}
	}
	return best
}

// relativeNoun: words for a person who is someone else only in relation to
// the claimant ("zijn ouders"); on their own they may name the claimant
// ("een ouder die …").
var relativeNoun = map[string]bool{"ouder": true, "ouders": true, "kind": true, "kinderen": true,
	"bestuurder": true, "bestuurders": true, "vennoot": true, "vennoten": true, "aandeelhouder": true, "aandeelhouders": true}

// clauseBounds returns the clause around [s, e): bounded by ";", ":" and
// the ends of the sentence.
func clauseBounds(sl string, s, e int) (int, int) {
	cs := strings.LastIndexAny(sl[:s], ";:")
	if cs < 0 {
		cs = 0
	} else {
		cs++
	}
	ce := strings.IndexAny(sl[e:], ";:")
	if ce < 0 {
		ce = len(sl)
	} else {
		ce += e
	}
	return cs, ce
}

// clauseOf returns the part of the clause before the ground, back to the
// previous comma that is not inside a relative clause, for holder
// detection.
func clauseOf(sl string, s, e int) string {
	cs, _ := clauseBounds(sl, s, e)
	return tail(sl[cs:s], 80)
}

func covered(re *regexp.Regexp, sl string, s, e int) bool {
	from := max(0, s-420)
	to := min(len(sl), e+420)
	for _, m := range re.FindAllStringIndex(sl[from:to], -1) {
		if m[0]+from <= s && m[1]+from >= e {
			return true
		}
	}
	return false
}

func inRanges(rs [][2]int, s, e int) bool {
	for _, r := range rs {
		if s < r[1] && r[0] < e {
			return true
		}
	}
	return false
}

// trimArticle drops a leading article or possessive from a match ("de
// nationaliteit" → "nationaliteit"), keeping adjectives ("Nederlandse
// nationaliteit").
func trimArticle(low string, s, e int) (int, int) {
	for _, p := range []string{"de ", "een ", "hun ", "zijn ", "haar "} {
		if strings.HasPrefix(low[s:e], p) {
			return s + len(p), e
		}
	}
	return s, e
}

func sentenceAt(u *clause.Unit, off int) *clause.Sentence {
	for i := range u.Sentences {
		if s := &u.Sentences[i]; off >= s.Start && off < s.End {
			return s
		}
	}
	return nil
}

func sortGrounds(gs []Ground) {
	for i := 1; i < len(gs); i++ {
		for j := i; j > 0 && gs[j].Start < gs[j-1].Start; j-- {
			gs[j], gs[j-1] = gs[j-1], gs[j]
		}
	}
}

// tail returns at most the last n bytes of s, starting at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// head returns at most the first n bytes of s, ending at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// lowerKeep lower-cases s rune by rune, leaving a rune alone when its lower
// case would take another number of bytes, so byte offsets stay valid.
func lowerKeep(s string) string {
	return strings.Map(func(r rune) rune {
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			return r
		}
		return l
	}, s)
}

// leadInOf returns the text that introduces a list item: the nearest
// ancestor within the article whose text ends with a colon.
func leadInOf(u *clause.Unit) string {
	if u.Kind != clause.Onderdeel && u.Kind != clause.Subonderdeel {
		return ""
	}
	for p := u.Parent; p != nil; p = p.Parent {
		t := strings.TrimSpace(p.Text)
		if strings.HasSuffix(t, ":") {
			return t
		}
		if p.Kind == clause.Artikel {
			break
		}
	}
	return ""
}

// Grounds finds the grounds of distinction in every unit of the
// regulation (not in quoted text, not in the toelichting).
func Grounds(doc *clause.Document, defs []Definition) map[string][]Ground {
	return groundsCached(doc, defs, nil)
}

// groundKey is the argument list of groundsOf: the unit's text, its
// sentences (ids and offsets), the lead-in and the defined ranges.
type groundKey struct {
	text, sentences, lead, defined string
}

// groundsOf returns groundsOf(u, lead, defined), from the cache when the
// unit did not change.
func (c *Cache) groundsOf(u *clause.Unit, lead string, defined [][2]int) []Ground {
	if c == nil {
		return groundsOf(u, lead, defined)
	}
	var sb strings.Builder
	for _, s := range u.Sentences {
		fmt.Fprintf(&sb, "%s:%d:%d\x00", s.ID, s.Start, s.End)
	}
	key := groundKey{u.Text, sb.String(), lead, fmt.Sprint(defined)}
	return lookup(c, c.grounds, key, func() []Ground { return groundsOf(u, lead, defined) })
}

func groundsCached(doc *clause.Document, defs []Definition, c *Cache) map[string][]Ground {
	// a definition of a ground word covers its term and its definiens
	defined := map[string][][2]int{}
	for _, d := range defs {
		u := doc.Unit(d.Unit)
		if u == nil || !isGroundTerm(d.Term) || d.End > len(u.Text) {
			continue
		}
		end := d.End
		if i := strings.Index(u.Text[d.End:], d.Definiens); i >= 0 && d.Definiens != "" {
			end = d.End + i + len(d.Definiens)
		}
		defined[d.Unit] = append(defined[d.Unit], [2]int{d.Start, end})
	}
	out := map[string][]Ground{}
	for _, top := range doc.Body {
		top.Walk(func(u *clause.Unit) bool {
			if u.Quoted {
				return false
			}
			if gs := c.groundsOf(u, leadInOf(u), defined[u.ID]); len(gs) > 0 {
				out[u.ID] = gs
			}
			return true
		})
	}
	return out
}

// isGroundTerm reports whether a defined term is itself a ground word
// (vreemdeling, EU-burger, verblijfsvergunning): its definition names the
// ground without drawing a distinction.
func isGroundTerm(term string) bool {
	low := lowerKeep(term)
	for _, t := range groundTerms {
		if t.re.MatchString(low) {
			return true
		}
	}
	return false
}
