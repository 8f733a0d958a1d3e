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
