# METADATA
# title: Vaste boete of vaste verlaging
# description: |
#   De boete (of de verlaging van een uitkering als maatregel) is een vast
#   bedrag of een vast percentage, niet ‘ten hoogste’. Het bestuursorgaan kan
#   de hoogte dan niet afstemmen op de ernst van de gedraging, de mate van
#   verwijtbaarheid en de omstandigheden van de persoon. De Awir noemt voor
#   zijn boetes een maximum. Een bevoegdheid om de boete te matigen of een
#   evenredigheidsbepaling die de bepaling dekt, neemt het bezwaar weg.
# custom:
#   id: HARD-007
#   name: vaste-boete
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 40 (boete van ten hoogste een bedrag)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-007"]

import data.wetlint.hard
import data.wetlint.result

mitigations := {"lower_amount", "proportionality", "hardship_clause"}

noun := {"fine": "boete", "sanction": "verlaging"}

# a fine is always someone's; a lowered amount only counts as a sanction
# when it is a person's benefit
person_or_fine(_, e) if e.kind == "fine"

person_or_fine(u, e) if {
	e.kind == "sanction"
	hard.concerns_person(hard.sentence(u, e.sentence))
}

report contains f if {
	some kind, name in noun
	some [u, e] in hard.effects_of(kind)
	not e.negated
	e.amount != ""
	not e.maximum
	person_or_fine(u, e)
	not hard.mitigated(u, mitigations, e.kind)
	msg := sprintf(
		"%s ligt de %s vast op %s (‘%s’), niet als maximum; het bestuursorgaan kan de hoogte niet afstemmen op de ernst van de gedraging, de verwijtbaarheid en de omstandigheden van de persoon",
		[result.where(u), name, e.amount, e.text],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
}
