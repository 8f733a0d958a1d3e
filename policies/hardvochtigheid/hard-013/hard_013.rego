# METADATA
# title: Rente op terugvordering of een korte betaaltermijn
# description: |
#   Over een terug te betalen bedrag wordt rente in rekening gebracht, of de
#   persoon moet binnen korte tijd (minder dan zes weken) betalen, en de
#   regeling kent geen uitstel van betaling of betalingsregeling. De schuld
#   groeit dan terwijl iemand bezwaar maakt of geld zoekt. De Awir rekent
#   rente over terugvorderingen, geeft zes weken om te betalen en regelt
#   uitstel van betaling bij ministeriële regeling. Ter informatie.
# custom:
#   id: HARD-013
#   name: rente-korte-betaaltermijn
#   family: hardvochtigheid
#   severity: info
#   source: Awir art. 27, 28 en 31
#   scope: document
#   params:
#     min_days: 42
package wetlint.rules.hardvochtigheid["HARD-013"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

# the interest is charged on what the person owes
owed := `terug te vorderen|terugvordering|teruggevorderd|terugbetal\w*|onverschuldigd|ten onrechte`

payment := `\b(?:te betalen|betaald|betalen|betaalt|te voldoen|voldaan|voldoet|terug te betalen|terugbetaald|terugbetaalt|terug te storten)\b`

deferral if hard.anywhere({"deferral"})

report contains f if {
	not deferral
	some [u, e] in hard.effects_of("interest")
	not e.negated
	s := hard.sentence(u, e.sentence)
	regex.match(owed, s.lower)
	not regex.match(`\bvergoed\w*`, substring(s.lower, e.start - s.start, -1))
	msg := sprintf(
		"%s wordt rente in rekening gebracht over wat de persoon moet terugbetalen (‘%s’), en de regeling kent geen uitstel van betaling of betalingsregeling; de schuld groeit zo terwijl iemand bezwaar maakt of geld zoekt%s",
		[result.where(u), e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}

report contains f if {
	not deferral
	some u in text.having("deadlines")
	some d in u.deadlines
	d.actor in {"citizen", ""}
	d.days > 0
	d.days < result.param(rego.metadata.chain(), "min_days")
	s := hard.sentence(u, d.sentence)
	regex.match(payment, s.lower)
	msg := sprintf(
		"%s moet de persoon ‘%s’ (%d dagen) betalen, en de regeling kent geen uitstel van betaling of betalingsregeling%s",
		[result.where(u), d.text, d.days, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}
