# METADATA
# title: hardship helpers
# description: |
#   Shared logic of the hardvochtigheid (HARD) rules: which effects are
#   imposed, which mitigations cover a unit (in the same article, by naming
#   it, by being named from it, or for the whole regulation), mitigations in
#   umbrella laws given as context, and the note that a declared umbrella
#   law may hold the mitigation. See docs/hardship.md.
package wetlint.hard

import data.wetlint.text

# imposed: an effect that the provision attaches, not a power, a negation
# or a condition.
imposed(e) if {
	e.main
	e.bound
	not e.negated
}

# adverse_decision: an effect that is a decision against the person, not a
# description of who is entitled ("geen recht op …" describes the scope of
# a scheme; "vervalt", "nihil", "beëindigd" take something away)
adverse_decision(e) if e.kind in {"recovery", "fine", "sanction", "withdrawal", "liability", "suspension"}

adverse_decision(e) if {
	e.kind == "loss"
	regex.match(`nihil|beëindig|vervalt|vervallen|uitgesloten`, lower(e.text))
}

# a formal act not done, or not in time, completely or correctly
failure := `\bniet\b[^.;]{0,40}?\b(?:tijdig|volledig|juist|binnen|op tijd|behoorlijk)\b|\b(?:niet|geen)\b[^.;]{0,60}?\b(?:ingediend|betaald|voldaan|overgelegd|gemeld|aangeleverd|ondertekend|ingeschreven|nagekomen|nakomt|betaalt|meldt|ingeleverd|aangevraagd|verstrekt|verstrekken|overlegt|overleggen)\b|\bonjuist\w*|\bonvolledig\w*|\bnagelaten\b|\bte laat\b|\bna afloop van de (?:gestelde )?termijn\b|\bbuiten de (?:gestelde )?termijn\b`

# the loss is partial or lasts as long as the omission
partial := `\bnaar rato\b|\bnaar evenredigheid\b|\bvoor zover\b|\bvoorzover\b|\bgedeeltelijk\b|\bover het tijdvak\b|\bover de periode\b|\bvoor de periode\b|\bgedurende de periode\b|\bzolang\b|\bvoor de duur\b|\btot het moment\b|\bover de maanden?\b`

# the condition of a sentence: the sentence, and for a lead-in ending in
# ":" its items
condition(u, s) := s.lower if not endswith(trim_space(s.lower), ":")

condition(u, s) := concat(" ", [input.units[c].lower | some c in u.children]) if endswith(trim_space(s.lower), ":")

# only_if_units are the units where only_if may find something: those
# with "slechts", "uitsluitend" or "alleen" (input.index, so that the rules
# do not visit every unit of a large law)
only_if_units := object.union_n([text.mentioning("slechts"), text.mentioning("uitsluitend"), text.mentioning("alleen")])

# only_if: the sentence makes a grant depend on a condition ("wordt slechts
# toegekend indien …", "bestaat slechts indien:" with the cases as items);
# it returns a set of the rune range of "slechts …" up to the next
# punctuation and the condition's text (a sentence may say it twice)
only_if(u, s) := {[r, cond] |
	some r in text.ranges(s.lower, only_if_pattern)
	regex.match(grant_words, substring(s.lower, max([0, r[0] - 60]), r[1] - r[0] + 60))
	cond := condition_after(u, s, r)
}

# "slechts" followed, within the clause, by a condition; or a lead-in
# "… wordt slechts toegekend:" whose items are the conditions
only_if_pattern := `\b(?:slechts|uitsluitend|alleen)\b[^;:.]{0,80}?\b(?:indien|als (?:de|het|een|hij|zij|zijn|haar|er|diens)|wanneer|voor zover|voorzover|mits|ingeval)\b|\b(?:slechts|uitsluitend|alleen)\b[^;:.,]{0,60}:\s*$`

grant_words := `\b(?:recht|aanspraak|toegekend|verleend|verstrekt|uitbetaald)\b`

condition_after(u, s, r) := substring(s.lower, r[0], -1) if not endswith(trim_space(s.lower), ":")

condition_after(u, s, _) := condition(u, s) if endswith(trim_space(s.lower), ":")

# all_or_nothing: an imposed loss of the whole entitlement because a formal
# act was missed (the trigger of HARD-002)
all_or_nothing(u, e) if {
	e.kind == "loss"
	imposed(e)
	s := sentence(u, e.sentence)
	regex.match(failure, without_effects(u, s))
	not regex.match(partial, s.lower)
	concerns_person(s)
}

# without_effects is the condition of a sentence without the words of its
# effects, so that "worden niet verstrekt" is not read as the failure that
# causes a loss: for a lead-in its items, else the sentence with every
# effect's phrase blanked out
without_effects(u, s) := condition(u, s) if endswith(trim_space(s.lower), ":")

without_effects(u, s) := regex.replace(s.lower, pattern, " ") if {
	not endswith(trim_space(s.lower), ":")
	phrases := [regex_quote(lower(e.text)) | some e in u.effects; e.sentence == s.id]
	pattern := concat("|", array.concat(phrases, ["\\x00"]))
}

# regex_quote escapes the characters that have a meaning in a pattern
regex_quote(x) := regex.replace(x, `([\\.+*?()|\[\]{}^$])`, `\$1`)

# first: the effect is the first of hits ({[unit id, sentence id, start]})
# in its sentence, so that a rule reports a sentence once ("wordt niet
# verstrekt of wordt beëindigd")
first(hits, u, e) if {
	not earlier(hits, u, e)
}

earlier(hits, u, e) if {
	some [id, sid, start] in hits
	id == u.id
	sid == e.sentence
	start < e.start
}

# units are the regulation's own units with text, by id
units := text.text_units

# effect_units are the units with effects: most have none, so the rules
# that look at effects iterate these
effect_units := text.having("effects")

# effects of a kind in the regulation's own text: [unit, effect]
effects_of(kind) := {[u, e] |
	some u in effect_units
	some e in u.effects
	e.kind == kind
}

# sentence returns the sentence of a unit with the given id.
sentence(u, id) := s if {
	some s in u.sentences
	s.id == id
}

# within: unit id lies at or below target id ("art:4/lid:1" within "art:4").
within(id, target) if id == target

within(id, target) if startswith(id, concat("", [target, "/"]))

# local kinds qualify their own provision: they count in their lid only
local_kinds := {"fault_exception", "pro_rata", "repair"}

# member_of: the lid a unit id lies in, or its article ("art:4/lid:2/ond:a"
# → "art:4/lid:2", "art:4" → "art:4")
member_of(id) := concat("/", array.slice(parts, 0, 2)) if {
	parts := split(id, "/")
	count(parts) >= 2
	startswith(parts[1], "lid:")
}

member_of(id) := split(id, "/")[0] if {
	parts := split(id, "/")
	not lid_part(parts)
}

lid_part(parts) if {
	count(parts) >= 2
	startswith(parts[1], "lid:")
}

# covers: mitigation m applies to unit u.
covers(m, u) if {
	not m.kind in local_kinds
	m.article == u.article
}

covers(m, u) if {
	m.kind in local_kinds
	member_of(m.unit) == member_of(u.id)
}

covers(m, u) if m.general

covers(m, u) if {
	some t in m.covers
	within(u.id, t)
}

# the unit names the provision that holds the mitigation ("artikel 26b is
# van overeenkomstige toepassing")
covers(m, u) if {
	some r in u.references
	r.scope == "internal"
	some t in r.targets
	within(m.unit, t)
}

# mitigations of the given kinds that cover unit u, in this regulation
local(u, kinds) := {m |
	some m in input.document.mitigations
	m.kind in kinds
	covers(m, u)
}

# mitigations of the given kinds in the umbrella laws given as context that
# bear on an effect of kind effect: general ones, and those that soften
# that kind of effect in the umbrella law (its power to recover less for a
# recovery; not its hardheidsclausule for one technical article)
umbrella(kinds, effect) := {[c.name, m] |
	some c in input.context
	some m in c.mitigations
	m.kind in kinds
	bears(m, effect)
}

bears(m, _) if m.general

bears(m, effect) if effect in m.softens

# bears_locally: a mitigation of the regulation itself softens the effect.
# One that names no provision (general) but stands in an article with
# consequences of its own is about those ("Het college kan geheel of
# gedeeltelijk afzien van terugvordering" beside the recovery, "stemt de
# hoogte van de boete af" beside the fine): it softens those kinds, not
# every consequence of the regulation. One in an article without
# consequences, or that names the provisions it covers, softens whatever
# it covers.
bears_locally(m, _) if not m.general

bears_locally(m, _) if {
	m.general
	count(object.get(m, "softens", [])) == 0
}

bears_locally(m, effect) if {
	m.general
	effect in object.get(m, "softens", [])
}

bears_locally(m, "") if m.general

# mitigated: some mitigation of the given kinds softens an effect of kind
# effect in unit u, here or in an umbrella law ("" for any effect: then
# only general umbrella mitigations count).
mitigated(u, kinds, effect) if {
	some m in local(u, kinds)
	bears_locally(m, effect)
}

mitigated(_, kinds, effect) if count(umbrella(kinds, effect)) > 0

# anywhere: a mitigation of the given kinds exists in the regulation or an
# umbrella law, whatever it covers.
anywhere(kinds) if {
	some m in input.document.mitigations
	m.kind in kinds
}

anywhere(kinds) if {
	some c in input.context
	some m in c.mitigations
	m.kind in kinds
}

# laws the regulation declares applicable that were not given as context
missing_umbrellas := {a.law | some a in input.document.applies; not a.found}

# umbrella_note ends a message about a missing mitigation: the mitigation
# may lie in a declared umbrella law that wetlint was not given.
umbrella_note := sprintf(" — de regeling verklaart de %s van toepassing; staat de matiging daar, geef die wet dan mee met --context", [concat(" en de ", sort(missing_umbrellas))]) if {
	count(missing_umbrellas) > 0
}

umbrella_note := "" if count(missing_umbrellas) == 0

# person words: the provision concerns people, not bodies or companies
person_words := `\b(?:belanghebbende|aanvrager|ouder|ouders|huurder|verzekerde|burger|betrokkene|uitkeringsgerechtigde|partner|medebewoner|werknemer|ingezetene|deelnemer|persoon|personen|degene|student|studerende|leerling|vreemdeling|gezin|gezinsleden|kind|kinderen|jongere|jonggehandicapte|zelfstandige|alleenstaande|bijstandsgerechtigde|pensioengerechtigde|nabestaande|inburgeringsplichtige|hij|zij)\b`

# benefit words: what a person receives from the administration
benefit_words := `\b(?:uitkering|bijstand|toeslag|zorgtoeslag|huurtoeslag|kinderopvangtoeslag|tegemoetkoming|subsidie|voorschot|vergoeding|voorziening|kinderbijslag|pensioen|studiefinanciering|toelage|budget|persoonsgebonden budget|beurs|compensatie|inkomensvoorziening|verblijfsvergunning|onderstand)\b`

# concerns_person: the sentence s (from units[].sentences) is about a
# person: it names one or a benefit, or its actor is a citizen in the
# sense of the facts (docs/doenvermogen.md: the lexicon knows more kinds of
# citizen, "mantelzorger", "ontvanger", and the draft's own definitions)
concerns_person(s) if regex.match(person_words, s.lower)

concerns_person(s) if regex.match(benefit_words, s.lower)

concerns_person(s) if s.actor == "citizen"

# order of a unit's article in the regulation, for "the first" finding
position(u) := i if {
	some i, a in input.document.articles
	a == u.article
}

position(u) := count(input.document.articles) if {
	not u.article in {a | some a in input.document.articles}
}
