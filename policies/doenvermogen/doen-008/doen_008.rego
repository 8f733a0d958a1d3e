# METADATA
# title: Verwijzingsdichtheid in een burgerbepaling
# description: |
#   Een bepaling die de burger aanspreekt, verwijst zo vaak naar andere
#   bepalingen dat de lezer moet bladeren om te weten wat er staat, of
#   verwijst naar een bepaling die zelf weer verder verwijst. ‘Van
#   overeenkomstige toepassing’ laat de lezer zelf uitzoeken wat er dan
#   precies geldt. De drempels zijn gekalibreerd op de geldende wetgeving
#   (docs/rules/calibration.md): waarschuwingen zijn daar zeldzaam.
# custom:
#   id: DOEN-008
#   name: verwijzingsdichtheid
#   family: doenvermogen
#   severity: warning
#   source: wetlint (leesbaarheid); Ar 3.27 en 3.32
#   scope: article
#   params:
#     min_words: 20
#     info_refs_per_100: 6
#     max_refs_per_100: 8
#     max_depth: 10
package wetlint.rules.doenvermogen["DOEN-008"]

import data.wetlint.doen
import data.wetlint.result
import data.wetlint.text

param(name) := result.param(rego.metadata.chain(), name)

dense(r) if {
	r.words >= param("min_words")
	r.references_per_100 > param("info_refs_per_100")
}

deep(r) if r.reference_depth >= param("max_depth")

report contains f if {
	some u in doen.citizen_provisions
	r := u.readability
	issues := [i | some i in [density(r), depth(r)]; i != ""]
	count(issues) > 0
	msg := sprintf("%s moet de burger %s om te weten wat er voor hem geldt; schrijf de regel uit of verwijs naar één plaats", [result.where(u), concat(" en ", issues)])
	f := result.with_severity(result.finding(rego.metadata.chain(), u.id, msg), severity(r))
}

density(r) := sprintf("%d verwijzingen in %d woorden volgen (%.1f per 100 woorden)", [r.references, r.words, r.references_per_100]) if dense(r)

density(r) := "" if not dense(r)

depth(r) := sprintf("een keten van %d verwijzingen na elkaar volgen", [r.reference_depth]) if deep(r)

depth(r) := "" if not deep(r)

severity(r) := "warning" if {
	r.words >= param("min_words")
	r.references_per_100 > param("max_refs_per_100")
}

severity(r) := "info" if {
	not r.references_per_100 > param("max_refs_per_100")
}

severity(r) := "info" if r.words < param("min_words")

# "van overeenkomstige toepassing" in a provision for citizens
report contains f if {
	some u in doen.units
	citizen_provision(u)
	some m in text.ranges(u.lower, `van overeenkomstige toepassing`)
	msg := sprintf("%s staat ‘van overeenkomstige toepassing’; de burger moet dan zelf uitzoeken wat er voor hem geldt — schrijf de regel uit als hij de burger aangaat", [result.where(u)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, m[0], m[1], msg), "info")
}

citizen_provision(u) if u.readability.citizen

citizen_provision(u) if {
	not u.readability
	some p in doen.citizen_provisions
	startswith(u.id, concat("", [p.id, "/"]))
}
