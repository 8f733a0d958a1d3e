# METADATA
# title: Risicoselectie zonder uitsluiting van herkomstkenmerken
# description: |
#   De regeling maakt risicoselectie, risicoprofielen, profilering of
#   selectie met een algoritme mogelijk, maar sluit nergens uit dat
#   nationaliteit, afkomst, geboorteland of een vergelijkbaar kenmerk als
#   selectiecriterium dient. Zulke kenmerken mogen niet als indicator in een
#   risicomodel worden gebruikt, tenzij dat objectief gerechtvaardigd en
#   evenredig is. Leg de criteria in de regeling vast en sluit deze
#   kenmerken uitdrukkelijk uit. Een steekproef die aselect is en een
#   risicoprofiel dat niet over personen gaat (van een regio, een bedrijf),
#   vallen er niet onder.
# custom:
#   id: DISC-004
#   name: risicoprofilering
#   family: discriminatietoets
#   severity: warning
#   source: Kabinetsbrief van 9 februari 2021 (Kamerstukken II 2020/21, 31 066, nr. 783); College voor de Rechten van de Mens, toetsingskader risicoprofilering (2025)
#   scope: document
#   params:
#     profiling: \brisicoprofiel\w*|\brisicoselectie\w*|\brisicomodel\w*|\brisico-?indicator\w*|\bprofilering\b|\bgeautomatiseerde (selectie|risicoselectie|besluitvorming)\b|\balgoritm\w*[^.;]{0,80}\b(selecte\w*|selectie|risico\w*)\b|\b(selecte\w*|selectie|risico\w*)\b[^.;]{0,80}\balgoritm\w*
#     persons: \b(personen|burgers?|aanvragers?|belanghebbenden?|betrokkenen?|uitkering\w*|toeslag\w*|subsidie\w*|fraude|controle\w*|heronderzoek\w*|handhaving|verdachten?|reizigers?|passagiers?|huurders?|werknemers?|studenten?|leerlingen?)\b
#     random: \baselect\w*|\bwillekeurig\w*|\bsteekproefsgewijs\b|\bat random\b
package wetlint.rules.discriminatietoets["DISC-004"]

import data.wetlint.result
import data.wetlint.text

# excluded: the regulation says that nationality or a proxy may not be used
excluded if {
	some u in text.having("grounds")
	some g in u.grounds
	g.role == "mention"
	g.kind in {"ban", "neutral"}
	g.category in {"nationality", "proxy"}
}

report contains f if {
	not excluded
	some u in text.text_units
	regex.match(result.param(rego.metadata.chain(), "profiling"), u.lower)
	some s in u.sentences
	not s.negated
	r := regex.find_n(result.param(rego.metadata.chain(), "profiling"), s.lower, 1)
	count(r) == 1
	not regex.match(result.param(rego.metadata.chain(), "random"), s.lower)
	regex.match(result.param(rego.metadata.chain(), "persons"), input.units[u.article].full)
	start := s.start + indexof(s.lower, r[0])
	msg := sprintf("%s wordt selectie op risico mogelijk gemaakt (‘%s’), maar de regeling sluit nergens uit dat nationaliteit, afkomst, geboorteland of een vergelijkbaar kenmerk als selectiecriterium dient; leg de criteria vast en sluit zulke kenmerken uitdrukkelijk uit", [result.where(u), substring(s.text, start - s.start, count(r[0]))])
	f := result.finding_at(rego.metadata.chain(), u.id, start, start + count(r[0]), msg)
}
