# METADATA
# title: Verwijzing naar een onderdeel dat niet bestaat
# description: |
#   Een verwijzing binnen de regeling moet wijzen naar een artikel, lid,
#   onderdeel of hoofdstuk dat in de regeling bestaat. Een verwijzing die
#   nergens heen wijst maakt de bepaling onuitvoerbaar of laat de lezer
#   raden wat bedoeld is. Verwijzingen naar een andere regeling (‘van de
#   Algemene wet bestuursrecht’, ‘van die wet’) en, in een wijzigingsregeling,
#   naar de gewijzigde regeling vallen hier niet onder.
# custom:
#   id: AR-004
#   name: bungelende-verwijzing
#   family: wetgevingstoets
#   severity: error
#   source: "wetlint; vorm van verwijzingen: Ar 3.29"
#   scope: article
package wetlint.rules.wetgevingstoets["AR-004"]

import data.wetlint.result
import data.wetlint.text

report contains f if {
	some u in text.text_units
	some ref in u.references
	ref.scope == "internal"
	some missing in ref.missing
	msg := sprintf("%s wordt verwezen naar %s, maar dat bestaat niet in deze regeling; controleer het nummer of vul de regeling aan", [result.where(u), missing])
	f := result.finding_at(rego.metadata.chain(), u.id, ref.start, ref.end, msg)
}
