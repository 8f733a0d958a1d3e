package wetlint.rules.wetgevingstoets["AR-014_test"]

import data.wetlint.rules.wetgevingstoets["AR-014"] as rule
import data.wetlint.testing as t

admin(id, text, name) := t.merge(t.unit(id, text), {"sentences": [{
	"id": concat("/", [id, "s:1"]), "text": text, "lower": lower(text), "start": 0, "end": count(text),
	"actor": "admin", "actor_name": name, "passive": false, "modal": true, "negated": false,
}]})

test_fail_vague_criteria if {
	every c in [
		["Onze Minister kan, indien hij dat nodig acht, een onderzoek instellen.", "indien hij dat nodig acht"],
		["Het college kan de vergunning naar zijn oordeel intrekken.", "naar zijn oordeel"],
		["Onze Minister kan om hem moverende redenen de erkenning weigeren.", "om hem moverende redenen"],
		["Het college is bevoegd een ontheffing te verlenen indien het belang daartoe aanleiding geeft.", "indien het belang daartoe aanleiding geeft"],
		["Het college kan in bijzondere gevallen een hogere bijdrage toekennen.", "in bijzondere gevallen"],
		["De inspecteur kan, naar het oordeel van de inspecteur, uitstel verlenen.", "naar het oordeel van de inspecteur"],
	] {
		r := rule.report with input as t.doc([admin("art:4", c[0], "Het college")])
		count(r) == 1
		some f in r
		f.rule == "AR-014"
		f.unit == "art:4"
		f.start == indexof(c[0], c[1])
		f.end == indexof(c[0], c[1]) + count(c[1])
		contains(f.message, sprintf("in artikel 4 hangt een bevoegdheid van het bestuur af van een vaag criterium (‘%s’)", [c[1]]))
	}
}

test_pass_near_misses if {
	every u in [
		# a bound duty, no power
		t.merge(admin("art:4", "Het college verleent, indien hij dat nodig acht, uitstel.", "Het college"), {"sentences": [object.union(admin("art:4", "x", "")["sentences"][0], {"modal": false, "text": "Het college verleent, indien hij dat nodig acht, uitstel.", "lower": "het college verleent, indien hij dat nodig acht, uitstel.", "end": 56})]}),
		# a citizen's power
		t.unit("art:4", "De aanvrager kan in bijzondere gevallen om uitstel vragen."),
		# a hardship clause names its yardstick
		admin("art:4", "Onze Minister kan in bijzondere gevallen afwijken van artikel 3 voor zover toepassing leidt tot een onbillijkheid van overwegende aard.", "Onze Minister"),
		# a court is no administration
		admin("art:4", "Het gerechtshof kan de zaak afdoen, indien zij naar zijn oordeel geen nadere behandeling behoeft.", "het gerechtshof"),
		# a normed power
		admin("art:4", "Het college kan de vergunning intrekken indien de houder de voorschriften niet naleeft.", "Het college"),
	] {
		count(rule.report) == 0 with input as t.doc([u])
	}
}
