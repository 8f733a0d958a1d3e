# METADATA
# title: Mandaat van de bevoegdheid om regels te stellen
# description: |
#   De bevoegdheid om algemeen verbindende voorschriften vast te stellen
#   wordt niet gemandateerd, behalve in bijzondere omstandigheden: wie regels
#   stelt, moet daarvoor zelf politiek verantwoordelijk zijn en de regels
#   worden in zijn naam bekendgemaakt. Een bepaling die mandaat toestaat voor
#   het stellen van regels of het vaststellen van regelingen moet daarom
#   verdwijnen of in de toelichting worden gerechtvaardigd. Mandaat voor het
#   nemen van besluiten over individuele gevallen (beschikkingen) is gewoon
#   en valt hier niet onder, evenmin een bepaling die zulk mandaat uitsluit.
# custom:
#   id: AR-013
#   name: mandaat-regelgevende-bevoegdheid
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 2.30
#   scope: article
package wetlint.rules.wetgevingstoets["AR-013"]

import data.wetlint.result
import data.wetlint.text

mandate := `\b(mandaat|ondermandaat|mandaatverlening|mandateren|mandateert|gemandateerd|gemandateerde bevoegdheid)\b`

rule_making := `\balgemeen verbindende voorschriften\b|\b(nadere )?regels\s+(te\s+)?(stellen|vast\s+te\s+stellen|vaststellen)\b|\b(stellen|vaststellen|vaststelling|vast te stellen)\s+van\s+(nadere\s+|algemene\s+)?(regels|regelingen|een regeling|ministeriële regelingen)\b|\bministeriële regelingen?\b|\bregelingen als bedoeld\b|\bregelgevende bevoegdhe(id|den)\b`

# the provision forbids or excludes the mandate: what the Ar ask
excluded := `\b(geen|niet|verbod|verboden|uitgesloten|nimmer)\b`

report contains f if {
	some u in text.text_units
	some s in u.sentences
	regex.match(mandate, s.lower)
	regex.match(rule_making, s.lower)
	not regex.match(excluded, s.lower)
	not excluded_by_lead(u)
	rs := [r | some r in text.ranges(u.lower, mandate); r[0] >= s.start; r[1] <= s.end]
	r := sort(rs)[0]
	msg := sprintf("%s mag de bevoegdheid om regels te stellen in mandaat worden uitgeoefend; regelgevende bevoegdheid wordt niet gemandateerd, behalve in bijzondere omstandigheden die de toelichting noemt", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

# an onderdeel of a lead-in that excludes the mandate ("Mandaat wordt niet
# verleend indien het betreft: a. de bevoegdheid tot het vaststellen van
# algemeen verbindende voorschriften")
excluded_by_lead(u) if {
	p := input.units[u.parent]
	regex.match(mandate, p.lower)
	regex.match(excluded, p.lower)
}

excluded_by_lead(u) if {
	p := input.units[input.units[u.parent].parent]
	p.kind in {"onderdeel", "lid", "artikel"}
	regex.match(mandate, p.lower)
	regex.match(excluded, p.lower)
}
