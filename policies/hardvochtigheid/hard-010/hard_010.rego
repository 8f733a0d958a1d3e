# METADATA
# title: Hoofdelijke aansprakelijkheid voor de schuld van een ander
# description: |
#   Een partner, medebewoner of andere persoon moet de schuld van een ander
#   betalen, ook als hij zelf niets verkeerd deed of de schuld niet kende. In de
#   toeslagen werden partners zo aangesproken voor terugvorderingen die zij
#   niet hadden veroorzaakt. Een waarschuwing is het wanneer de aansprakelijke
#   tot het huishouden behoort (partner, medebewoner, ouder, kind) of een derde
#   is; bij bestuurders, vennoten en ondernemingen is hoofdelijkheid
#   gebruikelijker en meldt wetlint het ter informatie, net als wanneer de
#   persoon zich kan bevrijden door aan te tonen dat het hem niet te
#   verwijten is.
# custom:
#   id: HARD-010
#   name: hoofdelijke-aansprakelijkheid
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 33
#   scope: article
package wetlint.rules.hardvochtigheid["HARD-010"]

import data.wetlint.hard
import data.wetlint.result

# the person who must pay belongs to the household of the debtor, or is a
# third person without any role in the debt
household := `\b(?:partner|partners|medebewoner|medebewoners|echtgeno(?:ot|te|ten)|geregistreerde partner|gezinslid|gezinsleden|ouder|ouders|kind|kinderen|huisgeno(?:ot|ten)|bewoner|bewoners|inwonende|een derde|de derde)\b`

excused(u, e) if {
	some m in input.document.mitigations
	m.kind == "fault_exception"
	m.sentence == e.sentence
}

report contains f if {
	some [u, e] in hard.effects_of("liability")
	not e.negated
	e.main
	s := hard.sentence(u, e.sentence)
	msg := sprintf(
		"%s moet iemand de schuld van een ander betalen (‘%s’), ook als hij zelf niets verkeerd deed of de schuld niet kende",
		[result.where(u), e.text],
	)
	f0 := result.finding_at(rego.metadata.chain(), u.id, e.start, e.end, msg)
	f := severity(f0, u, e, s)
}

severity(f, u, e, s) := result.with_severity(f, "info") if mild(u, e, s)

severity(f, u, e, s) := f if not mild(u, e, s)

# liability of directors, partners in a firm, contractors: usual in company
# and tax law
mild(_, _, s) if not regex.match(household, s.lower)

mild(u, e, _) if excused(u, e)
