# METADATA
# title: Verwerking van nationaliteitsgegevens zonder doelbinding
# description: |
#   De bepaling laat gegevens over nationaliteit, geboorteland, afkomst of
#   een vergelijkbaar kenmerk vastleggen, vermelden of verwerken, maar noch
#   het artikel noch een andere bepaling over gegevens zegt waarvoor die
#   gegevens uitsluitend mogen worden gebruikt. Het gebruik van zulke
#   gegevens vraagt een uitdrukkelijke grondslag met een afgebakend doel. Een
#   bepaling die het verwerken juist verbiedt, valt er niet onder, en
#   gewone identificatiegegevens (naam, geboortedatum, geboorteplaats) ook
#   niet.
# custom:
#   id: DISC-006
#   name: gegevensverwerking-nationaliteit
#   family: discriminatietoets
#   severity: warning
#   source: Kabinetsbrief van 9 februari 2021 (Kamerstukken II 2020/21, 31 066, nr. 783)
#   scope: document
#   params:
#     purpose: \buitsluitend\b[^.;]{0,60}\b(voor|ten behoeve van|met het oog op|ter)\b|\bten behoeve van\b|\bmet het oog op\b|\bvoor zover (dat |dit )?(noodzakelijk|nodig)\b|\bnoodzakelijk (is )?voor\b|\b(met|voor) (het|als) doel\b|\bdoeleinde\w*|\bdoelbinding\b|\bter uitvoering van\b
package wetlint.rules.discriminatietoets["DISC-006"]

import data.wetlint.disc
import data.wetlint.result
import data.wetlint.text

# sensitive: the grounds whose data need a purpose; identification data
# (geboorteplaats) and addresses (postcode) do not count
sensitive := {"nationaliteit", "dubbele nationaliteit", "geboorteland", "etniciteit", "afkomst", "migratieachtergrond", "herkomst"}

# purpose_elsewhere: another provision on data limits what they are for
purpose_elsewhere if {
	some u in text.mentioning("gegevens")
	some s in u.sentences
	contains(s.lower, "gegevens")
	regex.match(result.param(rego.metadata.chain(), "purpose"), s.lower)
}

report contains f if {
	some u in text.having("grounds")
	some s in u.sentences
	gs := [g |
		some g in u.grounds
		g.sentence == s.id
		g.role == "mention"
		g.kind == "record"
		g.name in sensitive
		not disc.subject_ground(g)
	]
	count(gs) > 0
	g := gs[0]
	not regex.match(result.param(rego.metadata.chain(), "purpose"), input.units[u.article].full)
	not purpose_elsewhere
	msg := sprintf("%s worden gegevens over %s vastgelegd of verwerkt (‘%s’), maar het artikel zegt niet waarvoor ze uitsluitend mogen worden gebruikt; beperk het doel uitdrukkelijk", [result.where(u), g.name, disc.quote(u, g)])
	f := result.finding_at(rego.metadata.chain(), u.id, g.start, g.end, msg)
}
