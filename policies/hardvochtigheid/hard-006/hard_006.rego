# METADATA
# title: Waarborgen van de Awb of de Algemene termijnenwet uitgeschakeld
# description: |
#   De bepaling verklaart onderdelen van de Algemene wet bestuursrecht of de
#   Algemene termijnenwet niet van toepassing. Zo kan een burger het recht
#   verliezen om gehoord te worden, bezwaar te maken, een dwangsom te krijgen
#   als het bestuur te laat beslist, of een termijn die in het weekend
#   afloopt verlengd te zien. Soms is zo’n uitzondering technisch en
#   onschuldig (een subsidietitel die niet past); dan meldt wetlint haar ter
#   informatie. Schakelt de bepaling een waarborg uit — horen, belangenafweging,
#   motivering, de dwangsom bij niet tijdig beslissen, boeteregels, bezwaar en
#   beroep, de Algemene termijnenwet — dan is het een waarschuwing: motiveer
#   in de toelichting waarom de burger die bescherming hier moet missen.
# custom:
#   id: HARD-006
#   name: awb-waarborgen-uitgeschakeld
#   family: hardvochtigheid
#   severity: warning
#   source: Awir art. 12 en art. 28, derde lid
#   scope: article
package wetlint.rules.hardvochtigheid["HARD-006"]

import data.wetlint.hard
import data.wetlint.result
import data.wetlint.text

off := `\bniet van toepassing\b|\bbuiten toepassing\b|\bgeen toepassing\b|\bniet toegepast\b`

awb := "BWBR0005537"

# Awb articles and divisions that protect the citizen: careful preparation
# and weighing of interests, hearing, reasons, the penalty for deciding late,
# departing from policy rules, rules on fines, objection and appeal
safeguard_articles := `^(?:3:2|3:4|3:46|3:47|4:7|4:8|4:17|4:18|4:19|4:20|4:84|5:46|5:53|6:\d+\w*|7:\d+\w*|8:\d+\w*)$`

safeguard_divisions := {"hoofdstuk": {"6", "7", "8"}, "afdeling": {"3.2", "3.7", "4.1.2", "7.2", "7.3"}, "paragraaf": {"4.1.3.2"}}

awb_refs(u, s) := [r |
	some r in u.references
	r.law_id == awb
	r.start >= s.start
	r.end <= s.end
]

safeguard(r) if {
	some a in r.articles
	regex.match(safeguard_articles, a)
}

safeguard(r) if r.division in safeguard_divisions[r.kind]

report contains f if {
	some u in hard.units
	contains(u.lower, "toepassing")
	some s in u.sentences
	regex.match(off, s.lower)
	refs := awb_refs(u, s)
	count(refs) > 0
	parts := concat(", ", [sprintf("‘%s’", [r.text]) | some r in refs])
	f := finding(u, refs, parts)
}

# a safeguard: a warning
finding(u, refs, parts) := result.finding_at(rego.metadata.chain(), u.id, refs[0].start, refs[0].end, msg) if {
	any_safeguard(refs)
	msg := sprintf(
		"%s worden waarborgen van de Algemene wet bestuursrecht buiten toepassing verklaard (%s); burgers missen daarmee een bescherming die zij bij andere besluiten wel hebben — motiveer in de toelichting waarom dat hier nodig is",
		[result.where(u), parts],
	)
}

# another part: for information
finding(u, refs, parts) := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, refs[0].start, refs[0].end, msg), "info") if {
	not any_safeguard(refs)
	msg := sprintf(
		"%s worden onderdelen van de Algemene wet bestuursrecht buiten toepassing verklaard (%s); meestal is dat technisch, maar ga na of burgers daardoor een bescherming missen",
		[result.where(u), parts],
	)
}

any_safeguard(refs) if {
	some r in refs
	safeguard(r)
}

report contains f if {
	some u in hard.units
	contains(u.lower, "termijnenwet")
	some s in u.sentences
	regex.match(off, s.lower)
	some r in text.ranges(s.lower, `\balgemene termijnenwet\b`)
	msg := sprintf(
		"%s geldt de Algemene termijnenwet niet: een termijn die op een zaterdag, zondag of feestdag afloopt, wordt niet verlengd, zodat de burger minder tijd kan hebben dan hij denkt",
		[result.where(u)],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg)
}
