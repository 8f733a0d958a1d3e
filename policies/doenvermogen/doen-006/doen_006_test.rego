package wetlint.rules.doenvermogen["DOEN-006_test"]

import data.wetlint.rules.doenvermogen["DOEN-006"] as rule
import data.wetlint.testing as t

info_duty := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "citizen", "kind": "belanghebbende", "duty": true})]}) if {
	u := t.unit("art:18", "De belanghebbende verstrekt de Dienst Toeslagen desgevraagd alle gegevens en inlichtingen.")
}

fine_referring := object.union(t.unit("art:40", "De Dienst Toeslagen kan een bestuurlijke boete opleggen ter zake van een verzuim ten aanzien van een verplichting als bedoeld in artikel 18."), {
	"references": [{"targets": ["art:18"], "scope": "internal"}],
	"consequences": [{"kind": "boete", "text": "boete", "trigger": "verzuim", "links": []}],
})

ex_officio_linked := object.union(t.unit("art:19", "Indien de gegevens niet zijn verstrekt, stelt de Dienst Toeslagen de tegemoetkoming ambtshalve vast."), {"consequences": [{"kind": "ambtshalve", "text": "ambtshalve vast", "trigger": "niet zijn verstrekt", "links": [{"unit": "art:18", "sentence": "art:18/s:1", "deadline": -1}]}]})

test_fail_information_duty_with_sanction if {
	every other in [fine_referring, ex_officio_linked] {
		r := rule.report with input as t.doc([info_duty, other])
		count(r) == 1
		some f in r
		f.unit == "art:18"
	}
}

test_fail_one_finding_per_duty if {
	r := rule.report with input as t.doc([info_duty, fine_referring, ex_officio_linked])
	count(r) == 1
	some f in r
	contains(f.message, "artikel 19 en artikel 40")
}

test_pass_without_sanction if {
	unrelated_fine := t.unit("art:40", "Het college legt een bestuurlijke boete op aan de houder die de registratie niet bijhoudt.")
	count(rule.report) == 0 with input as t.doc([info_duty, unrelated_fine])
	count(rule.report) == 0 with input as t.doc([info_duty])

	# a provision about fines that refers to the duty without a failure
	about_fines := object.union(t.unit("art:41", "De boete, bedoeld in artikel 18, wordt ingevorderd."), {
		"references": [{"targets": ["art:18"], "scope": "internal"}],
		"consequences": [{"kind": "boete", "text": "boete", "trigger": "", "links": []}],
	})
	count(rule.report) == 0 with input as t.doc([info_duty, about_fines])
}

test_pass_not_on_request_or_not_a_citizen if {
	u := t.unit("art:18", "De belanghebbende verstrekt bij de aanvraag een kopie van zijn identiteitsbewijs.")
	not_on_request := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "citizen", "duty": true})]})
	count(rule.report) == 0 with input as t.doc([not_on_request, fine_referring])
	business := object.union(info_duty, {"sentences": [object.union(info_duty.sentences[0], {"actor": "business"})]})
	count(rule.report) == 0 with input as t.doc([business, fine_referring])
}

# the loss of the right is a sanction too, unless the article lets the
# citizen repair it ("herleeft indien hij die inlichtingen alsnog verstrekt")
lapse(text) := object.union(t.unit("art:19", text), {
	"full": lower(text),
	"consequences": [{"kind": "verval", "text": "vervalt", "trigger": "niet verstrekt", "links": [{"unit": "art:18", "sentence": "art:18/s:1", "deadline": -1}]}],
})

test_fail_lapse_after_a_request if {
	r := rule.report with input as t.doc([info_duty, lapse("Het recht vervalt indien hij de inlichtingen niet verstrekt.")])
	count(r) == 1
}

test_pass_lapse_with_repair if {
	l := lapse("Het recht vervalt indien hij de inlichtingen niet verstrekt. Het recht herleeft indien hij die inlichtingen alsnog verstrekt.")
	count(rule.report) == 0 with input as t.doc([info_duty, l])
}
