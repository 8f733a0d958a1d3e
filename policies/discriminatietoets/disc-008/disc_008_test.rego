package wetlint.rules.discriminatietoets["DISC-008_test"]

import data.wetlint.disc.testing as dt
import data.wetlint.rules.discriminatietoets["DISC-008"] as rule

text := "Ingeval de partner van de belanghebbende niet rechtmatig verblijf houdt, heeft de belanghebbende geen aanspraak op een tegemoetkoming."

ground(extra) := dt.doc([dt.unit("art:9", text, [object.union({"word": "niet rechtmatig verblijf", "category": "residence", "role": "criterion", "kind": "exclusion", "holder": "third", "holder_name": "partner", "negative": true}, extra)])], "Algemene wet inkomensafhankelijke regelingen")

test_fail_partner_status if {
	r := rule.report with input as ground({})
	count(r) == 1
	some f in r
	contains(f.message, "in artikel 9 verliest iemand een recht door de verblijfsstatus van een ander (‘niet rechtmatig verblijf’, van de partner)")
}

test_fail_partner_nationality if {
	some f in rule.report with input as ground({"category": "nationality"})
	contains(f.message, "door de nationaliteit van een ander")
}

test_pass_own_status_or_no_loss if {
	every extra in [{"holder": "self", "holder_name": ""}, {"negative": false}, {"role": "mention", "kind": "record"}, {"category": "proxy"}] {
		count(rule.report) == 0 with input as ground(extra)
	}
}
