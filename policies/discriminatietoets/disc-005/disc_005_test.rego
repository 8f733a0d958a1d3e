package wetlint.rules.discriminatietoets["DISC-005_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-005"] as rule

text := "Het college verlaagt de bijstand indien belanghebbende de Nederlandse taal niet beheerst."

language(extra, title) := dt.doc([dt.unit("art:18", text, [object.union({"word": "Nederlandse taal niet beheerst", "category": "language", "role": "criterion", "kind": "condition"}, extra)])], title)

test_fail_language_requirement if {
	r := rule.report with input as language({}, "Participatiewet")
	count(r) == 1
	some f in r
	not f.severity
	contains(f.message, "in artikel 18 geldt een taaleis: ‘Nederlandse taal niet beheerst’")
}

test_fail_only_dutch_is_info if {
	r := rule.report with input as language({"name": "voertaal", "kind": "restriction"}, "Participatiewet")
	count(r) == 1
	every f in r {
		f.severity == "info"
		contains(f.message, "mag alleen in het Nederlands worden gecommuniceerd")
	}
}

test_pass_help_for_who_does_not_speak_dutch if {
	count(rule.report) == 0 with input as language({"role": "mention", "kind": "protection"}, "Participatiewet")
}

test_pass_integration_law if {
	count(rule.report) == 0 with input as language({}, "Wet inburgering 2021")
}
