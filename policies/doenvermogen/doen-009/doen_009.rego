# METADATA
# title: Leesbaarheid van een burgerbepaling
# description: |
#   Een bepaling die de burger aanspreekt, is moeilijk te lezen: een zeer
#   lange zin, veel lange woorden, veel naamwoordstijl, een lage
#   leesbaarheidsscore (Flesch-Douma). Juridische tekst is langer dan B1-taal;
#   de drempels zijn daarom gekalibreerd op de geldende wetgeving
#   (docs/rules/calibration.md): een waarschuwing betekent dat de bepaling
#   moeilijker is dan vrijwel alle bestaande burgerbepalingen.
# custom:
#   id: DOEN-009
#   name: leesbaarheid-burgerbepaling
#   family: doenvermogen
#   severity: warning
#   source: Douma (1960); wetlint (leesbaarheid)
#   scope: article
#   params:
#     max_words: 95
#     info_words: 80
#     min_words: 20
#     min_flesch_douma: -10
#     max_long_word_pct: 25
#     max_nominalisations_per_100: 14
package wetlint.rules.doenvermogen["DOEN-009"]

import data.wetlint.doen
import data.wetlint.result

param(name) := result.param(rego.metadata.chain(), name)

report contains f if {
	some u in doen.citizen_provisions
	r := u.readability
	issues := [i | some i in [sentence(r), flesch(r), long_words(r), nominal(r)]; i != ""]
	count(issues) > 0
	msg := sprintf("%s is moeilijk te lezen voor de burger die het aangaat: %s — splits lange zinnen, zet voorwaarden in een opsomming en kies gewone woorden", [result.where(u), concat(", ", issues)])
	f := result.with_severity(result.finding(rego.metadata.chain(), u.id, msg), severity(r))
}

sentence(r) := sprintf("de langste zin telt %d woorden", [r.max_sentence_words]) if r.max_sentence_words > param("info_words")

sentence(r) := "" if r.max_sentence_words <= param("info_words")

# the other measures only mean something for a provision of some length
measured(r) if r.words >= param("min_words")

flesch(r) := sprintf("Flesch-Douma %.0f", [r.flesch_douma]) if low_flesch(r)

flesch(r) := "" if not low_flesch(r)

low_flesch(r) if {
	measured(r)
	r.flesch_douma < param("min_flesch_douma")
}

long_words(r) := sprintf("%.0f %% lange woorden", [r.long_word_pct]) if many_long(r)

long_words(r) := "" if not many_long(r)

many_long(r) if {
	measured(r)
	r.long_word_pct > param("max_long_word_pct")
}

nominal(r) := sprintf("%.0f naamwoorden van werkwoorden per 100 woorden", [r.nominalisations_per_100]) if many_nominal(r)

nominal(r) := "" if not many_nominal(r)

many_nominal(r) if {
	measured(r)
	r.nominalisations_per_100 > param("max_nominalisations_per_100")
}

severity(r) := "warning" if r.max_sentence_words > param("max_words")

severity(r) := "info" if r.max_sentence_words <= param("max_words")
