# METADATA
# title: Delegatieformule past niet bij doordelegatie
# description: |
#   ‘Bij algemene maatregel van bestuur’ betekent dat de maatregel de regels
#   zelf stelt: doordelegeren aan een minister is dan uitgesloten. Is
#   doordelegatie bedoeld, dan luidt de formule ‘bij of krachtens algemene
#   maatregel van bestuur’. Deze regel meldt een wet die ‘bij algemene
#   maatregel van bestuur’ schrijft en in dezelfde bepaling de maatregel een
#   ministeriële regeling laat voorschrijven (‘bij die maatregel kan worden
#   bepaald dat bij ministeriële regeling …’, ‘een bij ministeriële regeling
#   vast te stellen bedrag’), en een delegatie met alleen ‘krachtens’, die
#   de maatregel verplicht zelf weer te delegeren. Of een ontwerpbesluit
#   binnen de formule van zijn grondslag in de wet blijft, kan deze regel
#   niet zien.
# custom:
#   id: AR-009
#   name: delegatieformule-subdelegatie
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 2.26
#   scope: article
package wetlint.rules.wetgevingstoets["AR-009"]

import data.wetlint.result
import data.wetlint.text

delegating := {"wet", "rijkswet", "wet-bes", ""}

# a ministeriële regeling that the AMvB is to provide for, in the sentence
# of the delegation
sub_in_sentence := concat("|", [
	`\b(dat|waarbij|daarbij|waarin|daarin)\b[^.;]*\b(bij|krachtens|in een) (ministeriële regeling|regeling van onze minister)`,
	`\b(bij|krachtens) (ministeriële regeling|regeling van onze minister)( \S+){0,3} (vast te stellen|te stellen|aan te wijzen|te bepalen|te geven)\b`,
])

# the same in another sentence of the article: "bij die maatregel kan worden
# bepaald dat bij ministeriële regeling …"
sub_in_article := `\b(bij|in|krachtens) (die|de|deze|bedoelde) (algemene )?maatregel( van bestuur)?\b[^.;]{0,200}\b(ministeriële regeling|regeling van onze minister)`

report contains f if {
	delegating[input.document.type]
	some u in text.text_units
	some d in u.delegations
	d.instrument == "amvb"
	d.formula == "bij"
	subdelegates(u, d)
	msg := sprintf("%s wordt gedelegeerd ‘%s’, maar laat de bepaling de maatregel een ministeriële regeling voorschrijven; ‘bij’ sluit doordelegatie uit: schrijf ‘bij of krachtens algemene maatregel van bestuur’, of delegeer rechtstreeks aan de minister", [result.where(u), d.instrument_text])
	f := result.finding_at(rego.metadata.chain(), u.id, d.instrument_start, d.instrument_end, msg)
}

subdelegates(u, d) if {
	some s in u.sentences
	s.id == d.sentence
	regex.match(sub_in_sentence, substring(s.lower, d.end - s.start, -1))
}

subdelegates(u, d) if {
	art := input.units[u.article]
	regex.match(sub_in_article, art.full)
	not contains(art.full, "krachtens algemene maatregel")
	not contains(art.full, "krachtens de algemene maatregel")
}

# "Krachtens algemene maatregel van bestuur worden regels gesteld": the
# maatregel must delegate again
report contains f if {
	delegating[input.document.type]
	some u in text.text_units
	some d in u.delegations
	d.instrument == "amvb"
	d.formula == "krachtens"
	d.start == d.instrument_start
	some s in u.sentences
	s.id == d.sentence
	regex.match(`(^|[,;:]\s*)$`, substring(s.lower, 0, d.instrument_start - s.start))
	msg := sprintf("%s staat alleen ‘%s’: de maatregel moet de regels dan zelf weer aan een ander overlaten; schrijf ‘bij of krachtens’ als doordelegatie mogelijk moet zijn, of ‘bij’ als de maatregel de regels zelf stelt", [result.where(u), d.instrument_text])
	f := result.finding_at(rego.metadata.chain(), u.id, d.instrument_start, d.instrument_end, msg)
}
