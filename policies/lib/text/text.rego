# METADATA
# title: text helpers
# description: |
#   Helpers for matching legal text. Patterns are applied to the lower-case
#   text ("lower" fields), so they need no (?i) flag, which keeps them fast.
package wetlint.text

# ranges returns the rune ranges [start, end) where pattern matches in the
# lower-case text s. Every occurrence of every match string is found; a
# range inside a longer one ("nederlander" in "nederlanders") is left out,
# so no two ranges start at the same place.
ranges(s, pattern) := {r |
	found := occurrences(s, pattern)
	some r in found
	not inside(r, found)
}

occurrences(s, pattern) := {[i, i + count(m)] |
	some m in regex.find_n(pattern, s, -1)
	some i in indexof_n(s, m)
	matches_at(s, pattern, m, i)
}

# matches_at holds when the pattern matches m at rune i of s, and not only
# elsewhere: "en/of" is a match in "a en/of b" but its copy inside
# "ontvettingsen/of" is not. It is checked on a window of m with one rune
# of context on each side, which is all that the zero-width assertions of
# Go's regular expressions (\b, \B, ^, $) look at.
matches_at(s, pattern, m, i) if {
	from := max([0, i - 1])
	window := substring(s, from, (i - from) + count(m) + 1)
	some w in regex.find_n(pattern, window, -1)
	w == m
}

inside(r, found) if {
	some o in found
	o != r
	o[0] <= r[0]
	r[1] <= o[1]
}

# regeling_units are the units of the regulation itself, without quoted
# text of or for other regulations, by id; text_units those of them that
# have text of their own. wetlint selects them when it builds the input
# (input.regeling_units, input.text_units: the same values as in
# input.units), because filtering thousands of units here would cost a
# document rule more than the rest of its work after every edit in an
# editor. They are objects; iterate them as sets: `some u in
# text.text_units`. An input without them (a test) falls back to a
# selection here.
default regeling_units := {}

regeling_units := input.regeling_units

regeling_units := {id: u | some id, u in input.units; not u.quoted} if not input.regeling_units

default text_units := {}

text_units := input.text_units

text_units := {id: u | some id, u in input.units; not u.quoted; u.text != ""} if not input.text_units

# mentioning(w) are the text units whose lower-case text contains w, keyed
# by id. wetlint indexes every string literal that a policy passes here
# (input.index.mentions), so that a document rule looking for a rare word
# visits the few units that have it; any other word is found by scanning
# text_units, with the same result.
mentioning(w) := {id: text_units[id] | some id in input.index.mentions[w]} if input.index.mentions[w]

mentioning(w) := {id: u | some id, u in text_units; contains(u.lower, w)} if not input.index.mentions[w]

# having(f) are the text units whose fact list f (one of references,
# deadlines, consequences, grounds, effects, presumptions, delegations,
# entry, links) is not empty, keyed by id (input.index.facts).
having(f) := {id: text_units[id] | some id in input.index.facts[f]} if input.index.facts[f]

having(f) := {id: u | some id, u in text_units; count(u[f]) > 0} if not input.index.facts[f]

# with_duty are the text units with a sentence that imposes a duty (any
# actor), keyed by id (input.index.duties).
with_duty := {id: text_units[id] | some id in input.index.duties} if input.index.duties

with_duty := {id: u | some id, u in text_units; some s in u.sentences; s.duty} if not input.index.duties

# in_article(a) are the text units of article a (the artikel and what it
# holds), keyed by id (input.index.articles).
in_article(a) := {id: text_units[id] | some id in input.index.articles[a]} if input.index.articles

in_article(a) := {id: u | some id, u in text_units; u.article == a} if not input.index.articles
