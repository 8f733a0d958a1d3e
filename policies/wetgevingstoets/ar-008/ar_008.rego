# METADATA
# title: ‘Onze Minister’ en ‘de Minister’
# description: |
#   ‘Onze Minister’ is de aanduiding in regelingen die de Koning vaststelt:
#   wetten, algemene maatregelen van bestuur en koninklijke besluiten. Een
#   ministeriële regeling wordt door de minister zelf vastgesteld en spreekt
#   van ‘de Minister’ (‘de Minister van Financiën’). In een wet of algemene
#   maatregel van bestuur staat ‘Onze Minister van …’ of ‘Onze Minister
#   voor …’; de korte vorm ‘Onze Minister’ alleen als een begripsbepaling
#   zegt welke minister bedoeld is, of in vaste vormen als ‘Onze Minister
#   wie het aangaat’. ‘De Minister’ hoort daar niet. Geciteerde tekst en het
#   meervoud ‘Onze Ministers’ vallen hier niet onder. Een algemene maatregel
#   van bestuur mag de korte vorm gebruiken zonder eigen begripsbepaling: de
#   omschrijving in de wet geldt ook voor de daarop berustende bepalingen.
# custom:
#   id: AR-008
#   name: onze-minister
#   family: wetgevingstoets
#   severity: error
#   source: Ar 3.23
#   scope: document
package wetlint.rules.wetgevingstoets["AR-008"]

import data.wetlint.result
import data.wetlint.text

# instruments the Minister adopts himself
ministerial := {"ministeriele-regeling", "ministeriele-regeling-bes"}

# instruments the King adopts
royal := {"wet", "rijkswet", "wet-bes", "amvb", "amvb-bes", "rijksamvb", "kb", "rijkskb"}

# acts of parliament: the definition of "Onze Minister" must be their own
acts := {"wet", "rijkswet", "wet-bes"}

onze := `\bOnze Minister\b`

de_minister := `\b[Dd]e Minister\b`

# (a) "Onze Minister" in a ministeriële regeling
report contains f if {
	input.document.type in ministerial
	some u in mentions_minister
	not model_text(u)
	some r in text.ranges(u.text, onze)
	not plural_or_compound(u, r)
	not quoted_at(u, r[0])
	fix := capitalised("de Minister", is_start(u, r[0]))
	msg := sprintf("%s staat ‘Onze Minister’; in een ministeriële regeling schrijft u ‘de Minister’, omdat alleen regelingen die de Koning vaststelt ‘Onze Minister’ zeggen", [result.where(u)])
	found := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
	f := result.with_fix(found, sprintf("Vervang ‘Onze Minister’ door ‘%s’", [fix]), [{"start": r[0], "end": r[1], "text": fix}])
}

# (b) bare "Onze Minister" in a wet that does not define it
report contains f if {
	input.document.type in acts
	not input.document.amending
	not defines("onze minister")
	not defined_in_text
	not umbrella
	some u in mentions_minister
	not named_in_article(u)
	some r in text.ranges(u.text, onze)
	not plural_or_compound(u, r)
	not quoted_at(u, r[0])
	not identified(u, r)
	msg := sprintf("%s staat ‘Onze Minister’ zonder te zeggen welke minister, en de regeling omschrijft ‘Onze Minister’ niet; schrijf ‘Onze Minister van …’ of neem een begripsbepaling op", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg)
}

# (c) "de Minister" in a wet or AMvB
report contains f if {
	input.document.type in royal
	not defines("de minister")
	some u in mentions_minister
	some r in text.ranges(u.text, de_minister)
	not plural_or_compound(u, r)
	not quoted_at(u, r[0])
	not foreign_minister(u, r)
	not defining_onze_minister(u)
	msg := sprintf("%s staat ‘%s’; in een wet of algemene maatregel van bestuur heet de minister ‘Onze Minister’ (‘Onze Minister van …’), ‘de Minister’ hoort in een ministeriële regeling", [result.where(u), substring(u.text, r[0], r[1] - r[0])])
	found := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, r[0], r[1], msg), "warning")
	f := fix_de_minister(found, u, r)
}

# (c) a wet or AMvB that defines "de Minister": the definition is reported,
# not every use
report contains f if {
	input.document.type in royal
	some d in input.document.definitions
	d.lower == "de minister"
	u := input.units[d.unit]
	not u.quoted
	msg := sprintf("%s wordt ‘%s’ omschreven; in een wet of algemene maatregel van bestuur heet de minister ‘Onze Minister’: omschrijf ‘Onze Minister’ en gebruik die term", [result.where(u), d.term])
	f := result.with_severity(result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg), "warning")
}

fix_de_minister(f, u, r) := result.with_fix(f, "Vervang door ‘Onze Minister’", [{"start": r[0], "end": r[1], "text": "Onze Minister"}]) if {
	fixable(u, r)
} else := f

# "de Minister van …" becomes "Onze Minister van …"; a bare "de Minister"
# only when "Onze Minister" is defined
fixable(u, r) if regex.match(`^ (?:van|voor) `, substring(u.text, r[1], 5))

fixable(u, r) if defines("onze minister")

# mentions_minister are the units that name a minister: a plain substring
# test first, so that the regular expressions run on few units of a large
# law (this is a document rule, evaluated after every edit in an editor)
mentions_minister contains u if {
	some u in text.mentioning("minister")
}

defines(term) if {
	some d in input.document.definitions
	d.lower == term
}

# a begripsbepaling of "Onze Minister" that the definitions list does not
# hold: "wordt onder Onze Minister verstaan", "Onze Minister: Onze Minister
# van Financiën;" after "verstaat onder:"
defined_in_text if {
	some u in mentions_minister
	regex.match(`onder onze minister (?:wordt |worden )?(?:mede )?verstaan|verstaan onder onze minister\b|(?:^|:\s|;\s|\n)(?:[a-z]\.\s+)?onze minister\s*:\s*(?:onze |de )?minister`, u.lower)
}

# the definitions of an umbrella law apply: the Algemene wet inzake
# rijksbelastingen defines "Onze Minister" for every belastingwet, and a law
# that declares another applicable as a whole takes its terms
umbrella if count(input.document.applies) > 0

umbrella if {
	some u in text.having("references")
	some ref in u.references
	lower(ref.law) == "algemene wet inzake rijksbelastingen"
}

# text of a wet or a model inside a ministeriële regeling: it speaks of
# "deze wet" or has the dots of a model to be filled in
model_text(u) if regex.match(`\bdeze wet\b|\.{4,}|…`, u.lower)

# the article names the minister in full elsewhere ("Onze Minister van
# Justitie … Onze Minister"): the short form refers back to it
named_in_article(u) if regex.match(`onze minister (?:van|voor) `, input.units[u.article].full)

# "Onze Ministers", "Onze Minister-President", "de Ministers"
plural_or_compound(u, r) if regex.match(`^(?:s\b|-)`, substring(u.text, r[1], 1))

# "de Minister van Justitie van Aruba", "de Minister van Staat"
foreign_minister(u, r) if {
	regex.match(`^ van (?:[A-Z][\w ,]*? )?(?:van )?(?:Aruba|Curaçao|Sint Maarten|de Nederlandse Antillen|het land|Staat\b)`, substring(u.text, r[1], 80))
}

# the begripsbepaling of "Onze Minister" itself
defining_onze_minister(u) if {
	some d in input.document.definitions
	d.lower == "onze minister"
	d.unit == u.id
}

# forms that say which minister without "van": "Onze Minister wie het
# aangaat", "Onze Minister, bedoeld in artikel 3", "Onze Minister onder
# wie …", "Onze Minister van …"
identified(u, r) if {
	regex.match(`^,?\s*(?:van|voor|wie|wiens|die|dien|welke|tot wiens|onder wie|onder wiens|aan wie|bij wie|als bedoeld|bedoeld|genoemd|belast|tot wie|met wie|door wie)\b`, substring(u.text, r[1], 30))
}

# inside quotation marks of the unit's own text
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

# a paragraph after one that ends in a colon quotes the text it announces
# ("… van de Wet pleziervaartuigen:" followed by that provision), but not
# the definitions after "wordt verstaan onder:"
quoted_at(u, i) if {
	before := substring(u.text, 0, i)
	regex.match(`:\s*\n`, before)
	not regex.match(`(?i)\bverstaan(?: onder)?\s*:\s*\n`, before)
}

is_start(u, i) := true if {
	sentence_start(u, i)
} else := false

# an onderdeel starts in lower case ("a. de Minister: …")
sentence_start(u, i) if {
	i == 0
	not u.kind in {"onderdeel", "subonderdeel"}
}

sentence_start(u, i) if {
	i > 0
	regex.match(`(?:^|[.!?]|\n)\s*$`, substring(u.text, 0, i))
}

capitalised(s, true) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)])

capitalised(s, false) := s
