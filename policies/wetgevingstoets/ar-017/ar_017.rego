# METADATA
# title: Terugwerkende kracht — motivering
# description: |
#   Terugwerkende kracht is een uitzondering: zij wordt alleen gegeven om
#   een bijzondere reden, en belastende regels werken in beginsel niet
#   terug. Geeft een regeling terugwerkende kracht (‘werkt terug tot en met
#   1 januari 2026’, ‘met terugwerkende kracht tot en met …’), dan zegt de
#   toelichting waarom dat nodig is en waarom juist tot die datum. De regel
#   zoekt in de toelichting een passage over de terugwerkende kracht met
#   een reden en een datum. Heeft het document geen toelichting (een
#   vastgestelde regeling), dan is de bevinding alleen informatief.
#   Terugwerking van besluiten die op grond van de regeling worden genomen
#   (‘de intrekking werkt terug tot het tijdstip …’) valt hier niet onder.
# custom:
#   id: AR-017
#   name: terugwerkende-kracht-motivering
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 5.63
#   scope: article
package wetlint.rules.wetgevingstoets["AR-017"]

import data.wetlint.result
import data.wetlint.text

month_names := ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

# the regulation or a part of it works back, not a decision taken under it
regulation_subject := `^(?:(?:deze|dit|die|de|het)\s+(?:wet|rijkswet|besluit|regeling|verordening|reglement|algemene maatregel|wijziging(?:swet)?|onderdeel)\b|(?:de\s+)?artikel(?:en)?\b|hoofdstuk|paragraaf|afdeling|onderdeel|onderdelen|titel|zij$|het$|hij$|met betrekking tot (?:de\s+)?artikel)`

regulation_pronoun := `\b(?:werkt|werken)\s+(?:zij|het|hij|deze|dat onderdeel|die)\b`

retroactive(u) := {e |
	some e in object.get(u, "entry", [])
	e.kind == "retroactive"
	about_regulation(u, e)
}

about_regulation(_, e) if regex.match(regulation_subject, e.subject)

about_regulation(_, e) if regex.match(regulation_pronoun, lower(e.text))

# a calendar date: decisions taken under a regulation work back to an
# event (the application, the grant), the regulation to a date
about_regulation(_, e) if {
	e.day > 0
	e.year > 0
}

# an article on entry into force that also gives retroactivity
about_regulation(u, _) if {
	some o in object.get(u, "entry", [])
	o.kind in {"date", "kb", "day-after", "relative", "linked"}
}

reason_re := `\b(?:omdat|vanwege|wegens|noodzakelijk|nodig|rechtszekerheid|aangekondigd|aankondiging|persbericht|reden|zodat|opdat|teneinde|om te voorkomen|in verband met|begunstig\w*|gunstig|nadeel|nadelig|voordeel|verwacht(?:ing)?|anticip\w*)\b`

date_re := `\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b`

# toelichting passages about the retroactivity
passages contains p if {
	some p in input.toelichting.units
	regex.match(`terugwerk|terug te werken|\bwerk(?:t|en) (?:\S+ ){0,6}terug\b`, p.lower)
}

explained_with_date(e) if {
	some p in passages
	regex.match(reason_re, p.lower)
	regex.match(date_re, p.lower)
	e.day == 0
}

explained_with_date(e) if {
	some p in passages
	regex.match(reason_re, p.lower)
	e.day > 0
	contains(p.lower, sprintf("%d %s", [e.day, month_names[e.month]]))
}

explained_without_date if {
	some p in passages
	regex.match(reason_re, p.lower)
}

missing(e) := "de reden en de datum" if count(passages) == 0

missing(e) := "de reden" if {
	count(passages) > 0
	not explained_without_date
}

missing(e) := "de datum" if {
	explained_without_date
	not explained_with_date(e)
}

report contains f if {
	input.toelichting.present
	some u in text.text_units
	some e in retroactive(u)
	what := missing(e)
	msg := sprintf("%s krijgt de regeling terugwerkende kracht, maar de toelichting noemt %s daarvan niet; licht toe waarom terugwerkende kracht nodig is en waarom tot die datum", [result.where(u), what])
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}

report contains f if {
	not input.toelichting.present
	some u in text.text_units
	some e in retroactive(u)
	msg := sprintf("%s krijgt de regeling terugwerkende kracht; de toelichting moet zeggen waarom dat nodig is en waarom tot die datum", [result.where(u)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg), "info")
}
