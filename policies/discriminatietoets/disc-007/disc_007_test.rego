package wetlint.rules.discriminatietoets["DISC-007_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-007"] as rule
import data.wetlint.testing as t

text := "Het college kent een voorziening toe aan een ingezetene, met uitzondering van een ingezetene die niet de Nederlandse nationaliteit bezit."

draft := dt.doc([dt.unit("art:2", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": "exclusion"}])], "Wet voorbeeld")

test_fail_partial_names_what_is_missing if {
	r := rule.report with input as dt.with_toelichting(draft, "art:2", ["aim"], [])
	count(r) == 1
	some f in r
	not f.severity
	f.unit == "art:2"
	contains(f.message, "in artikel 2 wordt onderscheid gemaakt naar nationaliteit, maar de toelichting (toelichting op artikel 2) beargumenteert alleen het doel")
	contains(f.message, "er ontbreken de noodzaak (waarom geen minder ingrijpend middel volstaat) en de evenredigheid")
	not contains(f.message, "een legitiem doel")
}

test_fail_each_missing_element_is_named if {
	every c in [
		{"argued": ["aim", "necessity"], "missing": "er ontbreekt de evenredigheid", "absent": "de noodzaak ("},
		{"argued": ["aim", "proportionality"], "missing": "er ontbreekt de noodzaak", "absent": "de evenredigheid ("},
		{"argued": ["necessity", "proportionality"], "missing": "er ontbreekt een legitiem doel", "absent": "de evenredigheid ("},
	] {
		some f in rule.report with input as dt.with_toelichting(draft, "art:2", c.argued, [])
		contains(f.message, c.missing)
		not contains(f.message, c.absent)
	}
}

test_fail_keywords_only_are_called_unargued if {
	some f in rule.report with input as dt.with_toelichting(draft, "art:2", [], ["necessity", "proportionality"])
	contains(f.message, "beargumenteert geen van de drie")
	contains(f.message, "(de noodzaak en de evenredigheid worden wel genoemd, maar niet onderbouwd)")
}

test_fail_toelichting_silent_on_the_article if {
	some f in rule.report with input as dt.with_empty_toelichting(draft)
	not f.severity
	contains(f.message, "geen deel van de toelichting bespreekt dit artikel")
}

test_fail_no_toelichting_is_a_warning if {
	some f in rule.report with input as draft
	f.severity == "warning"
	contains(f.message, "het ontwerp heeft geen toelichting")
}

test_fail_proxy_and_third_person if {
	every g in [
		{"word": "ingezetene", "category": "proxy", "name": "geboorteland", "role": "criterion", "kind": "condition"},
		{"word": "ingezetene", "category": "residence", "role": "criterion", "kind": "exclusion", "holder": "third", "holder_name": "partner", "negative": true},
		{"word": "ingezetene", "category": "language", "role": "criterion", "kind": "condition"},
	] {
		count(rule.report) == 1 with input as dt.doc([dt.unit("art:2", text, [g])], "Wet voorbeeld")
	}
}

test_pass_full_justification if {
	count(rule.report) == 0 with input as dt.with_toelichting(draft, "art:2", ["aim", "necessity", "proportionality"], [])
}

test_pass_no_distinction_needing_justification if {
	every g in [
		{"word": "ingezetene", "category": "nationality", "role": "mention", "kind": "ban"},
		{"word": "ingezetene", "category": "residence", "role": "criterion", "kind": "condition"},
		{"word": "ingezetene", "category": "language", "name": "voertaal", "role": "criterion", "kind": "restriction"},
	] {
		count(rule.report) == 0 with input as dt.doc([dt.unit("art:2", text, [g])], "Wet voorbeeld")
	}
	count(rule.report) == 0 with input as dt.doc([t.unit("art:3", "De aanvraag wordt ingediend bij het college.")], "Wet voorbeeld")
}

test_fail_one_finding_per_article if {
	lid1 := t.merge(dt.unit("art:2/lid:1", text, [{"word": "Nederlandse nationaliteit", "category": "nationality", "role": "criterion", "kind": "exclusion"}]), {"kind": "lid", "article": "art:2", "line": 3})
	lid2 := t.merge(dt.unit("art:2/lid:2", text, [{"word": "ingezetene", "category": "proxy", "role": "criterion", "kind": "condition"}]), {"kind": "lid", "article": "art:2", "line": 4})
	art := t.merge(t.unit("art:2", ""), {"line": 2})
	r := rule.report with input as dt.doc([art, lid1, lid2], "Wet voorbeeld")
	count(r) == 1
	some f in r
	f.unit == "art:2/lid:1"
	contains(f.message, "naar geboorteland en nationaliteit")
}
