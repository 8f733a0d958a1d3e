# METADATA
# title: Informele verwijzing (‘lid 2’, ‘sub a’, ‘art. 5’)
# description: |
#   Een verwijzing in de regeling volgt de vorm van de Aanwijzingen: een lid
#   wordt aangeduid met een rangtelwoord (‘artikel 5, tweede lid’, ‘het
#   tweede lid’), een onderdeel met ‘onderdeel’ of ‘onder’ (‘artikel 8,
#   onderdeel c’), een artikel voluit (‘artikel 5’, niet ‘art. 5’) en een
#   paragraaf met ‘paragraaf’ (niet ‘§’). Vormen als ‘lid 2’, ‘sub a’,
#   ‘letter b’, ‘art. 5’ en ‘§ 3’ horen in de toelichting of in de
#   rechtspraak, niet in de regeling. Verwijzingen naar Europese
#   regelgeving en verdragen, die hun eigen stijl hebben (‘artikel 5, lid 1,
#   van Verordening (EU) 2016/679’), en geciteerde tekst vallen hier niet
#   onder.
# custom:
#   id: AR-001
#   name: verwijzingsterminologie
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 3.29
#   scope: article
package wetlint.rules.wetgevingstoets["AR-001"]

import data.wetlint.result
import data.wetlint.text

# European acts and treaties keep their own style of reference
eu_law := `verordening|richtlijn|verdrag|\((eu|eg|eeg|euratom)\)|vweu|veu|evrm|ivbpr|handvest|protocol|overeenkomst|kaderbesluit|besluit nr|beschikking nr|gedelegeerd|uitvoeringsbesluit \(`

report contains f if {
	some u in text.text_units
	some ref in u.references
	count(ref.informal) > 0
	not quoted_at(u, ref.start)
	not regex.match(eu_law, lower(ref.law))
	msg := message(u, ref)
	found := result.finding_at(rego.metadata.chain(), u.id, ref.start, ref.end, msg)
	f := fixed(found, ref)
}

message(u, ref) := sprintf("%s staat ‘%s’; de Aanwijzingen schrijven ‘%s’", [result.where(u), ref.text, ref.formal]) if ref.formal != ""

message(u, ref) := sprintf("%s staat ‘%s’; verwijs in de vorm van de Aanwijzingen: leden met een rangtelwoord (‘tweede lid’), onderdelen met ‘onderdeel’ of ‘onder’, ‘artikel’ en ‘paragraaf’ voluit", [result.where(u), ref.text]) if ref.formal == ""

fixed(f, ref) := result.with_fix(f, sprintf("Vervang door ‘%s’", [ref.formal]), [{"start": ref.start, "end": ref.end, "text": ref.formal}]) if ref.formal != ""

fixed(f, ref) := f if ref.formal == ""

# inside quotation marks of the unit's own text, or in a paragraph after one
# that announces a text ("komt te luiden:", "wordt het volgende model
# gevolgd:"): quoted, not drafted here
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`[“„«]`, before, -1)) > count(regex.find_n(`[”»]`, before, -1))
}

quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`"`, before, -1)) % 2 == 1
}

# ‘…’: only when no apostrophe makes the closing marks outnumber the opening
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	count(regex.find_n(`‘`, before, -1)) > count(regex.find_n(`’`, before, -1))
}

quoted_at(u, i) if regex.match(`(?:luiden|luidt|luidende|gelezen|model gevolgd|volgende model|volgende toegevoegd|wordt toegevoegd|wordt ingevoegd|vervangen door)\s*:\s*\n`, lower(substring(u.text, 0, i)))
