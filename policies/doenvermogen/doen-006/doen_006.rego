# METADATA
# title: Informatieplicht met sanctie
# description: |
#   De burger moet op verzoek gegevens verstrekken, en wie dat niet (op tijd)
#   doet, krijgt een boete, verliest zijn recht of ziet de overheid zijn
#   recht ambtshalve vaststellen. Een verzoek om informatie komt als brief; wie die mist of niet
#   begrijpt, wordt gestraft voor iets wat hij niet wist. Zorg voor een
#   herinnering vóór de sanctie en voor een sanctie naar verhouding.
# custom:
#   id: DOEN-006
#   name: informatieplicht-met-sanctie
#   family: doenvermogen
#   severity: warning
#   source: Awir art. 18 lid 4 en art. 40 lid 1; WRR, Weten is nog geen doen (2017)
#   scope: document
package wetlint.rules.doenvermogen["DOEN-006"]

import data.wetlint.doen
import data.wetlint.result

on_request := `\bdesgevraagd\b|\bop (zijn |haar |diens |hun |eerste |schriftelijk )?verzoek\b|\bgevraagde (gegevens|inlichtingen|informatie|stukken|bescheiden)\b`

information := `\bgegevens\b|\binlichtingen\b|\binformatie\b|\bbescheiden\b|\bstukken\b|\bdocument(en)?\b|\bopga(ve|af)\b`

report contains f if {
	some x in doen.duties
	regex.match(on_request, x.sentence.lower)
	regex.match(information, x.sentence.lower)
	labels := sort({v.label | some v in doen.units; sanctions(v, x.unit)})
	count(labels) > 0
	msg := sprintf("%s moet de %s op verzoek gegevens verstrekken, en volgens %s volgt een sanctie als dat niet (op tijd) gebeurt; een verzoek om informatie wordt gemakkelijk gemist — stuur eerst een herinnering en houd de sanctie in verhouding", [result.where(x.unit), doen.kind(x.sentence), concat(" en ", labels)])
	f := result.finding_at(rego.metadata.chain(), x.unit.id, x.sentence.start, x.sentence.end, msg)
}

# sanction: a fine or an ex-officio decision, or the loss of the right
# where the article offers no repair ("herleeft indien hij die inlichtingen
# alsnog verstrekt")
sanction(c, _) if c.kind in {"boete", "ambtshalve"}

sanction(c, v) if {
	c.kind == "verval"
	not doen.repaired(v)
}

# sanctions holds when unit v attaches a fine, the loss of the right or an
# ex-officio decision to a failure to do what unit u asks: through a
# consequence linked to u's duty, or a consequence after a failure in a
# provision that refers to u.
sanctions(v, u) if {
	some c in v.consequences
	sanction(c, v)
	some l in c.links
	l.unit == u.id
}

sanctions(v, u) if {
	some c in v.consequences
	sanction(c, v)
	c.trigger != ""
	some r in v.references
	some t in r.targets
	doen.refers_to(t, u)
}
