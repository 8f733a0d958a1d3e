package wetlint.rules.wetgevingstoets["AR-013_test"]

import data.wetlint.rules.wetgevingstoets["AR-013"] as rule
import data.wetlint.testing as t

test_fail_mandate_of_rule_making if {
	every c in [
		["Onze Minister kan mandaat verlenen tot het vaststellen van algemeen verbindende voorschriften.", 18],
		["De bevoegdheid om nadere regels te stellen kan worden gemandateerd aan de directeur van de dienst.", 54],
		["Het college kan de bevoegdheid tot vaststelling van regelingen als bedoeld in artikel 4 mandateren aan de burgemeester.", 88],
		["Voor het vaststellen van ministeriële regelingen als bedoeld in het eerste lid kan mandaat worden verleend.", 83],
		["De regelgevende bevoegdheid van het bestuur kan worden gemandateerd aan de voorzitter.", 55],
	] {
		r := rule.report with input as t.doc([t.unit("art:9", c[0])])
		count(r) == 1
		some f in r
		f.rule == "AR-013"
		f.unit == "art:9"
		f.start == c[1]
		startswith(f.message, "in artikel 9 mag de bevoegdheid om regels te stellen in mandaat worden uitgeoefend")
	}
}

test_pass_near_misses if {
	every text in [
		# mandate of beschikkingen is normal
		"Het college kan mandaat verlenen tot het nemen van besluiten over de verlening van bijstand.",
		"Aan de directeur wordt mandaat verleend om te beslissen over de verlening en vaststelling van subsidie.",
		# excluding the mandate is what the Ar ask
		"De bevoegdheid tot het vaststellen van algemeen verbindende voorschriften wordt niet gemandateerd.",
		"Voor het stellen van regels kan geen mandaat worden verleend.",
		# rules without mandate
		"Bij ministeriële regeling worden regels gesteld over de aanvraag.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:9", text)])
	}
}

test_pass_excluding_lead_in if {
	lead := t.merge(t.unit("art:10", "Mandaat wordt niet verleend indien het betreft:"), {"children": ["art:10/ond:a"]})
	item := t.merge(t.unit("art:10/ond:a", "de bevoegdheid tot het vaststellen van algemeen verbindende voorschriften, tenzij bij de verlening van die bevoegdheid in mandaatverlening is voorzien;"), {"kind": "onderdeel", "parent": "art:10", "label": "artikel 10, onderdeel a"})
	count(rule.report) == 0 with input as t.doc([lead, item])
}
