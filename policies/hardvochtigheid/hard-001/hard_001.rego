# METADATA
# title: Volledige terugvordering zonder ruimte voor een lager bedrag
# description: |
#   De bepaling verplicht het bestuursorgaan het hele bedrag terug te vorderen,
#   ongeacht de ernst van de fout of de omvang van het bedrag, en nergens in de
#   regeling staat een bevoegdheid om een lager bedrag terug te vorderen of van
#   terugvordering af te zien. Zo’n alles-of-nietsconstructie trof in de
#   toeslagenaffaire duizenden ouders. Geef het bestuursorgaan ruimte om de
#   terugvordering te matigen als volledige terugvordering onevenredig is.
# custom:
#   id: HARD-001
#   name: volledige-terugvordering
#   family: hardvochtigheid
#   severity: error
#   source: Awir art. 26 (oude en huidige tekst); Ongekend onrecht (2020)
#   scope: document
package wetlint.rules.hardvochtigheid["HARD-001"]

import data.wetlint.result
import data.wetlint.text

# recovery that the administration must carry out
recovery := `\bteruggevorderd\b|\bvordert\b[^.;]{0,80}\bterug\b|\bvorderen\b[^.;]{0,80}\bterug\b|\bterugvordert\b|\bin (zijn|haar) geheel verschuldigd\b|\bvolledig terug te betalen\b|\bbetaalt\b[^.;]{0,60}\b(volledig|geheel)\b[^.;]{0,20}\bterug\b`

# a power to recover less, or a proportionality clause
mitigation := `\blager bedrag\b|\bgeheel of gedeeltelijk\b|\bgedeeltelijk\b[^.;]{0,60}\b(terug|af)|\b(af(zien|gezien)|afziet) van\b[^.;]{0,40}\b(terug|in)vordering|\bnaar evenredigheid\b|\bonevenredig|\bniet evenredig\b|\bmatig(en|t|ing)\b`

mitigated if {
	some u in text.text_units
	regex.match(mitigation, u.lower)
}

report contains f if {
	not mitigated
	some u in text.text_units
	some s in u.sentences
	not s.modal
	not negated_recovery(s.lower)
	some r in text.ranges(s.lower, recovery)
	msg := sprintf("%s moet het hele bedrag worden teruggevorderd, hoe klein de fout ook is; de regeling geeft geen bevoegdheid om een lager bedrag terug te vorderen of van terugvordering af te zien", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + r[0], s.start + r[1], msg)
}

negated_recovery(s) if regex.match(`\b(wordt|worden|vindt)\b[^.;]{0,30}\bniet\b[^.;]{0,30}\b(teruggevorderd|terugvordering)\b|\bgeen terugvordering\b`, s)
