package wetlint.rules.hardvochtigheid["HARD-014_test"]

import data.wetlint.hard.testing as h
import data.wetlint.rules.hardvochtigheid["HARD-014"] as rule

partner := "Ingeval de partner van de belanghebbende geen rechtmatig verblijf houdt, heeft de belanghebbende geen aanspraak op een tegemoetkoming."

excluded := h.unit("art:9", partner, [h.effect("loss", "heeft de belanghebbende geen aanspraak", {"start": 73, "end": 111})], [])

test_fail_excluded_by_another if {
	r := rule.report with input as h.doc([excluded], [])
	count(r) == 1
	some f in r
	not f.severity
}

test_fail_only_if_all_registered if {
	every txt in [
		"Een recht op huurtoeslag bestaat slechts indien de huurder en zijn medebewoners op het adres zijn ingeschreven.",
		"Een ouder met een partner heeft slechts aanspraak op een kinderopvangtoeslag, indien de partner in Nederland woont.",
	] {
		count(rule.report) == 1 with input as h.doc([h.unit("art:9", txt, [], [])], [])
	}
}

# pair: the same exclusion with an exception for who is not to blame
test_fail_with_exception_is_info if {
	r := rule.report with input as h.doc([excluded], [h.mitigation("fault_exception", "art:9", {"general": false})])
	some f in r
	f.severity == "info"
}

test_pass_own_status_or_means_test if {
	every c in [
		{"txt": "Indien de belanghebbende geen rechtmatig verblijf houdt, heeft hij geen aanspraak op een tegemoetkoming.", "start": 70},
		{"txt": "Indien het vermogen van de belanghebbende en zijn partner meer bedraagt dan € 100.000, bestaat geen aanspraak op een tegemoetkoming.", "start": 90},
		# household composition, not another's status or conduct
		{"txt": "Een persoon heeft slechts aanspraak op een tegemoetkoming indien hij geen partner heeft.", "start": 20},
	] {
		u := h.unit("art:9", c.txt, [h.effect("loss", "geen aanspraak", {"start": c.start, "end": c.start + 5})], [])
		count(rule.report) == 0 with input as h.doc([u], [])
	}
}
