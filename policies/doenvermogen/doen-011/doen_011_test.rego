package wetlint.rules.doenvermogen["DOEN-011_test"]

import data.wetlint.rules.doenvermogen["DOEN-011"] as rule
import data.wetlint.testing as t

citizen(text) := object.union(u, {"sentences": [object.union(u.sentences[0], {"actor": "citizen", "kind": "belanghebbende"})]}) if {
	u := t.unit("art:15", text)
}

test_fail_quality_demand if {
	every text in [
		"De belanghebbende is gehouden de benodigde informatie duidelijk, stellig en zonder voorbehoud te verstrekken.",
		"De belanghebbende verstrekt juiste en volledige gegevens.",
		"De belanghebbende vult het formulier naar waarheid in.",
	] {
		r := rule.report with input as t.doc([citizen(text)])
		count(r) == 1
		some f in r
		contains(f.message, "de belanghebbende")
	}
}

test_pass_administration_or_no_demand if {
	count(rule.report) == 0 with input as t.doc([t.unit("art:15", "Het college verstrekt juiste en volledige informatie.")])
	count(rule.report) == 0 with input as t.doc([citizen("De belanghebbende verstrekt de gegevens.")])
}
