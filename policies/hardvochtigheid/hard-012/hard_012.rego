# METADATA
# title: Verrekening over regelingen en jaren, of alles ineens betalen
# description: |
#   Een schuld mag worden verrekend met uitkeringen of teruggaven uit andere
#   regelingen of andere jaren, of moet in één keer en volledig worden
#   betaald. Zonder bescherming van de beslagvrije voet kan iemand zo onder het
#   bestaansminimum zakken. De Awir staat sinds 2021 verrekening toe ongeacht
#   de regeling en het berekeningsjaar, ook met een teruggave van
#   inkomstenbelasting; artikel 31a eist in bepaalde gevallen betaling
#   ineens. Een bepaling over de beslagvrije voet, of voor betaling ineens een
#   betalingsregeling, neemt het bezwaar weg.
# custom:
#   id: HARD-012
#   name: verrekening-zonder-grens
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 30 en art. 31a (tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-012"]

import data.wetlint.hard
import data.wetlint.result

# set-off beyond the scheme or year the debt arose in
broad := `\bongeacht\b|\binkomstenbelasting\b|\bteruggaa?f\b|\bteruggave\b|\bandere (?:regeling|uitkering|toeslag|tegemoetkoming|inkomensafhankelijke regeling)\w*|\bander (?:berekeningsjaar|jaar|tijdvak)\b|\b(?:alle|andere) (?:aan hem |aan haar )?(?:uit te betalen )?bedragen\b`

report contains f if {
	some [u, e] in hard.effects_of("setoff")
	not e.negated
	e.main
	s := hard.sentence(u, e.sentence)
	regex.match(broad, s.lower)
	hard.concerns_person(s)
	not hard.mitigated(u, {"protected_income"}, e.kind)
	msg := sprintf(
		"%s mag een schuld worden verrekend met betalingen uit andere regelingen of jaren (‘%s’); zonder bescherming van de beslagvrije voet kan iemand zo onder het bestaansminimum zakken%s",
		[result.where(u), e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}

report contains f if {
	some [u, e] in hard.effects_of("payment")
	not e.negated
	not hard.mitigated(u, {"deferral", "protected_income"}, e.kind)
	msg := sprintf(
		"%s moet het hele bedrag in één keer worden betaald (‘%s’), zonder betalingsregeling of uitstel van betaling%s",
		[result.where(u), e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}
