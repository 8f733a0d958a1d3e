# METADATA
# title: findings
# description: |
#   Builds the finding objects that rules report, so that no rule builds one
#   by hand. A finding names the rule (taken from the METADATA of the rule's
#   package), the unit it is about and a Dutch message; optionally a range
#   (rune offsets into the unit's text), a severity other than the rule's
#   default, and a fix.
package wetlint.result

# meta returns the METADATA annotations of the rule package in a chain.
meta(chain) := m if {
	some link in chain
	m := link.annotations
	m.custom.id
}

# finding reports about a whole unit ("" for the document).
finding(chain, unit, message) := {
	"rule": meta(chain).custom.id,
	"unit": unit,
	"message": message,
}

# finding_at reports about the runes [start, end) of the unit's text.
finding_at(chain, unit, start, end, message) := object.union(
	finding(chain, unit, message),
	{"start": start, "end": end},
)

# with_severity changes a finding's severity: "error", "warning" or "info".
with_severity(f, severity) := object.union(f, {"severity": severity})

# with_fix adds a fix: a message the user reads before accepting ("Vervang
# ‘en/of’ door ‘of’") and edits, each {"start", "end", "text"} in runes of
# the unit's text.
with_fix(f, message, edits) := object.union(f, {"fix": {"message": message, "edits": edits}})

# param returns a rule parameter from data.wetlint.params (defaults come
# from the rule's METADATA custom.params, overrides from configuration).
param(chain, name) := data.wetlint.params[meta(chain).custom.id][name]

# where names a unit at the start of a Dutch sentence: "in artikel 4" or,
# with the commas the label needs, "in artikel 3, eerste lid,".
where(u) := concat("", ["in ", u.label]) if not contains(u.label, ",")

where(u) := concat("", ["in ", u.label, ","]) if contains(u.label, ",")
