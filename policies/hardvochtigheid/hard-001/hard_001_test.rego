package wetlint.rules.hardvochtigheid["HARD-001_test"]

import data.wetlint.rules.hardvochtigheid["HARD-001"] as rule
import data.wetlint.testing as t

test_fail_full_recovery if {
	every text in [
		"Het college vordert de kosten van de voorziening volledig terug indien de deelnemer het traject niet afrondt.",
		"De subsidie wordt geheel teruggevorderd indien de maatregel niet is uitgevoerd.",
		"Een terugvordering is in haar geheel verschuldigd.",
	] {
		r := rule.report with input as t.doc([t.unit("art:4", text)])
		count(r) == 1
	}
}

# the same provision with its mitigation, in the same article or elsewhere
test_pass_with_mitigation if {
	every extra in [
		"Het college kan een lager bedrag terugvorderen indien volledige terugvordering onevenredig is.",
		"Het college kan geheel of gedeeltelijk afzien van terugvordering.",
		"Bij de terugvordering wordt het bedrag naar evenredigheid vastgesteld.",
	] {
		units := [
			t.unit("art:4", "De subsidie wordt geheel teruggevorderd indien de maatregel niet is uitgevoerd."),
			t.unit("art:9", extra),
		]
		count(rule.report) == 0 with input as t.doc(units)
	}
}

test_pass_power_or_negation if {
	every s in [
		{"text": "Het college kan de subsidie terugvorderen.", "modal": true},
		{"text": "De tegemoetkoming wordt niet teruggevorderd indien de fout de aanvrager niet te verwijten is.", "modal": false},
	] {
		u := t.unit("art:4", s.text)
		sent := object.union(u.sentences[0], {"modal": s.modal})
		count(rule.report) == 0 with input as t.doc([t.merge(u, {"sentences": [sent]})])
	}
}
