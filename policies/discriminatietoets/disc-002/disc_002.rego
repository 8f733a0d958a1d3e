# METADATA
# title: Koppelingsbeginsel en verblijfsstatus
# description: |
#   Een recht of voorziening hangt af van rechtmatig verblijf of een
#   verblijfsvergunning (het koppelingsbeginsel). Dat is gangbaar en wordt in
#   de sociale zekerheid meestal aanvaard als gerechtvaardigd onderscheid;
#   wetlint meldt het ter informatie, zodat de beoordelaar ziet waar de
#   regeling op verblijfsstatus selecteert. Verliest iemand een recht door de
#   verblijfsstatus van een ander (partner, medebewoner), dan meldt DISC-008
#   dat als waarschuwing. Hangt de bepaling af van de soort vergunning van
#   wie rechtmatig verblijft (een verblijfsvergunning voor bepaalde tijd,
#   tijdelijk verblijf), dan gaat zij verder dan het koppelingsbeginsel:
#   wetlint waarschuwt, tenzij de toelichting het onderscheid rechtvaardigt
#   (legitiem doel, noodzaak en evenredigheid).
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
	not disc.temporary_permit(g)
	msg := sprintf("%s hangt de bepaling af van de verblijfsstatus: ‘%s’ bepaalt %s (koppelingsbeginsel); dat is gangbaar, maar ga na of de toelichting het voor deze bepaling rechtvaardigt", [result.where(u), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := result.finding_at(rego.metadata.chain(), u.id, g.start, g.end, msg)
}

# a distinction among lawful residents by the kind of their permit: a
# warning, at info when the toelichting justifies it
report contains f if {
	some u in text.having("grounds")
	some s in u.sentences
	some g in disc.sentence_grounds(u, s, "residence")
	disc.temporary_permit(g)
	not disc.subject_ground(g)
	not disc.third_exclusion(g)
	not earlier_temporary(u, s, g)
	what := sprintf("%s hangt de bepaling af van de soort verblijfsvergunning: ‘%s’ bepaalt %s; ook wie rechtmatig in Nederland verblijft valt er dan buiten, en dat gaat verder dan het koppelingsbeginsel", [result.where(u), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := warning(disc.distinction_finding(rego.metadata.chain(), u, g, what, disc.need), u)
}

earlier_temporary(u, s, g) if {
	some h in disc.sentence_grounds(u, s, "residence")
	disc.temporary_permit(h)
	h.start < g.start
}

# the rule's own severity is info (the koppelingsbeginsel is common
# design); an unjustified distinction among lawful residents is a warning
warning(f, _) := f if f.severity == "info"

warning(f, u) := result.with_severity(f, "warning") if {
	not f.severity == "info"
	not disc.justified(u.article)
}
