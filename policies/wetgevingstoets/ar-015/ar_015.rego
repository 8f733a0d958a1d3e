# METADATA
# title: Model hardheidsclausule
# description: |
#   Een hardheidsclausule geeft een bestuursorgaan de bevoegdheid om in een
#   geval dat de regelgever niet heeft voorzien een bepaling buiten
#   toepassing te laten of ervan af te wijken. Zij volgt het model: ‘[Het
#   bestuursorgaan] kan artikel … buiten toepassing laten of daarvan
#   afwijken voor zover toepassing gelet op het belang van [doel of
#   strekking] zal leiden tot een onbillijkheid van overwegende aard.’ De
#   clausule noemt zo nauwkeurig mogelijk de bepalingen waarop zij ziet,
#   noemt het belang dat die bepalingen dienen, en geeft een bevoegdheid tot
#   beslissen in een geval, geen bevoegdheid om regels te stellen (bij
#   ministeriële regeling, beleidsregels). Een algemene hardheidsclausule in
#   een overkoepelende wet (‘Algemene wet …’, die voor een reeks andere
#   regelingen geldt, zoals de belastingwet) is aanvaard; wijkt die alleen
#   in algemeenheid of in het genoemde belang van het model af, dan wordt zij
#   alleen ter informatie gemeld.
# custom:
#   id: AR-015
#   name: model-hardheidsclausule
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 5.26 en 5.25
#   scope: article
package wetlint.rules.wetgevingstoets["AR-015"]

import data.wetlint.result
import data.wetlint.text

# a power to set aside or deviate because of unfairness
power_re := `\b(?:buiten toepassing (?:te )?laten|buiten toepassing gelaten|afwijken|af te wijken|afgeweken|tegemoet (?:te )?komen aan|niet van toepassing)\b`

unfair_re := `\bonbillijkhe(?:id|den)\b`

clauses contains [u, r] if {
	some u in text.text_units
	regex.match(power_re, u.lower)
	some r in text.ranges(u.lower, `\b(?:kennelijke )?onbillijkhe(?:id|den)(?: van (?:overwegende|zwaarwegende) aard)?`)
}

# names the provisions it applies to
tied(u) if {
	some ref in u.references
	ref.kind in {"artikel", "lid", "onderdeel", "subonderdeel"}
}

tied(u) if regex.match(`\b(?:artikel(?:en)?\s+(?:\d|\.{3,}|…)|dit artikel|(?:het|dat|dit) (?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende) lid|die (?:onderdelen|bepalingen|artikelen)|deze bepalingen)`, u.lower)

purpose(u) if regex.match(`\b(?:gelet op|gezien|met het oog op|gegeven)\s+(?:het belang|de strekking|het doel|de doelstelling)`, u.lower)

# rule-making instead of a decision in a case
delegation(u) if regex.match(`\b(?:bij|krachtens) (?:ministeriële regeling|algemene maatregel van bestuur|regeling van onze minister)|\bregels (?:te )?(?:stellen|gesteld)|\bbeleidsregels\b|\bkunnen (?:nadere )?regels worden gesteld`, u.lower)

# an umbrella law: its hardship clause covers the regulations it governs
umbrella if regex.match(`^\W*(?:algemene wet|kaderwet)\b`, lower(object.get(input.document, "citeertitel", "")))

umbrella if regex.match(`\((?:algemene wet|kaderwet)\b|^algemene wet\b`, lower(object.get(input.document, "title", "")))

scope_defect := "de bepalingen waarop zij ziet niet noemt"

scope_defects(u) := [scope_defect] if not tied(u)

else := []

purpose_defects(u) := ["het belang dat de bepalingen dienen niet noemt (‘gelet op het belang van …’)"] if not purpose(u)

else := []

delegation_defects(u) := ["een bevoegdheid geeft om regels te stellen in plaats van een bevoegdheid om in een geval te beslissen"] if delegation(u)

else := []

defects(u) := array.concat(array.concat(scope_defects(u), purpose_defects(u)), delegation_defects(u))

# what an umbrella law is still asked: a power to decide, not to make rules
defects_beyond_scope(u) := delegation_defects(u)

message(u, ds) := sprintf("%s staat een hardheidsclausule die %s; volg het model ‘… kan artikel … buiten toepassing laten of daarvan afwijken voor zover toepassing gelet op het belang van … zal leiden tot een onbillijkheid van overwegende aard’", [result.where(u), concat(" en ", ds)])

report contains f if {
	some [u, r] in clauses
	not umbrella
	ds := defects(u)
	count(ds) > 0
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], message(u, ds))
}

# in an umbrella law a general clause is accepted; other defects are
# still warned about, the generality alone is information
report contains f if {
	some [u, r] in clauses
	umbrella
	ds := defects_beyond_scope(u)
	count(ds) > 0
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], message(u, defects(u)))
}

report contains f if {
	some [u, r] in clauses
	umbrella
	count(defects_beyond_scope(u)) == 0
	ds := defects(u)
	count(ds) > 0
	msg := sprintf("%s staat een hardheidsclausule die %s; in een overkoepelende wet is een algemene clausule aanvaard, maar volg waar het kan het model", [result.where(u), concat(" en ", ds)])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg), "info")
}
