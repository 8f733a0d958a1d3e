package wetlint.rules.wetgevingstoets["AR-006_test"]

import data.wetlint.rules.wetgevingstoets["AR-006"] as rule
import data.wetlint.testing as t

test_fail_en_of if {
	every text in [
		"De deelnemer meldt een verhuizing en/of een wijziging.",
		"De aanvrager legt een verklaring en / of een bewijsstuk over.",
		"Een boete En/Of een last onder dwangsom.",
	] {
		r := rule.report with input as t.doc([t.unit("art:7", text)])
		count(r) == 1
		some f in r
		f.rule == "AR-006"
		f.unit == "art:7"
		f.fix.edits[0].text == "of"
	}
}

test_fail_position if {
	r := rule.report with input as t.doc([t.unit("art:1", "Een € en/of een ë.")])
	some f in r
	f.start == 6
	f.end == 11
}

test_pass_near_misses if {
	every text in [
		"De deelnemer meldt een verhuizing of een wijziging.",
		"Het college kan een boete opleggen dan wel een last onder dwangsom.",
		"Het vennootschapsrecht/ofwel het recht van de EU.",
		"Het gebruik van de uitdrukking \"en/of\" blijft achterwege.",
		"De uitdrukking ‘en/of’ wordt niet gebruikt.",
	] {
		r := rule.report with input as t.doc([t.unit("art:7", text)])
		count(r) == 0
	}
}

test_pass_quoted if {
	u := t.merge(t.unit("art:1", "Artikel 5 komt te luiden: een verhuizing en/of een wijziging."), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}
