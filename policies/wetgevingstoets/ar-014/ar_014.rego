# METADATA
# title: Bestuursbevoegdheid met een vaag criterium
# description: |
#   Een bevoegdheid van een bestuursorgaan wordt zoveel mogelijk genormeerd:
#   de regeling zegt wanneer en waarvoor zij mag worden gebruikt. Criteria
#   als ‘indien hij dat nodig acht’, ‘naar zijn oordeel’, ‘om hem moverende
#   redenen’, ‘indien het belang daartoe aanleiding geeft’ of ‘in bijzondere
#   gevallen’ laten de burger niet weten waar hij aan toe is en de rechter
#   weinig om aan te toetsen. Noem de omstandigheden of het doel, of
#   rechtvaardig in de toelichting waarom die ruimte nodig is (beleidsruimte
#   kan juist maatwerk mogelijk maken). Een hardheidsclausule die de
#   onbillijkheid van overwegende aard als maatstaf noemt, valt hier niet
#   onder.
# custom:
#   id: AR-014
#   name: normering-bestuursbevoegdheid
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 2.14
#   scope: article
package wetlint.rules.wetgevingstoets["AR-014"]

import data.wetlint.result
import data.wetlint.text

vague := concat("|", [
	`\b(indien|wanneer|voor zover|zo) (hij|zij|het college|onze minister|de minister|het bestuur|de inspecteur|het bestuursorgaan|burgemeester en wethouders|gedeputeerde staten)( dat| zulks| dit| het)? (nodig|noodzakelijk|gewenst|wenselijk|geraden) (acht|achten|oordeelt|oordelen)\b`,
	`\bnaar (zijn|haar|hun) oordeel\b`,
	`\bnaar het oordeel van (onze minister|de minister|het college|burgemeester en wethouders|gedeputeerde staten|het bestuur|de inspecteur|het bestuursorgaan)\b`,
	`\bom (hem|haar|hun|hen)? ?moverende redenen\b`,
	`\b(indien|wanneer|voor zover) het (algemeen |openbaar )?belang (daartoe|daarbij|hiertoe)? ?aanleiding geeft\b`,
	`\bin bijzondere gevallen\b`,
])

# courts and the public prosecution service are no administration
not_administration := `\b(rechter|rechters|rechtbank|gerechtshof|hof|hoge raad|kantonrechter|raad van state|afdeling bestuursrechtspraak|centrale raad van beroep|college van beroep|procureur-generaal|officier van justitie|openbaar ministerie|rechter-commissaris)\b`

# a hardship clause names its own yardstick
hardship := `onbillijkheid|onbillijkheden|van overwegende aard`

report contains f if {
	some u in text.text_units
	some s in u.sentences
	s.actor == "admin"
	s.modal
	regex.match(vague, s.lower)
	not regex.match(hardship, s.lower)
	not regex.match(not_administration, lower(s.actor_name))
	rs := [r | some r in text.ranges(u.lower, vague); r[0] >= s.start; r[1] <= s.end]
	r := sort(rs)[0]
	phrase := substring(u.text, r[0], r[1] - r[0])
	msg := sprintf("%s hangt een bevoegdheid van het bestuur af van een vaag criterium (‘%s’); zeg wanneer of waarvoor de bevoegdheid mag worden gebruikt, of rechtvaardig in de toelichting waarom die ruimte nodig is", [result.where(u), phrase])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}
