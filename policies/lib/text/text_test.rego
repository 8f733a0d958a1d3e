package wetlint.text_test

import data.wetlint.text

test_ranges_all_occurrences if {
	text.ranges("en/of a en/of", `en/of`) == {[0, 5], [8, 13]}
}

test_ranges_leave_out_contained if {
	# "nederlander" also occurs inside "nederlanders": only the longest counts
	text.ranges("nederlanders en de nederlander", `nederlanders?`) == {[0, 12], [19, 30]}
}

test_ranges_runes if {
	text.ranges("€ë en/of", `en/of`) == {[3, 8]}
}

test_ranges_only_where_the_pattern_matches if {
	# the match string "en/of" also occurs inside a word, where \b does not hold
	text.ranges("een en/of twee ontvettingsen/of baden en/ofpunt", `\ben\s*/\s*of\b`) == {[4, 9]}
	text.ranges("en/of", `\ben/of\b`) == {[0, 5]}
	text.ranges("x\nen/of", `(?m)^en/of`) == {[2, 7]}
	text.ranges("xen/of en/of", `^en/of`) == set()
}

units_for_selection := {
	"art:1": {"id": "art:1", "quoted": false, "text": "Slechts de aanvrager.", "lower": "slechts de aanvrager.", "effects": [], "sentences": [{"duty": false}]},
	"art:2": {"id": "art:2", "quoted": false, "text": "Hij meldt dit.", "lower": "hij meldt dit.", "effects": [{"kind": "loss"}], "sentences": [{"duty": true}]},
	"art:3": {"id": "art:3", "quoted": true, "text": "Slechts.", "lower": "slechts.", "effects": [{"kind": "loss"}], "sentences": [{"duty": true}]},
	"art:4": {"id": "art:4", "quoted": false, "text": "", "lower": "", "effects": [], "sentences": []},
}

# without input.index (a hand-made input) the selections scan text_units
test_selections_without_index if {
	ids := {id | some id, _ in text.mentioning("slechts")} with input as {"units": units_for_selection}
	ids == {"art:1"}
	{id | some id, _ in text.having("effects")} == {"art:2"} with input as {"units": units_for_selection}
	{id | some id, _ in text.with_duty} == {"art:2"} with input as {"units": units_for_selection}
	count(text.mentioning("nergens")) == 0 with input as {"units": units_for_selection}
}

# with input.index they take the units it lists, as the same values
test_selections_with_index if {
	inp := {
		"units": units_for_selection,
		"index": {"mentions": {"slechts": ["art:1"]}, "facts": {"effects": ["art:2"]}, "duties": ["art:2"]},
	}
	text.mentioning("slechts") == {"art:1": units_for_selection["art:1"]} with input as inp
	text.having("effects") == {"art:2": units_for_selection["art:2"]} with input as inp
	text.with_duty == {"art:2": units_for_selection["art:2"]} with input as inp

	# a word the index does not hold is found by scanning
	{id | some id, _ in text.mentioning("aanvrager")} == {"art:1"} with input as inp
}

test_in_article_with_and_without_index if {
	units := {
		"art:1": {"id": "art:1", "article": "art:1", "quoted": false, "text": "Een.", "lower": "een."},
		"art:1/lid:2": {"id": "art:1/lid:2", "article": "art:1", "quoted": false, "text": "Twee.", "lower": "twee."},
		"art:2": {"id": "art:2", "article": "art:2", "quoted": false, "text": "Drie.", "lower": "drie."},
	}
	{id | some id, _ in text.in_article("art:1")} == {"art:1", "art:1/lid:2"} with input as {"units": units}
	{id | some id, _ in text.in_article("art:1")} == {"art:1/lid:2"} with input as {"units": units, "index": {"articles": {"art:1": ["art:1/lid:2"]}}}
	count(text.in_article("art:9")) == 0 with input as {"units": units, "index": {"articles": {}}}
}
