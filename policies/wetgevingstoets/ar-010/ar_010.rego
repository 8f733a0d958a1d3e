# METADATA
# title: Delegatie aan een minister zonder de vorm van een ministeriële regeling
# description: |
#   Wordt de bevoegdheid om regels te stellen aan een minister gedelegeerd,
#   dan zegt de delegatiebepaling dat dat gebeurt ‘bij ministeriële regeling’
#   of ‘bij regeling van Onze Minister’. ‘Onze Minister stelt nadere regels’
#   noemt de vorm niet, en ‘bij besluit van Onze Minister worden regels
#   gesteld’ noemt de vorm van een besluit, niet van algemeen verbindende
#   voorschriften. Noem zo nodig ook welke minister bevoegd is als dat niet
#   uit de regeling blijkt. Decentrale regelgeving en beleidsregels vallen
#   hier niet onder.
# custom:
#   id: AR-010
#   name: delegatie-aan-minister
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 2.28
#   scope: article
package wetlint.rules.wetgevingstoets["AR-010"]

import data.wetlint.result
import data.wetlint.text

# the document types whose delegations the Ar govern
central := {"wet", "rijkswet", "amvb", "kb", ""}

report contains f if {
	central[input.document.type]
	some u in text.text_units
	some d in u.delegations
	d.kind == "regels"
	d.issuer == "minister"
	d.instrument == ""
	phrase := substring(u.text, d.start, d.end - d.start)
	msg := sprintf("%s mag de minister regels stellen (‘%s’) zonder dat de bepaling de vorm noemt; schrijf ‘bij ministeriële regeling’ of ‘bij regeling van Onze Minister’ (‘Bij ministeriële regeling worden regels gesteld over …’)", [result.where(u), phrase])
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}

report contains f if {
	central[input.document.type]
	some u in text.text_units
	some d in u.delegations
	d.kind == "regels"
	d.issuer == "minister"
	d.instrument in {"besluit", "other"}
	not contains(lower(d.instrument_text), "koninklijk")
	msg := sprintf("%s worden regels gedelegeerd ‘%s’: dat is de vorm van een besluit, niet van algemeen verbindende voorschriften; schrijf ‘bij ministeriële regeling’ of ‘bij regeling van Onze Minister’", [result.where(u), d.instrument_text])
	found := result.finding_at(rego.metadata.chain(), u.id, d.instrument_start, d.instrument_end, msg)
	f := with_fix(found, d)
}

# "bij besluit van Onze Minister" → "bij regeling van Onze Minister"
with_fix(found, d) := result.with_fix(found, "Vervang ‘besluit’ door ‘regeling’", [{"start": s, "end": s + 7, "text": "regeling"}]) if {
	regex.match(`^(bij|krachtens|bij of krachtens) besluit van onze minister$`, lower(d.instrument_text))
	s := d.instrument_start + indexof(lower(d.instrument_text), "besluit")
}

with_fix(found, d) := found if {
	not regex.match(`^(bij|krachtens|bij of krachtens) besluit van onze minister$`, lower(d.instrument_text))
}
