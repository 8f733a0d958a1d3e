# METADATA
# title: Terugwerkende kracht van belastende bepalingen
# description: |
#   De regeling of een bepaling werkt terug, en de bepalingen waarop de
#   terugwerking slaat leggen mensen lasten of sancties op: terugvordering,
#   een boete, verlies van een recht. Belastende regels horen niet terug te
#   werken; de toelichting moet de reden en de datum noemen (Ar 5.63).
#   Terugwerking van gunstige bepalingen (een tegemoetkoming, een
#   compensatie) valt hier niet onder. Noemt de toelichting de
#   terugwerkende kracht, dan blijft het een waarschuwing, want de
#   afweging blijft aan de beoordelaar.
# custom:
#   id: HARD-009
#   name: belastende-terugwerkende-kracht
#   family: hardvochtigheid
#   severity: error
#   source: Ar 5.63
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-009"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

retro := `\bwerk(?:t|en)\b[^.;]{0,120}?\bterug tot\b|\bterugwerk(?:t|en)\b|\bmet terugwerkende kracht\b|\bterug te werken\b`

# "met terugwerkende kracht" also describes a situation ("met terugwerkende
# kracht verzekeringsplichtig wordt"); it is a retroactivity clause only in
# an entry into force or with a verb that applies or sets something
# ("wordt met terugwerkende kracht toegepast")
clause_words := `\bin werking\b|\bmet terugwerkende kracht\s+(?:\S+\s+){0,3}?(?:toegepast|vastgesteld|ingetrokken|gewijzigd|verleend|opgelegd|teruggevorderd|herzien|toe te passen|vast te stellen|in te trekken)\b`

retroactivity(s, r) if not contains(substring(s.lower, r[0], r[1] - r[0]), "terugwerkende kracht")

retroactivity(s, r) if {
	contains(substring(s.lower, r[0], r[1] - r[0]), "terugwerkende kracht")
	regex.match(clause_words, s.lower)
}

not_retro := `\bgeen terugwerkende kracht\b|\bniet\b[^.;]{0,30}\bterug(?:werk| tot)`

# the whole regulation, quoted text of an amending act included
all_units := [u | some u in input.units; u.text != ""]

# the units a retroactivity clause touches: those it names, or else the
# whole regulation when it speaks of the regulation (or its entry into
# force), or else its own lid
touched(u, s) := {t |
	some r in u.references
	r.scope in {"internal", "amended"}
	r.start >= s.start
	r.end <= s.end
	some target in r.targets
	some t in all_units
	hard.within(t.id, target)
}

named(u, s) if count(touched(u, s)) > 0

scope_units(u, s) := touched(u, s) if named(u, s)

scope_units(u, s) := {t | some t in all_units} if {
	not named(u, s)
	regex.match(`\b(?:deze|dit) (?:wet|regeling|besluit|verordening)\b|\bin werking\b`, s.lower)
}

scope_units(u, s) := {t | some t in all_units; own(u, t)} if {
	not named(u, s)
	not regex.match(`\b(?:deze|dit) (?:wet|regeling|besluit|verordening)\b|\bin werking\b`, s.lower)
}

own(u, t) if t.id == u.id

own(u, t) if {
	u.member != ""
	t.article == u.article
	t.member == u.member
}

burdens(units) := {e.text |
	some t in units
	some e in t.effects
	hard.adverse_decision(e)
	hard.imposed(e)
}

explained if {
	some t in input.toelichting.units
	contains(t.lower, "terugwerkende kracht")
}

report contains f if {
	some u in text.mentioning("terug")
	some s in u.sentences
	some r in text.ranges(s.lower, retro)
	retroactivity(s, r)
	not regex.match(not_retro, s.lower)
	bs := burdens(scope_units(u, s))
	count(bs) > 0
	examples := concat(", ", [sprintf("‘%s’", [b]) | some b in array.slice(sort(bs), 0, 3)])
	msg := sprintf(
		"%s werkt terug (‘%s’) terwijl de bepalingen waarop dat slaat lasten of sancties opleggen (%s); belastende regels horen niet terug te werken — noem in de toelichting de reden en de datum (Ar 5.63)",
		[result.where(u), substring(s.text, r[0], r[1] - r[0]), examples],
	)
	f0 := result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg)
	f := severity(f0)
}

severity(f) := result.with_severity(f, "warning") if explained

severity(f) := f if not explained
