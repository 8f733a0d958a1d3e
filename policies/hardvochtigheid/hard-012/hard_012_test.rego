package wetlint.rules.hardvochtigheid["HARD-012_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-012"] as rule

setoff := h.unit("art:30", "De Dienst Toeslagen is bevoegd tot verrekening van een verschuldigd bedrag met een aan de belanghebbende uit te betalen tegemoetkoming, ongeacht het berekeningsjaar.", [h.effect("setoff", "verrekening", {"bound": false})], [])

payment := h.unit("art:31", "De belanghebbende betaalt het bedrag terstond en tot het volle bedrag.", [h.effect("payment", "terstond en tot het volle bedrag", {})], [])

test_fail_broad_setoff_or_payment_at_once if {
	every u in [setoff, payment] {
		count(rule.report) == 1 with input as h.doc([u], [])
	}
}

# pairs: with the protection of the beslagvrije voet, or a payment plan
test_pass_protected if {
	count(rule.report) == 0 with input as h.doc([setoff], [h.mitigation("protected_income", "art:30", {"general": false})])
	count(rule.report) == 0 with input as h.doc([payment], [h.mitigation("deferral", "art:40", {})])
}

test_pass_setoff_within_the_scheme if {
	u := h.unit("art:30", "De Dienst Toeslagen verrekent een voorschot met de tegemoetkoming over hetzelfde jaar.", [h.effect("setoff", "verrekent", {})], [])
	count(rule.report) == 0 with input as h.doc([u], [])
}
