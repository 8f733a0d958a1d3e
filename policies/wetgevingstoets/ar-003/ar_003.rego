# METADATA
# title: Relatieve verwijzing (‘het vorige lid’, ‘hierboven’)
# description: |
#   Een verwijzing naar een ander artikel of lid noemt dat artikel of lid
#   bij zijn nummer: ‘het tweede lid’, ‘artikel 4’, niet ‘het vorige lid’,
#   ‘het voorgaande artikel’, ‘de vorige leden’ of ‘hierboven’. Een
#   relatieve verwijzing klopt niet meer zodra een artikel of lid wordt
#   ingevoegd of geschrapt, en de lezer moet zelf uitzoeken wat bedoeld is.
#   Woorden als ‘bovenstaand’, ‘hiervoor genoemd’, ‘voormeld’ en
#   ‘vorengenoemd’ verwijzen even vaag naar wat ergens eerder staat. Waar de
#   bedoelde bepaling vaststaat, stelt wetlint het nummer voor.
# custom:
#   id: AR-003
#   name: relatieve-verwijzing
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 3.29
#   scope: article
package wetlint.rules.wetgevingstoets["AR-003"]

import data.wetlint.result
import data.wetlint.text

# "het vorige lid", "de voorgaande leden", "het volgende artikel", with
# the article or determiner when there is one
positional := `\b(?:(?:het|de)\s+)?(?:vorige|vorig|voorgaande|voorafgaande|volgende|navolgende)\s+(?:artikel|artikelen|lid|leden|onderdeel|onderdelen|paragraaf|paragrafen|hoofdstuk|afdeling)\b`

# words that point at "what was said above" without a number
vague := `\b(?:hierboven|hiervoren|bovenstaande?|bovengenoemde?|bovenvermelde?|bovenbedoelde?|voormelde?|vorengenoemde?|vorenbedoelde?|vorenvermelde?|vorenstaande?|hiervoor\s+(?:genoemde?|bedoelde?|vermelde?|omschreven|aangegeven|beschreven)|hieronder\s+(?:genoemde?|bedoelde?|vermelde?|omschreven|aangegeven|beschreven|opgenomen))\b`

# "in afwijking van het voorgaande": the preceding text as a whole
preceding := `\b(?:in afwijking van|onverminderd|ingevolge|gelet op|op grond van|overeenkomstig|met inachtneming van)\s+het\s+voorgaande\b`

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, positional)
	not quoted_at(u, r[0])
	words := substring(u.lower, r[0], r[1] - r[0])
	not enumeration(words)
	not amending_instruction(u, r)
	fix := capitalised(replacement(u, words), substring(u.text, r[0], 1))
	msg := sprintf("%s staat ‘%s’; verwijs naar de bepaling bij haar nummer: ‘%s’", [result.where(u), substring(u.text, r[0], r[1] - r[0]), fix])
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
	f := result.with_fix(found, sprintf("Vervang door ‘%s’", [fix]), [{"start": r[0], "end": r[1], "text": fix}])
}

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, positional)
	not quoted_at(u, r[0])
	words := substring(u.lower, r[0], r[1] - r[0])
	not enumeration(words)
	not amending_instruction(u, r)
	not replacement(u, words)
	msg := sprintf("%s staat ‘%s’; verwijs naar de bepaling bij haar nummer (‘artikel 4’, ‘het tweede lid’), zodat de verwijzing klopt als er bepalingen bijkomen of vervallen", [result.where(u), substring(u.text, r[0], r[1] - r[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, preceding)
	not quoted_at(u, r[0])
	not regex.match(`^\s+(?:[a-z]*jaar|tijdvak|maand|kwartaal|week|dag|periode|geval|gevallen|artikel|artikelen|lid|leden|onderdeel|onderdelen|paragraaf|hoofdstuk|afdeling)\b`, substring(u.lower, r[1], 20))
	msg := sprintf("%s staat ‘%s’; noem de bepaling waarnaar u verwijst bij haar nummer (‘artikel 4’, ‘het tweede lid’)", [result.where(u), substring(u.text, r[0], r[1] - r[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

report contains f if {
	some u in text.text_units
	some r in text.ranges(u.lower, vague)
	not quoted_at(u, r[0])
	msg := sprintf("%s staat ‘%s’; noem de bepaling waarnaar u verwijst bij haar nummer (‘artikel 4’, ‘het tweede lid’) of herhaal wat bedoeld is", [result.where(u), substring(u.text, r[0], r[1] - r[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

# a replacement at the start of a sentence keeps its capital
capitalised(s, first) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)]) if {
	first != lower(first)
}

capitalised(s, first) := s if first == lower(first)

# "de volgende artikelen:", "de volgende onderdelen" introduce a list;
# only the singular "het volgende artikel/lid" points at a neighbour
enumeration(words) if {
	regex.match(`(?:volgende|navolgende)\s+(?:artikelen|leden|onderdelen|paragrafen)$`, words)
}

enumeration(words) if {
	regex.match(`^(?:de\s+)?(?:volgende|navolgende)\s`, words)
	not regex.match(`^het\s`, words)
}

# an amending instruction: "wordt het volgende artikel ingevoegd:", "komt
# het volgende lid te luiden"
amending_instruction(u, r) if {
	regex.match(`^\S*\s+(?:\S+\s+){0,6}?(?:ingevoegd|toegevoegd|luidende|te luiden|vervangen)\b|^\s*(?:,\s*luidende\s*)?:`, substring(u.lower, r[1], 80))
}

previous := `^het\s+(?:vorige|vorig|voorgaande|voorafgaande)\s+`

following := `^het\s+(?:volgende|navolgende)\s+`

member_number(u) := n if {
	u.member != ""
	n := to_number(u.member)
	n == floor(n)
}

# the lid before this one
replacement(u, words) := sprintf("het %s lid", [ordinal(n - 1)]) if {
	regex.match(concat("", [previous, `lid$`]), words)
	n := member_number(u)
	n >= 2
}

# the lid after this one, when the article has it
replacement(u, words) := sprintf("het %s lid", [ordinal(n + 1)]) if {
	regex.match(concat("", [following, `lid$`]), words)
	n := member_number(u)
	count(input.units[u.article].members) > n
}

# all leden before this one
replacement(u, words) := "het eerste lid" if {
	regex.match(`^de\s+(?:vorige|voorgaande|voorafgaande)\s+leden$`, words)
	member_number(u) == 2
}

replacement(u, words) := "het eerste en tweede lid" if {
	regex.match(`^de\s+(?:vorige|voorgaande|voorafgaande)\s+leden$`, words)
	member_number(u) == 3
}

replacement(u, words) := sprintf("het eerste tot en met %s lid", [ordinal(n - 1)]) if {
	regex.match(`^de\s+(?:vorige|voorgaande|voorafgaande)\s+leden$`, words)
	n := member_number(u)
	n >= 4
}

# the article before or after this one in the regulation
replacement(u, words) := sprintf("artikel %s", [neighbour(u, -1)]) if {
	regex.match(concat("", [previous, `artikel$`]), words)
}

replacement(u, words) := sprintf("artikel %s", [neighbour(u, 1)]) if {
	regex.match(concat("", [following, `artikel$`]), words)
}

neighbour(u, step) := number if {
	some i, id in input.document.articles
	id == u.article
	j := i + step
	j >= 0
	other := input.document.articles[j]
	some entry in input.document.numbering
	entry.unit == other
	number := entry.number
}

ordinals := [
	"", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
	"elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
	"negentiende", "twintigste",
]

ordinal(n) := ordinals[n] if n <= 20

ordinal(n) := concat("", [units[n % 10], tens[floor(n / 10)], "ste"]) if {
	n > 20
	n < 100
}

units := ["", "eenen", "tweeën", "drieën", "vieren", "vijfen", "zesen", "zevenen", "achten", "negenen"]

tens := ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]

# inside quotation marks of the unit's own text, or in a paragraph after one
# that announces a text ("komt te luiden:", "wordt het volgende model
# gevolgd:"): quoted, not drafted here
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`[“„«]`, before, -1)) > count(regex.find_n(`[”»]`, before, -1))
}

quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`"`, before, -1)) % 2 == 1
}

# ‘…’: only when no apostrophe makes the closing marks outnumber the opening
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`‘`, before, -1)) > count(regex.find_n(`’`, before, -1))
}

quoted_at(u, i) if regex.match(`(?:luiden|luidt|luidende|gelezen|model gevolgd|volgende model|volgende toegevoegd|wordt toegevoegd|wordt ingevoegd|vervangen door)\s*:\s*\n`, lower(substring(u.text, 0, i)))
