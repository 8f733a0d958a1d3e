# METADATA
# title: Geen hardheidsclausule en geen afweging daarvan in de toelichting
# description: |
#   De regeling legt mensen financiële lasten of sancties op — terugvordering,
#   een boete, verlies van een recht — maar bevat geen hardheidsclausule of
#   andere afwijkingsbevoegdheid, en de toelichting gaat niet in op de vraag of
#   die nodig is. De Aanwijzingen vragen terughoudendheid met
#   hardheidsclausules (Ar 5.25): deze regel eist dus geen clausule, maar wel
#   dat de toelichting uitlegt waarom onvoorziene schrijnende gevallen niet te
#   verwachten zijn of hoe ze anders worden opgevangen. Een hardheidsclausule
#   in de regeling zelf of in een meegegeven koepelwet is genoeg, ook als die
#   niet alle bepalingen dekt: dan is de afweging gemaakt. Heeft het bestand
#   geen toelichting (een geconsolideerde wet), dan meldt wetlint het ter
#   informatie.
# custom:
#   id: HARD-004
#   name: hardheidsclausule-niet-overwogen
#   family: hardvochtigheid
#   severity: warning
#   source: Ar 5.25 en 5.26; Awir art. 47 (tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-004"]

import data.wetlint.hard
import data.wetlint.result

burden_kinds := {"recovery", "fine", "sanction", "withdrawal", "loss"}

# the toelichting weighs room for individual cases
consideration := `hardheids(?:clausule|bepaling|regeling)|onbillijkhe(?:id|den)|afwijkingsbevoegdheid|menselijke maat|maatwerk|schrijnend\w*|individuele (?:omstandigheden|gevallen)`

considered if {
	some t in input.toelichting.units
	regex.match(consideration, t.lower)
}

# the triggers of HARD-001, HARD-002 and HARD-007: an imposed recovery that
# concerns people, an all-or-nothing loss, a fixed fine or sanction
burden(u, e) if {
	e.kind == "recovery"
	hard.imposed(e)
	hard.concerns_person(hard.sentence(u, e.sentence))
}

burden(u, e) if hard.all_or_nothing(u, e)

burden(_, e) if {
	e.kind in {"fine", "sanction"}
	not e.negated
	e.amount != ""
	not e.maximum
}

burdens contains [hard.position(u), u.id, e.start, e.end, e.text] if {
	some u in hard.effect_units
	some e in u.effects
	burden(u, e)
}

report contains f if {
	count(burdens) > 0
	not hard.anywhere({"hardship_clause"})
	not considered
	first := sort(burdens)[0]
	u := input.units[first[1]]
	f0 := result.finding_at(rego.metadata.chain(), u.id, first[2], first[3], message(u, first[4]))
	f := severity(f0)
}

severity(f) := f if input.toelichting.present

severity(f) := result.with_severity(f, "info") if not input.toelichting.present

message(u, phrase) := msg if {
	input.toelichting.present
	msg := sprintf(
		"de regeling legt mensen lasten of sancties op (eerst %s: ‘%s’) maar bevat geen hardheidsclausule, en de toelichting gaat niet in op de vraag of die nodig is; een clausule is niet verplicht (Ar 5.25 vraagt terughoudendheid), maar leg uit hoe onvoorziene schrijnende gevallen worden opgevangen%s",
		[u.label, phrase, hard.umbrella_note],
	)
}

message(u, phrase) := msg if {
	not input.toelichting.present
	msg := sprintf(
		"de regeling legt mensen lasten of sancties op (eerst %s: ‘%s’) maar bevat geen hardheidsclausule; dit bestand heeft geen toelichting — ga na of de toelichting uitlegt hoe onvoorziene schrijnende gevallen worden opgevangen (een clausule is niet verplicht, Ar 5.25)%s",
		[u.label, phrase, hard.umbrella_note],
	)
}
