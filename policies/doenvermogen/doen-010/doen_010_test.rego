package wetlint.rules.doenvermogen["DOEN-010_test"]

import data.wetlint.rules.doenvermogen["DOEN-010"] as rule
import data.wetlint.testing as t

test_fail_only_electronic if {
	every text in [
		"In het verkeer tussen belanghebbenden en de Dienst Toeslagen wordt een bericht uitsluitend elektronisch verzonden.",
		"De aanvraag kan uitsluitend langs elektronische weg worden ingediend.",
		"De melding wordt alleen digitaal gedaan.",
		"De aanvraag wordt slechts ingediend met gebruikmaking van het elektronische formulier.",
	] {
		r := rule.report with input as t.doc([t.unit("art:13", text)])
		count(r) == 1
	}
}

test_pass_alternative_channel if {
	only := t.unit("art:13", "Een bericht wordt uitsluitend elektronisch verzonden.")
	every alt in [
		"Bij ministeriële regeling kunnen groepen van belanghebbenden worden aangewezen waarvoor het berichtenverkeer kan plaatsvinden anders dan langs elektronische weg.",
		"Wie niet over een computer beschikt, kan de aanvraag per post indienen.",
	] {
		count(rule.report) == 0 with input as t.doc([only, t.unit("art:14", alt)])
	}
}

test_pass_not_communication_or_negated if {
	every text in [
		"Uitsluitend voor elektronische inrichtingen bestaat de blootstelling uit trillingen.",
		"De berichten worden niet uitsluitend elektronisch verzonden.",
		"Het berichtenverkeer vindt uitsluitend plaats langs elektronische weg, tenzij de belanghebbende daartoe niet in staat is.",
		"Een overeenkomst die uitsluitend door middel van de uitwisseling van elektronische berichten tot stand komt.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:13", text)])
	}
}

test_fail_unrelated_exception_elsewhere if {
	only := t.unit("art:13", "Een bericht wordt uitsluitend elektronisch verzonden.")
	other := t.unit("art:40", "In bij ministeriële regeling aangewezen gevallen kan de termijn worden verlengd.")
	count(rule.report) == 1 with input as t.doc([only, other])
}

test_pass_business_or_not_exclusive if {
	b := t.unit("art:13", "De aanbieder dient de rapportage uitsluitend elektronisch in.")
	business := object.union(b, {"sentences": [object.union(b.sentences[0], {"actor": "business"})]})
	count(rule.report) == 0 with input as t.doc([business])
	count(rule.report) == 0 with input as t.doc([t.unit("art:13", "De aanvraag kan elektronisch worden ingediend.")])
}

# the digital channel made the only one by what happens to the rest
test_fail_other_ways_refused if {
	every text in [
		"De aanvraag wordt ingediend met het digitale formulier op de website; een op andere wijze ingediende aanvraag wordt niet in behandeling genomen.",
		"Een melding die anders dan langs elektronische weg wordt gedaan, wordt niet-ontvankelijk verklaard.",
	] {
		r := rule.report with input as t.doc([t.unit("art:2", text)])
		count(r) == 1
		some f in r
		contains(f.message, "wat niet digitaal wordt ingediend")
	}
}

test_pass_other_ways_refused_without_a_digital_channel if {
	# a form requirement, not a channel
	text := "De aanvraag wordt ingediend met het formulier dat het college vaststelt; een op andere wijze ingediende aanvraag wordt niet in behandeling genomen."
	count(rule.report) == 0 with input as t.doc([t.unit("art:2", text)])

	# a paper alternative offered elsewhere
	digital := t.unit("art:2", "De aanvraag wordt ingediend via het digitale portaal; een op andere wijze ingediende aanvraag wordt niet in behandeling genomen.")
	count(rule.report) == 0 with input as t.doc([digital, t.unit("art:3", "Wie geen computer heeft, kan de aanvraag per post indienen.")])
}
