package wetlint.rules.hardvochtigheid["HARD-003_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-003"] as rule

withdraw := h.unit("art:6", "Het college trekt de bijstand in indien de belanghebbende verhuist.", [h.effect("withdrawal", "trekt de bijstand in", {})], [])

test_fail_bound_adverse_decision if {
	every u in [
		withdraw,
		h.unit("art:6", "Het college verlaagt de uitkering met twintig procent.", [h.effect("sanction", "verlaagt de uitkering", {})], []),
		h.unit("art:6", "Het voorschot wordt vastgesteld op nihil indien de gegevens ontbreken.", [h.effect("loss", "wordt vastgesteld op nihil", {})], []),
	] {
		count(rule.report) == 1 with input as h.doc([u], [])
	}
}

test_pass_with_room_to_weigh if {
	every m in [
		h.mitigation("proportionality", "art:2", {}),
		h.mitigation("hardship_clause", "art:9", {"general": false, "covers": ["art:6"]}),
		h.mitigation("fault_exception", "art:6", {"general": false}),
	] {
		count(rule.report) == 0 with input as h.doc([withdraw], [m])
	}
}

test_pass_power_or_no_person if {
	every u in [
		# a power leaves room to weigh
		h.unit("art:6", "Het college kan de bijstand intrekken.", [h.effect("withdrawal", "kan intrekken", {"bound": false})], []),
		# a permit of a company
		h.unit("art:6", "De toelating van de instelling wordt ingetrokken.", [h.effect("withdrawal", "wordt ingetrokken", {})], []),
		# who is entitled, not a decision
		h.unit("art:6", "De belanghebbende heeft geen recht op bijstand.", [h.effect("loss", "heeft geen recht", {})], []),
	] {
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}

# an end the person asked for is no sanction
test_pass_at_own_request if {
	u := h.unit("art:12", "Op verzoek van de verzekerde wordt de vrijwillige verzekering beëindigd.", [h.effect("loss", "wordt de vrijwillige verzekering beëindigd", {})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
	v := h.unit("art:12", "Indien de verzekerde de premie niet betaalt, wordt de vrijwillige verzekering beëindigd.", [h.effect("loss", "wordt de vrijwillige verzekering beëindigd", {})], [])
	count(rule.report) == 1 with input as h.doc([v], [])
}
