# METADATA
# title: Begripsbepalingen — inhoud
# description: |
#   Een begrip wordt alleen gedefinieerd als het in de regeling wordt
#   gebruikt: een begripsbepaling die nergens terugkomt, is overbodig en
#   wekt de vraag of een bepaling ontbreekt. Een begrip heeft in de hele
#   regeling één betekenis; wordt hetzelfde begrip twee keer verschillend
#   omschreven, dan is onduidelijk welke betekenis geldt. En een begrip dat
#   al vóór zijn begripsbepaling wordt gebruikt, terwijl de bepaling pas
#   later in de regeling staat, leest de lezer eerst in zijn gewone betekenis;
#   zet de begripsbepalingen vooraan.
#
#   Als gebruik telt ook een verbogen vorm (meervoud, verkleinwoord) en een
#   samenstelling waarvan het begrip het laatste deel is (‘zorgtoeslag’ bij
#   ‘toeslag’).
# custom:
#   id: AR-024
#   name: begripsbepalingen-inhoud
#   family: wetgevingstoets
#   severity: error
#   source: Ar 5.1
#   scope: document
package wetlint.rules.wetgevingstoets["AR-024"]

import data.wetlint.result

defs := input.document.definitions

# key is the term without case, leading article and punctuation
key(d) := k if {
	words := regex.find_n(`[\p{L}\p{N}]+`, d.lower, -1)
	k := concat(" ", strip(words))
}

strip(words) := array.slice(words, 1, count(words)) if {
	count(words) > 1
	words[0] in {"de", "het", "een"}
} else := words

# (a) a defined term the regulation never uses
report contains f if {
	some d in defs
	d.uses == 0
	not d.extends
	count(regex.find_n(`[\p{L}\p{N}]+`, d.lower, -1)) <= 6 # longer is a sentence, not a term
	not applied_elsewhere(d)
	not whole_code(d)
	msg := sprintf("%s wordt ‘%s’ gedefinieerd, maar de regeling gebruikt dat begrip verder nergens; schrap de begripsbepaling of gebruik het begrip", [result.where(input.units[d.unit]), d.term])
	f := result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg)
}

# (c) the same term defined twice with a different meaning
report contains f if {
	some i, d in defs
	some j, e in defs
	j < i
	key(d) == key(e)
	not d.extends
	not e.extends
	not scoped(d)
	not scoped(e)
	normal(d.definiens) != normal(e.definiens)
	not earlier_same(i, j)
	msg := sprintf("%s wordt ‘%s’ opnieuw gedefinieerd, anders dan in %s; geef een begrip in de hele regeling één betekenis", [result.where(input.units[d.unit]), d.term, input.units[e.unit].label])
	f := result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg)
}

# report the second definition once, against the first earlier one
earlier_same(i, j) if {
	some k, e in defs
	k < j
	key(e) == key(defs[i])
	not e.extends
}

normal(s) := concat(" ", regex.find_n(`[\p{L}\p{N}]+`, lower(s), -1))

position := {id: i | some i, id in input.document.articles}

# (b) a term used in an article before the article that defines it, when
# the definition is not in the first article
report contains f if {
	some d in defs
	d.first_use != ""
	used := position[input.units[d.first_use].article]
	defined := position[input.units[d.unit].article]
	used < defined
	defined > 0
	d.form == "list" # a begripsbepalingen article, not a local "onder X wordt verstaan"
	not scoped(d)
	not defined_by(d, used)
	not whole_code(d)
	global(d)
	same_style(input.units[d.first_use].article, input.units[d.unit].article)
	msg := sprintf("%s wordt ‘%s’ gedefinieerd, maar %s gebruikt het begrip al; zet de begripsbepaling vóór het eerste gebruik, bij voorkeur in het eerste artikel", [result.where(input.units[d.unit]), d.term, input.units[d.first_use].label])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg), "warning")
}

# a definition for part of the regulation ("in dit hoofdstuk", "voor de
# toepassing van artikel 7") does not govern the articles before it
scoped(d) if {
	a := input.units[input.units[d.unit].article]
	regex.match(`\b(in|voor de toepassing van|ten behoeve van)\s+(dit|deze|het|de)\s+(hoofdstuk|paragraaf|afdeling|titel|deel|artikel|artikelen|bijlage|onderdeel|lid)\b|\b(voor de toepassing van|in) (artikel|de artikelen|hoofdstuk|paragraaf|afdeling|titel)\s+\d`, a.full)
}

# another definition of the same term stands in an article at or before pos
defined_by(d, pos) if {
	some e in defs
	e != d
	key(e) == key(d)
	position[input.units[e.unit].article] <= pos
}

article_text(d) := input.units[input.units[d.unit].article].full

# a definition for applying provisions of another act ("voor de
# overeenkomstige toepassing van die artikelen wordt onder … verstaan") is
# used in those provisions
applied_elsewhere(d) if regex.match(`overeenkomstige toepassing|(voor|bij) de toepassing van (de |het |die |dat )?(artikel|artikelen|hoofdstuk|titel|afdeling|paragraaf|bepaling|bepalingen|voorschrift|voorschriften|bedoelde)\b|(voor|bij) de toepassing van het bepaalde`, article_text(d))

# a definition for a whole wetboek, in a document that holds one book of it
whole_code(d) if {
	contains(article_text(d), "wetboek")
	regex.match(`\bboek\b`, lower(input.document.title))
}

# the lead-in gives the definition for the whole regulation
global(d) if regex.match(`\b(in|voor de toepassing van) (deze|dit|de) (wet|rijkswet|regeling|besluit|verordening|algemene maatregel van bestuur)\b`, article_text(d))

# articles of the same numbering: not a wrapper article I around an
# enacted regulation numbered 1, 2, 3
same_style(a, b) if {
	some x in input.document.numbering
	x.unit == a
	some y in input.document.numbering
	y.unit == b
	x.style == y.style
}
