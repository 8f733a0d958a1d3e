# METADATA
# title: Omvang van artikel en lid
# description: |
#   Een artikel met veel leden, een lid met veel woorden en een opsomming die
#   dieper gaat dan onderdeel en subonderdeel zijn moeilijk te lezen en
#   moeilijk precies aan te halen. Verdeel zo’n artikel over meer artikelen,
#   maak van een lange bepaling meer leden of zinnen, en vermijd een
#   opsomming binnen een subonderdeel. Artikelen met begripsbepalingen en
#   tariefartikelen zijn van nature lang en blijven buiten beschouwing.
# custom:
#   id: AR-028
#   name: omvang-artikel
#   family: wetgevingstoets
#   severity: info
#   source: "wetlint; opsommingen: Ar 3.59"
#   scope: article
#   params:
#     max_leden: 8
#     max_woorden: 120
#     max_diepte: 3
package wetlint.rules.wetgevingstoets["AR-028"]

import data.wetlint.result
import data.wetlint.text

param(name) := result.param(rego.metadata.chain(), name)

# definitions articles and tariff articles are long by nature
exempt(article) if {
	some d in input.document.definitions
	input.units[d.unit].article == article
}

exempt(article) if {
	a := input.units[article]
	regex.match(`\btarie(f|ven)\b|€\s?\d[^€]*€\s?\d[^€]*€\s?\d`, a.full)
}

articles contains a if {
	some a in text.regeling_units
	a.kind == "artikel"
	a.article == a.id
	not exempt(a.id)
}

report contains f if {
	some a in articles
	n := count(a.members)
	n > param("max_leden")
	msg := sprintf("%s staan %d leden; verdeel de leden over meer artikelen, zodat elk artikel één onderwerp regelt (richtwaarde: ten hoogste %d leden)", [result.where(a), n, param("max_leden")])
	f := result.finding(rego.metadata.chain(), a.id, msg)
}

report contains f if {
	some u in text.regeling_units
	u.readability.provision
	not exempt(u.article)
	# the lid's own words: an enumeration in onderdelen is the way to
	# structure a long provision, so its items do not count
	n := count(regex.find_n(`[\p{L}\p{N}]+`, u.text, -1))
	n > param("max_woorden")
	msg := sprintf("%s staan %d woorden buiten de opsomming; splits de bepaling in meer leden, zinnen of onderdelen (richtwaarde: ten hoogste %d woorden per lid)", [result.where(u), n, param("max_woorden")])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}

report contains f if {
	some u in text.regeling_units
	u.depth > param("max_diepte")
	not exempt(u.article)
	not deeper_parent(u)
	msg := sprintf("%s gaat de opsomming dieper dan onderdeel en subonderdeel; maak van de onderverdeling een eigen lid of artikel", [result.where(u)])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}

# report the first unit too deep, not each of its children
deeper_parent(u) if input.units[u.parent].depth > param("max_diepte")
