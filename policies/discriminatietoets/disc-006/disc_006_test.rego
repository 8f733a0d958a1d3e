package wetlint.rules.discriminatietoets["DISC-006_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-006"] as rule
import data.wetlint.testing as t

text := "Het college verwerkt gegevens over de nationaliteit van de aanvrager."

record(s, name) := dt.unit("art:4", s, [{"word": "nationaliteit", "category": "nationality", "name": name, "role": "mention", "kind": "record"}])

test_fail_no_purpose if {
	every name in ["nationaliteit", "dubbele nationaliteit", "geboorteland", "etniciteit"] {
		r := rule.report with input as dt.doc([record(text, name)], "Wet voorbeeld")
		count(r) == 1
		some f in r
		contains(f.message, "in artikel 4 worden gegevens over")
	}
}

test_pass_purpose_in_the_article if {
	s := "Het college verwerkt gegevens over de nationaliteit van de aanvrager uitsluitend voor de vaststelling van het recht op bijstand."
	count(rule.report) == 0 with input as dt.doc([record(s, "nationaliteit")], "Wet voorbeeld")
}

test_pass_purpose_elsewhere if {
	other := t.unit("art:9", "De gegevens worden uitsluitend verwerkt ten behoeve van de uitvoering van deze wet.")
	count(rule.report) == 0 with input as dt.doc([record(text, "nationaliteit"), other], "Wet voorbeeld")
}

test_pass_identification_data if {
	every name in ["geboorteplaats", "postcode"] {
		count(rule.report) == 0 with input as dt.doc([record(text, name)], "Wet voorbeeld")
	}
}

test_pass_ban if {
	u := dt.unit("art:4", text, [{"word": "nationaliteit", "category": "nationality", "role": "mention", "kind": "ban"}])
	count(rule.report) == 0 with input as dt.doc([u], "Wet voorbeeld")
}
