package wetlint.rules.wetgevingstoets["AR-007_test"]

import data.wetlint.rules.wetgevingstoets["AR-007"] as rule
import data.wetlint.testing as t

test_fail_cq_choice if {
	every c in [
		["De aanvrager c.q. zijn gemachtigde tekent het formulier.", 14, 18, "c.q."],
		["De aanvrager cq zijn gemachtigde tekent het formulier.", 14, 16, "cq"],
		["De aanvrager c. q. zijn gemachtigde tekent het formulier.", 14, 19, "c. q."],
		["De aanvrager casu quo zijn gemachtigde tekent het formulier.", 14, 22, "casu quo"],
	] {
		r := rule.report with input as t.doc([t.unit("art:2", c[0])])
		count(r) == 1
		some f in r
		f.rule == "AR-007"
		f.unit == "art:2"
		not f.severity
		f.start == c[1] - 1
		f.end == c[2] - 1
		f.fix.edits[0].text == "of"
		contains(f.fix.message, "controleer")
	}
}

test_fail_cq_pairing if {
	r := rule.report with input as t.doc([t.unit("art:2", "De kennisgeving over de verkiezing van provinciale staten of de gemeenteraad geschiedt in de provincie c.q. de gemeente.")])
	some f in r
	f.fix.edits[0].text == "onderscheidenlijk"
}

test_fail_unpaired_onderscheidenlijk if {
	every text in [
		"De aanvraag respectievelijk de melding wordt ingediend bij het college.",
		"Het college onderscheidenlijk de burgemeester beslist binnen acht weken.",
	] {
		r := rule.report with input as t.doc([t.unit("art:2", text)])
		count(r) == 1
		some f in r
		f.severity == "info"
		not f.fix
	}
}

test_pass_pairing if {
	every text in [
		"Indien het betreft de verkiezing van de leden van provinciale staten of de gemeenteraad, geschiedt de kennisgeving op de in de provincie, onderscheidenlijk de gemeente, gebruikelijke wijze.",
		"De bijdrage voor de eerste en de tweede woning bedraagt € 100 respectievelijk € 200.",
		"Gedeputeerde staten onderscheidenlijk het college beslissen over een aanvraag voor een provinciaal onderscheidenlijk gemeentelijk monument.",
		"De aanvrager verstrekt de gemachtigde de gegevens, bedoeld in de artikelen 3 en 4.",
		"De commissie dan wel de stadsbouwmeester legt een verslag voor. Daarin staat hoe zij onderscheidenlijk hij de criteria heeft toegepast.",
	] {
		count(rule.report) == 0 with input as t.doc([t.unit("art:2", text)])
	}
}

test_pass_list_lead_in if {
	lead := t.merge(t.unit("art:2", "Het college onderscheidenlijk de burgemeester is bevoegd tot:"), {"children": ["art:2/ond:a"]})
	count(rule.report) == 0 with input as t.doc([lead])
}

test_pass_quoted if {
	u := t.merge(t.unit("art:2", "De aanvrager c.q. zijn gemachtigde tekent."), {"quoted": true})
	count(rule.report) == 0 with input as t.doc([u])
}

test_pass_quotation if {
	u := t.unit("art:2", "De verklaring vermeldt: \"de aanvrager c.q. zijn gemachtigde\".")
	count(rule.report) == 0 with input as t.doc([u])
}

test_pass_amending_instruction if {
	u := t.unit("art:2", "In artikel 3 wordt ‘de aanvrager c.q. zijn gemachtigde’ vervangen door ‘de aanvrager of zijn gemachtigde’.")
	count(rule.report) == 0 with input as t.doc([u])
}
