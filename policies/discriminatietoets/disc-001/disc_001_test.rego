package wetlint.rules.discriminatietoets["DISC-001_test"]

import data.wetlint.rules.discriminatietoets["DISC-001"] as rule
import data.wetlint.testing as t

test_fail_distinctions if {
	every text in [
		"Het college kent een voorziening toe aan een ingezetene, met uitzondering van een ingezetene die niet de Nederlandse nationaliteit bezit.",
		"Recht op bijstand heeft slechts de Nederlander die hier te lande woont.",
		"Een vreemdeling komt niet in aanmerking voor een tegemoetkoming.",
		"De toeslag wordt alleen verstrekt aan een EU-burger.",
	] {
		r := rule.report with input as t.doc([t.unit("art:2", text)])
		count(r) == 1
	}
}

test_fail_position if {
	r := rule.report with input as t.doc([t.unit("art:2", "Geen recht heeft de vreemdeling.")])
	some f in r
	f.start == 20
	f.end == 31
}

test_pass_mentions if {
	every text in [
		"Gegevens over de nationaliteit of het geboorteland van huurders worden niet verwerkt bij de uitvoering van deze regeling.",
		"Het college verleent de voorziening ongeacht de nationaliteit van de aanvrager.",
		"De aanvraag wordt ingediend bij het college.",
		"Op de vreemdeling is de Vreemdelingenwet 2000 van toepassing.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:3", text)])
	}
}

test_pass_definition if {
	u := t.unit("art:1", "vreemdeling: een persoon die niet de Nederlandse nationaliteit bezit;")
	doc_input := t.merge_document(t.doc([u]), {"definitions": [{"term": "vreemdeling", "unit": "art:1"}]})
	count(rule.report) == 0 with input as doc_input
}




