package wetlint.rules.discriminatietoets["DISC-003_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-003"] as rule

text := "Bij de verdeling wordt voorrang gegeven aan aanvragers wier bestuurders in Nederland zijn geboren."

proxy(extra, title) := dt.doc([dt.unit("art:7", text, [object.union({"word": "in Nederland zijn geboren", "category": "proxy", "role": "criterion", "kind": "priority", "holder": "third", "holder_name": "bestuurders"}, extra)])], title)

test_fail_place_of_birth if {
	r := rule.report with input as proxy({}, "Regeling subsidie isolatie")
	count(r) == 1
	some f in r
	contains(f.message, "in artikel 7 wordt onderscheid gemaakt naar geboorteland (van de bestuurders)")
	contains(f.message, "‘in Nederland zijn geboren’ bepaalt wie voorrang krijgt")
}

test_fail_every_proxy if {
	every name in ["geboorteland", "dubbele nationaliteit", "etniciteit", "afkomst", "herkomst", "migratieachtergrond", "inburgeringsplicht", "postcode"] {
		count(rule.report) == 1 with input as proxy({"name": name}, "Regeling subsidie isolatie")
	}
}

test_pass_recorded_or_banned if {
	every kind in ["record", "ban", "neutral", "other"] {
		count(rule.report) == 0 with input as proxy({"role": "mention", "kind": kind}, "Regeling subsidie isolatie")
	}
}

test_pass_country_of_origin_in_migration_law if {
	count(rule.report) == 0 with input as proxy({"name": "herkomst"}, "Vreemdelingenbesluit 2000")
}

test_fail_ethnicity_even_in_migration_law if {
	count(rule.report) == 1 with input as proxy({"name": "etniciteit"}, "Vreemdelingenbesluit 2000")
}
