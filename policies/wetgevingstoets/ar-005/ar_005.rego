# METADATA
# title: Verwijzing naar een andere regeling
# description: |
#   Een regeling noemt een andere regeling bij haar citeertitel (‘de
#   Algemene wet bestuursrecht’, ‘het Wetboek van Strafrecht’), of, als die
#   er niet is, bij soort, datum en onderwerp. Afkortingen als ‘Awb’, ‘BW’,
#   ‘Sr’ of ‘AOW’ horen in de toelichting, niet in de regeling. Daarnaast
#   meldt wetlint ter informatie een verwijzing naar een wet die het niet
#   kent: de verwijzing kan juist zijn, maar wetlint kan niet nagaan of de
#   citeertitel klopt. ‘Die wet’, ‘dat besluit’ en ‘de wet’ verwijzen terug
#   naar een eerder genoemde regeling; Europese regelgeving en verdragen
#   hebben hun eigen aanduiding en worden hier niet gemeld.
# custom:
#   id: AR-005
#   name: verwijzing-andere-regeling
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 3.37, Ar 4.24, Ar 4.50
#   scope: article
package wetlint.rules.wetgevingstoets["AR-005"]

import data.wetlint.result
import data.wetlint.text

# abbreviation → citeertitel and its article ("ZW", also a compass point,
# is left out)
titles := {
	"Awb": ["de", "Algemene wet bestuursrecht"],
	"BW": ["het", "Burgerlijk Wetboek"],
	"Sr": ["het", "Wetboek van Strafrecht"],
	"Sv": ["het", "Wetboek van Strafvordering"],
	"Rv": ["het", "Wetboek van Burgerlijke Rechtsvordering"],
	"AOW": ["de", "Algemene Ouderdomswet"],
	"Anw": ["de", "Algemene nabestaandenwet"],
	"AKW": ["de", "Algemene Kinderbijslagwet"],
	"Awir": ["de", "Algemene wet inkomensafhankelijke regelingen"],
	"AWR": ["de", "Algemene wet inzake rijksbelastingen"],
	"WW": ["de", "Werkloosheidswet"],
	"WIA": ["de", "Wet werk en inkomen naar arbeidsvermogen"],
	"WAO": ["de", "Wet op de arbeidsongeschiktheidsverzekering"],
	"Wajong": ["de", "Wet arbeidsongeschiktheidsvoorziening jonggehandicapten"],
	"IOAW": ["de", "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers"],
	"IOAZ": ["de", "Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte gewezen zelfstandigen"],
	"Wft": ["de", "Wet op het financieel toezicht"],
	"Wmo 2015": ["de", "Wet maatschappelijke ondersteuning 2015"],
	"Wmo": ["de", "Wet maatschappelijke ondersteuning"],
	"Zvw": ["de", "Zorgverzekeringswet"],
	"Wlz": ["de", "Wet langdurige zorg"],
	"Wob": ["de", "Wet openbaarheid van bestuur"],
	"Woo": ["de", "Wet open overheid"],
	"Wbp": ["de", "Wet bescherming persoonsgegevens"],
	"UAVG": ["de", "Uitvoeringswet Algemene verordening gegevensbescherming"],
	"AVG": ["de", "Algemene verordening gegevensbescherming"],
	"Wkkgz": ["de", "Wet kwaliteit, klachten en geschillen zorg"],
	"Wwb": ["de", "Wet werk en bijstand"],
	"Vw 2000": ["de", "Vreemdelingenwet 2000"],
	"Wet IB 2001": ["de", "Wet inkomstenbelasting 2001"],
	"Wet LB 1964": ["de", "Wet op de loonbelasting 1964"],
	"Wet OB 1968": ["de", "Wet op de omzetbelasting 1968"],
	"Wet BRP": ["de", "Wet basisregistratie personen"],
	"Gw": ["de", "Grondwet"],
	"EVRM": ["het", "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden"],
	# VEU, VWEU and VEGA are not here: the Aanwijzingen cite the EU
	# treaties by these abbreviations themselves ("artikel 18 VWEU")
}

# longest first, so that "Wmo 2015" wins over "Wmo"
abbreviations := concat("|", [replace(p[1], " ", `\s`) | some p in sort([[0 - count(a), a] | some a, _ in titles])])

abbreviation_pattern := concat("", [`(?:^|[^\p{L}\d-])(`, abbreviations, `)(?:$|[^\p{L}\d-])`])

# an abbreviation used for a law
report contains f if {
	some u in text.text_units
	not citeertitel_provision(u)
	some m in regex.find_all_string_submatch_n(abbreviation_pattern, u.text, -1)
	abbr := m[1]
	not defined_term(abbr)
	some start in indexof_n(u.text, abbr)
	whole_word(u.text, start, count(abbr))
	not in_title(u.text, start)
	not longer_at(u.text, start, abbr)
	end := start + count(abbr)
	entry := titles[normal(abbr)]
	msg := sprintf("%s staat de afkorting ‘%s’; noem in de regeling de citeertitel (‘%s’), afkortingen horen in de toelichting", [result.where(u), abbr, entry[1]])
	found := result.finding_at(rego.metadata.chain(), u.id, start, end, msg)
	f := abbreviation_fix(found, u, start, end, abbr, entry)
}

# "Wmo" at the start of "Wmo 2015"
longer_at(s, start, abbr) if {
	some other, _ in titles
	count(other) > count(abbr)
	substring(s, start, count(other)) == other
}

normal(abbr) := concat(" ", split(replace(abbr, "\u00a0", " "), " "))

whole_word(s, start, n) if {
	before := substring(s, max([0, start - 1]), min([1, start]))
	after := substring(s, start + n, 1)
	not regex.match(`[\p{L}\d-]`, before)
	not regex.match(`[\p{L}\d-]`, after)
}

# "de Awb" → "de Algemene wet bestuursrecht"; "artikel 4:8 Awb" → "artikel
# 4:8 van de Algemene wet bestuursrecht"; the colon form of the Burgerlijk
# Wetboek is written out: "artikel 6:162 BW" → "artikel 162 van Boek 6 van
# het Burgerlijk Wetboek"
abbreviation_fix(f, u, start, end, abbr, entry) := result.with_fix(f, sprintf("Vervang ‘%s’ door ‘%s’", [abbr, entry[1]]), [{"start": start, "end": end, "text": entry[1]}]) if {
	abbr != "BW"
	regex.match(`(?:^|\s)(?:de|het|De|Het)\s$`, substring(u.text, max([0, start - 4]), min([4, start])))
} else := result.with_fix(f, sprintf("Vervang ‘%s’ door ‘van %s %s’", [abbr, entry[0], entry[1]]), [{"start": start, "end": end, "text": concat(" ", ["van", entry[0], entry[1]])}]) if {
	abbr != "BW"
	regex.match(`\d[a-z]*(?::\d+[a-z]*)?(?:,\s*\S+\s+lid)?(?:,\s*onderdeel\s+[a-z]+)?,?\s$`, substring(u.text, max([0, start - 30]), min([30, start])))
} else := result.with_fix(f, "Schrijf de verwijzing naar het Burgerlijk Wetboek voluit", [{"start": from, "end": end, "text": text}]) if {
	abbr == "BW"
	window := substring(u.text, max([0, start - 40]), min([40, start]))
	some m in regex.find_all_string_submatch_n(`(\d+):(\d+[a-z]*)((?:,\s*[a-zë]+\s+lid)?(?:,\s*onderdeel\s+[a-z]+)?,?)\s$`, window, 1)
	from := start - count(m[0])
	rest := trim_suffix(m[3], ",")
	text := sprintf("%s%s%s van Boek %s van het Burgerlijk Wetboek", [m[2], rest, separator(rest), m[1]])
} else := f

separator(rest) := "," if rest != ""

separator(rest) := "" if rest == ""

# the regulation made the abbreviation a term of its own
defined_term(abbr) if {
	some d in input.document.definitions
	d.term == abbr
}

citeertitel_provision(u) if regex.match(`aangehaald als|afgekort`, u.lower)

# the abbreviation is part of the citeertitel of another regulation: "Besluit
# prudentiële regels Wft", "Tijdelijk besluit proefplaatsing WW"
in_title(s, start) if {
	before := substring(s, max([0, start - 80]), min([80, start]))
	some m in regex.find_all_string_submatch_n(`(?:[Bb]esluit|[Rr]egeling)((?:\s[\p{L}]+)*)\s$`, before, 1)
	not regex.match(`\b(?:de|het|van|op|bij|in|krachtens|volgens|grond|als|dan|of|wordt|is)\b`, m[1])
}

# an external reference to a law wetlint does not know: info
report contains f if {
	some u in text.text_units
	some ref in u.references
	unknown(ref)
	not earlier_same_law(u, ref)
	msg := sprintf("%s wordt verwezen naar ‘%s’; wetlint kent die regeling niet en kan niet nagaan of de citeertitel juist is", [result.where(u), title_of(ref.law)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, ref.start, ref.end, msg), "info")
}

unknown(ref) if {
	ref.scope == "external"
	ref.law_id == ""
	ref.law != ""
	not regex.match(`^(?:de|het|die|dat|deze|dit|een|dezelfde|diezelfde)\s`, ref.law)
	not regex.match(`^(?:Eerste|Tweede|Derde|Vierde|Vijfde|Zesde|Zevende|Achtste)\s+Boek\b`, ref.law)
	not regex.match(`(?i)verordening|richtlijn|verdrag|overeenkomst|protocol|handvest|kaderbesluit|schengen|\((?:eu|eg|eeg|euratom)\)|^boek\s|burgerlijk wetboek|^(?:veu|vweu|vega|evrm|ivbpr|ivescr)$`, ref.law)
	not titles[ref.law]
}

# the title without the words of the sentence that the parser may have run
# on into ("Wet X bedoelde ambtenaren gaan over")
title_of(law) := trim_space(regex.replace(law, `\s(?:aangewezen|bedoelde?|genoemde?|gestelde?|vastgestelde?|afgeleid|gaan|gaat|geldt|met het|in verbinding|zoals|voor zover)\b.*$`, ""))

# one notice per law in an article: the first reference to it
unknown_refs := [[u.article, ref.law, object.get(u, "line", 0), ref.start, u.id] |
	some u in text.text_units
	some ref in u.references
	unknown(ref)
]

first_reference := {key: min([[x[2], x[3], x[4]] | some x in unknown_refs; [x[0], x[1]] == key]) |
	some y in unknown_refs
	key := [y[0], y[1]]
}

earlier_same_law(u, ref) if first_reference[[u.article, ref.law]] != [object.get(u, "line", 0), ref.start, u.id]
