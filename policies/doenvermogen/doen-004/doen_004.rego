# METADATA
# title: Meldplicht voor wijzigingen
# description: |
#   De burger moet zelf melden wanneer zijn situatie verandert: een
#   verhuizing, een nieuwe partner, meer inkomen. Mensen vergeten dat, weten
#   niet welke wijziging telt of melden te laat, en krijgen dan een
#   terugvordering of een boete. Waar de overheid de gegevens al heeft
#   (basisregistraties), is de meldplicht overbodig; zegt de regeling of de
#   toelichting dat, dan blijft het een melding ter informatie.
# custom:
#   id: DOEN-004
#   name: meldplicht-wijzigingen
#   family: doenvermogen
#   severity: warning
#   source: Awir art. 17; WRR, Weten is nog geen doen (2017)
#   scope: document
package wetlint.rules.doenvermogen["DOEN-004"]

import data.wetlint.doen
import data.wetlint.result

change := `\bwijziging|\bverandering(en)?\b|\bgewijzigd|\bverhuiz|\bverhuist\b|\bfeiten en omstandigheden\b|\bomstandigheden\b[^.;]{0,60}\b(wijzig|verander)`

reporting := `\bmeld|\bmededeling\b|\bmede te delen\b|\bmee te delen\b|\bdeelt\b[^.;]{0,60}\b(mee|mede)\b|\bin kennis\b|\bkennis\b[^.;]{0,20}\bgeeft|\binformeer|\binformeren\b|\bdoor te geven\b|\bdoorgeven\b|\bgeeft\b[^.;]{0,60}\bdoor\b|\bopgave\b|\bopgaaf\b`

# relief: the data come from registrations the administration already has
relief := `\bbasisregistratie|\bauthentiek\b|\bautomatisch\b|\bzonder tussenkomst\b|\bkunnen worden verkregen uit\b|\bbij (hem|haar|het college|de dienst|onze minister) bekend\b`

report contains f if {
	some x in doen.duties
	regex.match(change, x.sentence.lower)
	regex.match(reporting, x.sentence.lower)
	not relieved(x.unit)
	msg := sprintf("%s moet de %s wijzigingen zelf melden; mensen vergeten dat of weten niet welke wijziging telt en krijgen dan een terugvordering of boete — haal gegevens waar mogelijk uit basisregistraties en zeg in de toelichting waarom melden nodig is", [result.where(x.unit), doen.kind(x.sentence)])
	f := result.finding_at(rego.metadata.chain(), x.unit.id, x.sentence.start, x.sentence.end, msg)
}

report contains f if {
	some x in doen.duties
	regex.match(change, x.sentence.lower)
	regex.match(reporting, x.sentence.lower)
	relieved(x.unit)
	msg := sprintf("%s moet de %s wijzigingen melden; de regeling of de toelichting zegt dat gegevens die de overheid al heeft niet gemeld hoeven te worden — controleer dat de burger dat ook te horen krijgt", [result.where(x.unit), doen.kind(x.sentence)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), x.unit.id, x.sentence.start, x.sentence.end, msg), "info")
}

relieved(u) if regex.match(relief, input.units[doen.article_of(u)].full)

relieved(_) if {
	some v in input.toelichting.units
	regex.match(relief, v.lower)
	regex.match(`\bmeld|\bwijziging`, v.lower)
}
