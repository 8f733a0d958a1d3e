# METADATA
# title: Hoofdelijke aansprakelijkheid voor de schuld van een ander
# description: |
#   Een partner, medebewoner of andere persoon moet de schuld van een ander
#   betalen, ook als hij zelf niets verkeerd deed of de schuld niet kende. In de
#   toeslagen werden partners zo aangesproken voor terugvorderingen die zij
#   niet hadden veroorzaakt. Bij bestuurders, vennoten, ondernemingen en wie
#   een nalatenschap afwikkelt is hoofdelijkheid gebruikelijker; dan meldt
#   wetlint het ter informatie, net als wanneer de persoon zich kan bevrijden
#   door aan te tonen dat het hem niet te verwijten is.
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

# the one who must pay acts for a business, a legal person or an estate:
# liability is usual there (company and tax law)
corporate := `\b(?:bestuurder|bestuurders|vennoot|vennoten|vennootschap|rechtspersoon|rechtspersonen|aannemer|onderaannemer|inlener|werkgever|werkgevers|aandeelhouder|aandeelhouders|onderneming|ondernemer|maatschap|instelling|lichaam|lichamen|beheerder|verzekeraar|bank|fonds|notaris|executeur|executeurs|vereffenaar|vereffenaars|bewindvoerder|curator|vertegenwoordiger|leider|normadressaten|vereniging|stichting|coöperatie|vervoerder|exploitant)\b`

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

mild(u, _, s) if regex.match(corporate, hard.condition(u, s))

mild(u, e, _) if excused(u, e)
