# METADATA
# title: Geen ondergrens voor terugvordering
# description: |
#   De regeling vordert terug maar kent geen ondergrens: ook een heel klein
#   bedrag moet worden teruggevorderd. Dat kost de overheid meer dan het
#   oplevert en belast mensen met brieven, bezwaar en schulden om kleine
#   bedragen. Sinds 2021 vordert de Dienst Toeslagen kleine bedragen niet terug
#   (artikel 26a Awir). Ter informatie: een ondergrens in een meegegeven
#   koepelwet telt mee.
# custom:
#   id: HARD-015
#   name: geen-ondergrens-terugvordering
#   family: hardvochtigheid
#   severity: info
#   source: Awir art. 26a (tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-015"]

import data.wetlint.hard
import data.wetlint.result

recoveries contains [hard.position(u), u.id, e.start, e.end, e.text] if {
	some [u, e] in hard.effects_of("recovery")
	hard.imposed(e)
}

report contains f if {
	count(recoveries) > 0
	not hard.anywhere({"de_minimis"})
	first := sort(recoveries)[0]
	u := input.units[first[1]]
	msg := sprintf(
		"de regeling vordert terug (eerst %s: ‘%s’) zonder ondergrens: ook een heel klein bedrag moet worden teruggevorderd, wat meer kost dan het oplevert en mensen onnodig belast%s",
		[u.label, first[4], hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, first[2], first[3], msg)
}
