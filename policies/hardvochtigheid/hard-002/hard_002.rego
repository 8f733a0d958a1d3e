# METADATA
# title: Alles-of-niets bij één verzuim
# description: |
#   Eén gemiste formele handeling — een aanvraag of gegevens te laat, een
#   betaling niet of niet volledig, een inschrijving die ontbreekt — kost de
#   persoon het hele recht, niet alleen het deel waarop het verzuim betrekking
#   heeft. De Afdeling bestuursrechtspraak maakte in 2019 een einde aan deze
#   alles-of-nietsbenadering in de kinderopvangtoeslag. Laat het recht naar
#   rato bestaan, bied een herstelmogelijkheid of een uitzondering voor wie
#   niets te verwijten valt, of geef ruimte voor een evenredigheidsafweging.
#   Voorwaarden die iemands status beschrijven (leeftijd, woonplaats) vallen
#   hier niet onder; het gaat om handelingen die iemand kan vergeten.
# custom:
#   id: HARD-002
#   name: alles-of-niets
#   family: hardvochtigheid
#   severity: warning
#   source: ABRvS 23 oktober 2019, ECLI:NL:RVS:2019:3535; Awir art. 49, derde lid (tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-002"]

import data.wetlint.hard
import data.wetlint.result

mitigations := {"pro_rata", "proportionality", "hardship_clause", "fault_exception", "repair"}

# the formal acts an entitlement may hang on
acts := `\b(?:ingediend|betaald|voldaan|overgelegd|gemeld|ondertekend|ingeschreven|nagekomen|aangevraagd|verstrekt)\b`

hits contains [u.id, e.sentence, e.start] if {
	some [u, e] in hard.effects_of("loss")
	hard.all_or_nothing(u, e)
	not hard.mitigated(u, mitigations, e.kind)
}

report contains f if {
	some [u, e] in hard.effects_of("loss")
	[u.id, e.sentence, e.start] in hits
	hard.first(hits, u, e)
	msg := sprintf(
		"%s kost één verzuim — te laat, onvolledig of niet betaald — het hele recht (‘%s’); het recht blijft niet naar rato bestaan en het verzuim kan niet worden hersteld%s",
		[result.where(u), e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}

report contains f if {
	some u in hard.only_if_units
	some s in u.sentences
	some [r, cond] in hard.only_if(u, s)
	regex.match(acts, cond)
	not regex.match(hard.partial, s.lower)
	hard.concerns_person(s)
	not hard.mitigated(u, mitigations, "loss")
	msg := sprintf(
		"%s bestaat het recht alleen als een formele handeling volledig is verricht (‘%s’); wie één onderdeel mist, verliest alles, ook als het verzuim klein is%s",
		[result.where(u), substring(s.text, r[0], r[1] - r[0]), hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg)
}
