package facts

import (
	"strings"
)

// SentenceFacts say who acts in a sentence and how.
type SentenceFacts struct {
	ID        string `json:"id"`
	Actor     string `json:"actor"`      // role: citizen, business, admin or ""
	ActorName string `json:"actor_name"` // the words that name the actor ("de aanvrager"); "" when implied
	// Kind is the lemma of the actor ("aanvrager", "college"), also for an
	// actor found through a pronoun or implied by a passive ("de aanvraag
	// wordt ingediend": aanvrager); "" when unknown.
	Kind    string `json:"kind"`
	Passive bool   `json:"passive"`
	Modal   bool   `json:"modal"`   // kan, mag, is bevoegd: a power, not a duty
	Negated bool   `json:"negated"` // niet, geen
	// Pronoun is true when the actor was found through a pronoun ("hij").
	Pronoun bool `json:"pronoun,omitempty"`
	// Duty is true when the sentence obliges its actor to do something:
	// "de aanvrager verstrekt", "is verplicht … te", "de aanvraag wordt
	// ingediend" (an act of the applicant, by its participle).
	Duty bool `json:"duty,omitempty"`
	// Act is the verb of the duty as written ("verstrekt", "is verplicht",
	// "wordt ingediend"), "" without a duty.
	Act string `json:"act,omitempty"`
	// List is true when the sentence ends in a colon and its duty is spelt
	// out in the onderdelen below it ("De werknemer is verplicht:").
	List bool `json:"list,omitempty"`
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	prepositions = set("aan", "van", "voor", "bij", "met", "tot", "op", "in", "uit", "over", "na", "onder",
		"tegen", "tussen", "naar", "namens", "jegens", "zonder", "binnen", "buiten", "krachtens", "ingevolge",
		"volgens", "per", "om", "omtrent", "inzake", "betreffende", "vanwege", "wegens", "via", "door", "sinds",
		"vanaf", "tijdens", "gedurende", "overeenkomstig", "ondanks", "behalve", "dan", "als", "evenals", "zoals")
	determiners = set("de", "het", "een", "die", "deze", "dat", "dit", "iedere", "ieder", "elke", "elk", "zijn",
		"haar", "hun", "diens", "wiens", "wier", "enige", "alle", "beide", "geen", "welke", "zo'n", "hetzelfde", "dezelfde")
	// subordinators open a clause inside a sentence whose actor is not the
	// sentence's actor
	subordinators = set("indien", "nadat", "voordat", "zodra", "zolang", "omdat", "doordat", "tenzij", "mits",
		"wanneer", "waarin", "waarop", "waarvan", "waarmee", "waardoor", "waarbij", "waarvoor", "waaraan", "waaronder",
		"welke", "wie", "zodat", "hoewel", "opdat", "ingeval", "voorzover", "ofschoon", "alvorens", "totdat", "terwijl")
	// leadStarters open a sentence with a clause or phrase before the main
	// clause ("Indien …, meldt hij")
	leadStarters = set("indien", "nadat", "voordat", "zodra", "zolang", "wanneer", "als", "tenzij", "mits",
		"ingeval", "voorzover", "omdat", "doordat", "hoewel", "ofschoon", "alvorens", "in", "onverminderd",
		"behoudens", "met", "op", "gelet", "ten", "voor", "na", "bij", "zodra", "nu", "waar", "ter")
	passiveAux  = set("wordt", "worden", "werd", "werden")
	perfectAux  = set("is", "zijn", "was", "waren")
	modalWords  = set("kan", "kunnen", "mag", "mogen", "bevoegd", "vermag")
	negations   = set("niet", "geen", "nimmer", "nooit", "generlei")
	pronouns    = set("hij", "zij", "ze")
	adjectiveNP = set("bedoelde", "genoemde", "vermelde", "omschreven", "aangewezen", "betrokken", "eerstgenoemde",
		"laatstgenoemde", "eerstbedoelde", "laatstbedoelde", "voornoemde", "desbetreffende", "betreffende")
	// structureNouns follow "die"/"dat" used as a determiner ("dat lid")
	structureNouns = set("lid", "leden", "artikel", "artikelen", "onderdeel", "onderdelen", "wet", "besluit",
		"regeling", "geval", "gevallen", "moment", "tijdstip", "jaar", "tijdvak", "periode", "bedrag", "termijn",
		"verzoek", "aanvraag", "beschikking", "persoon", "personen", "kind", "kinderen", "verband", "doel",
		"hoofdstuk", "paragraaf", "afdeling", "titel", "dag", "week", "maand", "datum", "gebied", "zin")
)

// participle classes. citizenActs are what a citizen does ("de aanvraag
// wordt ingediend" is the applicant's act); adminActs what the
// administration does ("de tegemoetkoming wordt vastgesteld"); qualifying
// participles say what something counts as and have no actor ("wordt
// verstaan", "wordt aangemerkt", "wordt geacht"); for ambiguous ones the
// subject decides ("gegevens worden verstrekt" by the citizen, "subsidie
// wordt verstrekt" by the administration).
var (
	citizenActs = set("ingediend", "aangevraagd", "gemeld", "overgelegd", "aangeleverd", "ondertekend",
		"terugbetaald", "aangetekend", "verschaft", "opgegeven", "ingevuld", "ingeleverd", "aangemeld", "afgemeld",
		"getekend", "ingezonden", "aangetoond", "bijgevoegd", "nagekomen", "doorgegeven", "opgegeven", "ingestuurd",
		"mede-ondertekend", "medeondertekend", "overhandigd", "geretourneerd", "afgelegd", "bewaard")
	adminActs = set("vastgesteld", "beslist", "toegekend", "verleend", "teruggevorderd", "opgelegd", "uitbetaald",
		"bekendgemaakt", "verzonden", "ingetrokken", "herzien", "beschikt", "geweigerd", "ingevorderd", "verrekend",
		"gehoord", "afgewezen", "goedgekeurd", "aangewezen", "benoemd", "geïnformeerd", "gepubliceerd", "verlaagd",
		"beëindigd", "opgeschort", "gecontroleerd", "onderzocht", "uitgenodigd", "opgeroepen", "ontheven",
		"vrijgesteld", "verlengd", "toegewezen", "gewaarschuwd", "aangemaand", "vergoed", "uitgekeerd", "gestuurd",
		"erkend", "geregistreerd", "ingeschreven", "uitgegeven", "ontslagen", "gewezen", "gewijzigd", "gemachtigd",
		"gesteld", "genomen", "gegeven", "behandeld", "bepaald", "geadviseerd", "gelast", "geheven", "betaalbaar")
	ambiguousActs = set("verstrekt", "betaald", "toegezonden", "medegedeeld", "meegedeeld", "gedaan", "ingesteld",
		"voldaan", "vermeld", "verantwoord", "verzocht")
	qualifyingActs = set("verstaan", "aangemerkt", "geacht", "gelijkgesteld", "beschouwd", "aangehaald",
		"ingevoegd", "vervangen", "vernummerd", "gerekend", "begrepen", "gelezen", "toegepast", "uitgegaan",
		"afgerond", "verhoogd", "geïndexeerd", "geteld", "meegeteld", "opgenomen", "gebaseerd", "berekend")
)

// citizenObjects and adminObjects decide ambiguous participles by the thing
// acted upon; objectKinds name the citizen a thing implies.
var (
	citizenObjects = set("aanvraag", "aanvragen", "melding", "meldingen", "bezwaar", "bezwaarschrift", "beroep",
		"beroepschrift", "gegevens", "inlichtingen", "opgave", "opgaaf", "wijziging", "wijzigingen", "bewijsstukken",
		"stukken", "documenten", "verklaring", "informatie", "zienswijze", "premie", "bijdrage", "boete", "schuld",
		"leges", "belasting", "aangifte", "verzoek", "bescheiden", "aanmelding", "formulier")
	adminObjects = set("besluit", "beschikking", "beslissing", "subsidie", "uitkering", "tegemoetkoming", "toeslag",
		"voorschot", "vergoeding", "vaststelling", "terugvordering", "vergunning", "machtiging", "ontheffing",
		"vrijstelling", "compensatie", "schadevergoeding", "rente", "bijstand", "kinderbijslag", "pensioen",
		"voorziening", "huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag", "regels", "uitspraak", "mededeling",
		"kennisgeving", "lening", "voorstel", "wetsvoorstel", "voordracht", "verslag", "jaarverslag", "jaarrekening",
		"begroting", "rapport", "advies", "beleidsplan", "machtiging", "register", "proces-verbaal")
	objectKinds = map[string]string{"aanvraag": "aanvrager", "aanvragen": "aanvrager", "bezwaar": "belanghebbende",
		"bezwaarschrift": "belanghebbende", "beroep": "belanghebbende", "beroepschrift": "belanghebbende",
		"zienswijze": "belanghebbende"}
)

// duties: finite verb forms that impose an act, with the particle or
// object that must follow for the act to be one ("" when none is needed),
// and the verb's infinitive.
type dutyVerb struct {
	needs []string // one of these words must follow in the clause
	lemma string
}

var dutyVerbs = func() map[string]dutyVerb {
	m := map[string]dutyVerb{}
	add := func(forms string, lemma string, needs ...string) {
		for _, f := range strings.Split(forms, " ") {
			m[f] = dutyVerb{needs, lemma}
		}
	}
	add("verstrekt verstrekken", "verstrekken")
	add("meldt melden", "melden")
	add("overlegt overleggen", "overleggen")
	add("legt leggen", "overleggen", "over", "af", "voor", "op")
	add("dient dienen", "indienen", "in")
	add("doet doen", "doen", "aangifte", "opgaaf", "opgave", "mededeling", "melding", "aanvraag", "verzoek", "afstand", "kennisgeving")
	add("geeft geven", "opgeven", "kennis", "inzage", "op", "door", "gelegenheid")
	add("deelt delen", "meedelen", "mee", "mede")
	add("ondertekent ondertekenen", "ondertekenen")
	add("betaalt betalen", "betalen")
	add("vult vullen", "invullen", "in")
	add("levert leveren", "leveren", "aan", "in", "over")
	add("verschijnt verschijnen", "verschijnen")
	add("verleent verlenen", "verlenen", "medewerking")
	add("werkt werken", "meewerken", "mee", "mede")
	add("stelt stellen", "stellen", "kennis", "hoogte", "beschikking", "zekerheid", "vast", "gelegenheid", "op")
	add("informeert informeren", "informeren")
	add("bewaart bewaren", "bewaren")
	add("houdt houden", "bijhouden", "bij")
	add("toont tonen", "aantonen", "aan")
	add("neemt nemen", "nemen", "deel", "acht")
	add("zendt zenden", "zenden")
	add("stuurt sturen", "sturen")
	add("schrijft schrijven", "inschrijven", "in")
	add("registreert registreren", "registreren")
	add("overhandigt overhandigen", "overhandigen")
	add("draagt dragen", "dragen", "af", "zorg")
	add("stort storten", "storten")
	add("aanvaardt aanvaarden", "aanvaarden")
	add("verantwoordt verantwoorden", "verantwoorden")
	add("rapporteert rapporteren", "rapporteren")
	add("zorgt zorgen", "zorgen")
	add("vergewist", "vergewissen")
	add("wendt wenden", "zich wenden", "tot")
	add("beslist beslissen", "beslissen")
	add("kent kennen", "toekennen", "toe")
	add("verleent", "verlenen")
	add("maant manen", "aanmanen", "aan")
	add("schort schorten", "opschorten", "op")
	add("stemt stemmen", "afstemmen", "af")
	add("herziet herzien", "herzien")
	add("trekt trekken", "intrekken", "in")
	add("weigert weigeren", "weigeren")
	add("verlaagt verlagen", "verlagen")
	add("vordert vorderen", "terugvorderen", "terug", "in")
	add("verrekent verrekenen", "verrekenen")
	add("wijst wijzen", "wijzen", "aan", "af", "op")
	add("vergoedt vergoeden", "vergoeden")
	add("keert keren", "uitkeren", "uit")
	add("maakt maken", "bekendmaken", "bekend")
	add("hoort horen", "horen")
	add("bevestigt bevestigen", "bevestigen")
	add("beoordeelt beoordelen", "beoordelen")
	add("verifieert verifiëren", "verifiëren")
	add("begeleidt begeleiden", "begeleiden")
	add("evalueert evalueren", "evalueren")
	add("controleert controleren", "controleren")
	add("onderzoekt onderzoeken", "onderzoeken")
	add("toetst toetsen", "toetsen")
	add("adviseert adviseren", "adviseren")
	add("voegt voegen", "bijvoegen", "bij", "toe")
	return m
}()

// articles open a noun phrase after a preposition ("in de gemeente").
var articles = set("de", "het", "een", "dit", "deze", "zijn", "haar", "hun", "diens", "hetzelfde", "dezelfde", "elke", "iedere")

// particles double as prepositions; before an article they are one.
var particles = set("in", "op", "aan", "af", "toe", "over", "uit", "mee", "terug", "voor", "bij", "door")

// finiteLead are finite verbs that open a main clause after a leading
// clause ("Indien …, vervalt het recht").
var finiteLead = set("wordt", "worden", "is", "zijn", "heeft", "hebben", "kan", "kunnen", "mag", "mogen", "moet",
	"moeten", "dient", "dienen", "geldt", "gelden", "vervalt", "vervallen", "blijft", "blijven", "zal", "zullen",
	"gaat", "komt", "vindt", "bestaat", "ontstaat", "eindigt", "treedt", "werd", "was")

// A span is a clause of a sentence: tokens [lo, hi), the actor found in
// it, and whether it is the main clause.
type span struct {
	lo, hi int
	role   string
	name   string
	kind   string
	// arranged marks a passive clause the main clause's actor must see to
	// ("draagt er zorg voor dat … wordt overgelegd")
	arranged bool
}

// analysis is what the actor resolution finds in one sentence.
type analysis struct {
	toks  []token
	facts SentenceFacts
	spans []span // the leading clause and the clauses inside the main clause
	inner []bool // per token: inside a subordinate clause or parenthesis
	lead  int    // tokens [0, lead) form a leading clause; 0 when none
}

// clauseOf returns the clause holding byte offset off of the sentence when
// it is a leading or inner clause, with its actor (which may be unknown);
// ok is false for the main clause.
func (a *analysis) clauseOf(off int) (s span, ok bool) {
	for _, s := range a.spans {
		if s.lo < len(a.toks) && a.toks[s.lo].start <= off && (s.hi >= len(a.toks) || off < a.toks[s.hi-1].end) {
			return s, true
		}
	}
	return span{}, false
}

// analyse resolves the actor of a sentence. prev is the actor named last
// before it in the same article, for pronouns.
func analyse(text string, prev SentenceFacts, lex *lexicon) *analysis {
	a := &analysis{toks: tokenize(text)}
	toks := a.toks
	a.inner = make([]bool, len(toks))
	a.lead = leadClause(toks, lex)
	// subordinate and parenthetical clauses inside the main clause; a
	// sentence that opens with "Indien" without a comma keeps its first
	// clause in the main clause
	for i := max(a.lead, 1); i < len(toks); i++ {
		if a.inner[i] || !opensClause(toks, i) {
			continue
		}
		j := clauseEnd(toks, i)
		for k := i; k < j && k < len(toks); k++ {
			a.inner[k] = true
		}
		role, name, kind, passive, _ := clauseActor(toks, i, j, nil, lex, true)
		a.spans = append(a.spans, span{lo: i, hi: j, role: role, name: name, kind: kind,
			arranged: passive && name == "" && zorgVoor(toks, i)})
	}
	var leadSpan span
	if a.lead > 0 {
		role, name, kind, _, _ := clauseActor(toks, 0, a.lead, nil, lex, true)
		if role == "pronoun" {
			// "Zolang hij …, heeft hij": the actor named before
			role, name, kind = antecedent(toks, 0, prev, lex)
		}
		leadSpan = span{lo: 0, hi: a.lead, role: role, name: name, kind: kind}
		a.spans = append(a.spans, leadSpan)
	}
	main := make([]int, 0, len(toks))
	for i := a.lead; i < len(toks); i++ {
		if !a.inner[i] {
			main = append(main, i)
		}
	}
	f := &a.facts
	role, name, kind, passive, part := clauseActor(toks, a.lead, len(toks), a.inner, lex, false)
	f.Passive = passive
	if role == "pronoun" {
		f.Pronoun = true
		k := pronounAt(toks, a.lead, a.inner)
		if toks[k].low != "het" && leadSpan.role != "" && leadSpan.name != "" {
			role, name, kind = leadSpan.role, leadSpan.name, leadSpan.kind
		} else {
			role, name, kind = antecedent(toks, k, prev, lex)
		}
	}
	for k := range a.spans {
		if a.spans[k].role == "pronoun" || a.spans[k].arranged && role != "" {
			// "De burgemeester draagt er zorg voor dat de stukken … worden
			// overgelegd": the one who must see to it acts
			a.spans[k].role, a.spans[k].name, a.spans[k].kind = role, name, kind
		}
	}
	if role == RoleCitizen && persons[kind] && !passive && !f.Pronoun {
		// "Degene die de inrichting drijft", "een persoon of instelling die":
		// the subject and the clause that says who it is
		at := subjectAt(toks, a.lead, a.inner, lex)
		if at >= 0 {
			end := at + 1
			for end < len(toks) && end < at+24 && (a.inner[end] || end < at+4) && toks[end].low != ";" {
				end++
			}
			e := businessIfEconomic(toks, at, end, actorEntry{role, kind}, lex)
			role = e.role
		}
	}
	if passive && role == RoleCitizen && kind == "" && prev.Actor == RoleCitizen {
		kind = prev.Kind
	}
	if passive && role == RoleCitizen && name == "" && ambiguousActs[part] && prev.Actor != "" && prev.Actor != RoleCitizen {
		// "Inlichtingen worden verstrekt" after a provision about the
		// administration: the provision goes on about the same actor
		role, kind = prev.Actor, prev.Kind
	}
	f.Actor, f.ActorName, f.Kind = role, name, kind
	nominal := false
	for n, i := range main {
		switch w := toks[i].low; {
		case w == "bevoegd" && i+1 < len(toks) && toks[i+1].low == "gezag":
			// "het bevoegd gezag": a name, not a power
		case modalWords[w]:
			f.Modal = true
		case negations[w]:
			// "ter zake van het niet of niet tijdig nakomen": a noun
			if n > 0 && (toks[main[n-1]].low == "het" || nominal && toks[main[n-1]].low == "of") {
				nominal = true
				continue
			}
			f.Negated = true
		}
	}
	f.Duty, f.Act = duty(toks, main, passive, part, role)
	if f.Duty && len(toks) > 0 && toks[len(toks)-1].low == ":" {
		f.List = true
	}
	if f.Modal || f.Negated || role == "" {
		f.Duty, f.Act, f.List = false, "", false
	}
	return a
}

// zorgVoor reports whether the clause at i is what someone must see to:
// "draagt er zorg voor dat", "zorgt ervoor dat", "ziet erop toe dat".
func zorgVoor(toks []token, i int) bool {
	if toks[i].low != "dat" || i < 2 {
		return false
	}
	p, pp := toks[i-1].low, toks[i-2].low
	return p == "voor" && (pp == "zorg" || pp == "er") || p == "ervoor" || p == "toe" || p == "erop"
}

// clauseEnd returns the end of a clause opened at i: the next comma,
// semicolon or colon (the closing bracket of a parenthesis), or the finite
// verb of the main clause right after the verb cluster that ends a clause
// written without a comma ("degene aan wie een boete is opgelegd | is
// verplicht").
func clauseEnd(toks []token, i int) int {
	if toks[i].low == "dat" && i > 0 && (isFinite(toks[i-1].low) || toks[i-1].low == "voor" || toks[i-1].low == "ervoor" || toks[i-1].low == "erop") {
		// a content clause ("draagt er zorg voor dat …", "bepaalt dat …")
		// runs to the end of the sentence
		for j := i + 1; j < len(toks); j++ {
			if toks[j].low == ";" || toks[j].low == ":" {
				return j
			}
		}
		return len(toks)
	}
	if i+2 < len(toks) && (toks[i].low == "wie" || toks[i].low == "die") && toks[i+1].low == "het" && toks[i+2].low == "aangaat" {
		return i + 3 // "Onze Ministers wie het aangaat"
	}
	depth := 0
	finite := false
	for j := i + 1; j < len(toks); j++ {
		t := toks[j].low
		switch {
		case toks[i].low == "(" && t == ")":
			return j + 1
		case t == "(":
			depth++
		case t == ")" && depth > 0:
			depth--
		case depth == 0 && (t == "," || t == ";" || t == ":"):
			return j
		}
		if depth > 0 || toks[i].low == "(" {
			continue
		}
		if finiteLead[t] {
			if finite && j > 0 && isParticiple(toks[j-1].low) {
				return j
			}
			finite = true
		}
	}
	return len(toks)
}

// antecedent resolves a pronoun at token k: the actor named last before it
// in the sentence (also inside a prepositional phrase: "nadat het verblijf
// van de vreemdeling is geëindigd, dient hij"), else the actor named last
// in the sentences before (prev).
func antecedent(toks []token, k int, prev SentenceFacts, lex *lexicon) (role, name, kind string) {
	if k < len(toks) && toks[k].low == "het" {
		// "het" refers to a neuter actor: het college, het UWV
		for i := k - 1; i >= 0; i-- {
			if e, n := lex.lookup(toks, i); n > 0 && i+n <= k && neuterKinds[e.kind] {
				return e.role, phrase(toks, npStart(toks, i, 0), i+n-npStart(toks, i, 0)), e.kind
			}
		}
		if neuterKinds[prev.Kind] {
			return prev.Actor, prev.ActorName, prev.Kind
		}
		return "", "", ""
	}
	for i := k - 1; i >= 0; i-- {
		if e, n := lex.lookup(toks, i); n > 0 && i+n <= k {
			if e.kind == "ouder" && i+n < len(toks) && toks[i+n].low == "dan" {
				continue
			}
			return e.role, phrase(toks, npStart(toks, i, 0), i+n-npStart(toks, i, 0)), e.kind
		}
	}
	return prev.Actor, prev.ActorName, prev.Kind
}

// neuterPronoun reports whether "het" at i is a pronoun after the finite
// verb ("stelt het zo spoedig mogelijk …", for het openbaar ministerie)
// rather than an article.
func neuterPronoun(toks []token, i, lo, hi int) bool {
	if i-1 < lo || i+1 >= hi {
		return false
	}
	p := toks[i-1].low
	_, duty := dutyVerbs[p]
	if !duty && !finiteLead[p] && !modalWords[p] {
		return false
	}
	n := toks[i+1]
	return n.punct || prepositions[n.low] || articles[n.low] || adverbs[n.low]
}

var adverbs = set("zo", "onverwijld", "terstond", "onmiddellijk", "dan", "daarvan", "daarover", "ook", "tevens", "niet",
	"uiterlijk", "desgevraagd", "zo nodig", "zonodig", "schriftelijk", "ambtshalve", "eerst", "vervolgens")

// neuterKinds are actors referred to as "het".
var neuterKinds = set("college", "uwv", "cak", "openbaar ministerie", "bestuursorgaan", "orgaan", "zorgkantoor",
	"waterschap", "algemeen bestuur", "dagelijks bestuur", "centraal stembureau", "commissariaat", "coa", "bevoegd gezag")

// subjectAt returns the token of the first actor of the main clause that is
// not in a prepositional phrase, or -1.
func subjectAt(toks []token, lo int, inner []bool, lex *lexicon) int {
	for i := lo; i < len(toks); i++ {
		if inner[i] {
			continue
		}
		if _, n := lex.lookup(toks, i); n > 0 && !inPP(toks, i, lo) {
			return i
		}
	}
	return -1
}

// pronounAt returns the first subject pronoun of the main clause.
func pronounAt(toks []token, lo int, inner []bool) int {
	for i := lo; i < len(toks); i++ {
		if !inner[i] && (pronouns[toks[i].low] || toks[i].low == "deze" || toks[i].low == "het" && neuterPronoun(toks, i, lo, len(toks))) {
			return i
		}
	}
	return lo
}

// leadClause returns the end of a leading clause: the comma after which
// the main clause starts with its finite verb ("Indien …, meldt hij"), or
// 0 when the sentence does not start with one.
func leadClause(toks []token, lex *lexicon) int {
	if len(toks) == 0 || !leadStarters[toks[0].low] {
		return 0
	}
	first := -1
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].low != "," {
			continue
		}
		if first < 0 {
			first = i
		}
		if finiteAfterComma(toks, i+1, lex) {
			return i + 1
		}
	}
	if subordinators[toks[0].low] || toks[0].low == "als" {
		if first > 0 {
			return first + 1
		}
	}
	return 0
}

// finiteAfterComma reports whether the token at i looks like the finite
// verb that opens a main clause: a known verb, or a word ending in -t
// followed by a subject (a determiner, a pronoun or an actor).
func finiteAfterComma(toks []token, i int, lex *lexicon) bool {
	w := toks[i].low
	if finiteLead[w] {
		return true
	}
	if _, ok := dutyVerbs[w]; ok {
		return true
	}
	if len(w) >= 4 && strings.HasSuffix(w, "t") && !toks[i].punct && i+1 < len(toks) {
		n := toks[i+1].low
		if determiners[n] || pronouns[n] || n == "onze" {
			return true
		}
		if _, k := lex.lookup(toks, i+1); k > 0 {
			return true
		}
	}
	return false
}

// opensClause reports whether the token at i opens a subordinate clause or
// a parenthesis inside the main clause.
func opensClause(toks []token, i int) bool {
	w := toks[i].low
	switch {
	case w == "(":
		return true
	case subordinators[w]:
		return true
	case w == "voor" && i+1 < len(toks) && toks[i+1].low == "zover":
		return true
	case w == "die" || w == "dat":
		// a relative or content clause, not a determiner: "de gegevens die
		// hij verstrekt", "bepaalt dat", but not "van die wet", "dat lid"
		if i == 0 {
			return false
		}
		p := toks[i-1]
		if w == "dat" && (p.low == "zonder" || p.low == "behalve" || p.low == "doordat" || p.low == "ervoor" || p.low == "erop" ||
			p.low == "voor" && i >= 2 && (toks[i-2].low == "zorg" || toks[i-2].low == "er")) {
			return true // "draagt er zorg voor dat …"
		}
		if prepositions[p.low] || determiners[p.low] || p.low == "met" {
			return false
		}
		if i+1 < len(toks) && structureNouns[toks[i+1].low] {
			return false
		}
		return true
	case w == "bedoeld" || w == "genoemd" || w == "vermeld" || w == "omschreven":
		// ", bedoeld in artikel 3,": a parenthetical
		return i > 0 && (toks[i-1].low == "," || toks[i-1].low == "als")
	}
	return false
}

// clauseActor finds the actor of the tokens [lo, hi), skipping tokens
// marked in skip. It returns role "pronoun" for a pronoun subject. With
// sub, the clause is subordinate: "is ingediend" counts as a passive too,
// and a relative pronoun ("die") is not a subject.
func clauseActor(toks []token, lo, hi int, skip []bool, lex *lexicon, sub bool) (role, name, kind string, passive bool, participle string) {
	in := func(i int) bool { return i >= lo && i < hi && (skip == nil || !skip[i]) }
	// passive: an auxiliary and a participle in the clause
	aux := -1
	for i := lo; i < hi; i++ {
		if !in(i) {
			continue
		}
		if i > lo && (toks[i].low == "dat" || toks[i].low == "die") && opensClause(toks, i) {
			break // a clause inside this one
		}
		if passiveAux[toks[i].low] || sub && perfectAux[toks[i].low] && !subjectBefore(toks, lo, i, in, lex) {
			aux = i
			break
		}
	}
	if aux >= 0 {
		// a known participle first, then one shaped like a participle;
		// after the auxiliary, or before it in a subordinate clause
		p := -1
		for _, known := range []bool{true, false} {
			for i := aux + 1; p < 0 && i < hi && i < aux+40; i++ {
				if in(i) && isParticiple(toks[i].low) && knownParticiple(toks[i].low) == known {
					p = i
				}
			}
			for i := aux - 1; p < 0 && i >= lo && i > aux-8; i-- {
				if in(i) && isParticiple(toks[i].low) && knownParticiple(toks[i].low) == known {
					p = i
				}
			}
		}
		if p < 0 && passiveAux[toks[aux].low] {
			// "wordt door de officier van justitie … betekend": an agent
			// names the actor even when the participle is not recognised
			if r, n, k, ok := agent(toks, lo, hi, in, lex); ok {
				return r, n, k, true, ""
			}
		}
		if p >= 0 {
			part := toks[p].low
			if r, n, k, ok := agent(toks, lo, hi, in, lex); ok {
				return r, n, k, true, part
			}
			objRole, objKind := objectRole(toks, lo, hi, in)
			if sub && objRole == "" && lo > 0 && (toks[lo].low == "die" || toks[lo].low == "dat" || toks[lo].low == "welke") {
				// a relative clause acts on its antecedent: "een aanvraag die
				// niet tijdig is ingediend"
				objRole, objKind = objectRole(toks, lo-1, lo, func(int) bool { return true })
			}
			// "de aanvraag" implies the aanvrager, who may be defined as an
			// organisation
			citizen := RoleCitizen
			if e, ok := lex.phrases[objKind]; ok && objKind != "" {
				citizen = e.role
			}
			switch {
			case qualifyingActs[part]:
				return "", "", "", true, part
			case citizenActs[part] && objRole == RoleAdmin:
				// "een voorstel van wet wordt ingediend"
				return RoleAdmin, "", "", true, part
			case citizenActs[part] && sub && objRole == "":
				// inside a clause the thing acted on decides: "draagt er
				// zorg voor dat de enveloppen … overhandigd worden" is not a
				// citizen's act
				return "", "", "", true, part
			case citizenActs[part]:
				return citizen, "", objKind, true, part
			case adminActs[part]:
				return RoleAdmin, "", "", true, part
			case (part == "betaald" || part == "voldaan") && paysBack(toks, lo, hi, in):
				return RoleCitizen, "", "", true, part
			case ambiguousActs[part] && objRole != "":
				if objRole == RoleCitizen {
					return citizen, "", objKind, true, part
				}
				return RoleAdmin, "", "", true, part
			}
			if passiveAux[toks[aux].low] {
				// a worden-passive with an unknown participle: nobody named
				return "", "", "", true, part
			}
		}
	}
	// a main clause that opens with a noun phrase and its finite verb has
	// that subject, actor or not: "Het bestuur schrijft de aanvrager in" is
	// not the aanvrager's act
	if !sub && unknownSubject(toks, lo, hi, in, lex) {
		return "", "", "", false, ""
	}
	// active: the first actor or pronoun that is not inside a prepositional
	// phrase
	for i := lo; i < hi; i++ {
		if !in(i) {
			continue
		}
		w := toks[i].low
		if pronouns[w] && !afterPreposition(toks, i, lo) {
			return "pronoun", toks[i].text, "", false, ""
		}
		if w == "het" && neuterPronoun(toks, i, lo, hi) {
			return "pronoun", toks[i].text, "", false, ""
		}
		if w == "deze" && i+1 < hi && (toks[i+1].punct || determiners[toks[i+1].low] || prepositions[toks[i+1].low]) && !afterPreposition(toks, i, lo) {
			return "pronoun", toks[i].text, "", false, ""
		}
		e, n := lex.lookup(toks, i)
		if n == 0 {
			continue
		}
		if e.kind == "ouder" && i+n < len(toks) && (toks[i+n].low == "dan" || i > 0 && toks[i-1].low == "of") {
			// "ouder dan", "18 jaar of ouder": a comparison
			continue
		}
		if inPP(toks, i, lo) {
			i += n - 1
			continue
		}
		return e.role, phrase(toks, npStart(toks, i, lo), i+n-npStart(toks, i, lo)), e.kind, false, ""
	}
	return "", "", "", false, ""
}

// unknownSubject reports whether the clause opens with a noun phrase that
// names no actor, directly followed by a finite verb.
func unknownSubject(toks []token, lo, hi int, in func(int) bool, lex *lexicon) bool {
	if lo+1 < hi && in(lo) && isFinite(toks[lo].low) && in(lo+1) && articles[toks[lo+1].low] {
		// inverted order after a leading clause: "…, stelt de voorzitter"
		for k := lo + 1; k < hi && k <= lo+4; k++ {
			if !in(k) || toks[k].punct || prepositions[toks[k].low] {
				return false
			}
			if _, n := lex.lookup(toks, k); n > 0 {
				return false
			}
		}
		return !pronouns[toks[lo+1].low]
	}
	if lo >= hi || !in(lo) || !articles[toks[lo].low] || toks[lo].low == "zijn" || toks[lo].low == "haar" {
		return false
	}
	if _, n := lex.lookup(toks, lo); n > 0 {
		return false // "een ieder"
	}
	for k := lo + 1; k < hi && k <= lo+4; k++ {
		if !in(k) || toks[k].punct {
			return false
		}
		if _, n := lex.lookup(toks, k); n > 0 {
			return false
		}
		if _, ok := dutyVerbs[toks[k].low]; ok && k > lo+1 {
			return true
		}
		if finiteLead[toks[k].low] && k > lo+1 {
			return true
		}
		if prepositions[toks[k].low] {
			return false
		}
	}
	return false
}

func isFinite(w string) bool {
	_, duty := dutyVerbs[w]
	return duty || finiteLead[w]
}

// subjectBefore reports whether an actor that is not in a prepositional
// phrase stands before token k: "indien de aanvrager is verhuisd" is active.
func subjectBefore(toks []token, lo, k int, in func(int) bool, lex *lexicon) bool {
	for i := lo; i < k; i++ {
		if !in(i) {
			continue
		}
		if _, n := lex.lookup(toks, i); n > 0 && !inPP(toks, i, lo) {
			return true
		}
	}
	return false
}

// agent finds "door <actor>" naming the agent of a passive, but not "een
// door het college te stellen termijn" or "de door hem verstrekte
// gegevens", where "door" belongs to an adjective.
func agent(toks []token, lo, hi int, in func(int) bool, lex *lexicon) (role, name, kind string, ok bool) {
	for i := lo; i < hi; i++ {
		if !in(i) || toks[i].low != "door" || i+1 >= hi || toks[i+1].low == "middel" {
			continue
		}
		if i > 0 && determiners[toks[i-1].low] {
			// "een door het college te stellen termijn", "de door hem
			// verstrekte gegevens": an adjective, not the agent
			continue
		}
		j := i + 1
		for j < hi && j < i+4 && determiners[toks[j].low] {
			j++
		}
		if j >= hi {
			continue
		}
		e, n := lex.lookup(toks, j)
		if n == 0 {
			if agentPronouns[toks[j].low] {
				// "door hen die met de uitreiking zijn belast": an agent,
				// but not one wetlint can name
				return "", "", "", true
			}
			continue
		}
		after := j + n
		// skip a qualifying phrase: "door het college van burgemeester en
		// wethouders"
		for after < hi && toks[after].low == "van" {
			after++
			for after < hi && !toks[after].punct && after < j+n+6 {
				if isAdjectival(toks[after].low) || toks[after].low == "te" {
					break
				}
				after++
			}
		}
		if after < hi && (toks[after].low == "te" || isAdjectival(toks[after].low)) {
			continue
		}
		return e.role, phrase(toks, i+1, j+n-i-1), e.kind, true
	}
	return "", "", "", false
}

var agentPronouns = set("hem", "hen", "haar", "hun", "hij", "zij", "ze", "deze", "die")

// isAdjectival reports whether a word is an inflected participle used as an
// adjective ("gestelde", "verstrekte", "bepaalde").
func isAdjectival(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")) && isParticiple(w[:len(w)-1])
}

// objectRole decides who acts on the subject of a passive by the subject
// noun: an aanvraag is the citizen's, a beschikking the administration's.
func objectRole(toks []token, lo, hi int, in func(int) bool) (role, kind string) {
	neutral := false
	for i := lo; i < hi; i++ {
		if !in(i) {
			continue
		}
		w := singular(toks[i].low)
		if inPP(toks, i, lo) && !(neutral && toks[npStart(toks, i, lo)-1].low == "van") {
			continue
		}
		switch {
		case neutralHeads[w]:
			// "het bedrag van een boete": the complement decides
			neutral = true
		case citizenObjects[w]:
			return RoleCitizen, objectKinds[w]
		case adminObjects[w]:
			return RoleAdmin, ""
		}
	}
	return "", ""
}

// paysBack reports whether what is paid is a debt of the citizen: a
// terugvordering, a boete, rente or a bijdrage.
func paysBack(toks []token, lo, hi int, in func(int) bool) bool {
	for i := lo; i < hi; i++ {
		if in(i) && debts[singular(toks[i].low)] {
			return true
		}
	}
	return false
}

var debts = set("terugvordering", "boete", "rente", "schuld", "premie", "bijdrage", "leges", "belasting", "dwangsom", "eigen")

// neutralHeads are nouns whose "van"-complement says whose they are.
var neutralHeads = set("bedrag", "som", "hoogte", "deel", "gedeelte", "afschrift", "kopie", "totaal", "betaling", "verstrekking")

// singular strips a plural ending a lexicon may not list ("vergoedingen").
func singular(w string) string {
	if citizenObjects[w] || adminObjects[w] || neutralHeads[w] {
		return w
	}
	for _, suf := range []string{"en", "s"} {
		if b := strings.TrimSuffix(w, suf); b != w && (citizenObjects[b] || adminObjects[b] || neutralHeads[b]) {
			return b
		}
	}
	return w
}

// isParticiple reports whether a word is (shaped like) a past participle:
// a known one, or ge-…-d/t/en with an optional separable prefix, or an
// inseparable prefix (be-, ver-, ont-, her-, er-) with -d or -t.
func isParticiple(w string) bool {
	if knownParticiple(w) {
		return true
	}
	if len(w) < 6 || strings.ContainsAny(w, "0123456789-/") || notParticiples[w] {
		return false
	}
	stem := w
	for _, p := range []string{"aan", "af", "bij", "door", "in", "mee", "mede", "na", "op", "over", "toe", "uit", "vast", "voor", "weg", "terug", "tegen", "samen"} {
		if strings.HasPrefix(stem, p+"ge") {
			stem = stem[len(p):]
			break
		}
	}
	if strings.HasPrefix(stem, "ge") && len(stem) > 5 {
		return strings.HasSuffix(stem, "d") || strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "en")
	}
	for _, p := range []string{"be", "ver", "ont", "her", "er"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			return strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t")
		}
	}
	return false
}

func knownParticiple(w string) bool {
	return citizenActs[w] || adminActs[w] || ambiguousActs[w] || qualifyingActs[w]
}

// notParticiples are nouns shaped like participles.
var notParticiples = set("besluit", "besluiten", "bestand", "verband", "verbod", "gebied", "geschrift", "gezondheid",
	"belastingdienst", "beleid", "bericht", "gewicht", "gebouw", "gezin", "geding", "gemeenschap", "geheimhouding",
	"verschuldigd", "bestaat", "ontstaat", "behoort", "betreft", "bedraagt", "verstaat", "bericht", "verlaat",
	"gelijktijdig", "gedurende", "gerechtigd", "gemachtigd", "verzekerd", "bekend", "erkend", "gebonden", "geschikt")

// npStart returns the first token of the noun phrase whose noun is at i:
// back over up to two adjectives and a determiner, or over "de in het
// eerste lid bedoelde".
func npStart(toks []token, i, lo int) int {
	j := i
	for k := 0; k < 2 && j-1 >= lo && isAdjectiveLike(toks[j-1].low); k++ {
		if adjectiveNP[toks[j-1].low] {
			// "de in het eerste lid bedoelde ouder"
			for b := j - 2; b >= lo && b > j-12; b-- {
				if (toks[b].low == "de" || toks[b].low == "het" || toks[b].low == "een") && b+1 < len(toks) &&
					(toks[b+1].low == "in" || toks[b+1].low == "bij" || toks[b+1].low == "onder" || toks[b+1].low == "krachtens" || toks[b+1].low == "ingevolge" || toks[b+1].low == "op") {
					return b
				}
			}
		}
		j--
	}
	if j-1 >= lo && (determiners[toks[j-1].low] || toks[j-1].low == "onze") {
		j--
	}
	return j
}

func isAdjectiveLike(w string) bool {
	if determiners[w] || prepositions[w] || len(w) < 3 {
		return false
	}
	return adjectiveNP[w] || strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ie") || strings.HasPrefix(w, "niet-")
}

// inPP reports whether the noun phrase with its noun at i stands after a
// preposition (and so is not the subject).
func inPP(toks []token, i, lo int) bool {
	s := npStart(toks, i, lo)
	if afterPreposition(toks, s, lo) {
		return true
	}
	// "aan de verdachte of veroordeelde": the second of two coordinated
	// nouns shares the preposition of the first
	if s-1 >= lo && (toks[s-1].low == "of" || toks[s-1].low == "en" || toks[s-1].low == "onderscheidenlijk") {
		for j := s - 2; j >= lo && j > s-8; j-- {
			if toks[j].punct {
				return false
			}
			if prepositions[toks[j].low] {
				return true
			}
		}
	}
	return false
}

func afterPreposition(toks []token, i, lo int) bool {
	return i-1 >= lo && prepositions[toks[i-1].low]
}

func phrase(toks []token, i, n int) string {
	parts := make([]string, 0, n)
	for k := i; k < i+n && k < len(toks); k++ {
		parts = append(parts, toks[k].text)
	}
	return strings.ReplaceAll(strings.Join(parts, " "), " / ", "/")
}

// duty finds the act a main clause imposes on its actor: a deontic phrase
// ("is verplicht", "is gehouden", "moet", "dient … te"), a verb that
// imposes an act ("verstrekt", "meldt", "legt … over"), or a passive of
// such an act.
func duty(toks []token, main []int, passive bool, participle, role string) (bool, string) {
	if passive {
		switch {
		case participle == "":
			return false, ""
		case role == RoleCitizen && (citizenActs[participle] || ambiguousActs[participle]):
			return true, auxPhrase(toks, main, participle)
		case role == RoleAdmin && (adminActs[participle] || ambiguousActs[participle]):
			return true, auxPhrase(toks, main, participle)
		case role != "" && !qualifyingActs[participle]:
			return true, auxPhrase(toks, main, participle)
		}
		return false, ""
	}
	for n, i := range main {
		w := toks[i].low
		switch w {
		case "verplicht", "gehouden":
			if n > 0 && (perfectAux[toks[main[n-1]].low] || toks[main[n-1]].low == "blijft" || toks[main[n-1]].low == "blijven") {
				return true, toks[main[n-1]].text + " " + toks[i].text
			}
			for _, k := range main[:n] {
				if perfectAux[toks[k].low] {
					return true, toks[k].text + " " + toks[i].text
				}
			}
		case "moet", "moeten":
			return true, toks[i].text
		case "verplichting":
			// "heeft de verplichting om … te betalen"
			if n >= 2 && (toks[main[n-2]].low == "heeft" || toks[main[n-2]].low == "hebben") && toks[main[n-1]].low == "de" {
				return true, toks[main[n-2]].text + " de verplichting"
			}
		}
		if w == "dient" || w == "dienen" {
			for _, k := range main[n+1:] {
				if toks[k].low == "te" {
					return true, toks[i].text + " … te"
				}
			}
		}
		dv, ok := dutyVerbs[w]
		if !ok {
			continue
		}
		if len(dv.needs) == 0 {
			return true, toks[i].text
		}
		// the particle closes the main clause, which may come after a
		// clause inside it ("legt wijzigingen voordat deze ingaan aan de
		// zorgautoriteit over")
		for k := i + 1; k < len(toks); k++ {
			if toks[k].low == ";" || toks[k].low == ":" {
				break
			}
			for _, need := range dv.needs {
				if toks[k].low == need {
					if particles[need] && k+1 < len(toks) && (articles[toks[k+1].low] || toks[k+1].low == "grond") {
						continue // "in de gemeente", "op de omstandigheden": a preposition, not the particle
					}
					return true, toks[i].text + " … " + toks[k].text
				}
			}
		}
	}
	return false, ""
}

func auxPhrase(toks []token, main []int, participle string) string {
	for _, i := range main {
		if passiveAux[toks[i].low] {
			return toks[i].text + " " + participle
		}
	}
	return participle
}

// sentenceFacts computes the facts of each sentence of a unit with the
// default lexicon; inherited is the actor named last before the unit in the
// same article.
func sentenceFacts(ids, texts []string, inherited SentenceFacts) []SentenceFacts {
	out := make([]SentenceFacts, len(texts))
	prev := inherited
	for i, s := range texts {
		out[i] = analyse(s, prev, defaultLexicon).facts
		out[i].ID = ids[i]
		if out[i].Actor != "" && out[i].ActorName != "" {
			prev = out[i]
		}
	}
	return out
}
