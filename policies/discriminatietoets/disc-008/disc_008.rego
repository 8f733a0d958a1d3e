# METADATA
# title: Uitsluiting door de status van een ander
# description: |
#   Iemand verliest een recht of aanspraak door de nationaliteit of de
#   verblijfsstatus van een ander: de partner, een medebewoner, een
#   gezinslid. Zo treft de regeling ook wie zelf aan alle voorwaarden
#   voldoet. Dat vraagt een rechtvaardiging in de toelichting en een
#   afweging of een uitzondering (bijvoorbeeld voor kinderen) nodig is.
# custom:
#   id: DISC-008
#   name: derdengebonden-uitsluiting
#   family: discriminatietoets
#   severity: warning
#   source: Algemene wet inkomensafhankelijke regelingen, artikel 9, tweede en derde lid
#   scope: article
package wetlint.rules.discriminatietoets["DISC-008"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in u.grounds
		g.sentence == s.id
		disc.third_exclusion(g)
		not disc.subject_ground(g)
	]
	count(gs) > 0
	g := gs[0]
	what := sprintf("%s verliest iemand een recht door de %s van een ander (‘%s’, van de %s); zo treft de bepaling ook wie zelf aan de voorwaarden voldoet", [result.where(u), ground_word[g.category], disc.quote(u, g), g.holder_name])
	f := disc.distinction_finding(rego.metadata.chain(), u, g, what, "rechtvaardig dit in de toelichting (legitiem doel, noodzaak en evenredigheid) en overweeg een uitzondering")
}

ground_word := {"nationality": "nationaliteit", "residence": "verblijfsstatus"}
