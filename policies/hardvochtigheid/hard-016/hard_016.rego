# METADATA
# title: ‘Opzet of grove schuld’ als etiket dat ook andere deuren sluit
# description: |
#   Het oordeel ‘opzet of grove schuld’ leidt niet alleen tot een boete maar
#   ook tot uitsluiting van iets anders: een betalingsregeling,
#   kwijtschelding, een recht. In de toeslagenaffaire sloot dat etiket ouders
#   automatisch uit van een persoonlijke betalingsregeling, ook waar het
#   oordeel later onterecht bleek (artikel 49c Awir compenseert dat sinds
#   2021). Opzet of grove schuld als beschermende drempel voor een boete of een
#   terugvordering (‘alleen bij opzet of grove schuld’) valt hier niet onder.
# custom:
#   id: HARD-016
#   name: opzet-grove-schuld-etiket
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 49c (tekst 2021)
#   scope: article
package wetlint.rules.hardvochtigheid["HARD-016"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

label := `\bopzet of grove schuld\b|\bopzettelijk of grofschuldig\b|\bopzet of grove nalatigheid\b|\bgrove schuld of opzet\b|\bopzet of bewuste roekeloosheid\b`

# consequences beyond a fine: exclusion from an arrangement, a waiver or a
# right
exclusion := `\bgeen (?:persoonlijke )?betalingsregeling\b|\bgeen (?:recht|aanspraak)\b|\buitgesloten\b|\bniet in aanmerking\b|\bgeen kwijtschelding\b|\bkwijtschelding\b[^.;]{0,60}\b(?:niet|geen)\b|\bgeen uitstel\b|\bgeen schuldhulp\w*|\bschuldsanering\w*|\bvervalt\b|\bwordt (?:niet|geen)\b[^.;]{0,40}\b(?:toegekend|verleend|aangeboden)\b`

# the label protects: the consequence follows only without it, or is
# excused
protective := `\btenzij\b[^.;]{0,100}?\b(?:opzet|grove schuld|grofschuldig)|\bgeen opzet\b|\bniet\b[^.;]{0,40}?\b(?:aan )?(?:opzet|grove schuld)`

# a cheap test before the patterns: most units say none of this
may_be_labelled(t) if contains(t, "opzet")

may_be_labelled(t) if contains(t, "grofschuldig")

report contains f if {
	some u in hard.units
	may_be_labelled(u.lower)
	some s in u.sentences
	some l in text.ranges(s.lower, label)
	not regex.match(protective, s.lower)
	some x in text.ranges(s.lower, exclusion)
	msg := sprintf(
		"%s leidt het oordeel ‘opzet of grove schuld’ ook tot ‘%s’; zo’n etiket sloot in de toeslagenaffaire ouders uit van een betalingsregeling, ook waar het oordeel later onterecht bleek — beperk het gevolg tot de boete of maak een afweging per persoon mogelijk",
		[result.where(u), substring(s.text, x[0], x[1] - x[0])],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + l[0], s.start + l[1], msg)
}
