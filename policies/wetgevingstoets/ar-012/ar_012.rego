# METADATA
# title: Lagere regelgeving mag afwijken van de wet
# description: |
#   Een regeling laat lagere regelgeving in beginsel niet van haar eigen
#   bepalingen afwijken: ‘bij algemene maatregel van bestuur kan worden
#   afgeweken van artikel 3’ of ‘in afwijking van artikel 3 kunnen bij
#   ministeriële regeling regels worden gesteld’ doorbreekt de voorrang van
#   de wetgever. Voor experimenten en noodsituaties kan zo'n bepaling
#   gerechtvaardigd zijn; ook dan moet de toelichting uitleggen waarom de
#   afwijking nodig is en hoe zij begrensd is. Afwijken van regels die zelf
#   bij of krachtens een lagere regeling zijn gesteld, en een
#   hardheidsclausule die een bestuursorgaan in een individueel geval laat
#   afwijken, vallen hier niet onder.
# custom:
#   id: AR-012
#   name: afwijkingsbevoegdheid-lagere-regelgever
#   family: wetgevingstoets
#   severity: warning
#   source: "wetlint; Ar 5.25 (toelichting: voorrang van de wetgever)"
#   scope: article
package wetlint.rules.wetgevingstoets["AR-012"]

import data.wetlint.result
import data.wetlint.text

# the instruments below each document type
lower_instruments := {
	"wet": {"amvb", "ministeriele-regeling", "regeling", "verordening", ""},
	"rijkswet": {"amvb", "ministeriele-regeling", "regeling", "verordening", ""},
	"amvb": {"ministeriele-regeling", "regeling", ""},
}

doc_kind := "wet" if startswith(input.document.type, "wet")

doc_kind := "rijkswet" if input.document.type == "rijkswet"

doc_kind := "amvb" if startswith(input.document.type, "amvb")

doc_kind := "amvb" if input.document.type == "kb"

doc_kind := "wet" if input.document.type == ""

# deviating from rules made under a lower regulation, or from an advice
lower_target := `^((de|het|een)\s+)?((bij|krachtens|ingevolge|op grond van)\b|(regels|voorschriften|bepalingen)\b|.*\badvies\b)`

deviation_re := `\b(in afwijking van|afgeweken van|afwijken van|afwijkende)\b`

report contains f if {
	some u in text.text_units
	some d in u.delegations
	d.deviation != ""
	d.formula != "other"
	lower_instruments[doc_kind][d.instrument]
	d.instrument != "" # or a minister as subject
	not public_body_regeling(d)
	not regex.match(lower_target, lower(d.deviation))
	f := finding(u, d)
}

report contains f if {
	some u in text.text_units
	some d in u.delegations
	d.deviation != ""
	d.instrument == ""
	d.issuer == "minister"
	lower_instruments[doc_kind]
	not regex.match(lower_target, lower(d.deviation))
	f := finding(u, d)
}

finding(u, d) := f if {
	some s in u.sentences
	s.id == d.sentence
	rs := [r | some r in text.ranges(u.lower, deviation_re); r[0] >= s.start; r[1] <= s.end]
	r := span(rs, d)
	msg := sprintf("%s mag een lagere regeling (%s) afwijken van %s; %s", [result.where(u), instrument_name(d), d.deviation, advice(s)])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

span(rs, _) := sort(rs)[0] if count(rs) > 0

span(rs, d) := [d.start, d.end] if count(rs) == 0

instrument_name(d) := concat("", ["‘", d.instrument_text, "’"]) if d.instrument_text != ""

instrument_name(d) := "regels van de minister" if d.instrument_text == ""

advice(s) := "het gaat om een experiment of noodsituatie, waarvoor dat kan, maar de toelichting moet de afwijking en haar begrenzing rechtvaardigen" if {
	regex.match(`\bexperiment|buitengewone omstandigheden|noodsituatie|crisis`, s.lower)
}

advice(s) := "dat doorbreekt de voorrang van de wetgever; regel de afwijking in de wet zelf, of rechtvaardig in de toelichting waarom de lagere regelgever mag afwijken en hoe dat begrensd is" if {
	not regex.match(`\bexperiment|buitengewone omstandigheden|noodsituatie|crisis`, s.lower)
}

# "bij regeling door of namens een bestuursorgaan": not a regulation under
# this one
public_body_regeling(d) if {
	d.instrument == "regeling"
	d.issuer != "minister"
}
