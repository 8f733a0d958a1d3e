# METADATA
# title: Risicoselectie zonder uitsluiting van herkomstkenmerken
# description: |
#   De regeling maakt risicoselectie, risicoprofielen, profilering of
#   selectie met een algoritme mogelijk, maar sluit nergens uit dat
#   nationaliteit, afkomst, geboorteland of een vergelijkbaar kenmerk als
#   selectiecriterium dient. Zulke kenmerken mogen niet als indicator in een
#   risicomodel worden gebruikt, tenzij dat objectief gerechtvaardigd en
#   evenredig is. Leg de criteria in de regeling vast en sluit deze
#   kenmerken uitdrukkelijk uit. Sluit de regeling ze wel uit, maar laat zij
#   het algoritme, het risicomodel of de criteria zelf aan een lagere
#   regeling over, dan meldt wetlint dat de criteria niet in de regeling
#   staan. Een steekproef die aselect is en een
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
#     persons: \b(personen|burgers?|aanvragers?|aanvraag|aanvragen|belanghebbenden?|betrokkenen?|uitkering\w*|toeslag\w*|subsidie\w*|fraude|controle\w*|heronderzoek\w*|handhaving|verdachten?|reizigers?|passagiers?|huurders?|werknemers?|studenten?|leerlingen?)\b
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

# delegated_criteria: the model or its criteria are left to a lower
# regulation ("Het algoritme wordt vastgesteld bij regeling van Onze
# Minister"); setting the weights of criteria the law lists is not that
delegated_criteria := `\b(?:het|de) (?:algoritme|risicomodel|risicoprofiel|selectiecriteria|criteria|indicatoren)\b[^.;]{0,60}?\b(?:wordt|worden) (?:vastgesteld|bepaald|aangewezen) bij\b|\bbij (?:of krachtens )?(?:algemene maatregel van bestuur|ministeriële regeling|regeling van onze minister)\b[^.;]{0,40}?\b(?:wordt|worden) (?:het|de) (?:algoritme|risicomodel|risicoprofiel|selectiecriteria|criteria|indicatoren) (?:vastgesteld|bepaald|aangewezen)\b`

# delegating_articles are the articles that leave the model or its
# criteria to a lower regulation (every match of delegated_criteria names
# one of these words)
delegating_articles contains u.article if {
	some u in object.union_n([
		text.mentioning("algoritme"), text.mentioning("risicomodel"), text.mentioning("risicoprofiel"),
		text.mentioning("criteria"), text.mentioning("indicatoren"),
	])
	regex.match(delegated_criteria, u.lower)
}

# where the regulation does exclude nationality and its proxies, selection
# whose criteria a lower regulation sets still leaves the criteria out of
# the law (without the exclusion, the report above already asks for both)
report contains f if {
	excluded
	some a in delegating_articles
	some u in text.in_article(a)
	regex.match(result.param(rego.metadata.chain(), "profiling"), u.lower)
	some s in u.sentences
	not s.negated
	r := regex.find_n(result.param(rego.metadata.chain(), "profiling"), s.lower, 1)
	count(r) == 1
	not regex.match(result.param(rego.metadata.chain(), "random"), s.lower)
	regex.match(result.param(rego.metadata.chain(), "persons"), input.units[u.article].full)
	start := s.start + indexof(s.lower, r[0])
	msg := sprintf("%s wordt selectie op risico mogelijk gemaakt (‘%s’), maar de criteria staan niet in de regeling zelf: een lagere regeling stelt ze vast; leg in de regeling vast welke gegevens en criteria mogen worden gebruikt", [result.where(u), substring(s.text, start - s.start, count(r[0]))])
	f := result.finding_at(rego.metadata.chain(), u.id, start, start + count(r[0]), msg)
}
