# METADATA
# title: Begripsbepalingen — vorm
# description: |
#   Begripsbepalingen in een opsomming staan bij voorkeur in alfabetische
#   volgorde en zonder letters (a, b, c): dan kan een begrip later worden
#   toegevoegd of geschrapt zonder de andere te verletteren en zonder
#   verwijzingen aan te passen. Bij de volgorde telt een lidwoord aan het
#   begin niet mee (‘de Minister’ staat bij de m), net als hoofdletters en
#   accenten.
#
#   Een geldende regeling die al letters gebruikt, mag die houden; daarover
#   meldt deze regel in een geconsolideerde tekst niets.
# custom:
#   id: AR-023
#   name: begripsbepalingen-vorm
#   family: wetgevingstoets
#   severity: info
#   source: Ar 3.59
#   scope: document
package wetlint.rules.wetgevingstoets["AR-023"]

import data.wetlint.result

defs := [d | some d in input.document.definitions; d.form == "list"]

# the list a definition belongs to: the unit with the lead-in
group(d) := input.units[d.unit].parent if input.units[d.unit].kind == "onderdeel"

group(d) := d.unit if input.units[d.unit].kind != "onderdeel"

groups := {group(d) | some d in defs}

members(g) := [d | some d in defs; group(d) == g]

lettered(d) if {
	input.units[d.unit].kind == "onderdeel"
	regex.match(`^([a-z]{1,2}|[0-9]+°?)$`, input.units[d.unit].number)
}

# sort key: lower case, accents removed, a leading article dropped
sort_key(d) := k if {
	plain := strings.replace_n(accents, lower(d.term))
	words := regex.find_n(`[a-z0-9]+`, plain, -1)
	k := concat(" ", strip(letters(words)))
}

# the words before the first number: numbered acts ("verordening (EG) nr.
# 794/2004") are ordered by their numbers or dates, not as text
letters(words) := array.slice(words, 0, n) if {
	n := min([i | some i, w in words; regex.match(`[0-9]`, w)])
} else := words

strip(words) := array.slice(words, 1, count(words)) if {
	count(words) > 1
	words[0] in {"de", "het", "een"}
} else := words

accents := {
	"á": "a", "à": "a", "â": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e",
	"í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o",
	"ú": "u", "ù": "u", "û": "u", "ü": "u", "ç": "c", "ĳ": "ij",
}

# the first place where a list leaves alphabetical order
first_break(g) := [i, ms] if {
	ms := members(g)
	breaks := [i |
		some i in numbers.range(1, count(ms) - 1)
		sort_key(ms[i]) < sort_key(ms[i - 1])
		not leading(ms, i - 1)
	]
	count(breaks) > 0
	i := breaks[0]
}

report contains f if {
	some g in groups
	not kept_lettering(g)
	[i, ms] := first_break(g)
	d := ms[i]
	msg := sprintf("%s staat ‘%s’ na ‘%s’: zet de begripsbepalingen in alfabetische volgorde, dan kan een begrip worden toegevoegd zonder de andere te verschuiven", [result.where(input.units[d.unit]), d.term, ms[i - 1].term])
	f := result.finding_at(rego.metadata.chain(), d.unit, d.start, d.end, msg)
}

report contains f if {
	input.document.bwb_id == ""
	some g in groups
	ms := members(g)
	count(ms) > 1
	some d in ms
	lettered(d)
	d == [x | some x in ms; lettered(x)][0]
	msg := sprintf("%s zijn de begripsbepalingen met letters of cijfers genummerd; laat die weg en zet de begrippen in alfabetische volgorde, dan hoeft bij een wijziging niet te worden verletterd", [result.where(input.units[g])])
	f := result.finding(rego.metadata.chain(), g, msg)
}

# a lettered list in an enacted regulation keeps its letters, and with them
# its order: new terms get the next letter
kept_lettering(g) if {
	input.document.bwb_id != ""
	some d in members(g)
	lettered(d)
}

# the regulation's own pointers may open the list before the alphabetical
# part: "de wet", "Onze Minister", "de Minister"
leading(ms, i) if {
	every k in numbers.range(0, i) {
		regex.match(`^((onze|de) )?(minister|ministers|wet|staatssecretaris)$`, lower(ms[k].term))
	}
}
