package wetlint.rules.wetgevingstoets["AR-029_test"]

import data.wetlint.rules.wetgevingstoets["AR-029"] as rule
import data.wetlint.testing as t

del(extra) := object.union({
	"instrument": "ministeriele-regeling", "instrument_text": "Bij ministeriële regeling", "formula": "bij", "issuer": "minister",
	"kind": "regels", "verb": "worden regels gesteld", "object": "", "list": false, "generic": false,
	"mandatory": true, "deviation": "", "sentence": "art:5/s:1", "start": 0, "end": 47,
	"instrument_start": 0, "instrument_end": 25,
}, extra)

unit(text, d) := object.union(t.merge(t.unit("art:5", text), {"delegations": [d], "children": []}), {"full": lower(text), "article": "art:5"})

test_fail_main_elements if {
	every c in [
		["Bij ministeriële regeling worden regels gesteld over de hoogte van de tegemoetkoming.", "‘de hoogte van de tegemoetkoming’"],
		["Bij ministeriële regeling worden regels gesteld over wie recht heeft op een tegemoetkoming.", "‘wie recht heeft’"],
		["Bij ministeriële regeling worden regels gesteld over de voorwaarden waaronder recht bestaat op de uitkering.", "‘voorwaarden waaronder recht’"],
		["Bij ministeriële regeling worden regels gesteld over de verplichtingen van de aanvrager.", "‘verplichtingen van de aanvrager’"],
		["Bij ministeriële regeling worden regels gesteld over de hoogte van de bestuurlijke boete.", "‘de hoogte van de bestuurlijke boete’"],
	] {
		r := rule.report with input as t.doc([unit(c[0], del({}))])
		count(r) == 1
		some f in r
		f.rule == "AR-029"
		f.unit == "art:5"
		f.start == 0
		f.end == 47
		contains(f.message, sprintf("in artikel 5 laat de wet %s over aan een ministeriële regeling", [c[1]]))
		contains(f.message, "het minst geschikt")
	}
}

test_fail_amvb_is_weaker if {
	text := "Bij algemene maatregel van bestuur worden regels gesteld over de categorieën van personen die recht hebben op een tegemoetkoming."
	d := del({"instrument": "amvb", "instrument_text": "Bij algemene maatregel van bestuur", "issuer": ""})
	r := rule.report with input as t.doc([unit(text, d)])
	some f in r
	contains(f.message, "over aan een algemene maatregel van bestuur; dat is een hoofdelement dat in de wet zelf hoort; regel het in de wet")
	not contains(f.message, "minst geschikt")
}

test_fail_subject_of_vaststellen if {
	text := "De hoogte van de subsidie wordt bij ministeriële regeling vastgesteld."
	d := del({"kind": "vaststellen", "object": "De hoogte van de subsidie", "start": 26, "end": 68})
	r := rule.report with input as t.doc([unit(text, d)])
	count(r) == 1
}

test_fail_list if {
	lead := t.merge(unit("Bij ministeriële regeling worden regels gesteld over:", del({"list": true})), {"children": ["art:5/ond:a", "art:5/ond:b"]})
	a := t.merge(t.unit("art:5/ond:a", "de wijze waarop de aanvraag wordt ingediend;"), {"kind": "onderdeel", "article": "art:5"})
	b := t.merge(t.unit("art:5/ond:b", "de hoogte van de uitkering."), {"kind": "onderdeel", "article": "art:5"})
	r := rule.report with input as t.doc([lead, a, b])
	count(r) == 1
}

test_fail_subsidy_framework if {
	lead := t.merge(unit("Bij regeling van Onze Minister kunnen regels worden gesteld met betrekking tot:", del({"list": true})), {"children": ["art:5/ond:a", "art:5/ond:b", "art:5/ond:c"]})
	a := t.merge(t.unit("art:5/ond:a", "de activiteiten waarvoor subsidie kan worden verstrekt en wie daarvoor in aanmerking komt;"), {"kind": "onderdeel", "article": "art:5"})
	b := t.merge(t.unit("art:5/ond:b", "de voorwaarden waaronder de subsidie wordt verleend;"), {"kind": "onderdeel", "article": "art:5"})
	c := t.merge(t.unit("art:5/ond:c", "de verplichtingen van de subsidie-ontvanger."), {"kind": "onderdeel", "article": "art:5"})
	r := rule.report with input as t.doc([lead, a, b, c])
	count(r) == 1
	some f in r
	contains(f.message, "laat de wet ‘verplichtingen van de subsidie-ontvanger’, ‘voorwaarden waaronder de subsidie wordt verleend’ en ‘wie daarvoor in aanmerking komt’ over aan een ministeriële regeling; dat zijn hoofdelementen die in de wet zelf horen, en een ministeriële regeling")
	contains(f.message, "‘voorwaarden waaronder de subsidie wordt verleend’")
	contains(f.message, "‘verplichtingen van de subsidie-ontvanger’")
}

test_pass_technical_and_fixed if {
	every c in [
		# technical details
		["Bij ministeriële regeling worden regels gesteld over de gegevens die bij de aanvraag worden verstrekt en over de wijze waarop de aanvraag wordt ingediend.", del({})],
		["Bij algemene maatregel van bestuur worden regels gesteld over de wijze waarop de hoogte van de tegemoetkoming wordt berekend.", del({"instrument": "amvb", "issuer": ""})],
		["Bij ministeriële regeling worden regels gesteld over de betaling van de tegemoetkoming.", del({})],
		# the law fixes the amount itself
		["De tegemoetkoming bedraagt € 300. Bij ministeriële regeling worden nadere regels gesteld over de hoogte van de tegemoetkoming.", del({"start": 34, "end": 88})],
		# the law fixes the fine's maximum
		["De boete bedraagt ten hoogste € 5000. Bij ministeriële regeling worden regels gesteld over de hoogte van de bestuurlijke boete.", del({"start": 38, "end": 85})],
		# a sanction far before the delegation: the college may waive the fine in cases the AMvB sets
		["Het college kan afzien van het opleggen van een bestuurlijke boete en volstaan met een schriftelijke waarschuwing in situaties die bij algemene maatregel van bestuur worden bepaald.", del({"instrument": "amvb", "issuer": "", "kind": "bepalen", "start": 131, "end": 181})],
		# a decision, no lower regulation
		["Bij koninklijk besluit wordt de hoogte van de uitkering bepaald.", del({"instrument": "besluit", "issuer": "", "kind": "bepalen", "object": "de hoogte van de uitkering"})],
	] {
		count(rule.report) == 0 with input as t.doc([unit(c[0], c[1])])
	}
}

test_pass_lower_regulation_itself if {
	doc := t.merge_document(t.doc([unit("Bij ministeriële regeling worden regels gesteld over de hoogte van de tegemoetkoming.", del({}))]), {"type": "amvb"})
	count(rule.report) == 0 with input as doc
}
