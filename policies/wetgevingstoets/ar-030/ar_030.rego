# METADATA
# title: Inwerkingtreding geregeld
# description: |
#   Iedere regeling regelt zelf haar inwerkingtreding; artikel 7 van de
#   Bekendmakingswet is alleen een vangnet. Een nieuwe wet of algemene
#   maatregel van bestuur bevat daarom een inwerkingtredingsbepaling, bij
#   een wet in de regel ‘Deze wet treedt in werking op een bij koninklijk
#   besluit te bepalen tijdstip’, bij een algemene maatregel van bestuur een
#   vaste datum of een bij koninklijk besluit te bepalen tijdstip. De regel
#   zoekt in de hele regeling (niet in geciteerde tekst) een bepaling die
#   zegt wanneer de regeling of een deel ervan in werking treedt. Een
#   geconsolideerde tekst uit het BWB wordt niet beoordeeld: daarin ontbreken
#   uitgewerkte slotbepalingen vaak, en de inwerkingtreding staat in de
#   metadata.
# custom:
#   id: AR-030
#   name: inwerkingtreding-geregeld
#   family: wetgevingstoets
#   severity: warning
#   source: Ar 4.14
#   scope: document
package wetlint.rules.wetgevingstoets["AR-030"]

import data.wetlint.result
import data.wetlint.text

new_regulation if {
	object.get(input.document, "type", "") in {"wet", "rijkswet", "amvb"}
	not input.document.amending
	object.get(input.document, "format", "") != "bwb"
}

regulation_subject := `^(?:(?:deze|dit|de|het)\s+(?:wet|rijkswet|besluit|regeling|reglement|algemene maatregel|wijziging(?:swet)?)\b|(?:de\s+)?artikel(?:en)?\b|hoofdstuk|paragraaf|afdeling|onderdeel|onderdelen|titel|zij$|het$|hij$|.*\bvan (?:deze|dit) (?:wet|rijkswet|besluit|regeling)$)`

provides_entry if {
	some u in text.text_units
	some e in object.get(u, "entry", [])
	e.kind in {"date", "kb", "day-after", "relative", "linked", "fiction", "other"}
	regex.match(regulation_subject, e.subject)
}

# "De inwerkingtreding van deze wet wordt nader bij de wet geregeld."
provides_entry if {
	some u in text.text_units
	regex.match(`\b(?:inwerkingtreding|in werking treden) van (?:deze|dit) (?:wet|rijkswet|besluit|wetboek)\b`, u.lower)
}

last_article := a if {
	n := count(input.document.articles)
	n > 0
	a := input.document.articles[n - 1]
} else := ""

model := "bijvoorbeeld ‘Dit besluit treedt in werking met ingang van 1 januari …’ of ‘… op een bij koninklijk besluit te bepalen tijdstip’" if input.document.type == "amvb"

else := "gewoonlijk ‘Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip’"

# the regulation as the message names it
noun := "het besluit" if input.document.type == "amvb"

else := "de rijkswet" if input.document.type == "rijkswet"

else := "de wet"

report contains f if {
	new_regulation
	count(input.document.articles) > 0
	not provides_entry
	msg := sprintf("%s bevat geen bepaling over de inwerkingtreding; neem er een op in de slotbepalingen, %s", [noun, model])
	f := result.finding(rego.metadata.chain(), last_article, msg)
}
