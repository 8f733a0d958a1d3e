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
