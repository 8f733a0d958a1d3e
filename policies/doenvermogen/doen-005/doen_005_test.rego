package wetlint.rules.doenvermogen["DOEN-005_test"]

import data.wetlint.rules.doenvermogen["DOEN-005"] as rule
import data.wetlint.testing as t

test_fail_cooperation_of_others if {
	every text in [
		"Indien de belanghebbende een partner heeft, wordt de aanvraag mede ondertekend door de partner.",
		"De bijstand wordt door een van de echtgenoten aangevraagd met schriftelijke toestemming van de ander.",
		"Bij de aanvraag wordt een verklaring van de werkgever overgelegd.",
		"Bij de aanvraag legt de mantelzorger een verklaring over van de huisarts van de persoon aan wie hij zorg verleent.",
		"De aanvraag wordt ondertekend door de aanvrager en zijn medebewoners.",
	] {
		r := rule.report with input as t.doc([t.unit("art:15", text)])
		count(r) == 1
	}
}

test_pass_the_administration_or_oneself if {
	every text in [
		"Het college kan met toestemming van Onze Minister afwijken van het eerste lid.",
		"De aanvraag wordt ondertekend door de aanvrager.",
		"De melding kan ook door de partner worden gedaan.",
		"Voor zover het besluit mede onder de verantwoordelijkheid van een andere bewindspersoon valt, wordt medeondertekening door die andere bewindspersoon gevraagd.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:15", text)])
	}
}

test_pass_business_to_business if {
	u := t.unit("art:4", "De aanbieder legt het plan over met instemming van de verhuurder.")
	b := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "business"})]})
	count(rule.report) == 0 with input as t.doc([b])
}
