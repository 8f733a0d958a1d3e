package wetlint.rules.wetgevingstoets["EIGEN-001_test"]

import data.wetlint.rules.wetgevingstoets["EIGEN-001"] as rule
import data.wetlint.testing as t

test_fail_woorden if {
	every tekst in [
		"De aanvraag wordt middels een formulier ingediend.",
		"Indien zulks nodig is, vraagt het college advies.",
		"Alsdan beslist Onze Minister binnen acht weken.",
	] {
		r := rule.report with input as t.doc([t.unit("art:1", tekst)])
		count(r) == 1
		some f in r
		f.rule == "EIGEN-001"
		startswith(f.message, "in artikel 1 staat ‘")
	}
}

test_fail_position if {
	r := rule.report with input as t.doc([t.unit("art:1", "Een aanvraag middels het formulier.")])
	some f in r
	f.start == 13
	f.end == 20
}

test_fail_team_list if {
	r := rule.report with input as t.doc([t.unit("art:1", "De dezerzijdse beslissing volgt spoedig.")])
		with data.wetlint.params["EIGEN-001"].woorden as {"dezerzijdse": "onze"}
	count(r) == 1
}

test_pass_near_misses if {
	every tekst in [
		"De aanvraag wordt met een formulier ingediend.",
		"De middelste lidstaat en de tussenmiddels-regeling.",
		"Dan beslist Onze Minister binnen acht weken.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:1", tekst)])
	}
}
