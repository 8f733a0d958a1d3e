# METADATA
# title: Gebonden bevoegdheid met een nadelig gevolg
# description: |
#   Het bestuursorgaan moet een recht intrekken, beëindigen, op nihil stellen
#   of een uitkering verlagen zodra zich een voorwaarde voordoet; de bepaling
#   laat geen ruimte om de belangen van de persoon af te wegen of van het
#   gevolg af te zien als het onevenredig uitpakt. Sinds 2021 verplicht artikel
#   13b van de Awir de Dienst Toeslagen de betrokken belangen af te wegen, en
#   de Afdeling bestuursrechtspraak toetst sinds 2022 ruimer aan
#   evenredigheid. Een gebonden bevoegdheid kan een bewuste keuze zijn (zie ook
#   de norm dat beleidsruimte begrensd moet zijn); deze regel vraagt die keuze
#   te overwegen. Terugvordering en vaste boetes vallen onder HARD-001 en
#   HARD-007.
# custom:
#   id: HARD-003
#   name: gebonden-nadelig-gevolg
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 13b (tekst 2021); ABRvS 2 februari 2022, ECLI:NL:RVS:2022:285
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-003"]

import data.wetlint.hard
import data.wetlint.result

mitigations := {"proportionality", "hardship_clause", "fault_exception", "lower_amount"}

what := {
	"withdrawal": "een toekenning intrekken",
	"sanction": "een uitkering verlagen",
	"loss": "een recht beëindigen of op nihil stellen",
}

# of the losses, only decisions that end or zero a running entitlement;
# "geen recht" describes who is entitled (HARD-002, HARD-014)
decision(e) if e.kind != "loss"

decision(e) if {
	e.kind == "loss"
	regex.match(`nihil|beëindig|uitgesloten`, lower(e.text))
}

hits contains [u.id, e.sentence, e.start] if {
	some kind, _ in what
	some [u, e] in hard.effects_of(kind)
	hard.imposed(e)
	decision(e)
	s := hard.sentence(u, e.sentence)
	hard.concerns_person(s)
	not at_own_request(s)
	not hard.mitigated(u, mitigations, e.kind)
}

# what the person asks for is no sanction: "wordt op verzoek van de
# verzekerde de verzekering beëindigd"
at_own_request(s) if regex.match(`\bop (eigen |zijn |haar |hun )?(verzoek|aanvraag)\b(\s+van\s+(de|het)\s+[a-z-]+)?(,|\s)`, s.lower)

report contains f if {
	some kind, phrase in what
	some [u, e] in hard.effects_of(kind)
	[u.id, e.sentence, e.start] in hits
	hard.first(hits, u, e)
	msg := sprintf(
		"%s moet het bestuursorgaan %s (‘%s’) zodra de voorwaarde zich voordoet; er is geen ruimte om de belangen van de persoon af te wegen of van het gevolg af te zien als het onevenredig uitpakt%s",
		[result.where(u), phrase, e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}
