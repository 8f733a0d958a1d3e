package wetlint.rules.hardvochtigheid["HARD-002_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-002"] as rule

late := "Indien de aanvraag niet tijdig is ingediend, vervalt het recht op de voorziening."

lapse := h.unit("art:3", late, [h.effect("loss", "vervalt het recht op", {"start": 48, "end": 68})], [])

test_fail_one_omission_costs_everything if {
	every txt in [
		late,
		"Indien de eigen bijdrage niet volledig is betaald, vervalt het recht op de tegemoetkoming.",
		"De aanspraak op de toeslag vervalt indien de aanvrager de gevraagde gegevens niet binnen de gestelde termijn heeft verstrekt.",
	] {
		u := h.unit("art:3", txt, [h.effect("loss", "vervalt", {"start": 0, "end": 1})], [])
		count(rule.report) == 1 with input as h.doc([u], [])
	}
}

test_fail_only_if_paid if {
	u := h.unit("art:3", "Een recht op de tegemoetkoming bestaat slechts indien de kosten van de opvang volledig zijn betaald.", [], [])
	r := rule.report with input as h.doc([u], [])
	count(r) == 1
	some f in r
	contains(f.message, "bestaat het recht alleen als een formele handeling volledig is verricht")
}

# pairs: the same provision with each kind of mitigation
test_pass_with_mitigation if {
	every m in [
		h.mitigation("pro_rata", "art:3", {"general": false}),
		h.mitigation("repair", "art:3", {"general": false}),
		h.mitigation("fault_exception", "art:3", {"general": false}),
		h.mitigation("proportionality", "art:8", {}),
		h.mitigation("hardship_clause", "art:9", {"general": false, "covers": ["art:3"]}),
	] {
		count(rule.report) == 0 with input as h.doc([lapse], [m])
	}
}

test_fail_local_mitigation_elsewhere if {
	# a repair opportunity in another article does not help here
	m := h.mitigation("repair", "art:7", {"general": false})
	count(rule.report) == 1 with input as h.doc([lapse], [m])
}

# status conditions, partial loss and losses that describe a scheme are no
# all-or-nothing
test_pass_status_or_partial if {
	every txt in [
		"Indien de aanvrager de leeftijd van achttien jaar heeft bereikt, vervalt het recht op de voorziening.",
		"De aanspraak op studiefinanciering vervalt over het tijdvak waarover een deelnemer de gegevens niet verstrekt.",
		"Indien de aanvraag niet tijdig is ingediend, vervalt het recht op de voorziening naar rato.",
	] {
		u := h.unit("art:3", txt, [h.effect("loss", "vervalt", {"start": 0, "end": 1})], [])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

# the words of one consequence are not the failure behind another
test_pass_income_condition if {
	txt := "Voorzieningen worden niet verstrekt of worden beëindigd indien het inkomen van de jonggehandicapte meer bedraagt dan een vast bedrag."
	u := h.unit("art:3", txt, [h.effect("loss", "worden niet verstrekt", {}), h.effect("loss", "worden beëindigd", {})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}

# "slechts" without a condition, or about something else than a grant
test_pass_no_only_if if {
	every txt in [
		"De verzekerde kan zijn recht op zorg slechts tot gelding brengen in een instelling waarmee de uitvoerder waarbij hij is ingeschreven een overeenkomst als bedoeld in artikel 4 heeft gesloten.",
		"De Minister gebruikt de gegevens slechts indien de aanvrager is ingeschreven.",
	] {
		count(rule.report) == 0 with input as h.doc([h.unit("art:3", txt, [], [])], [])
	}
}

test_pass_not_imposed if {
	every extra in [{"bound": false}, {"negated": true}, {"main": false}] {
		u := h.unit("art:3", late, [h.effect("loss", "vervalt het recht op", extra)], [])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

# one sentence, one finding: "worden niet verstrekt of worden beëindigd"
test_fail_once_per_sentence if {
	txt := "Voorzieningen worden niet verstrekt of worden beëindigd indien de aanvrager de gegevens niet tijdig verstrekt."
	u := h.unit("art:3", txt, [h.effect("loss", "worden niet verstrekt", {"start": 14, "end": 35}), h.effect("loss", "worden beëindigd", {"start": 39, "end": 55})], [])
	r := rule.report with input as h.doc([u], [])
	count(r) == 1
	some f in r
	f.start == 14
}

# a sentence that says "slechts" twice gives a finding for each, not an
# evaluation error
test_fail_twice_in_a_sentence if {
	u := h.unit("art:3", "Een recht op de tegemoetkoming bestaat slechts indien de kosten zijn betaald; het recht bestaat slechts indien de aanvraag tijdig is ingediend.", [], [])
	count(rule.report) == 2 with input as h.doc([u], [])
}
