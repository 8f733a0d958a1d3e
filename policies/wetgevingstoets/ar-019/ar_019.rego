# METADATA
# title: Evaluatiebepaling
# description: |
#   Is het wenselijk dat een wet wordt geëvalueerd, dan volgt de
#   evaluatiebepaling het model: ‘Onze Minister van … zendt binnen vijf jaar
#   na de inwerkingtreding van deze wet aan de Staten-Generaal een verslag
#   over de doeltreffendheid en de effecten van deze wet in de praktijk.’
#   Vijf jaar is de gewone termijn; na een kortere termijn valt vaak nog
#   weinig te zeggen, zodat de toelichting een kortere termijn motiveert.
#   De regel meldt ter informatie een nieuwe wet (geen wijzigingswet) zonder
#   evaluatiebepaling: de Ar schrijven die niet voor, maar de afweging hoort
#   gemaakt te worden. Een bepaling die van het model afwijkt (geen
#   ‘doeltreffendheid en effecten’, een termijn korter dan vijf jaar zonder
#   motivering) wordt ook gemeld; als waarschuwing wanneer de toelichting er
#   is maar de kortere termijn niet motiveert. Goedkeurings-, invoerings-,
#   aanpassings- en begrotingswetten, herindelingen en wetboeken blijven
#   buiten beschouwing, evenals wetten van vóór de eerste Aanwijzingen
#   (november 1992).
# custom:
#   id: AR-019
#   name: evaluatiebepaling
#   family: wetgevingstoets
#   severity: info
#   source: Ar 5.58
#   scope: document
#   params:
#     since_year: 1993
package wetlint.rules.wetgevingstoets["AR-019"]

import data.wetlint.result
import data.wetlint.text

measured if object.get(input.document, "year", 0) == 0

measured if object.get(input.document, "year", 0) >= result.param(rego.metadata.chain(), "since_year")

only_roman if {
	count(input.document.numbering) > 0
	every n in input.document.numbering {
		n.style == "roman"
	}
}

not_evaluated if regex.match(
	`\b(?:goedkeuring|houdende machtiging|tot machtiging|invoering|invoeringswet|aanpassingswet|aanpassing van (?:wetten|wetgeving)|samenvoeging van (?:de )?gemeenten|(?:gemeentelijke|provinciale) herindeling|grenswijziging|grenscorrectie|zittingsduur|begrotingsstaat|begroting van|slotwet|suppletoire|^burgerlijk wetboek|^wetboek|^grondwet)\b`,
	lower(object.get(input.document, "title", "")),
)

new_law if {
	object.get(input.document, "type", "") in {"wet", "rijkswet"}
	not input.document.amending
	not only_roman
	measured
	not not_evaluated
}

model_re := `verslag over de doeltreffendheid en (?:de )?effecten`

# other ways a law asks for its evaluation: a report to the Staten-Generaal
# on how the law works, or "deze wet wordt geëvalueerd"
variant(l) if {
	regex.match(`\bverslag\b`, l)
	contains(l, "staten-generaal")
	regex.match(`\b(?:deze wet|dit hoofdstuk|die artikelen|de artikelen|artikel|zij is toegepast)\b`, l)
	regex.match(`\b(?:doeltreffendheid|doelmatigheid|werking|effecten|uitvoering|toepassing|toegepast|evaluatie)\b`, l)
}

variant(l) if regex.match(`\b(?:deze wet|dit hoofdstuk) wordt[^.;]{0,60}\bgeëvalueerd`, l)

# a substring test first: this document rule runs after every edit in an
# editor, and the regular expressions are slow on every unit of a large law
clauses contains u if {
	some u in text.mentioning("doeltreffendheid")
	regex.match(model_re, u.lower)
}

variants contains u if {
	some u in text.mentioning("verslag")
	variant(u.lower)
	not regex.match(model_re, u.lower)
}

last_article := a if {
	n := count(input.document.articles)
	n > 0
	a := input.document.articles[n - 1]
} else := ""

report contains f if {
	new_law
	count(input.document.articles) > 0
	count(clauses) == 0
	count(variants) == 0
	msg := "de wet bevat geen evaluatiebepaling; overweeg een verslag aan de Staten-Generaal over de doeltreffendheid en de effecten van de wet in de praktijk, in de regel binnen vijf jaar na de inwerkingtreding"
	f := result.finding(rego.metadata.chain(), last_article, msg)
}

report contains f if {
	new_law
	count(clauses) == 0
	some u in variants
	msg := sprintf("%s staat een evaluatiebepaling die niet het model volgt; vraag om een verslag over de doeltreffendheid en de effecten van de wet in de praktijk", [result.where(u)])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}

numbers := {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# the first report is due within fewer than five years
short_terms contains [u, r, n] if {
	some u in clauses
	some r in text.ranges(u.lower, `\bbinnen (?:een|één|twee|drie|vier|[1-4]) jaar\b`)
	word := split(substring(u.lower, r[0], r[1] - r[0]), " ")[1]
	n := numbers[word]
}

term_explained(n) if {
	some p in input.toelichting.units
	regex.match(`evaluat|verslag`, p.lower)
	regex.match(sprintf(`\b(?:%s) jaar\b`, [concat("|", [w | some w, v in numbers; v == n])]), p.lower)
}

report contains f if {
	input.toelichting.present
	some [u, r, n] in short_terms
	not term_explained(n)
	msg := sprintf("%s volgt het eerste verslag binnen %d jaar; vijf jaar is de gewone termijn, motiveer een kortere termijn in de toelichting", [result.where(u), n])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg), "warning")
}

report contains f if {
	not input.toelichting.present
	some [u, r, n] in short_terms
	msg := sprintf("%s volgt het eerste verslag binnen %d jaar; vijf jaar is de gewone termijn, de toelichting moet een kortere termijn motiveren", [result.where(u), n])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}
