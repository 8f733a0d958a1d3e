package wetlint.rules.hardvochtigheid["HARD-011_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-011"] as rule

exofficio := h.unit("art:18", "Indien de gegevens niet zijn verstrekt, kan de Dienst Toeslagen de hoogte van de tegemoetkoming ambtshalve bepalen of het voorschot herzien.", [], [])

test_fail_adverse_decision_without_hearing if {
	every u in [
		exofficio,
		h.unit("art:18", "De herziening van de uitkering wordt geautomatiseerd vastgesteld.", [], []),
		h.unit("art:18", "Indien niet aan de verplichtingen is voldaan, bepaalt de Belastingdienst/Toeslagen ambtshalve de hoogte van de tegemoetkoming.", [], []),
	] {
		count(rule.report) == 1 with input as h.doc([u], [])
	}
}

# pairs: the same provision with a right to be heard, here, for the whole
# regulation, or in an article it names
test_pass_with_hearing if {
	every inp in [
		h.doc([exofficio], [h.mitigation("hearing", "art:18", {"general": false})]),
		h.doc([exofficio], [h.mitigation("hearing", "art:26b", {})]),
		h.doc([object.union(exofficio, {"references": [{"scope": "internal", "targets": ["art:26b"]}]})], [h.mitigation("hearing", "art:26b", {"general": false, "covers": ["art:14"]})]),
	] {
		count(rule.report) == 0 with input as inp
	}
}

test_pass_favourable_or_neutral if {
	every txt in [
		"De vergunning wordt automatisch verlengd.",
		"De Dienst Toeslagen kent de tegemoetkoming ambtshalve toe.",
	] {
		count(rule.report) == 0 with input as h.doc([h.unit("art:18", txt, [], [])], [])
	}
}

test_fail_once_per_unit if {
	u := h.unit("art:18", "De Dienst Toeslagen bepaalt ambtshalve de hoogte van de tegemoetkoming. Indien de opgaaf ontbreekt, kan de Dienst Toeslagen de hoogte van de tegemoetkoming ambtshalve bepalen.", [], [])
	count(rule.report) == 1 with input as h.doc([u], [])
}
