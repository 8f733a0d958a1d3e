package wetlint.rules.discriminatietoets["DISC-004_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-004"] as rule
import data.wetlint.testing as t

text := "Het college stelt een risicoprofiel vast voor de selectie van aanvragers voor een heronderzoek naar fraude."

test_fail_profiling_without_exclusion if {
	every s in [
		text,
		"De Belastingdienst/Toeslagen kan bij de risicoselectie van aanvragen gebruikmaken van een algoritme.",
		"Bij de controle op uitkeringen wordt een risicomodel gebruikt.",
	] {
		r := rule.report with input as dt.doc([t.unit("art:5", s)], "Wet voorbeeld")
		count(r) == 1
	}
}

test_fail_position_and_message if {
	some f in rule.report with input as dt.doc([t.unit("art:5", text)], "Wet voorbeeld")
	f.start == 22
	f.end == 35
	contains(f.message, "in artikel 5 wordt selectie op risico mogelijk gemaakt (‘risicoprofiel’)")
}

test_pass_nationality_excluded if {
	ban := dt.unit("art:6", "Bij de selectie wordt geen gebruik gemaakt van nationaliteit.", [{"word": "nationaliteit", "category": "nationality", "role": "mention", "kind": "ban"}])
	count(rule.report) == 0 with input as dt.doc([t.unit("art:5", text), ban], "Wet voorbeeld")
}

test_pass_random_sample_or_no_persons if {
	every s in [
		"De aanvragen voor een heronderzoek worden aselect gekozen; het risicoprofiel speelt geen rol.",
		"Het beleidsplan is mede gebaseerd op een door het bestuur vastgesteld risicoprofiel van de regio.",
	] {
		count(rule.report) == 0 with input as dt.doc([t.unit("art:5", s)], "Wet voorbeeld")
	}
}

# nationality excluded, but the model itself is left to a lower regulation
lid(n, text) := object.union(t.unit(sprintf("art:5/lid:%d", [n]), text), {"article": "art:5"})

test_fail_criteria_left_to_a_lower_regulation if {
	ban := dt.unit("art:6", "Bij de selectie wordt geen gebruik gemaakt van nationaliteit.", [{"word": "nationaliteit", "category": "nationality", "role": "mention", "kind": "ban"}])
	sel := lid(1, "Het college kan aanvragen met behulp van een algoritme selecteren voor een nader onderzoek.")
	art := object.union(t.unit("art:5", ""), {"full": "het college kan aanvragen met behulp van een algoritme selecteren voor een nader onderzoek."})
	r := rule.report with input as dt.doc([art, sel, lid(2, "Het algoritme wordt vastgesteld bij regeling van Onze Minister."), ban], "Wet voorbeeld")
	count(r) == 1
	some f in r
	contains(f.message, "de criteria staan niet in de regeling zelf")

	# the law lists the indicators and leaves only their weights
	weights := lid(2, "Bij regeling van Onze Minister worden regels gesteld over de weging van de indicatoren.")
	count(rule.report) == 0 with input as dt.doc([art, sel, weights, ban], "Wet voorbeeld")
}
