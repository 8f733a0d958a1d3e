# METADATA
# title: Open delegatie zonder afgebakend onderwerp
# description: |
#   Een delegatiebepaling moet zo concreet mogelijk aangeven waarover de
#   lagere regelgever regels mag stellen. ‘Bij algemene maatregel van bestuur
#   worden nadere regels gesteld.’ zonder onderwerp, of met alleen ‘ter
#   uitvoering van deze wet’ of ‘met betrekking tot dit artikel’, laat de
#   inhoud aan de lagere regelgever over: de wet regelt dan niet zelf de
#   hoofdzaken en de delegatie is niet begrensd. Noem het onderwerp (‘regels
#   over de wijze waarop de aanvraag wordt ingediend’) of de onderwerpen in
#   een opsomming. Een delegatie ter uitvoering van verdragen of van
#   EU-regelgeving, waarvoor een ruime formule gangbaar is, valt hier niet
#   onder.
# custom:
#   id: AR-011
#   name: open-delegatie
#   family: wetgevingstoets
#   severity: warning
#   source: "wetlint; Ar 2.20; Ar 8.11 (delegatie ter uitvoering van verdragen)"
#   scope: article
package wetlint.rules.wetgevingstoets["AR-011"]

import data.wetlint.result
import data.wetlint.text

# international obligations: the broad formula of Ar 8.11 is legitimate
international := `\b(verdrag\w*|richtlijn\w*|europese unie|europese gemeenschap\w*|eu-\w+|volkenrechtelijke|internationale (verplichtingen|organisaties))\b`

report contains f if {
	some u in text.text_units
	some d in u.delegations
	d.generic
	d.kind == "regels"
	not international_sentence(u, d)
	msg := sprintf("%s %s, zonder dat het onderwerp is afgebakend; geef aan waarover de regels gaan (‘regels over …’), zodat de wet zelf de hoofdzaken regelt en de delegatie begrensd is", [result.where(u), what(d)])
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}

international_sentence(u, d) if {
	some s in u.sentences
	s.id == d.sentence
	regex.match(international, s.lower)
}

what(d) := sprintf("worden regels gedelegeerd (‘%s %s’)", [d.instrument_text, d.verb]) if {
	d.object == ""
	d.instrument_text != ""
}

what(d) := sprintf("mag de minister regels stellen (‘%s’)", [d.verb]) if {
	d.object == ""
	d.instrument_text == ""
}

what(d) := sprintf("worden regels gedelegeerd die alleen worden begrensd door ‘%s’", [d.object]) if {
	d.object != ""
}
