package wetlint.rules.discriminatietoets["DISC-001_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-001"] as rule

text := "Het college kent een voorziening toe aan een ingezetene, met uitzondering van een ingezetene die niet de Nederlandse nationaliteit bezit."

criterion(kind) := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": kind}])], "Wet voorbeeld")

test_fail_every_kind_of_criterion if {
	every kind in ["exclusion", "restriction", "priority", "selection", "condition", "addressee"] {
		r := rule.report with input as criterion(kind)
		count(r) == 1
		some f in r
		not f.severity
		contains(f.message, "in artikel 2 wordt onderscheid gemaakt naar nationaliteit: ‘Nederlandse nationaliteit’ bepaalt")
		contains(f.message, "legitiem doel, noodzaak en evenredigheid")
	}
}

test_fail_position if {
	some f in rule.report with input as criterion("exclusion")
	f.start == 105
	f.end == 130
	contains(f.message, "bepaalt wie wordt uitgesloten")
}

test_fail_partly_justified if {
	inp := dt.with_toelichting(criterion("exclusion"), "art:2", ["aim"], ["proportionality"])
	some f in rule.report with input as inp
	not f.severity
}

test_pass_justified_is_info if {
	inp := dt.with_toelichting(criterion("exclusion"), "art:2", ["aim", "necessity", "proportionality"], [])
	r := rule.report with input as inp
	count(r) == 1
	every f in r {
		f.severity == "info"
		contains(f.message, "de toelichting beargumenteert een legitiem doel, de noodzaak en de evenredigheid")
	}
}

test_pass_mentions if {
	every kind in ["definition", "law", "name", "thing", "ban", "neutral", "extension", "record", "status", "object", "delegation", "other"] {
		inp := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "mention", "kind": kind}])], "Wet voorbeeld")
		count(rule.report) == 0 with input as inp
	}
}

test_pass_other_categories if {
	every cat in ["residence", "proxy", "language"] {
		inp := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": cat, "role": "criterion", "kind": "exclusion"}])], "Wet voorbeeld")
		count(rule.report) == 0 with input as inp
	}
}

test_pass_status_of_another_person if {
	inp := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": "exclusion", "holder": "third", "holder_name": "partner", "negative": true}])], "Wet voorbeeld")
	count(rule.report) == 0 with input as inp
}

test_pass_nationality_is_the_subject if {
	every title in ["Vreemdelingenwet 2000", "Rijkswet op het Nederlanderschap", "Kieswet", "Algemene wet gelijke behandeling"] {
		inp := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": "exclusion"}])], title)
		count(rule.report) == 0 with input as inp
	}
}

test_fail_a_word_in_the_title_is_not_the_subject if {
	inp := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": "exclusion"}])], "Wet inburgeringsvoorziening gemeenten")
	count(rule.report) == 1 with input as inp
}

test_fail_one_finding_per_sentence if {
	t2 := "Geen recht heeft de vreemdeling of de niet-Nederlander."
	inp := dt.doc([dt.unit("art:3", t2, [
		{"word": "vreemdeling", "category": "nationality", "role": "criterion", "kind": "exclusion"},
		{"word": "niet-Nederlander", "category": "nationality", "role": "criterion", "kind": "exclusion"},
	])], "Wet voorbeeld")
	r := rule.report with input as inp
	count(r) == 1
	some f in r
	contains(f.message, "‘vreemdeling’")
}
