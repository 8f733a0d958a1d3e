# METADATA
# title: Opsommingen
# description: |
#   De onderdelen van een opsomming worden aangeduid met letters (a, b, c),
#   subonderdelen met cijfers gevolgd door ° (1°, 2°). Elk onderdeel behalve
#   het laatste eindigt met een puntkomma; ‘; en’ of ‘; of’ aan het eind van
#   het voorlaatste onderdeel is gewoon. Een onderdeel bevat geen nieuwe
#   zin: wat meer zinnen nodig heeft, wordt een eigen lid. En na het laatste
#   onderdeel volgt geen tekst die voor alle onderdelen geldt (een
#   ‘staartzin’); zet die in de aanhef of in een eigen lid.
#
#   Een opsomming van begripsbepalingen mag ongenummerd zijn en blijft
#   buiten beschouwing, net als een verdrag. Een komma (‘, of’) aan het eind
#   van een onderdeel van één doorlopende zin wordt niet gemeld; een punt
#   midden in de opsomming of een onderdeel zonder leesteken wel. Een
#   opsomming waarin elk onderdeel een volzin is (zoals de onderdelen A, B,
#   C van een wijzigingsartikel), is geen opsomming in de zin van deze regel.
#   In een geldende (geconsolideerde) regeling is de nummering historisch en
#   volgt een wijziging haar; daarover zwijgt de regel daar.
# custom:
#   id: AR-022
#   name: opsommingen
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 3.59
#   scope: article
package wetlint.rules.wetgevingstoets["AR-022"]

import data.wetlint.result
import data.wetlint.text

item_kinds := {"onderdeel", "subonderdeel"}

definition_units := {d.unit | some d in input.document.definitions}

# a definitions list: its items (or the unit itself) hold begripsbepalingen
definitions_list(p) if {
	some c in p.children
	c in definition_units
}

definitions_list(p) if p.id in definition_units

definitions_list(p) if regex.match(`verstaan\s*(onder)?\s*:\s*$`, p.lower)

# lists: a unit with items, and its items in order
default consolidated := false

consolidated if input.document.bwb_id != ""

default treaty := false

treaty if startswith(input.document.bwb_id, "BWBV")

lists contains [p, items] if {
	not treaty
	some p in text.regeling_units
	items := [input.units[c] | some c in p.children; input.units[c].kind in item_kinds]
	count(items) > 1
	not definitions_list(p)
	not amending_article(p)
}

# an article that amends another regulation: its onderdelen are
# instructions, and the text it quotes has its own form
amending_article(p) if regex.match(`(wordt|worden) (als volgt )?gewijzigd|komt te luiden|\bluidt:|wordt ingevoegd|worden ingevoegd`, input.units[p.article].full)

# (1) onderdelen lettered a, b, c; subonderdelen 1°, 2°
report contains f if {
	not consolidated
	some [p, items] in lists
	some u in items
	not well_numbered(u)
	u == [x | some x in items; not well_numbered(x)][0]
	msg := sprintf("%s is de opsomming genummerd met ‘%s’; duid onderdelen aan met letters (a, b, c) en subonderdelen met 1°, 2°", [result.where(p), u.number])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}

well_numbered(u) if {
	u.kind == "onderdeel"
	regex.match(`^[a-z]{1,2}$`, u.number)
}

# the onderdelen A, B, C of an amending article
well_numbered(u) if {
	input.document.amending
	regex.match(`^[A-Z]{1,2}$`, u.number)
}

well_numbered(u) if {
	u.kind == "subonderdeel"
	regex.match(`^[0-9]+°$`, u.number)
}

# (2) every item but the last ends in a semicolon (or, in one running
# sentence, a comma); a full stop or no punctuation at all is a slip
report contains f if {
	some [p, items] in lists
	not sentences_list(items)
	not names_list(items)
	some i, u in items
	i < count(items) - 1
	count(u.children) == 0
	t := trim_space(u.text)
	unpunctuated(lower(t))
	n := count(t)
	msg := sprintf("%s ontbreekt de puntkomma aan het eind; sluit elk onderdeel van een opsomming behalve het laatste af met ‘;’", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, n - 1, n, msg)
}

# ends in a full stop, or in a word without punctuation (not a conjunction,
# not a figure of a table)
unpunctuated(t) if endswith(t, ".")

unpunctuated(t) if {
	regex.match(`\pL$`, t)
	not regex.match(`\b(en|of|dan wel|alsmede|respectievelijk|onderscheidenlijk|hetzij|en/of|verminderd met|vermeerderd met|vermenigvuldigd met|gedeeld door|plus|min|minus|maal|met|door|van|voor|op|aan|tot|bij|dat|die|te)$`, t)
	count(regex.find_n(`\pL+`, t, -1)) >= 3
}

# a list of names or headings, as in a table: most items end without
# punctuation
names_list(items) if {
	bare := [u | some u in items; regex.match(`[\pL\pN)]$`, trim_space(u.text))]
	count(bare) * 2 > count(items)
}

# a list of full sentences: every item ends in a full stop
sentences_list(items) if {
	every u in items {
		endswith(trim_space(u.text), ".")
	}
}

# (3) one sentence per item
report contains f if {
	some [p, items] in lists
	some i, u in items
	count(u.sentences) > 1
	s := u.sentences[1]
	regex.match(`[.!?]$`, trim_space(u.sentences[0].text)) # not a heading above the item
	# a real sentence: a capital and some words, not a figure of a table or
	# a paragraph that continues the item
	regex.match(`^\p{Lu}`, s.text)
	count(regex.find_n(`\pL+`, s.text, -1)) >= 4
	msg := concat("", [result.where(u), " ", tail_or_sentence(i, items), "; maak van wat meer zinnen nodig heeft een eigen lid"])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start, s.end, msg)
}

tail_or_sentence(i, items) := "volgt na het laatste onderdeel nog een zin, die voor alle onderdelen lijkt te gelden" if i == count(items) - 1

tail_or_sentence(i, items) := "begint een nieuwe zin in het onderdeel" if i < count(items) - 1

# (4) text after the list in the same lid: a paragraph after the lead-in
report contains f if {
	some [p, items] in lists
	paras := split(p.text, "\n")
	count(paras) > 1
	some k, para in paras
	k > 0
	endswith(trim_space(paras[k - 1]), ":")
	count(regex.find_n(`\pL+`, para, -1)) >= 2
	start := count(concat("\n", array.slice(paras, 0, k))) + 1
	msg := sprintf("%s volgt na de opsomming nog tekst die voor alle onderdelen geldt; zet die in de aanhef of in een eigen lid", [result.where(p)])
	f := result.finding_at(rego.metadata.chain(), p.id, start, start + count(para), msg)
}
