# METADATA
# title: Verplichte onderdelen van de toelichting
# description: |
#   Een toelichting beantwoordt de vragen van het Integraal afwegingskader
#   (nu het Beleidskompas): wat is het probleem, wat is het doel, waarom is
#   voor dit instrument gekozen en niet voor een alternatief, wat zijn de
#   gevolgen (voor de uitvoering, de regeldruk, het doenvermogen van burgers,
#   de grondrechten) en hoe en wanneer wordt de regeling geëvalueerd. Een
#   onderdeel telt als aanwezig als een kopje of de tekst erover gaat, of als
#   de toelichting uitdrukkelijk zegt dat het niet van toepassing is.
#
#   De regel herkent de onderdelen aan kopjes en kernwoorden; dat is een
#   aanwijzing, geen oordeel. Bij een nieuwe wet is een ontbrekend onderdeel
#   een waarschuwing; bij een algemene maatregel van bestuur, een
#   ministeriële regeling of een wijzigingsregeling, waar een korte
#   toelichting vaak volstaat, ter informatie. Zonder toelichting meldt de
#   regel niets.
# custom:
#   id: AR-027
#   name: verplichte-toelichtingsonderdelen
#   family: wetgevingstoets
#   severity: warning
#   source: IAK; Beleidskompas
#   scope: document
package wetlint.rules.wetgevingstoets["AR-027"]

import data.wetlint.result

# all the text of the toelichting, headings included
tl_text := lower(concat("\n", [concat("\n", [u.heading, u.text]) | some u in input.toelichting.units]))

elements := {
	"probleem": {
		"name": "het probleem dat de regeling oplost (de aanleiding)",
		"pattern": `\bprobleem|\bproblemen\b|probleemanalyse|knelpunt|\baanleiding\b|\bachtergrond\b|huidige situatie|\bmisstand|\btekortkoming`,
	},
	"doel": {
		"name": "het doel van de regeling",
		"pattern": `\bdoel\b|\bdoelen\b|doelstelling|\bbeoog|\bheeft tot doel|strekt ertoe|is bedoeld om|\bom te bereiken|\bzodat\b`,
	},
	"instrument": {
		"name": "de keuze voor dit instrument en de overwogen alternatieven",
		"pattern": `alternatie|\binstrument|beleidsoptie|\bgekozen\b|\bkeuze\b|\boverwogen\b|andere mogelijkhe|\bin plaats van\b|noodzaak van (een )?(wettelijke )?regel|waarom (een )?(wet|regel)`,
	},
	"gevolgen": {
		"name": "de gevolgen (uitvoering, regeldruk, doenvermogen, grondrechten, financiën)",
		"pattern": `\bgevolgen\b|regeldruk|administratieve lasten|nalevingskosten|\buitvoering|uitvoerbaar|uitvoeringstoets|financiële|budgettaire|doenvermogen|grondrecht|gelijke behandeling|privacy|gegevensbescherming|\beffecten\b`,
	},
	"evaluatie": {
		"name": "de evaluatie (hoe en wanneer de regeling wordt geëvalueerd)",
		"pattern": `evaluat|geëvalueerd|\bmonitor|horizonbepaling|doeltreffendheid en de effecten`,
	},
}

default new_law := false

new_law if {
	input.document.type in {"wet", "rijkswet"}
	not input.document.amending
}

report contains f if {
	input.toelichting.present
	some key, e in elements
	not regex.match(e.pattern, tl_text)
	msg := sprintf("de toelichting gaat niet in op %s; beantwoord die vraag van het Beleidskompas, of zeg waarom zij hier niet van toepassing is", [e.name])
	f := severity(result.finding(rego.metadata.chain(), "", msg))
}

severity(f) := f if new_law

severity(f) := result.with_severity(f, "info") if not new_law
