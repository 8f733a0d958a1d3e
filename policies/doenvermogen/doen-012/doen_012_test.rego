package wetlint.rules.doenvermogen["DOEN-012_test"]

import data.wetlint.rules.doenvermogen["DOEN-012"] as rule
import data.wetlint.testing as t

grant := t.unit("art:2", "Het college kent op aanvraag een voorziening toe aan een ingezetene.")

# citizen is a sentence that asks something of a citizen: the regulation
# addresses citizens
citizen := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "citizen", "duty": true})]}) if {
	u := t.unit("art:3", "De aanvrager dient de aanvraag in.")
}

test_fail_only_on_application if {
	every u in [grant, t.unit("art:2", "Een tegemoetkoming wordt op aanvraag toegekend door de Dienst Toeslagen.")] {
		r := rule.report with input as t.doc([u, citizen])
		count(r) == 1
		some f in r
		f.start == indexof(u.lower, "op aanvraag")
	}
}

test_fail_once_per_regulation if {
	other := object.union(t.unit("art:5", "De Minister verstrekt op aanvraag een lening."), {"line": 9})
	r := rule.report with input as t.doc([object.union(grant, {"line": 3}), other, citizen])
	count(r) == 1
	some f in r
	f.unit == "art:2"
	contains(f.message, "op 1 andere plaatsen")
}

test_pass_ex_officio_considered if {
	deemed := t.unit("art:5", "Een aanvrager die vorig jaar subsidie ontving, wordt geacht een aanvraag te hebben ingediend.")
	count(rule.report) == 0 with input as t.doc([grant, deemed, citizen])
	mvt := object.union(t.doc([grant, citizen]), {"toelichting": {"present": true, "units": {"tl": {"id": "tl", "lower": "het college kent de voorziening niet ambtshalve toe, omdat het de verhuizing niet kent."}}, "articles": {}}})
	count(rule.report) == 0 with input as mvt
}

test_pass_undertakings_only if {
	count(rule.report) == 0 with input as t.doc([grant])
}

test_pass_no_entitlement if {
	count(rule.report) == 0 with input as t.doc([t.unit("art:3", "De aanvraag wordt ingediend binnen tien dagen.")])
}
