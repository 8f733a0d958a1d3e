# METADATA
# title: Citeertitel
# description: |
#   Een nieuwe wet of algemene maatregel van bestuur krijgt een citeertitel,
#   tenzij niemand de regeling zal hoeven aan te halen. De citeertitel staat
#   in een eigen bepaling aan het slot: ‘Deze wet wordt aangehaald als: …’.
#   Een wijzigingsregeling krijgt alleen een citeertitel als daar behoefte
#   aan is; zij valt buiten deze regel. Ook regelingen die naar hun aard
#   niet worden aangehaald blijven buiten beschouwing: goedkeurings- en
#   machtigingswetten, gemeentelijke herindelingen en grenswijzigingen,
#   verlengingen van de zittingsduur van een raad, begrotingswetten en de
#   boeken van een wetboek. Regelingen van vóór de eerste Aanwijzingen
#   voor de regelgeving (november 1992) worden niet aan deze eis gemeten.
# custom:
#   id: AR-025
#   name: citeertitel
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 4.24 en 4.25
#   scope: document
#   params:
#     since_year: 1993
package wetlint.rules.wetgevingstoets["AR-025"]

import data.wetlint.result
import data.wetlint.text

new_regulation if {
	object.get(input.document, "type", "") in {"wet", "rijkswet", "amvb"}
	not input.document.amending
	not only_roman
	measured
}

# articles numbered I, II, … only: what is left of an amending act
only_roman if {
	count(input.document.numbering) > 0
	every n in input.document.numbering {
		n.style == "roman"
	}
}

measured if object.get(input.document, "year", 0) == 0

measured if object.get(input.document, "year", 0) >= result.param(rego.metadata.chain(), "since_year")

# regulations nobody needs to cite by a name of their own
not_cited if regex.match(
	`\b(?:goedkeuring|houdende machtiging|^burgerlijk wetboek|^wetboek|^grondwet|tot machtiging|samenvoeging van (?:de )?gemeenten|(?:gemeentelijke|provinciale) herindeling|grenswijziging|grenscorrectie|zittingsduur|begrotingsstaat|begroting van|slotwet|suppletoire)\b`,
	lower(object.get(input.document, "title", "")),
)

has_citeertitel if object.get(input.document, "citeertitel", "") != ""

# "wordt aangehaald als:", "kan worden aangehaald als", "wordt aangehaald
# onder de titel", older "aangehaald onder den naam"
has_citeertitel if {
	some u in text.text_units
	regex.match(`\baangehaald\b`, u.lower)
}

last_article := a if {
	n := count(input.document.articles)
	n > 0
	a := input.document.articles[n - 1]
} else := ""

this_regulation := "Dit besluit" if input.document.type == "amvb"

else := "Deze rijkswet" if input.document.type == "rijkswet"

else := "Deze wet"

# the regulation as the message names it, and the pronoun for it
noun := "het besluit" if input.document.type == "amvb"

else := "de rijkswet" if input.document.type == "rijkswet"

else := "de wet"

pronoun := "het" if input.document.type == "amvb"

else := "haar"

report contains f if {
	new_regulation
	count(input.document.articles) > 0
	not has_citeertitel
	not not_cited
	msg := sprintf("%s heeft geen citeertitel; geef %s er een in een slotbepaling (‘%s wordt aangehaald als: …’), tenzij niemand %s zal hoeven aan te halen", [noun, pronoun, this_regulation, pronoun])
	f := result.finding(rego.metadata.chain(), last_article, msg)
}
