# METADATA
# title: Recht alleen op aanvraag
# description: |
#   Het recht wordt alleen op aanvraag toegekend. Wie niet weet dat hij recht
#   heeft of de aanvraag uitstelt, loopt het mis, ook als de overheid de
#   gegevens al heeft. Ter informatie: de regeling en de toelichting zeggen
#   niet of ambtshalve of proactief toekennen is overwogen (een wet kan
#   bepalen dat de burger geacht wordt een aanvraag te hebben gedaan, zoals
#   Awir art. 14, zesde lid, toestaat).
# custom:
#   id: DOEN-012
#   name: aanvraagvereiste
#   family: doenvermogen
#   severity: info
#   source: Awir art. 14 lid 1 en 6; WRR, Weten is nog geen doen (2017)
#   scope: document
package wetlint.rules.doenvermogen["DOEN-012"]

import data.wetlint.doen
import data.wetlint.result
import data.wetlint.text

on_application := `\bop (schriftelijke |elektronische |een )?aanvraag\b|\bna (een )?aanvraag\b`

grant := `\btoegekend\b|\btoekent\b|\bkent\b[^.;]{0,200}\btoe\b|\bverleend\b|\bverleent\b|\bverstrekt\b|\bverstrekken\b|\bvastgesteld\b|\bstelt\b[^.;]{0,200}\bvast\b`

considered := `\bambtshalve\b|\bzonder (voorafgaande |een )?aanvraag\b|\bproactie|\bautomatisch\b|\bgeacht\b[^.;]{0,60}\baanvraag\b`

entitlements := sort([[object.get(u, "line", 0), s.start, u.id, s.id] |
	some u in doen.within(text.mentioning("aanvraag"))
	some s in u.sentences
	s.actor != "citizen"
	contains(s.lower, "aanvraag")
	regex.match(on_application, s.lower)
	regex.match(grant, s.lower)
])

# every match of considered has one of these words
considered_somewhere if {
	some u in doen.within(object.union_n([
		text.mentioning("ambtshalve"), text.mentioning("aanvraag"),
		text.mentioning("proactie"), text.mentioning("automatisch"),
	]))
	regex.match(considered, u.lower)
}

considered_somewhere if {
	some u in input.toelichting.units
	regex.match(considered, u.lower)
}

# citizens_addressed holds when the regulation asks something of citizens
# or sets them a deadline: a scheme for undertakings only is left alone.
citizens_addressed if {
	some u in doen.units
	some s in u.sentences
	s.actor == "citizen"
}

report contains f if {
	count(entitlements) > 0
	citizens_addressed
	not considered_somewhere
	first := entitlements[0]
	u := input.units[first[2]]
	some s in u.sentences
	s.id == first[3]
	some m in text.ranges(s.lower, on_application)
	msg := sprintf("%s wordt het recht alleen op aanvraag toegekend%s; regeling en toelichting zeggen niet of ambtshalve of proactief toekennen is overwogen, ook waar de overheid de gegevens al heeft", [result.where(u), also(count(entitlements))])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + m[0], s.start + m[1], msg)
}

also(1) := ""

also(n) := sprintf(" (en op %d andere plaatsen in de regeling)", [n - 1]) if n > 1
