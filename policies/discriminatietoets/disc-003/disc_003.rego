# METADATA
# title: Onderscheid naar een kenmerk dat voor herkomst staat
# description: |
#   De bepaling gebruikt een kenmerk dat voor nationaliteit of herkomst staat
#   (een proxy) als criterium: geboorteland of geboorteplaats, ‘in Nederland
#   geboren’, dubbele nationaliteit, afkomst, etniciteit, migratieachtergrond,
#   inburgeringsplicht, of een postcode bij selectie. Dat is indirect
#   onderscheid naar herkomst en mag alleen met een objectieve
#   rechtvaardiging in de toelichting. Een bepaling die zo’n kenmerk alleen
#   registreert (de basisregistratie personen) of het gebruik ervan verbiedt,
#   is geen onderscheid.
# custom:
#   id: DISC-003
#   name: proxy-kenmerken
#   family: discriminatietoets
#   severity: warning
#   source: Kabinetsbrief van 9 februari 2021 (Kamerstukken II 2020/21, 31 066, nr. 783); College voor de Rechten van de Mens, toetsingskader risicoprofilering
#   scope: article
package wetlint.rules.discriminatietoets["DISC-003"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	count(u.grounds) > 0
	some s in u.sentences
	gs := [g |
		some g in disc.sentence_grounds(u, s, "proxy")
		not disc.subject_ground(g)
	]
	count(gs) > 0
	g := gs[0]
	what := sprintf("%s wordt onderscheid gemaakt naar %s%s, een kenmerk dat voor herkomst of nationaliteit staat: ‘%s’ bepaalt %s", [result.where(u), g.name, disc.holder_phrase(g), disc.quote(u, g), disc.kind_phrase[g.kind]])
	f := disc.distinction_finding(rego.metadata.chain(), u, g, what, disc.need)
}
