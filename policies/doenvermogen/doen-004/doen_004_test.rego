package wetlint.rules.doenvermogen["DOEN-004_test"]

import data.wetlint.rules.doenvermogen["DOEN-004"] as rule
import data.wetlint.testing as t

duty(text) := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "citizen", "kind": "deelnemer", "duty": true})]}) if {
	u := t.unit("art:7", text)
}

test_fail_reporting_duty if {
	every text in [
		"De deelnemer meldt een verhuizing of een wijziging in zijn gezinssamenstelling aan het college.",
		"De belanghebbende is gehouden een relevante wijziging in de omstandigheden te melden aan de Dienst Toeslagen.",
		"De belanghebbende doet aan het college onverwijld mededeling van alle feiten en omstandigheden die van invloed kunnen zijn op het recht op bijstand.",
		"De huurder geeft een verandering van zijn inkomen binnen vier weken door.",
	] {
		r := rule.report with input as t.doc([duty(text)])
		count(r) == 1
		some f in r
		not f.severity
		contains(f.message, "wijzigingen zelf melden")
	}
}

test_pass_not_a_reporting_duty if {
	every u in [
		duty("De deelnemer verstrekt een kopie van zijn identiteitsbewijs."),
		duty("De deelnemer meldt zich op de afspraak."),
		object.union(duty("Het college meldt een wijziging aan de deelnemer."), {"sentences": [object.union(t.unit("art:7", "x").sentences[0], {"actor": "admin", "duty": true, "lower": "het college meldt een wijziging aan de deelnemer."})]}),
	] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_data_from_registrations_is_information if {
	u := object.union(duty("De deelnemer meldt een wijziging van zijn adres."), {"full": "de deelnemer meldt een wijziging van zijn adres. deze verplichting geldt niet voor gegevens uit de basisregistratie personen."})
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	f.severity == "info"
}
