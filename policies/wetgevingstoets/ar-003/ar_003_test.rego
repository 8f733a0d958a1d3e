package wetlint.rules.wetgevingstoets["AR-003_test"]

import data.wetlint.rules.wetgevingstoets["AR-003"] as rule
import data.wetlint.testing as t

lid(article, n, text) := t.merge(t.unit(sprintf("art:%s/lid:%d", [article, n]), text), {
	"kind": "lid", "article": concat(":", ["art", article]), "member": sprintf("%d", [n]),
	"label": sprintf("artikel %s, lid %d", [article, n]),
})

article(number, members) := t.merge(t.unit(concat(":", ["art", number]), ""), {"members": members})

numbered(units) := t.merge_document(t.doc(units), {
	"articles": ["art:3", "art:4", "art:5"],
	"numbering": [{"unit": "art:3", "number": "3"}, {"unit": "art:4", "number": "4"}, {"unit": "art:5", "number": "5"}],
})

test_fail_previous_lid_with_fix if {
	every c in [
		["De termijn, bedoeld in het vorige lid, wordt verlengd.", "het derde lid", 23],
		["In afwijking van het voorgaande lid beslist het college.", "het derde lid", 17],
		["Het voorafgaande lid is van overeenkomstige toepassing.", "Het derde lid", 0],
		["De vorige leden zijn van toepassing.", "Het eerste tot en met derde lid", 0],
	] {
		u := lid("4", 4, c[0])
		r := rule.report with input as numbered([article("4", ["art:4/lid:1", "art:4/lid:2", "art:4/lid:3", "art:4/lid:4"]), u])
		count(r) == 1
		some f in r
		f.rule == "AR-003"
		f.unit == "art:4/lid:4"
		f.start == c[2]
		f.fix.edits[0].text == c[1]
	}
}

test_fail_next_lid if {
	u := lid("4", 1, "Onverminderd het volgende lid verstrekt de aanvrager de gegevens.")
	r := rule.report with input as numbered([article("4", ["art:4/lid:1", "art:4/lid:2"]), u])
	some f in r
	f.fix.edits[0].text == "het tweede lid"
}

test_fail_previous_article if {
	every c in [
		["De aanvraag, bedoeld in het vorige artikel, wordt ingediend.", "artikel 3"],
		["Het voorgaande artikel is van toepassing.", "Artikel 3"],
		["Het volgende artikel is niet van toepassing.", "Artikel 5"],
	] {
		r := rule.report with input as numbered([t.unit("art:4", c[0])])
		count(r) == 1
		some f in r
		f.fix.edits[0].text == c[1]
	}
}

test_fail_without_fix if {
	every text in [
		"De aanvraag, bedoeld in het vorige artikel, wordt ingediend.",
		"De vorige leden zijn van toepassing.",
		"Het vorige onderdeel is van toepassing.",
	] {
		r := rule.report with input as numbered([t.unit("art:3", text)])
		count(r) == 1
		some f in r
		not f.fix
	}
}

test_fail_vague_words if {
	every text in [
		"De voorwaarden, hierboven genoemd, gelden ook voor een gemachtigde.",
		"De bovengenoemde termijn wordt verlengd.",
		"De voormelde gegevens worden verstrekt.",
		"Bovenstaande regels gelden ook voor een gemachtigde.",
		"De gegevens, hiervoor bedoeld, worden bewaard.",
		"De vorengenoemde termijn wordt verlengd.",
		"In afwijking van het voorgaande beslist de Minister binnen acht weken.",
		"De hieronder genoemde stukken worden overgelegd.",
	] {
		r := rule.report with input as numbered([t.unit("art:4", text)])
		count(r) == 1
		some f in r
		not f.fix
	}
}

test_pass_near_misses if {
	every text in [
		"De aanvrager verstrekt de volgende gegevens:",
		"De volgende artikelen van de Algemene wet bestuursrecht zijn van toepassing:",
		"Het volgende is van toepassing.",
		"De subsidie over het vorige jaar wordt verrekend.",
		"Het inkomen in het voorgaande kalenderjaar is bepalend.",
		"Hieronder wordt mede verstaan een pleegkind.",
		"Hiervoor is toestemming nodig van de Minister.",
		"Laatstgenoemde verstrekt de gegevens.",
		"De schatters worden door Onze voornoemde Minister benoemd.",
		"De stichting, hierna te noemen: de stichting, beslist.",
		"De aanvraag, bedoeld in het tweede lid, wordt ingediend.",
		"Na artikel 5 wordt het volgende artikel ingevoegd:",
		"Onder vernummering van het vierde lid tot vijfde lid wordt na het derde lid het volgende lid ingevoegd:",
		"Aan artikel 3 wordt het volgende lid toegevoegd, luidende:",
		"Het volgende lid komt te luiden:",
	] {
		count(rule.report) == 0 with input as numbered([t.unit("art:4", text)])
	}
}

test_pass_quoted if {
	u := t.merge(t.unit("art:4", "Het vorige lid is van toepassing."), {"quoted": true})
	count(rule.report) == 0 with input as numbered([u])
}

test_pass_quotation if {
	u := t.unit("art:4", "Artikel 3 van de wet luidt: “Het vorige lid is van toepassing.”")
	count(rule.report) == 0 with input as numbered([u])
}
