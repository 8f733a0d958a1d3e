package wetlint.rules.wetgevingstoets["AR-012_test"]

import data.wetlint.rules.wetgevingstoets["AR-012"] as rule
import data.wetlint.testing as t

del(extra) := object.union({
	"instrument": "amvb", "instrument_text": "Bij algemene maatregel van bestuur", "formula": "bij", "issuer": "",
	"kind": "afwijken", "verb": "kan worden afgeweken", "object": "van artikel 3", "list": false, "generic": false,
	"mandatory": false, "deviation": "artikel 3", "sentence": "art:5/s:1", "start": 0, "end": 55,
	"instrument_start": 0, "instrument_end": 34,
}, extra)

unit(text, d) := t.merge(t.unit("art:5", text), {"delegations": [d]})

test_fail_deviation if {
	every c in [
		["Bij algemene maatregel van bestuur kan worden afgeweken van artikel 3.", del({}), 46],
		["In afwijking van artikel 3 kunnen bij ministeriële regeling regels worden gesteld over de termijn.", del({"instrument": "ministeriele-regeling", "instrument_text": "bij ministeriële regeling", "kind": "regels"}), 0],
		["Bij of krachtens algemene maatregel van bestuur kan worden bepaald dat in afwijking van artikel 3 geen aanvraag nodig is.", del({"kind": "bepalen"}), 71],
	] {
		r := rule.report with input as t.doc([unit(c[0], c[1])])
		count(r) == 1
		some f in r
		f.rule == "AR-012"
		f.unit == "art:5"
		f.start == c[2]
		contains(f.message, "in artikel 5 mag een lagere regeling")
		contains(f.message, "afwijken van artikel 3")
		contains(f.message, "voorrang van de wetgever")
	}
}

test_fail_experiment_says_so if {
	text := "Bij algemene maatregel van bestuur kan bij wijze van experiment worden afgeweken van artikel 3."
	r := rule.report with input as t.doc([unit(text, del({}))])
	some f in r
	contains(f.message, "experiment of noodsituatie")
}

test_fail_minister_rules if {
	text := "Onze Minister is bevoegd regels te stellen op grond waarvan kan worden afgeweken van artikel 3."
	d := del({"instrument": "", "instrument_text": "", "formula": "", "issuer": "minister", "kind": "regels"})
	r := rule.report with input as t.doc([unit(text, d)])
	some f in r
	contains(f.message, "(regels van de minister)")
}

test_pass_near_misses if {
	every c in [
		# deviating from rules made under the lower regulation itself
		["Bij ministeriële regeling kan worden afgeweken van de krachtens het eerste lid gestelde regels.", del({"instrument": "ministeriele-regeling", "deviation": "de krachtens het eerste lid gestelde regels"})],
		# a regeling of some administrative body
		["Indien bij regeling door een bestuursorgaan is afgeweken van artikel 3, blijft die regeling van kracht.", del({"instrument": "regeling", "instrument_text": "bij regeling"})],
		# no deviation
		["Bij algemene maatregel van bestuur worden regels gesteld over de termijn.", del({"deviation": "", "kind": "regels"})],
		# a delegation in a ministeriële regeling
		["Bij algemene maatregel van bestuur kan worden afgeweken van artikel 3.", del({"instrument": "amvb"})],
	] {
		doc := t.doc([unit(c[0], c[1])])
		count(rule.report) == 0 with input as t.merge_document(doc, {"type": "amvb"})
	}
}

test_pass_hardship_clause if {
	# no delegation: an administrative body deviates in an individual case
	text := "Onze Minister kan afwijken van artikel 3 voor zover toepassing zal leiden tot een onbillijkheid van overwegende aard."
	count(rule.report) == 0 with input as t.doc([t.unit("art:5", text)])
}
