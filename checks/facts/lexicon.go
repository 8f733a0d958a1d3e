package facts

import (
	"regexp"
	"sort"
	"strings"
)

// Actor roles.
const (
	RoleCitizen  = "citizen"  // a person the law addresses: aanvrager, ouder, huurder, …
	RoleBusiness = "business" // an undertaking: werkgever, aanbieder, instelling, …
	RoleAdmin    = "admin"    // the administration: Onze Minister, het college, …
	RoleUnknown  = ""
)

// An actorEntry is what the lexicon knows of a noun (phrase): its role and
// its kind, the singular lemma a citizen's view groups by ("aanvrager").
type actorEntry struct {
	role, kind string
}

// baseLexicon lists the actors of Dutch legislation. Each line is
// "singular|plural…=role" (c citizen, b business, a admin); the first form
// is the kind. Multi-word names are written as they are tokenised: the
// slash of "Belastingdienst/Toeslagen" is a token of its own.
const baseLexicon = `
onze minister|onze ministers|minister|ministers=a
staatssecretaris|staatssecretarissen=a
regering|kabinet=a
college|colleges=a
burgemeester en wethouders=a
burgemeester=a
gedeputeerde staten=a
provinciale staten=a
gemeenteraad=a
raad=a
algemeen bestuur=a
dagelijks bestuur=a
belastingdienst / toeslagen|belastingdienst|dienst toeslagen|rijksbelastingdienst=a
inspecteur|inspecteurs=a
ontvanger=a
uwv|uitvoeringsinstituut werknemersverzekeringen=a
sociale verzekeringsbank|svb=a
bestuursorgaan|bestuursorganen|orgaan|organen=a
cak=a
toezichthouder|toezichthouders=a
ambtenaar|ambtenaren=a
commissariaat=a
autoriteit=a
rechter|rechters|kantonrechter|rechtbank|rechter-commissaris|gerecht|gerechtshof|hof|hoge raad=a
officier van justitie=a
openbaar ministerie=a
zorgkantoor|zorgkantoren=a
gemeente|gemeenten=a
waterschap|waterschappen=a
provincie|provincies=a
staat der nederlanden=a
commissie=a
uitvoeringsorganisatie=a
rvo|rijksdienst voor ondernemend nederland|rijksdienst=a
registrateur=a
griffier=a
voorzitter|voorzitters=a
kiesraad=a
centraal stembureau|stembureau|stembureaus=a
huurcommissie=a
immigratie- en naturalisatiedienst|ind=a
dienst uitvoering onderwijs|duo=a
centraal orgaan opvang asielzoekers|coa=a
korpschef|politie=a
bevoegd gezag=a
aanvrager|aanvragers|aanvraagster=c
belanghebbende|belanghebbenden=c
ouder|ouders|pleegouder|pleegouders=c
huurder|huurders=c
verzekerde|verzekerden=c
burger|burgers=c
betrokkene|betrokkenen=c
partner|partners|toeslagpartner|echtgenoot|echtgenote|echtgenoten=c
medebewoner|medebewoners=c
werknemer|werknemers=c
ingezetene|ingezetenen=c
deelnemer|deelnemers=c
persoon|personen|natuurlijke persoon|natuurlijke personen=c
degene|degenen|een ieder|hij die|zij die=c
student|studenten|leerling|leerlingen|scholier|scholieren=c
patiënt|patiënten|cliënt|cliënten=c
rechthebbende|rechthebbenden=c
verdachte|verdachten|veroordeelde|veroordeelden=c
kiezer|kiezers=c
vreemdeling|vreemdelingen|asielzoeker|asielzoekers|statushouder|statushouders=c
alleenstaande|alleenstaanden=c
indiener|indieners|verzoeker|verzoekers|klager|klagers|appellant|appellanten=c
melder|melders=c
eigenaar|eigenaren|eigenaars=c
bewoner|bewoners=c
kandidaat|kandidaten=c
gemachtigde|gemachtigden=c
overtreder|overtreders=c
kind|kinderen|minderjarige|minderjarigen|meerderjarige|meerderjarigen|jongere|jongeren=c
nabestaande|nabestaanden|weduwe|weduwnaar|wees|wezen|erfgenaam|erfgenamen=c
werkloze|werklozen|werkzoekende|werkzoekenden|arbeidsongeschikte|arbeidsongeschikten=c
mantelzorger|mantelzorgers|zorgvrager|zorgvragers=c
nieuwkomer|nieuwkomers|inburgeraar|inburgeraars=c
consument|consumenten|reiziger|reizigers|slachtoffer|slachtoffers=c
zelfstandige|zelfstandigen=c
houder van een verblijfsvergunning|houder van een rijbewijs=c
werkgever|werkgevers=b
aanbieder|aanbieders|zorgaanbieder|zorgaanbieders=b
verhuurder|verhuurders=b
ondernemer|ondernemers|onderneming|ondernemingen=b
houder|houders|vergunninghouder|vergunninghouders=b
exploitant|exploitanten=b
instelling|instellingen|media-instelling|media-instellingen=b
kinderopvangorganisatie|gastouderbureau|gastouderbureaus|uitzendbureau=b
leverancier|leveranciers|fabrikant|fabrikanten|producent|producenten|importeur|importeurs=b
verzekeraar|verzekeraars|zorgverzekeraar|zorgverzekeraars=b
bank|banken|pensioenfonds|pensioenfondsen=b
inhoudingsplichtige|inhoudingsplichtigen=b
rechtspersoon|rechtspersonen|vennootschap|vennootschappen=b
stichting|stichtingen|vereniging|verenigingen|coöperatie|coöperaties|organisatie|organisaties=b
bedrijf|bedrijven|woningcorporatie|woningcorporaties|toegelaten instelling|toegelaten instellingen=b
raad van bestuur=b
vervoerder|vervoerders=b
notaris|notarissen|advocaat|advocaten|accountant|accountants=b
`

// lexicon maps a phrase (lower-case tokens joined by spaces) to its entry.
type lexicon struct {
	phrases map[string]actorEntry
	first   map[string]bool // first tokens of the phrases, a cheap test
	maxLen  int             // longest phrase in tokens
	// key names what withDefinitions added ("" for the default lexicon),
	// so that a cache can tell lexicons apart by value
	key string
}

var defaultLexicon = parseLexicon(baseLexicon)

func parseLexicon(src string) *lexicon {
	l := &lexicon{phrases: map[string]actorEntry{}, first: map[string]bool{}}
	for _, line := range strings.Split(src, "\n") {
		forms, code, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok {
			continue
		}
		role := map[string]string{"c": RoleCitizen, "b": RoleBusiness, "a": RoleAdmin}[code]
		names := strings.Split(forms, "|")
		kind := strings.ReplaceAll(names[0], " / ", "/")
		for _, n := range names {
			l.add(n, actorEntry{role, kind})
		}
	}
	return l
}

func (l *lexicon) add(phrase string, e actorEntry) {
	var parts []string
	for _, t := range tokenize(strings.ToLower(phrase)) {
		parts = append(parts, t.low)
	}
	key := strings.Join(parts, " ")
	if key == "" {
		return
	}
	if _, dup := l.phrases[key]; !dup {
		l.phrases[key] = e
	}
	l.first[parts[0]] = true
	l.maxLen = max(l.maxLen, len(parts))
}

// organisations are kinds of legal persons: a term defined as one of them
// is an undertaking even when the lexicon knows it as a person.
var organisations = set("rechtspersoon", "vennootschap", "stichting", "vereniging", "coöperatie", "organisatie",
	"bedrijf", "woningcorporatie", "toegelaten instelling", "onderneming", "instelling")

// persons are the words that say a definiens is a natural person.
var persons = set("persoon", "degene")

// withDefinitions returns a lexicon that also knows the terms a document
// defines, with the role of the actor their definiens names ("deelnemer:
// degene aan wie een voorziening is toegekend" is a citizen, "verhuurder:
// de natuurlijke persoon die …" too, "aanvrager: een stichting of
// vereniging die …" an organisation). One exception: a term the lexicon
// knows as a citizen, defined by a role a person can have in business
// ("aanvrager: de verhuurder die …"), stays a person whose doenvermogen
// counts, because small landlords and the self-employed are within the
// requirement too.
func (l *lexicon) withDefinitions(defs []Definition) *lexicon {
	if len(defs) == 0 {
		return l
	}
	out := &lexicon{phrases: make(map[string]actorEntry, len(l.phrases)+len(defs)), first: make(map[string]bool, len(l.first)), maxLen: l.maxLen}
	for k, v := range l.phrases {
		out.phrases[k] = v
	}
	for k := range l.first {
		out.first[k] = true
	}
	for _, d := range defs {
		term := strings.ToLower(strings.TrimSpace(d.Term))
		for _, a := range []string{"de ", "het ", "een "} {
			term = strings.TrimPrefix(term, a)
		}
		if term == "" || len(term) > 60 {
			continue
		}
		toks := tokenize(d.Definiens)
		var def actorEntry
		for i := 0; i < len(toks) && i < 8; i++ {
			if e, n := l.lookup(toks, i); n > 0 {
				def = e
				break
			}
		}
		// "de natuurlijke persoon, rechtspersoon of vennootschap die …"
		// includes organisations, "degene die een kindercentrum exploiteert"
		// runs an undertaking
		if def.role == RoleCitizen {
			def = businessIfEconomic(toks, 0, min(len(toks), 16), def, l)
		}
		if def.role == "" {
			continue
		}
		known, n := l.lookup(tokenize(term), 0)
		switch {
		case n == 0:
			out.add(term, actorEntry{def.role, term})
		case known.role == RoleCitizen && def.role == RoleBusiness && !organisations[def.kind]:
			// "aanvrager: de verhuurder die …": still a person
		case known.role == RoleBusiness && def.role == RoleCitizen && !persons[def.kind]:
			// "werkgever: de belanghebbende bij een medische beschikking":
			// a procedural role, not a statement that it is a person
		case known.role != def.role:
			out.set(term, actorEntry{def.role, known.kind})
		}
	}
	keys := make([]string, 0, len(out.phrases))
	for k, e := range out.phrases {
		if old, ok := l.phrases[k]; !ok || old != e {
			keys = append(keys, k+"="+e.role+"/"+e.kind)
		}
	}
	sort.Strings(keys)
	out.key = strings.Join(keys, ";")
	return out
}

// economicRe marks an economic activity: a person who runs a business,
// practises a profession, operates an installation or a vessel, employs
// people or supplies goods or services acts as an undertaking.
var economicRe = regexp.MustCompile(`\b(bedrijf|bedrijven|beroep|beroepsmatig|onderneming|exploiteert|exploiteren|exploitatie|beheert|beheren|drijft|drijven|inrichting|installatie|schip|vaartuig|luchtvaartuig|voertuigen|aanbiedt|aanbieden|levert|leveren|vervoert|vervoeren|produceert|vervaardigt|verhandelt|importeert|uitvoert|in dienst|werkgever|graafwerkzaamheden|kindercentrum|gastouderbureau|instelling|handelaar|winkel)\b`)

// businessIfEconomic turns a generic person in toks[lo:hi] into an
// undertaking when the words describe an organisation or an economic
// activity ("degene die de inrichting drijft", "persoon of instelling").
func businessIfEconomic(toks []token, lo, hi int, e actorEntry, l *lexicon) actorEntry {
	if e.role != RoleCitizen || !persons[e.kind] {
		return e
	}
	var words []string
	for i := lo; i < hi; i++ {
		if o, n := l.lookup(toks, i); n > 0 && organisations[o.kind] {
			return actorEntry{RoleBusiness, e.kind}
		}
		words = append(words, toks[i].low)
	}
	if economicRe.MatchString(strings.Join(words, " ")) {
		return actorEntry{RoleBusiness, e.kind}
	}
	return e
}

// set gives a phrase (and its plural, when the lexicon has one) a new entry.
func (l *lexicon) set(phrase string, e actorEntry) {
	old, ok := l.phrases[phrase]
	for k, v := range l.phrases {
		if ok && v == old {
			l.phrases[k] = e
		}
	}
	l.phrases[phrase] = e
}

// citizenIn reports whether the text names a citizen the lexicon knows
// (with the draft's own definitions: "de gedupeerde").
func (l *lexicon) citizenIn(text string) bool {
	toks := tokenize(text)
	for i := range toks {
		if e, n := l.lookup(toks, i); n > 0 && e.role == RoleCitizen {
			return true
		}
	}
	return false
}

// lookup finds the longest phrase at toks[i]; it returns the entry and the
// number of tokens it covers (0 when none). Words ending in -gerechtigde,
// -plichtige or -hebbende that the lexicon does not list are citizens.
func (l *lexicon) lookup(toks []token, i int) (actorEntry, int) {
	if l.first[toks[i].low] {
		var key strings.Builder
		for n := min(l.maxLen, len(toks)-i); n >= 1; n-- {
			key.Reset()
			for k := 0; k < n; k++ {
				if k > 0 {
					key.WriteByte(' ')
				}
				key.WriteString(toks[i+k].low)
			}
			if e, ok := l.phrases[key.String()]; ok {
				return e, n
			}
		}
	}
	w := toks[i].low
	for _, suf := range []string{"gerechtigde", "plichtige", "hebbende"} {
		if len(w) > len(suf)+2 && (strings.HasSuffix(w, suf) || strings.HasSuffix(w, suf+"n")) {
			return actorEntry{RoleCitizen, strings.TrimSuffix(w, "n")}, 1
		}
	}
	// "het bestuurscollege", "de toezichtscommissie", "de arbeidsinspectie",
	// "de voorzieningenrechter"
	for _, suf := range []string{"college", "colleges", "commissie", "commissies", "inspectie", "autoriteit", "ministerie", "rechter"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return actorEntry{RoleAdmin, w}, 1
		}
	}
	return actorEntry{}, 0
}
