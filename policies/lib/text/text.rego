# METADATA
# title: text helpers
# description: |
#   Helpers for matching legal text. Patterns are applied to the lower-case
#   text ("lower" fields), so they need no (?i) flag, which keeps them fast.
package wetlint.text

# ranges returns the rune ranges [start, end) where pattern matches in the
# lower-case text s. Overlapping repeats of the same match string are all
# found.
ranges(s, pattern) := {[i, i + count(m)] |
	some m in regex.find_n(pattern, s, -1)
	some i in indexof_n(s, m)
}

# regeling_units are the units of the regulation itself, without quoted
# text of or for other regulations.
regeling_units contains u if {
	some u in input.units
	not u.quoted
}

# text_units are regulation units that have text of their own.
text_units contains u if {
	some u in regeling_units
	u.text != ""
}
