# METADATA
# title: Onderscheid naar nationaliteit
# description: |
#   De bepaling verbindt een voorwaarde, uitsluiting of ander rechtsgevolg aan
#   nationaliteit of verblijfsstatus. De overheid mag zo’n onderscheid alleen
#   maken als het objectief gerechtvaardigd is: het dient een legitiem doel,
#   het is noodzakelijk (er is geen minder ingrijpend middel) en het is
#   evenredig. De toelichting moet dat voor deze bepaling uitwerken. Een
#   begripsbepaling, een verwijzing naar de Vreemdelingenwet 2000 of een
#   verbod om nationaliteitsgegevens te gebruiken is geen onderscheid.
# custom:
#   id: DISC-001
#   name: onderscheid-nationaliteit
#   family: discriminatietoets
#   severity: warning
#   source: College voor de Rechten van de Mens, toetsingskader risicoprofilering (2021, 2025)
#   scope: article
package wetlint.rules.discriminatietoets["DISC-001"]

import data.wetlint.result
import data.wetlint.text

nationality := `\bnationaliteit(en)?\b|\bnederlanders?\b|\bniet-nederlanders?\b|\bvreemdeling(en)?\b|\bonderda(a|ne)n\b|\beu-burgers?\b|\bunieburgers?\b|\bderdelanders?\b|\bburgers? van de unie\b|\bstaatsburgers?\b|\bstaatlo(os|ze|zen)\b`

# a condition, exclusion or different consequence
distinction := `\bmet uitzondering van\b|\buitgezonderd\b|\bindien\b|\bmits\b|\btenzij\b|\bslechts\b|\buitsluitend\b|\balleen\b|\bgeen (recht|aanspraak)\b|\b(is|zijn) uitgesloten\b|\bkom(t|en) niet in aanmerking\b|\bvoorrang\b|\bniet van toepassing\b|\b(die|dat|wie)\b[^.;]*\b(bezit|bezitten|heeft|hebben)\b|\bvoor zover\b|\bop voorwaarde\b|\bvan toepassing op\b|\bvoorbehouden aan\b`

# mentions that are not a distinction: a ban on using nationality data, a
# provision that says nationality does not matter
mention := `\b(wordt|worden|mag|mogen|kan|kunnen)\b[^.;]{0,40}\bniet\b[^.;]{0,20}\b(verwerkt|gebruikt|betrokken|vastgelegd|opgevraagd|verstrekt|gehanteerd|meegewogen)\b|\bongeacht (de |zijn |haar |hun )?nationaliteit\b|\bzonder onderscheid naar\b|\bgeen onderscheid\b|\bis verboden\b|\bmag geen onderscheid\b`

definition_unit(id) if {
	some d in input.document.definitions
	d.unit == id
}

report contains f if {
	some u in text.text_units
	not definition_unit(u.id)
	some s in u.sentences
	regex.match(nationality, s.lower)
	regex.match(distinction, s.lower)
	not regex.match(mention, s.lower)
	r := first_range(s.lower, nationality)
	msg := sprintf("%s wordt onderscheid gemaakt naar nationaliteit of verblijfsstatus (‘%s’); dat mag alleen met een objectieve rechtvaardiging — legitiem doel, noodzaak en evenredigheid — die de toelichting voor deze bepaling uitwerkt", [result.where(u), substring(s.text, r[0], r[1] - r[0])])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg)
}

first_range(s, pattern) := r if {
	ranges := text.ranges(s, pattern)
	starts := [x[0] | some x in ranges]
	m := min(starts)
	some r in ranges
	r[0] == m
}
