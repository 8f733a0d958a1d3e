# METADATA
# title: Vermoeden of fictie ten nadele van de persoon
# description: |
#   De bepaling neemt iets aan ten nadele van de persoon — hij wordt geacht of
#   vermoed iets verkeerd te hebben gedaan, een gevolg volgt al uit een
#   vermoeden — of legt hem de bewijslast op (‘tenzij hij aannemelijk
#   maakt’). Iemand moet dan een negatief feit bewijzen, wat vaak niet lukt.
#   Een fictie in het voordeel van de persoon (‘wordt geacht een aanvraag te
#   hebben gedaan’) en een bewijslast voor het bestuursorgaan vallen hier niet
#   onder. Motiveer het vermoeden en de bewijslast, en beperk ze tot wat nodig
#   is.
# custom:
#   id: HARD-008
#   name: vermoeden-ten-nadele
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 16, vierde lid, en art. 9a (tekst 2021)
#   scope: article
package wetlint.rules.hardvochtigheid["HARD-008"]

import data.wetlint.hard
import data.wetlint.result

what := {
	"fiction": "geldt een fictie ten nadele van de persoon",
	"presumption": "wordt een vermoeden ten nadele van de persoon aangenomen",
	"burden": "moet de persoon zelf het tegendeel aannemelijk maken",
	"suspicion": "volgt een nadelig gevolg al uit een vermoeden",
}

adverse(p) if {
	p.polarity == "adverse"
	p.person
}

# a burden that rebuts a presumption in the same sentence ("wordt vermoed
# …, tenzij hij aannemelijk maakt …") is part of that presumption: one
# finding
rebuttal(u, p) if {
	p.kind == "burden"
	some q in u.presumptions
	q.kind in {"fiction", "presumption"}
	q.sentence == p.sentence
	adverse(q)
}

report contains f if {
	some u in hard.units
	some p in u.presumptions
	adverse(p)
	not rebuttal(u, p)
	msg := sprintf(
		"%s %s (‘%s’); wie het tegendeel moet bewijzen, slaagt daar vaak niet in — motiveer dit in de toelichting en beperk het tot wat nodig is",
		[result.where(u), what[p.kind], p.text],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, p.start, p.end, msg)
}
