# METADATA
# title: discriminatietoets helpers
# description: |
#   What the DISC rules share: which grounds draw a distinction that needs a
#   justification, whether the regulation has a ground as its very subject,
#   what the toelichting argues for an article (input.toelichting.justifications,
#   found by Go: see docs/discriminatietoets.md), and the Dutch words for
#   the three elements of a justification.
package wetlint.disc

import data.wetlint.result
import data.wetlint.text

# subject_regulations: regulations that have a ground as their very
# subject, by citeertitel (or title): the Vreemdelingenwet 2000 is about
# aliens, the Wet inburgering about language and integration, the Kieswet
# gives the vote to Nederlanders, and the equal treatment laws forbid
# distinctions (their provisions are bans and the exceptions to them). The
# rules do not report every provision of such a regulation as a
# distinction. The list names regulations, not words: a new draft about an
# "inburgeringsvoorziening" is not exempt.
subject_regulations := {
	"migration": `\b(vreemdelingenwet|vreemdelingenbesluit|voorschrift vreemdelingen|vreemdelingencirculaire|rijkswet op het nederlanderschap|besluit naturalisatietoets|wet inburgering|besluit inburgering|regeling inburgering|wet arbeid vreemdelingen|wet centraal orgaan opvang asielzoekers|regeling verstrekkingen asielzoekers|paspoortwet|paspoortuitvoeringsregeling|kieswet|kiesbesluit)( \d{4})?\b`,
	"equal": `\b(algemene wet gelijke behandeling|wet gelijke behandeling)\b`,
	"treaty": `^(verdrag|overeenkomst|protocol|convention|agreement)\b`,
}

regulation_name := n if {
	n := trim(lower(object.get(input.document, "citeertitel", "")), "\"“”' ")
	n != ""
} else := lower(object.get(input.document, "title", ""))

# proxies that migration law uses by its nature (an asylum seeker's land
# van herkomst); the others (etniciteit, afkomst, …) are never its subject
migration_proxies := {"herkomst", "geboorteland", "geboorteplaats", "inburgeringsplicht", "dubbele nationaliteit", "taal"}

# subject_ground(g) holds when the regulation has this ground as its
# subject, or is a treaty (between states nationality is the point).
subject_ground(_) if regex.match(subject_regulations.equal, regulation_name)

subject_ground(_) if input.document.type == "verdrag"

subject_ground(_) if regex.match(subject_regulations.treaty, regulation_name)

subject_ground(g) if {
	g.category in {"nationality", "residence", "language"}
	regex.match(subject_regulations.migration, regulation_name)
}

subject_ground(g) if {
	g.name in migration_proxies
	regex.match(subject_regulations.migration, regulation_name)
}

# third_exclusion: someone loses a right because of the status of another
# person (DISC-008).
third_exclusion(g) if {
	g.role == "criterion"
	g.holder == "third"
	g.negative
	g.category in {"nationality", "residence"}
}

# communication: "uitsluitend in de Nederlandse taal" (DISC-005 at info).
communication(g) if g.name == "voertaal"

# needs_justification(g): the ground draws a distinction that the
# toelichting must justify (DISC-007).
needs_justification(g) if {
	g.role == "criterion"
	g.category in {"nationality", "proxy"}
	not third_exclusion(g)
	not subject_ground(g)
}

needs_justification(g) if {
	g.role == "criterion"
	g.category == "language"
	not communication(g)
	not subject_ground(g)
}

needs_justification(g) if {
	third_exclusion(g)
	not subject_ground(g)
}

# a temporary residence permit as a criterion: lawful residence is what the
# koppelingsbeginsel asks; a distinction among lawful residents by the kind
# of their permit goes beyond it
needs_justification(g) if {
	temporary_permit(g)
	not subject_ground(g)
}

temporary_permit(g) if {
	g.role == "criterion"
	g.category == "residence"
	g.name == "tijdelijke verblijfsvergunning"
}

# distinctions: every criterion that needs a justification, with its unit.
distinctions contains {"unit": u.id, "article": u.article, "start": g.start, "end": g.end, "ground": g} if {
	some u in text.text_units
	some g in u.grounds
	needs_justification(g)
}

# first_per_sentence returns the criteria of a sentence that pass filter
# order: the rules report one finding per sentence.
sentence_grounds(u, s, category) := [g |
	some g in u.grounds
	g.sentence == s.id
	g.role == "criterion"
	g.category == category
]

# justification(article) is what the toelichting argues for an article.
default_justification := {"units": [], "via": [], "argued": [], "asserted": [], "evidence": []}

justification(article) := j if {
	j := input.toelichting.justifications[article]
} else := default_justification

elements := ["aim", "necessity", "proportionality"]

# element_name: the elements in a message.
element_name := {
	"aim": "een legitiem doel",
	"necessity": "de noodzaak (waarom geen minder ingrijpend middel volstaat)",
	"proportionality": "de evenredigheid (waarom het nadeel voor de betrokkenen opweegt tegen het doel)",
}

# element_short: the elements in a list of what is there.
element_short := {"aim": "het doel", "necessity": "de noodzaak", "proportionality": "de evenredigheid"}

missing(article) := [e |
	some e in elements
	not e in justification(article).argued
]

argued(article) := [e |
	some e in elements
	e in justification(article).argued
]

asserted(article) := [e |
	some e in elements
	e in justification(article).asserted
]

# justified(article): the toelichting argues all three elements.
justified(article) if {
	count(justification(article).units) > 0
	count(missing(article)) == 0
}

# need says what a distinction needs.
need := "dat mag alleen met een objectieve rechtvaardiging (legitiem doel, noodzaak en evenredigheid) die de toelichting voor deze bepaling uitwerkt"

# justified_note replaces what a distinction needs when the toelichting
# justifies it; the finding is then reported at severity info.
justified_note := "de toelichting beargumenteert een legitiem doel, de noodzaak en de evenredigheid"

# distinction_finding reports a distinction at ground g of unit u: "what;
# need" at the rule's severity, or "what; justified_note" at info when the
# toelichting justifies the article.
distinction_finding(chain, u, g, what, _) := result.with_severity(
	result.finding_at(chain, u.id, g.start, g.end, concat("; ", [what, justified_note])),
	"info",
) if {
	justified(u.article)
}

distinction_finding(chain, u, g, what, need) := result.finding_at(chain, u.id, g.start, g.end, concat("; ", [what, need])) if {
	not justified(u.article)
}

# kind_phrase: what the ground decides, by the kind of criterion.
kind_phrase := {
	"exclusion": "wie wordt uitgesloten",
	"restriction": "tot wie de bepaling zich beperkt",
	"priority": "wie voorrang krijgt",
	"selection": "wie wordt geselecteerd",
	"condition": "wie aan de voorwaarde voldoet",
	"addressee": "tot wie de bepaling zich richt",
}

# holder_phrase names whose status counts when it is not the person's own.
holder_phrase(g) := sprintf(" (van de %s)", [g.holder_name]) if g.holder == "third"

else := ""

# join_nl joins words the Dutch way: "a", "a en b", "a, b en c".
join_nl(xs) := "" if count(xs) == 0

join_nl(xs) := xs[0] if count(xs) == 1

join_nl(xs) := concat(" en ", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1

# quote returns the text of a ground as written in the unit.
quote(u, g) := substring(u.text, g.start, g.end - g.start)
