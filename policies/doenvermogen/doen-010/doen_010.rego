# METADATA
# title: Uitsluitend digitaal
# description: |
#   De burger kan alleen langs elektronische weg met de overheid
#   communiceren, of wat niet digitaal wordt ingediend, wordt niet
#   behandeld. Wie geen computer heeft, digitaal niet vaardig is of geen
#   DigiD kan gebruiken, kan dan zijn recht niet halen of zijn plicht niet
#   nakomen. Zorg voor een ander kanaal of laat bij regeling groepen en
#   gevallen aanwijzen voor wie een ander kanaal openstaat (zoals Awir art. 13).
# custom:
#   id: DOEN-010
#   name: uitsluitend-digitaal
#   family: doenvermogen
#   severity: warning
#   source: Awir art. 13; WRR, Weten is nog geen doen (2017)
#   scope: document
package wetlint.rules.doenvermogen["DOEN-010"]

import data.wetlint.doen
import data.wetlint.result
import data.wetlint.text

only_digital := `\b(uitsluitend|alleen|slechts)\s+([a-z]+\s+){0,2}(elektronisch|langs elektronische weg|digitaal|via (het|een|de) (digitale|elektronische|internet)[a-z]*|(met gebruikmaking van|door middel van) (een|het|de) (elektronisch|digitaal|internet)[a-z]*)`

# communication: what is sent, filed or reported
communication := `\bbericht|\baanvraag\b|\bmelding\b|\bverzoek\b|\bingediend\b|\bindienen\b|\bverzonden\b|\bverzenden\b|\bverstrekt\b|\bverstrekken\b|\bcommunica|\bformulier\b|\bgegevens\b|\bberichtenverkeer\b|\bkennisgeving\b|\bmededeling\b`

alternative := `\banders dan (langs )?elektronisch|\bniet-elektronisch|\bniet (uitsluitend |langs )?elektronisch|\bop papier\b|\bper post\b|\bper brief\b|\b(groepen|gevallen|omstandigheden|categorieën)\b[^.;]{0,160}\b(aangewezen|aan te wijzen|uitgezonderd|uitzondering)`

# an alternative channel, said where electronic communication is the
# subject: not any "gevallen … aangewezen" elsewhere in a large law
alternative_offered if {
	some u in doen.within(object.union_n([
		text.mentioning("elektronisch"), text.mentioning("digitaal"),
		text.mentioning("berichtenverkeer"), text.mentioning("papier"), text.mentioning("per post"),
	]))
	regex.match(alternative, u.lower)
	not regex.match(refused_otherwise, u.lower)
}

report contains f if {
	not alternative_offered
	some u in doen.within(digital_units)
	some s in u.sentences
	s.actor != "business"
	regex.match(communication, s.lower)
	some m in text.ranges(s.lower, only_digital)
	not negated_before(s.lower, m[0])
	not exception_after(s.lower, m[1])
	msg := sprintf("%s kan de burger alleen digitaal met de overheid communiceren; wie geen computer of DigiD heeft of digitaal niet vaardig is, kan dan niet meedoen — bied een ander kanaal of laat groepen aanwijzen voor wie dat openstaat", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + m[0], s.start + m[1], msg)
}

# refused_otherwise: what is not sent the digital way is not dealt with
# ("een op andere wijze ingediende aanvraag wordt niet in behandeling
# genomen"): the digital channel is the only one, said by its consequence
refused_otherwise := `\b(op (een )?andere wijze|anders dan (langs elektronische weg|elektronisch|digitaal))\b[^.;]{0,80}?\b(niet in behandeling|buiten behandeling|niet-ontvankelijk|niet ontvankelijk|niet aanvaard|afgewezen|geweigerd|geacht niet)`

digital_channel := `elektronisch|digita|website|portaal|internet|online|e-mail`

report contains f if {
	not alternative_offered
	some u in doen.within(object.union_n([
		text.mentioning("op andere wijze"), text.mentioning("op een andere wijze"), text.mentioning("anders dan"),
	]))
	some s in u.sentences
	regex.match(digital_channel, s.lower)
	some m in text.ranges(s.lower, refused_otherwise)
	count(text.ranges(s.lower, only_digital)) == 0
	msg := sprintf("%s wordt wat niet digitaal wordt ingediend niet behandeld of afgewezen; wie geen computer of DigiD heeft of digitaal niet vaardig is, kan dan niet meedoen — bied een ander kanaal of laat groepen aanwijzen voor wie dat openstaat", [result.where(u)])
	f := result.finding_at(rego.metadata.chain(), u.id, s.start + m[0], s.start + m[1], msg)
}

# digital_units are the units where only_digital can match: it needs one of
# these words
digital_units := object.union_n([text.mentioning("elektronisch"), text.mentioning("digita"), text.mentioning("internet")])

# negated_before holds for "niet uitsluitend elektronisch".
negated_before(s, i) if endswith(trim_right(substring(s, 0, i), " "), "niet")

# exception_after holds for "uitsluitend langs elektronische weg, tenzij …":
# the sentence itself opens another way.
exception_after(s, i) if regex.match(`^[^.;]{0,40}\b(tenzij|behalve|met uitzondering van)\b`, substring(s, i, -1))
