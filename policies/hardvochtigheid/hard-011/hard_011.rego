# METADATA
# title: Nadelig besluit ambtshalve of geautomatiseerd, zonder horen
# description: |
#   Het bestuursorgaan neemt een nadelig besluit — een herziening, een
#   terugvordering, een verlaging — ambtshalve of geautomatiseerd, en de
#   regeling geeft de persoon niet eerst de gelegenheid zijn zienswijze te
#   geven, en voorziet niet in een beoordeling door een mens. Fouten in
#   gegevens of een systeem treffen dan mensen zonder dat iemand meekijkt.
#   Sinds 2021 moet de Dienst Toeslagen de belanghebbende horen voor een
#   mogelijk onevenredig besluit (artikel 26b Awir). Een hoorrecht in hetzelfde
#   artikel, in een bepaling die dit artikel noemt of voor de hele regeling
#   neemt het bezwaar weg.
# custom:
#   id: HARD-011
#   name: besluit-zonder-horen
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 26b (tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-011"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

mitigations := {"hearing", "proportionality"}

automatic := `\bgeautomatiseerd\w*|\bautomatisch\w*|\bzonder (?:menselijke )?tussenkomst\b|\bambtshalve\b[^.;]{0,60}?\b(?:vast(?:stellen|gesteld|stelt|te stellen)|bepalen|bepaalt|bepaald|herzien|herziet|verlagen|verlaagt|beëindigen|beëindigt|intrekken|trekt|terugvorderen|vordert)\b|\b(?:bepaalt|stelt|herziet|verlaagt|beëindigt|trekt|vordert)\b[^.;]{0,60}?\bambtshalve\b`

adverse := `\bherzien\w*|\bherziening\b|\bterugvorder\w*|\bteruggevorderd\b|\bnihil\b|\blager\b|\bverlag\w*|\bverlaagt\b|\bintrek\w*|\bingetrokken\b|\bbeëindig\w*|\bboete\b|\bweiger\w*|\bopschort\w*|\bhoogte van\b`

favourable := `\bautomatisch\w* (?:verleng|toegekend|toegekend|uitbetaald|verstrekt|ingeschreven)\w*`

# one finding per unit, at the first such sentence
hits contains [u.id, s.start + r[0], s.start + r[1], how(s.lower), substring(s.text, r[0], r[1] - r[0])] if {
	some u in candidates
	some s in u.sentences
	some r in text.ranges(s.lower, automatic)
	regex.match(adverse, s.lower)
	not regex.match(favourable, s.lower)
	hard.concerns_person(s)
	not hard.mitigated(u, mitigations, "")
}

report contains f if {
	some [id, start, end, way, phrase] in hits
	not earlier(id, start)
	u := input.units[id]
	msg := sprintf(
		"%s neemt het bestuursorgaan een nadelig besluit %s (‘%s’) zonder dat de persoon eerst zijn zienswijze kan geven of een mens het besluit beoordeelt%s",
		[result.where(u), way, phrase, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), id, start, end, msg)
}

earlier(id, start) if {
	some [id2, start2, _, _, _] in hits
	id2 == id
	start2 < start
}

# candidates are the units with a word every match of automatic needs:
# most units say none of this
candidates := object.union_n([text.mentioning("ambtshalve"), text.mentioning("automat"), text.mentioning("tussenkomst")])

how(s) := "ambtshalve" if contains(s, "ambtshalve")

how(s) := "geautomatiseerd" if not contains(s, "ambtshalve")
