# METADATA
# title: Terugwerkende kracht — vorm
# description: |
#   Een regeling treedt in werking na haar bekendmaking. Terugwerkende
#   kracht wordt niet gegeven door de regeling te laten ‘worden geacht in
#   werking te zijn getreden’ op een eerdere datum, en ook niet door een
#   datum van inwerkingtreding te noemen die al voorbij is. De regeling
#   treedt in werking op een moment na de bekendmaking en bepaalt
#   uitdrukkelijk dat zij terugwerkt tot en met de gewenste datum (‘Deze wet
#   treedt in werking met ingang van … en werkt terug tot en met …’). De
#   toelichting zegt waarom en tot welke datum (zie AR-017).
# custom:
#   id: AR-016
#   name: terugwerkende-kracht-vorm
#   family: wetgevingstoets
#   severity: error
#   source: Ar 5.63 en 4.16
#   scope: article
package wetlint.rules.wetgevingstoets["AR-016"]

import data.wetlint.result
import data.wetlint.text

entries(u) := object.get(u, "entry", [])

# what enters into force is the regulation or a part of it, not a decision
# or an amount it speaks of
regulation_subject := `^(?:(?:deze|dit|de|het)\s+(?:wet|rijkswet|besluit|regeling|reglement|algemene maatregel|wijziging(?:swet)?)\b|(?:de\s+)?artikel(?:en)?\b|hoofdstuk|paragraaf|afdeling|onderdeel|onderdelen|titel|zij$|het$|hij$|.*\bvan (?:deze|dit) (?:wet|rijkswet|besluit|regeling)$)`

report contains f if {
	some u in text.text_units
	some e in entries(u)
	e.kind == "fiction"
	msg := sprintf("%s wordt de regeling geacht in werking te zijn getreden; laat haar in werking treden na de bekendmaking en bepaal dat zij ‘terugwerkt tot en met’ de gewenste datum", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}

report contains f if {
	some u in text.text_units
	some e in entries(u)
	e.kind == "date"
	regex.match(regulation_subject, e.subject)
	e.year > 0
	year := object.get(input.document, "year", 0)
	year > 0
	e.year < year
	msg := sprintf("%s ligt de datum van inwerkingtreding (%s) vóór het jaar van de regeling (%d); een regeling treedt niet in werking vóór haar bekendmaking: kies een latere datum en geef zo nodig terugwerkende kracht met ‘werkt terug tot en met’", [result.where(u), e.when, year])
	f := result.finding_at(rego.metadata.chain(), u.id, e.when_start, e.when_end, msg)
}
