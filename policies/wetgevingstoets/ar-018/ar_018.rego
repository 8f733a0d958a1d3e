# METADATA
# title: Vaste verandermomenten
# description: |
#   Wetten en algemene maatregelen van bestuur treden in werking op een vast
#   verandermoment: 1 januari of 1 juli; ministeriële regelingen op 1
#   januari, 1 april, 1 juli of 1 oktober, en niet eerder dan twee maanden
#   na de bekendmaking. Van die momenten wordt alleen afgeweken om een reden
#   die de toelichting noemt: spoed of het voorkomen van onevenredige
#   nadelen, reparatie van een fout, de implementatie van een EU-besluit of
#   verdrag met een termijn, of het belang van de doelgroep of een eigen
#   jaarindeling (onderwijs: 1 augustus of 1 september). Inwerkingtreding
#   ‘met ingang van de dag na de datum van uitgifte’ vraagt dus ook om zo’n
#   grond in de toelichting. Inwerkingtreding op een bij koninklijk besluit
#   te bepalen tijdstip wordt hier niet beoordeeld: dan telt het tijdstip
#   dat het koninklijk besluit kiest. Verordeningen (van een
#   bedrijfslichaam, een gemeente) vallen er niet onder. Zonder toelichting (een vastgestelde
#   regeling) is een datum buiten de vaste momenten alleen informatief en
#   wordt de dag na uitgifte niet gemeld: de grond is dan niet na te gaan.
# custom:
#   id: AR-018
#   name: vaste-verandermomenten
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 4.17
#   scope: article
#   params:
#     since_year: 2010
package wetlint.rules.wetgevingstoets["AR-018"]

import data.wetlint.result
import data.wetlint.text

month_names := ["", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

fixed_moments := {
	"wet": {[1, 1], [1, 7]},
	"rijkswet": {[1, 1], [1, 7]},
	"amvb": {[1, 1], [1, 7]},
	"ministeriele-regeling": {[1, 1], [1, 4], [1, 7], [1, 10]},
	"wijzigingsregeling": {[1, 1], [1, 4], [1, 7], [1, 10]},
}

kind_names := {
	"wet": "wetten en algemene maatregelen van bestuur (1 januari of 1 juli)",
	"rijkswet": "wetten en algemene maatregelen van bestuur (1 januari of 1 juli)",
	"amvb": "wetten en algemene maatregelen van bestuur (1 januari of 1 juli)",
	"ministeriele-regeling": "ministeriële regelingen (1 januari, 1 april, 1 juli of 1 oktober)",
	"wijzigingsregeling": "ministeriële regelingen (1 januari, 1 april, 1 juli of 1 oktober)",
}

# a wijzigingsregeling is a wet, an AMvB or a ministeriële regeling; the
# title says which
doc_type := t if {
	object.get(input.document, "type", "") == "wijzigingsregeling"
	title := lower(object.get(input.document, "title", ""))
	t := amending_type(title)
} else := object.get(input.document, "type", "")

amending_type(title) := "wet" if regex.match(`^(?:\S+\s+)?(?:rijks)?wet\b`, title)

amending_type(title) := "amvb" if {
	not regex.match(`^(?:\S+\s+)?(?:rijks)?wet\b`, title)
	regex.match(`^(?:\S+\s+)?besluit\b`, title)
}

amending_type(title) := "ministeriele-regeling" if {
	not regex.match(`^(?:\S+\s+)?(?:rijks)?wet\b`, title)
	not regex.match(`^(?:\S+\s+)?besluit\b`, title)
}

# the fixed moments came in 2010; older enacted law is not measured by them
in_force_era if {
	year := object.get(input.document, "year", 0)
	not year < result.param(rego.metadata.chain(), "since_year")
}

in_force_era if object.get(input.document, "year", 0) == 0

# a date chosen before 2010 was not bound by them either
recent(e) if e.year == 0

recent(e) if e.year >= result.param(rego.metadata.chain(), "since_year")

# what enters into force is the regulation or a part of it
regulation_subject := `^(?:(?:deze|dit|de|het)\s+(?:wet|rijkswet|besluit|regeling|reglement|algemene maatregel|wijziging(?:swet)?)\b|(?:de\s+)?artikel(?:en)?\b|hoofdstuk|paragraaf|afdeling|onderdeel|onderdelen|titel|zij$|het$|hij$|.*\bvan (?:deze|dit) (?:wet|rijkswet|besluit|regeling)$|deze wet/|dit besluit/)`

entries(u) := {e |
	some e in object.get(u, "entry", [])
	regex.match(regulation_subject, e.subject)
}

# education has its own year: the school year (1 augustus), the academic
# year (1 september)
education if {
	t := lower(concat(" ", [object.get(input.document, "title", ""), object.get(input.document, "citeertitel", "")]))
	regex.match(`onderwijs|school|scholen|leerling|student|studie|examen|leraar|leraren|universiteit|hogeschool|beroepsopleiding|kinderopvang|lesgeld|cursusgeld`, t)
}

education if regex.match(`\bocw\b|onderwijs`, lower(object.get(input.document, "ministry", "")))

own_year(e) if {
	education
	[e.day, e.month] in {[1, 8], [1, 9]}
}

ground_re := `spoed|urgent|dringend|onverwijld|zo snel mogelijk|reparatie|herstel van een (?:fout|omissie|misslag)|technische (?:fout|omissie)|implementatie|implementatietermijn|richtlijn|verordening \(eu\)|eu-verordening|verdrag|internationale verplichting|doelgroep|jaarindeling|schooljaar|studiejaar|boekjaar|begrotingsjaar|belastingjaar|kalenderjaar|begunstig|voordeel|onevenredig|vaste verandermoment|verandermomenten`

grounded if {
	input.toelichting.present
	some p in input.toelichting.units
	regex.match(`inwerkingtreding|in werking|verandermoment`, p.lower)
	regex.match(ground_re, p.lower)
}

off_moment(e) if {
	e.kind == "date"
	e.day > 0
	fixed := fixed_moments[doc_type]
	not [e.day, e.month] in fixed
	not own_year(e)
}

report contains f if {
	input.toelichting.present
	not grounded
	in_force_era
	some u in text.text_units
	some e in entries(u)
	off_moment(e)
	recent(e)
	msg := sprintf("%s is %d %s als datum van inwerkingtreding geen vast verandermoment voor %s; kies een vast verandermoment of noem in de toelichting de grond voor de afwijking", [result.where(u), e.day, month_names[e.month], kind_names[doc_type]])
	f := result.finding_at(rego.metadata.chain(), u.id, e.when_start, e.when_end, msg)
}

report contains f if {
	not input.toelichting.present
	in_force_era
	some u in text.text_units
	some e in entries(u)
	off_moment(e)
	recent(e)
	msg := sprintf("%s is %d %s als datum van inwerkingtreding geen vast verandermoment voor %s; de toelichting moet de grond voor de afwijking noemen", [result.where(u), e.day, month_names[e.month], kind_names[doc_type]])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, e.when_start, e.when_end, msg), "info")
}

report contains f if {
	input.toelichting.present
	not grounded
	in_force_era
	fixed_moments[doc_type]
	some u in text.text_units
	some e in entries(u)
	e.kind == "day-after"
	msg := sprintf("%s vindt de inwerkingtreding direct na de bekendmaking plaats (%s); dat wijkt af van de vaste verandermomenten en vraagt een grond in de toelichting (spoed, reparatie, implementatie van een EU-besluit of verdrag, de doelgroep of een eigen jaarindeling)", [result.where(u), e.when])
	f := result.finding_at(rego.metadata.chain(), u.id, e.when_start, e.when_end, msg)
}
