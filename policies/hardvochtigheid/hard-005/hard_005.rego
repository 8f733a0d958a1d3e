# METADATA
# title: Hardheidsclausule alleen voor groepen van gevallen
# description: |
#   De hardheidsclausule laat afwijken alleen toe voor groepen van gevallen,
#   bijvoorbeeld bij ministeriële regeling. Voor één persoon in een
#   schrijnende situatie die niet in zo’n groep valt, biedt de regeling dan
#   geen uitweg. De Awir kende tot 2021 alleen zo’n groepsclausule; sinds 2021
#   kunnen beleidsregels ook ‘bepaalde gevallen’ betreffen. Voor een
#   massaal uitgevoerde regeling kan een groepsclausule een bewuste keuze zijn;
#   dit is een punt voor de beoordelaar.
# custom:
#   id: HARD-005
#   name: alleen-groepshardheid
#   family: hardvochtigheid
#   severity: info
#   source: Awir art. 47 (tekst 2006 en tekst 2021)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-005"]

import data.wetlint.result

individual if {
	some m in input.document.mitigations
	m.kind == "hardship_clause"
	not m.groups_only
}

individual if {
	some c in input.context
	some m in c.mitigations
	m.kind == "hardship_clause"
	not m.groups_only
}

report contains f if {
	some m in input.document.mitigations
	m.kind == "hardship_clause"
	m.groups_only
	not individual
	u := input.units[m.unit]
	msg := sprintf(
		"%s geldt de hardheidsclausule alleen voor groepen van gevallen; voor één persoon in een schrijnende situatie biedt de regeling geen uitweg — overweeg de clausule ook voor bepaalde gevallen open te stellen",
		[result.where(u)],
	)
	f := result.finding_at(rego.metadata.chain(), u.id, m.start, m.end, msg)
}
