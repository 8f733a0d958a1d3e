# METADATA
# title: Volledige terugvordering zonder ruimte voor een lager bedrag
# description: |
#   De bepaling verplicht het bestuursorgaan het hele bedrag terug te vorderen,
#   ongeacht de ernst van de fout of de omvang van het bedrag, en nergens in de
#   regeling staat een bevoegdheid om een lager bedrag terug te vorderen of van
#   terugvordering af te zien, een evenredigheidsbepaling, een
#   hardheidsclausule die de bepaling dekt of een uitzondering voor wie niets
#   te verwijten valt. Zo’n alles-of-nietsconstructie trof in de
#   toeslagenaffaire duizenden ouders. Geef het bestuursorgaan ruimte om de
#   terugvordering te matigen als volledige terugvordering onevenredig is,
#   zoals artikel 26, tweede lid, van de Awir sinds 2021 doet. Een matiging in
#   hetzelfde artikel, in een bepaling die deze bepaling noemt of in een
#   bepaling voor de hele regeling telt mee, en ook een matiging in een
#   koepelwet die met --context is meegegeven. Terugvordering tussen
#   instellingen (een zorgverzekeraar, een gemeente) valt hier niet onder:
#   de regel gaat over wat mensen en hun uitkering of subsidie treft.
# custom:
#   id: HARD-001
#   name: volledige-terugvordering
#   family: hardvochtigheid
#   severity: error
#   source: Awir art. 26 (tekst 2006 en tekst 2021, tweede lid)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-001"]

import data.wetlint.hard
import data.wetlint.result

# what softens a full recovery
mitigations := {"lower_amount", "proportionality", "hardship_clause", "fault_exception"}

report contains f if {
	some [u, e] in hard.effects_of("recovery")
	hard.imposed(e)
	hard.concerns_person(hard.sentence(u, e.sentence))
	not hard.mitigated(u, mitigations, e.kind)
	msg := sprintf(
		"%s wordt het hele bedrag teruggevorderd (‘%s’), ook bij een kleine fout of als de persoon niets te verwijten valt; de regeling geeft geen bevoegdheid om minder terug te vorderen of ervan af te zien%s",
		[result.where(u), e.text, hard.umbrella_note],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}
