# METADATA
# title: doenvermogen helpers
# description: |
#   What the DOEN rules share: the duties of citizens, their deadlines, the
#   short ones, the consequences that destroy a right and the words that
#   offer a repair. The facts come from the policy input
#   (docs/policy-input.md); how they are found is in docs/doenvermogen.md.
package wetlint.doen

import data.wetlint.text

# applies holds for the documents the DOEN rules judge: not a treaty, whose
# parties are states.
applies if input.document.type != "verdrag"

# units are the regulation's units with text, where the DOEN rules look,
# by id (an object: a set would hash every unit of a large law).
default units := {}

units := text.text_units if applies

# within(us) are the units us when the DOEN rules apply, else none: for the
# indexed selections of text (text.mentioning, text.having, text.with_duty)
default within(_) := {}

within(us) := us if applies

# duties are the sentences of the regulation that oblige a citizen to act,
# as {"unit": u, "sentence": s}.
duties contains {"unit": u, "sentence": s} if {
	some u in within(text.with_duty)
	some s in u.sentences
	s.duty
	s.actor == "citizen"
}

# duty_kinds are the kinds of citizen the duties are about, and
# duties_of(k) the duties about kind k: the kind of each duty is found once
# (kinded), not once per kind
kinded := [[kind(x.sentence), x] | some x in duties]

duty_kinds := {k | some [k, _] in kinded}

duties_of(k) := {x | some [j, x] in kinded; j == k}

# kind names the citizen a sentence is about: its lemma ("aanvrager") or
# "burger" when the text names none or only a generic person ("degene").
kind(s) := name(s.kind)

# deadline_kind is kind for a deadline.
deadline_kind(d) := name(d.actor_kind)

name(k) := k if not k in generic

name(k) := "burger" if k in generic

generic := {"", "degene", "persoon", "een ieder", "hij die", "zij die"}

# short holds for a citizen's deadline shorter than DOEN-002's min_days
# (six weeks by default): a period to act in, not a notice period, a
# duration or a date.
short(d) if {
	d.actor == "citizen"
	d.kind in {"within", "period"}
	not d.vague
	d.days > 0
	d.days < data.wetlint.params["DOEN-002"].min_days
}

# immediate holds for a citizen's vague immediacy ("onverwijld").
immediate(d) if {
	d.actor == "citizen"
	d.vague
}

# fatal_kinds are consequences that destroy the right or the application.
fatal_kinds := {"verval", "niet-behandeld", "geacht-niet", "afgewezen"}

# fatal are the consequences of the regulation that destroy a right after a
# citizen's failure, with the citizen duty they follow from, as
# {"unit": u, "consequence": c, "duty": unit of the duty, "deadline": d or
# null}.
fatal contains {"unit": u, "consequence": c, "duty": input.units[l.unit], "deadline": deadline_at(l)} if {
	some u in within(text.having("consequences"))
	some c in u.consequences
	c.kind in fatal_kinds
	c.trigger != ""
	some l in c.links
	some s in input.units[l.unit].sentences
	s.id == l.sentence
	s.actor == "citizen"
}

deadline_at(l) := input.units[l.unit].deadlines[l.deadline] if l.deadline >= 0

deadline_at(l) := null if l.deadline < 0

# repair are words that give the citizen a second chance: herstel, a
# further term, an invitation to make good the omission, a reminder,
# "alsnog", an excusable delay, a term that may be extended.
repair := `\bherstel|\bin de gelegenheid\b[^.;]{0,80}\b(alsnog|aan te vullen|te herstellen|aanvullen|herstellen)|\bnadere termijn\b|\baanmaning\b|\baanmaant\b|\bmaant\b[^.;]{0,60}\baan\b|\bherinnering\b|\balsnog\b|\bverschoonbaar|\bredelijkerwijs niet\b[^.;]{0,60}\bverzuim|\b(termijn|termijnen)\b[^.;]{0,80}\b(verleng|verlengd|verlenging)|\bverleng[a-z]*\b[^.;]{0,60}\btermijn`

# article_of returns the id of the article a unit belongs to.
article_of(u) := u.article if u.article != ""

article_of(u) := u.id if u.article == ""

# repaired holds when the article of the unit, or a unit of the regulation
# that refers to it, offers a repair.
repaired(u) if regex.match(repair, input.units[article_of(u)].full)

repaired(u) if {
	some v in text.having("references")
	some r in v.references
	some t in r.targets
	refers_to(t, u)
	regex.match(repair, v.lower)
}

refers_to(t, u) if t == u.id

refers_to(t, u) if t == article_of(u)

refers_to(t, u) if startswith(u.id, concat("", [t, "/"]))

# citizen_provisions are the leden (and artikelen without leden) in which a
# citizen acts or must meet a deadline: the provisions the readability
# rules judge.
citizen_provisions contains u if {
	applies
	some u in text.regeling_units
	u.readability.provision
	u.readability.citizen
}
