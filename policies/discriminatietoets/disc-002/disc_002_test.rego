package wetlint.rules.discriminatietoets["DISC-002_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-002"] as rule

text := "Niet verzekerd is de vreemdeling die niet rechtmatig in Nederland verblijf houdt."

residence(extra) := dt.doc([dt.unit("art:6", text, [object.union({"word": "niet rechtmatig in Nederland verblijf", "category": "residence", "role": "criterion", "kind": "condition"}, extra)])], "Algemene Ouderdomswet")

test_fail_residence_condition if {
	r := rule.report with input as residence({})
	count(r) == 1
	some f in r
	contains(f.message, "in artikel 6 hangt de bepaling af van de verblijfsstatus: ‘niet rechtmatig in Nederland verblijf’")
	contains(f.message, "koppelingsbeginsel")
}

test_pass_status_of_another_person_is_disc_008 if {
	count(rule.report) == 0 with input as residence({"holder": "third", "holder_name": "partner", "negative": true})
}

test_pass_mention if {
	count(rule.report) == 0 with input as residence({"role": "mention", "kind": "record"})
}

test_pass_migration_law if {
	inp := dt.doc([dt.unit("art:6", text, [{"word": "niet rechtmatig in Nederland verblijf", "category": "residence", "role": "criterion", "kind": "condition"}])], "Vreemdelingenwet 2000")
	count(rule.report) == 0 with input as inp
}

# a temporary permit: a distinction among lawful residents, a warning
# unless the toelichting justifies it
temporary_text := "Een belanghebbende met een verblijfsvergunning voor bepaalde tijd komt niet in aanmerking voor een bijdrage."

temporary := dt.doc([dt.unit("art:6", temporary_text, [{"word": "verblijfsvergunning voor bepaalde tijd", "category": "residence", "name": "tijdelijke verblijfsvergunning", "role": "criterion", "kind": "exclusion"}])], "Verordening bijzondere bijstand")

test_fail_temporary_permit if {
	r := rule.report with input as temporary
	count(r) == 1
	some f in r
	f.severity == "warning"
	contains(f.message, "soort verblijfsvergunning")
	contains(f.message, "koppelingsbeginsel")
}

test_pass_temporary_permit_justified_is_info if {
	r := rule.report with input as dt.with_toelichting(temporary, "art:6", ["aim", "necessity", "proportionality"], [])
	count(r) == 1
	some f in r
	f.severity == "info"
}
