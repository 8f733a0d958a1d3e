# METADATA
# title: Indeling in hoofdstukken, paragrafen en dergelijke
# description: |
#   Een regeling die in delen wordt ingedeeld, gebruikt de vaste namen in de
#   vaste volgorde: deel, hoofdstuk, titel, afdeling, paragraaf (en daaronder
#   subparagraaf). Wie één niveau nodig heeft, deelt in hoofdstukken of in
#   paragrafen in; een afdeling of titel staat onder een hoofdstuk, niet
#   erboven. ‘Boek’ is voorbehouden aan een wetboek.
#
#   Een afwijkende volgorde wordt één keer gemeld, bij de eerste plaats waar
#   zij voorkomt. In een geldende (geconsolideerde) regeling is de indeling
#   historisch en volgt een wijziging haar; daar is de melding ter
#   informatie.
# custom:
#   id: AR-021
#   name: indeling-regeling
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 3.56
#   scope: document
package wetlint.rules.wetgevingstoets["AR-021"]

import data.wetlint.result
import data.wetlint.text

rank := {"boek": 0, "deel": 1, "hoofdstuk": 2, "titel": 3, "afdeling": 4, "paragraaf": 5, "subparagraaf": 6}

# a treaty (BWBV) follows its own conventions, not the Ar
divisions := input.document.structure if not startswith(input.document.bwb_id, "BWBV")

divisions := [] if startswith(input.document.bwb_id, "BWBV")

by_id := {s.id: s | some s in divisions}

# the division a division stands in
parent(s) := by_id[concat("/", array.slice(parts, 0, count(parts) - 1))] if {
	parts := split(s.id, "/")
	count(parts) > 1
}

# in the ‘wrong’ order: an afdeling above a hoofdstuk, a hoofdstuk in a paragraaf
wrong contains [i, s, p] if {
	some i, s in divisions
	p := parent(s)
	rank[p.kind] >= rank[s.kind]
}

report contains f if {
	some [i, s, p] in wrong
	not earlier_wrong(i, s.kind, p.kind)
	msg := sprintf("in %s %s staat %s %s; de volgorde van de indeling is deel, hoofdstuk, titel, afdeling, paragraaf: een %s staat niet onder een %s", [p.kind, p.number, s.kind, s.number, s.kind, p.kind])
	f := historic(result.finding(rego.metadata.chain(), s.id, msg))
}

earlier_wrong(i, kind, parent_kind) if {
	some [j, x, q] in wrong
	j < i
	x.kind == kind
	q.kind == parent_kind
}

historic(f) := result.with_severity(f, "info") if input.document.bwb_id != ""

historic(f) := f if input.document.bwb_id == ""

default wetboek := false

wetboek if contains(lower(input.document.title), "wetboek")

wetboek if contains(lower(input.document.citeertitel), "wetboek")

wetboek if {
	count(text.mentioning("dit wetboek")) > 0
}

report contains f if {
	not wetboek
	some s in divisions
	s.kind == "boek"
	s == [x | some x in divisions; x.kind == "boek"][0]
	msg := sprintf("%s %s: de indeling in boeken is voorbehouden aan een wetboek; deel deze regeling in hoofdstukken in", [s.kind, s.number])
	f := historic(result.finding(rego.metadata.chain(), s.id, msg))
}

# with one level of division, that level is hoofdstuk or paragraaf
report contains f if {
	kinds := {s.kind | some s in divisions}
	count(kinds) == 1
	some kind in kinds
	kind in {"deel", "titel", "afdeling", "subparagraaf"}
	first := divisions[0]
	msg := sprintf("de regeling is alleen ingedeeld in %sen; gebruik bij één niveau van indeling hoofdstukken of paragrafen", [plural_stem[kind]])
	f := historic(result.finding(rego.metadata.chain(), first.id, msg))
}

plural_stem := {"deel": "del", "titel": "titel", "afdeling": "afdeling", "subparagraaf": "subparagraf"}
