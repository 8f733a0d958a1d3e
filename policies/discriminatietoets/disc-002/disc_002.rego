# METADATA
# title: Koppelingsbeginsel en verblijfsstatus
# description: |
#   Een recht of voorziening hangt af van rechtmatig verblijf of een
#   verblijfsvergunning (het koppelingsbeginsel). Dat is gangbaar en wordt in
#   de sociale zekerheid meestal aanvaard als gerechtvaardigd onderscheid;
#   wetlint meldt het ter informatie, zodat de beoordelaar ziet waar de
#   regeling op verblijfsstatus selecteert. Verliest iemand een recht door de
#   verblijfsstatus van een ander (partner, medebewoner), dan meldt DISC-008
#   dat als waarschuwing.
# custom:
#   id: DISC-002
#   name: verblijfsstatus
#   family: discriminatietoets
#   severity: info
#   source: Algemene wet inkomensafhankelijke regelingen, artikel 9
#   scope: article
package wetlint.rules.discriminatietoets["DISC-002"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

report contains f if {
		some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in disc.sentence_grounds(u, s, "residence")
		not disc.subject_ground(g)
		not disc.third_exclusion(g)
	]
	count(gs) > 0
	g := gs[0]
	msg := sprintf("%s hangt de bepaling af van de verblijfsstatus: ‘%s’ bepaalt %s (koppelingsbeginsel); dat is gangbaar, maar ga na of de toelichting het voor deze bepaling rechtvaardigt", [result.where(u), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := result.finding_at(rego.metadata.chain(), u.id, g.start, g.end, msg)
}
