package wetlint.rules.doenvermogen["DOEN-003_test"]

import data.wetlint.rules.doenvermogen["DOEN-003"] as rule
import data.wetlint.testing as t

deadline := {"text": "binnen tien dagen", "start": 28, "end": 45, "days": 10, "kind": "within", "vague": false, "actor": "citizen", "actor_kind": "aanvrager", "sentence": "art:3/lid:1/s:1"}

lid(n, text, extra) := object.union(t.unit(sprintf("art:3/lid:%d", [n]), text), object.union(
	{"kind": "lid", "article": "art:3", "label": sprintf("artikel 3, lid %d", [n])},
	extra,
))

duty_lid := lid(1, "De aanvraag wordt ingediend binnen tien dagen.", {
	"sentences": [{"id": "art:3/lid:1/s:1", "start": 0, "end": 47, "actor": "citizen", "kind": "aanvrager", "duty": true, "text": "", "lower": ""}],
	"deadlines": [deadline],
})

consequence(kind, link) := {"text": "vervalt", "start": 45, "end": 52, "kind": kind, "sentence": "art:3/lid:2/s:1", "trigger": "niet tijdig", "links": [link]}

fatal_lid(kind) := lid(2, "Indien de aanvraag niet tijdig is ingediend, vervalt het recht op de voorziening.", {"consequences": [consequence(kind, {"unit": "art:3/lid:1", "sentence": "art:3/lid:1/s:1", "deadline": 0})]})

article(full) := object.union(t.unit("art:3", ""), {"full": full})

test_fail_fatal_deadline if {
	every kind in ["verval", "niet-behandeld", "geacht-niet", "afgewezen"] {
		r := rule.report with input as t.doc([article("de aanvraag wordt ingediend binnen tien dagen. indien de aanvraag niet tijdig is ingediend, vervalt het recht."), duty_lid, fatal_lid(kind)])
		count(r) == 1
		some f in r
		f.unit == "art:3/lid:2"
		f.start == 45
		contains(f.message, "binnen tien dagen")
	}
}

test_fail_formality_without_deadline if {
	l := lid(2, "Indien de aanvraag niet is ondertekend, wordt zij niet in behandeling genomen.", {"consequences": [consequence("niet-behandeld", {"unit": "art:3/lid:1", "sentence": "art:3/lid:1/s:1", "deadline": -1})]})
	r := rule.report with input as t.doc([article(""), duty_lid, l])
	count(r) == 1
}

test_pass_repair_in_the_article if {
	every full in [
		"indien de aanvraag niet tijdig is ingediend, stelt het college de aanvrager in de gelegenheid het verzuim te herstellen.",
		"het college stelt een nadere termijn van twee weken.",
		"de aanvraag kan alsnog worden ingediend indien de termijnoverschrijding verschoonbaar is.",
	] {
		count(rule.report) == 0 with input as t.doc([article(full), duty_lid, fatal_lid("verval")])
	}
}

test_pass_repair_elsewhere_referring_to_it if {
	other := object.union(t.unit("art:9", "Het college kan de termijn, bedoeld in artikel 3, eerste lid, verlengen."), {"references": [{"targets": ["art:3/lid:1"], "scope": "internal"}]})
	count(rule.report) == 0 with input as t.doc([article(""), duty_lid, fatal_lid("verval"), other])
}

test_fail_despite_hardship_clause if {
	# a hardheidsclausule elsewhere is not a repair possibility
	hard := object.union(t.unit("art:9", "Het college kan afwijken van artikel 3, eerste lid, voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard."), {"references": [{"targets": ["art:3/lid:1"], "scope": "internal"}]})
	count(rule.report) == 1 with input as t.doc([article(""), duty_lid, fatal_lid("verval"), hard])
}

test_pass_fine_or_recovery_is_no_loss_of_right if {
	every kind in ["boete", "terugvordering", "verlaging"] {
		count(rule.report) == 0 with input as t.doc([article(""), duty_lid, fatal_lid(kind)])
	}
}

test_pass_no_failure_or_not_a_citizen if {
	no_trigger := lid(2, "Een uitreiziger heeft geen aanspraak op een tegemoetkoming.", {"consequences": [object.union(consequence("verval", {"unit": "art:3/lid:1", "sentence": "art:3/lid:1/s:1", "deadline": 0}), {"trigger": ""})]})
	count(rule.report) == 0 with input as t.doc([article(""), duty_lid, no_trigger])
	admin_duty := object.union(duty_lid, {"sentences": [object.union(duty_lid.sentences[0], {"actor": "admin"})]})
	count(rule.report) == 0 with input as t.doc([article(""), admin_duty, fatal_lid("verval")])
}

# an ordinary refusal (a condition not met) is no fatal deadline
test_pass_refusal_for_a_condition if {
	count(rule.report) == 0 with input as t.doc([article(""), duty_lid, fatal_lid("weigering")])
}

test_fail_refused_as_too_late_names_the_refusal if {
	r := rule.report with input as t.doc([article(""), duty_lid, fatal_lid("afgewezen")])
	some f in r
	contains(f.message, "wordt de aanvraag afgewezen")
}
