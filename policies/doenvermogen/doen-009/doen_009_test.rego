package wetlint.rules.doenvermogen["DOEN-009_test"]

import data.wetlint.rules.doenvermogen["DOEN-009"] as rule
import data.wetlint.testing as t

# ordinary is a provision of unremarkable readability
ordinary := {
	"provision": true, "citizen": true, "words": 40, "max_sentence_words": 30,
	"flesch_douma": 35.0, "long_word_pct": 10.0, "nominalisations_per_100": 5.0,
}

provision(extra) := object.union(t.unit("art:3", "De aanvrager verstrekt de gegevens."), {"readability": object.union(ordinary, extra)})

test_fail_long_sentence if {
	r := rule.report with input as t.doc([provision({"max_sentence_words": 120, "words": 140})])
	count(r) == 1
	some f in r
	f.severity == "warning"
	contains(f.message, "de langste zin telt 120 woorden")
}

test_fail_information if {
	every extra in [
		{"max_sentence_words": 85},
		{"flesch_douma": -25.0},
		{"long_word_pct": 30.0},
		{"nominalisations_per_100": 18.0},
	] {
		r := rule.report with input as t.doc([provision(extra)])
		count(r) == 1
		some f in r
		f.severity == "info"
	}
}

test_pass_ordinary_short_or_not_for_citizens if {
	every extra in [
		{},
		{"words": 12, "flesch_douma": -40.0, "long_word_pct": 50.0},
		{"citizen": false, "max_sentence_words": 150},
		{"provision": false, "max_sentence_words": 150},
	] {
		count(rule.report) == 0 with input as t.doc([provision(extra)])
	}
}

test_pass_configured if {
	count(rule.report) == 0 with input as t.doc([provision({"max_sentence_words": 120})])
		with data.wetlint.params["DOEN-009"].info_words as 150
		with data.wetlint.params["DOEN-009"].max_words as 150
}
