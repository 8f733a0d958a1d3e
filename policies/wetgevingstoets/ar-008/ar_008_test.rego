package wetlint.rules.wetgevingstoets["AR-008_test"]

import data.wetlint.rules.wetgevingstoets["AR-008"] as rule
import data.wetlint.testing as t

typed(units, typ, terms) := t.merge_document(t.doc(units), {
	"type": typ,
	"definitions": [{"term": term, "lower": lower(term), "unit": "art:1"} | some term in terms],
})

test_fail_onze_minister_in_ministeriele_regeling if {
	every c in [
		["Onze Minister verstrekt subsidie.", 0, "De Minister"],
		["De subsidie wordt verstrekt door Onze Minister.", 33, "de Minister"],
		["De aanvraag wordt ingediend bij Onze Minister van Financiën.", 32, "de Minister"],
		["Het college meldt het. Onze Minister beslist.", 23, "De Minister"],
	] {
		r := rule.report with input as typed([t.unit("art:2", c[0])], "ministeriele-regeling", [])
		count(r) == 1
		some f in r
		f.rule == "AR-008"
		f.unit == "art:2"
		not f.severity
		f.start == c[1]
		f.end == c[1] + 13
		f.fix.edits[0].text == c[2]
	}
}

test_fail_bare_onze_minister_undefined if {
	every typ in ["wet", "rijkswet"] {
		r := rule.report with input as typed([t.unit("art:2", "Onze Minister verstrekt een tegemoetkoming.")], typ, [])
		count(r) == 1
		some f in r
		not f.severity
		f.start == 0
		not f.fix
	}
}

test_fail_de_minister_in_wet if {
	every c in [
		["De Minister van Financiën stelt het bedrag vast.", "wet", [], true],
		["Een aanvraag wordt ingediend bij de Minister.", "amvb", ["Onze Minister"], true],
		["Een aanvraag wordt ingediend bij de Minister.", "wet", [], false],
	] {
		r := rule.report with input as typed([t.unit("art:2", c[0])], c[1], c[2])
		count(r) == 1
		some f in r
		f.severity == "warning"
		c[3] == is_object(object.get(f, "fix", null))
	}
}

test_pass_practice_ministeriele_regeling if {
	defs := t.unit("art:1", "In deze regeling wordt verstaan onder: de Minister: de Minister van Volkshuisvesting en Ruimtelijke Ordening.")
	body := t.unit("art:2", "De Minister verstrekt op aanvraag subsidie.")
	count(rule.report) == 0 with input as typed([defs, body], "ministeriele-regeling", ["de Minister"])
}

test_pass_wet_forms if {
	every c in [
		["Onze Minister verstrekt een tegemoetkoming.", ["Onze Minister"]],
		["Onze Minister van Financiën stelt het bedrag vast.", []],
		["Onze Minister voor Klimaat en Energie stelt het bedrag vast.", []],
		["Onze Minister wie het aangaat beslist.", []],
		["Onze Minister, bedoeld in artikel 3, beslist.", []],
		["Onze Ministers van Financiën en van Justitie beslissen gezamenlijk.", []],
		["Onze Minister-President wordt gehoord.", []],
		["De Minister-President wordt gehoord.", []],
		["De Minister van Justitie van Aruba wordt gehoord.", []],
		["De minister van een andere lidstaat wordt gehoord.", []],
	] {
		count(rule.report) == 0 with input as typed([t.unit("art:2", c[0])], "wet", c[1])
	}
}

test_pass_definition_of_onze_minister if {
	u := t.unit("art:1", "In deze wet wordt verstaan onder Onze Minister: de Minister van Sociale Zaken en Werkgelegenheid.")
	count(rule.report) == 0 with input as typed([u], "wet", ["Onze Minister"])
}

test_pass_quotation_in_ministeriele_regeling if {
	every text in [
		"In artikel 2 van de wet staat: “Onze Minister verstrekt subsidie”.",
		"Waar de wet \"Onze Minister\" zegt, is de Minister bedoeld.",
		"Voorbeeld van artikel 3 van de Wet pleziervaartuigen:\nVaartuigen die voldoen aan de door Onze Minister aangewezen normen, worden toegelaten.",
	] {
		count(rule.report) == 0 with input as typed([t.unit("art:2", text)], "ministeriele-regeling", [])
	}
}

test_pass_quoted_unit if {
	u := t.merge(t.unit("art:2", "Onze Minister verstrekt subsidie."), {"quoted": true})
	count(rule.report) == 0 with input as typed([u], "ministeriele-regeling", [])
}

test_pass_other_types if {
	every typ in ["wijzigingsregeling", "beleidsregel", ""] {
		count(rule.report) == 0 with input as typed([t.unit("art:2", "Onze Minister verstrekt subsidie aan de Minister.")], typ, [])
	}
}

test_fail_definition_of_de_minister_in_amvb if {
	defs := t.unit("art:1", "In dit besluit wordt verstaan onder: de Minister: Onze Minister van Infrastructuur;")
	uses := t.unit("art:2", "De Minister kan ontheffing verlenen. De Minister beslist binnen acht weken.")
	inp := t.merge_document(t.doc([defs, uses]), {"type": "amvb", "definitions": [{"term": "de Minister", "lower": "de minister", "unit": "art:1", "start": 37, "end": 48}]})
	r := rule.report with input as inp
	count(r) == 1
	some f in r
	f.unit == "art:1"
	f.start == 37
	f.severity == "warning"
}

test_pass_amvb_relies_on_the_wet if {
	every typ in ["amvb", "kb"] {
		count(rule.report) == 0 with input as typed([t.unit("art:2", "Onze Minister verstrekt een tegemoetkoming.")], typ, [])
	}
}

test_pass_definition_the_list_does_not_hold if {
	every text in [
		"In deze wet en de daarop berustende bepalingen wordt onder Onze Minister verstaan Onze Minister van Volksgezondheid.",
		"Deze wet verstaat onder:\na. Onze Minister: Onze Minister van Financiën;",
	] {
		defs := t.unit("art:1", text)
		uses := t.unit("art:2", "Onze Minister verstrekt een tegemoetkoming.")
		count(rule.report) == 0 with input as typed([defs, uses], "wet", [])
	}
}

test_pass_named_in_the_article if {
	u := t.unit("art:2", "Onze Minister van Justitie kan bepalen dat de straf wordt opgeschort. Het gerecht onderzoekt of Onze Minister in redelijkheid tot dat besluit kon komen.")
	count(rule.report) == 0 with input as typed([u], "wet", [])
}

test_pass_umbrella_and_amending if {
	uses := t.unit("art:2", "Onze Minister kan bepalen dat het derde lid niet van toepassing is.")
	awr := t.merge(t.unit("art:3", "Artikel 2 van de Algemene wet inzake rijksbelastingen is van toepassing."), {"references": [{"text": "artikel 2 van de Algemene wet inzake rijksbelastingen", "start": 0, "end": 53, "scope": "external", "law": "Algemene wet inzake rijksbelastingen", "law_id": ""}]})
	count(rule.report) == 0 with input as typed([uses, awr], "wet", [])
	amending := t.merge_document(typed([uses], "wet", []), {"amending": true})
	count(rule.report) == 0 with input as amending
	applies := t.merge_document(typed([uses], "wet", []), {"applies": [{"law": "Algemene wet inkomensafhankelijke regelingen"}]})
	count(rule.report) == 0 with input as applies
}

test_pass_model_text_in_ministeriele_regeling if {
	u := t.unit("art:2", "Met ingang van het tijdstip van inwerkingtreding van deze wet zijn de personeelsleden van .....(naam dienstonderdeel), vermeld op een door Onze Minister vastgestelde lijst, ontslagen.")
	count(rule.report) == 0 with input as typed([u], "ministeriele-regeling", [])
}

test_fail_onderdeel_keeps_lower_case if {
	u := t.merge(t.unit("art:1", "Onze Minister: Onze Minister van Financiën;"), {"kind": "onderdeel"})
	r := rule.report with input as typed([u], "ministeriele-regeling", [])
	count(r) == 2
	{f.fix.edits[0].text | some f in r} == {"de Minister"}
}

# the definitions after "wordt verstaan onder:" are the regulation's own
# words, not text it quotes; what a paragraph after another colon announces is
test_fail_onze_minister_defined_in_ministeriele_regeling if {
	defs := t.unit("art:1", "In deze regeling wordt verstaan onder:\ngedupeerde: de persoon die schade heeft geleden;\nOnze Minister: Onze Minister van Justitie en Veiligheid.")
	r := rule.report with input as typed([defs], "ministeriele-regeling", ["onze minister"])
	count(r) == 2
	quoting := t.unit("art:1", "Artikel 3 van de Wet pleziervaartuigen luidt:\nOnze Minister stelt regels.")
	count(rule.report) == 0 with input as typed([quoting], "ministeriele-regeling", [])
}
