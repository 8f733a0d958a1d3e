package wetlint.rules.wetgevingstoets["AR-004_test"]

import data.wetlint.rules.wetgevingstoets["AR-004"] as rule
import data.wetlint.testing as t

ref(scope, missing) := {
	"text": "artikel 12", "start": 14, "end": 24, "kind": "artikel", "articles": ["12"],
	"scope": scope, "targets": [], "missing": missing,
}

test_fail_missing_article if {
	u := t.merge(t.unit("art:8", "Het bepaalde in artikel 12 is van overeenkomstige toepassing."), {"references": [ref("internal", ["artikel 12"])]})
	r := rule.report with input as t.doc([u])
	count(r) == 1
	some f in r
	f.start == 14
	contains(f.message, "artikel 12")
}

test_fail_missing_lid if {
	u := t.merge(t.unit("art:2", "bedoeld in artikel 1, derde lid"), {"references": [ref("internal", ["artikel 1, derde lid"])]})
	count(rule.report) == 1 with input as t.doc([u])
}

test_pass_existing_external_amended if {
	every r in [ref("internal", []), ref("external", ["artikel 12"]), ref("amended", ["artikel 12"]), ref("unknown", ["artikel 12"])] {
		u := t.merge(t.unit("art:8", "Het bepaalde in artikel 12 is van overeenkomstige toepassing."), {"references": [r]})
		count(rule.report) == 0 with input as t.doc([u])
	}
}
