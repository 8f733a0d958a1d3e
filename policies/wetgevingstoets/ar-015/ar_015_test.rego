package wetlint.rules.wetgevingstoets["AR-015_test"]

import data.wetlint.rules.wetgevingstoets["AR-015"] as rule
import data.wetlint.testing as t

ref := {"kind": "lid", "scope": "internal", "start": 0, "end": 1}

art(text, refs) := t.merge(t.unit("art:9", text), {"references": refs})

test_fail_off_model if {
	every c in [
		# no purpose
		[art("Onze Minister kan het eerste lid buiten toepassing laten, voorzover toepassing daarvan naar zijn oordeel zal leiden tot een onbillijkheid van overwegende aard.", [ref]), "belang"],
		# not tied to provisions
		[art("Onze Minister kan voor bepaalde gevallen de wet buiten toepassing laten of daarvan afwijken voor zover toepassing gelet op het belang dat deze wet beoogt te beschermen, zal leiden tot een onbillijkheid van overwegende aard.", []), "bepalingen waarop"],
		# rule-making
		[art("Onze Minister is bevoegd bij ministeriële regeling voor groepen van gevallen af te wijken van artikel 7, derde lid, voor zover toepassing daarvan gelet op het belang van een evenwichtige toeslag zal leiden tot onbillijkheden van overwegende aard.", [ref]), "regels te stellen"],
		[art("De minister kan van deze regeling afwijken, indien in bepaalde gevallen stringente toepassing daarvan naar zijn oordeel tot kennelijke onbillijkheden zou leiden.", []), "belang"],
	] {
		r := rule.report with input as t.doc([c[0]])
		count(r) == 1
		some f in r
		f.rule == "AR-015"
		f.unit == "art:9"
		contains(f.message, c[1])
		not f.severity
	}
}

test_fail_position if {
	u := art("Het college kan artikel 3 buiten toepassing laten voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard.", [ref])
	r := rule.report with input as t.doc([u])
	some f in r
	f.start == indexof(u.lower, "onbillijkheid")
	f.end == count(u.lower) - 1
}

test_pass_model if {
	every u in [
		art("Het college kan ten gunste van de aanvrager afwijken van artikel 3, eerste lid, voor zover toepassing daarvan, gelet op het belang van een geslaagde inburgering, zal leiden tot een onbillijkheid van overwegende aard.", [ref]),
		art("Onze Minister kan de artikelen 2, eerste lid, en 3, eerste lid, buiten toepassing laten of daarvan afwijken voor zover toepassing, gelet op het belang van een tegemoetkoming, zal leiden tot een onbillijkheid van overwegende aard.", [ref]),
		art("Onze Minister kan artikel 6, onderdeel e, buiten toepassing laten of daarvan afwijken voor zover toepassing gelet op het belang dat deze bepalingen beogen te beschermen, zal leiden tot een onbillijkheid van overwegende aard.", [ref]),
	] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_not_a_hardship_clause if {
	every u in [
		art("Indien volledige terugvordering naar het oordeel van Onze Minister leidt tot een onbillijkheid van overwegende aard, stelt Onze Minister de terugvordering vast op een percentage.", []),
		art("Het college kan de vergunning verlenen indien het weigeren daarvan tot een onbillijkheid van overwegende aard zou leiden.", []),
	] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}

test_pass_umbrella_info_without_purpose if {
	u := art("Onze Minister is bevoegd voor bepaalde gevallen of groepen van gevallen tegemoet te komen aan onbillijkheden van overwegende aard, welke zich bij de toepassing van de belastingwet mochten voordoen.", [])
	d := t.merge_document(t.doc([u]), {"citeertitel": "“Algemene wet inzake rijksbelastingen”"})
	r := rule.report with input as d
	count(r) == 1
	some f in r
	f.severity == "info"
}

test_pass_umbrella_info if {
	u := art("Onze Minister is bevoegd voor bepaalde gevallen of groepen van gevallen tegemoet te komen aan onbillijkheden van overwegende aard, welke zich bij de toepassing van de belastingwet mochten voordoen, gelet op het belang van een rechtvaardige heffing.", [])
	d := t.merge_document(t.doc([u]), {"citeertitel": "Algemene wet inzake rijksbelastingen"})
	r := rule.report with input as d
	count(r) == 1
	some f in r
	f.severity == "info"
}

test_fail_umbrella_rule_making if {
	u := art("Onze Minister is bevoegd voor bepaalde gevallen of groepen van gevallen beleidsregels te geven om tegemoet te komen aan onbillijkheden van overwegende aard, die zich bij de toepassing van deze wet mochten voordoen.", [])
	d := t.merge_document(t.doc([u]), {"citeertitel": "Algemene wet inkomensafhankelijke regelingen"})
	r := rule.report with input as d
	count(r) == 1
	some f in r
	not f.severity
}

test_pass_quoted if {
	u := t.merge(art("De minister kan van deze regeling afwijken indien toepassing tot onbillijkheden van overwegende aard leidt.", []), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}
