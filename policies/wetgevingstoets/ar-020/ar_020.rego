# METADATA
# title: Nummering van artikelen
# description: |
#   Artikelen worden doorlopend met Arabische cijfers genummerd, eventueel per
#   hoofdstuk (1.1, 1.2, 2.1). Een nummer ontbreekt niet en komt niet twee
#   keer voor; de nummering loopt niet terug. Een ingevoegd artikel krijgt een
#   letter (14a), geen ‘bis’ of ‘ter’. Een regeling met één artikel heeft
#   ‘Enig artikel’ als opschrift. Artikelen van een wijzigingsregeling worden
#   met Romeinse cijfers genummerd; ook daar mag geen nummer ontbreken.
#
#   In een geldende (geconsolideerde) tekst met BWB-id begint een nieuwe reeks
#   waar de nummering opnieuw bij 1 begint: een taalversie of bijlage van een
#   verdrag, een bijlage met eigen artikelen, een invoeringswet die per
#   hoofdstuk nummert. In een ontwerp is dat een dubbel nummer; nummer dan
#   per hoofdstuk als 1.1, 1.2. In zo'n tekst ontbreken vervallen artikelen gewoon; een
#   gat is daar geen fout en wordt niet gemeld, en ‘bis’ en ‘ter’ zijn daar
#   de bestaande stijl, die een wijziging volgt.
# custom:
#   id: AR-020
#   name: nummering-artikelen
#   family: wetgevingstoets
#   severity: error
#   source: Ar 3.54 en 6.16
#   scope: document
package wetlint.rules.wetgevingstoets["AR-020"]

import data.wetlint.result
import data.wetlint.text

nums := input.document.numbering

label(n) := input.units[n.unit].label

# consolidated: an enacted text as published in the BWB, in which repealed
# articles are left out
default consolidated := false

consolidated if input.document.bwb_id != ""

# starts are the indexes where a numbering series begins: the first article,
# an "Enig artikel" and the one after it, and in an enacted text a restart at
# 1 (a treaty's language version or annex, a bijlage with articles of its
# own, an invoeringswet numbered per hoofdstuk). A draft that starts again
# at 1 in each hoofdstuk gets duplicates: per-chapter numbering is 1.1, 1.2.
starts contains 0

starts contains i if {
	some k in enigs
	some i in [k, k + 1]
	i > 0
	i < count(nums)
}

# enigs are the indexes of the articles headed "Enig artikel"
enigs contains i if {
	some i, n in nums
	enig(n)
}

enig(n) if n.style == "enig"

enig(n) if lower(n.number) == "enig"

starts contains i if {
	consolidated
	some i, n in nums
	i > 0
	restart(n, nums[i - 1])
}

# in a treaty every language version and annex, in a consolidated text every
# bijlage with articles of its own, starts again at 1
restart(n, prev) if {
	consolidated
	n.base == 1
	n.suffix == ""
	prev.base >= 1
}

index := {n.unit: i | some i, n in nums}

series(i) := max({s | some s in starts; s <= i})

# consecutive pairs in the same numbering series (style and chapter)
pairs contains [a, b] if {
	some i
	a := nums[i]
	b := nums[i + 1]
	not (i + 1) in starts
	a.style == b.style
	a.chapter == b.chapter
	a.style in {"arabic", "dotted", "colon", "roman"}
}

report contains f if {
	not consolidated
	some [a, b] in pairs
	b.base > a.base + 1
	msg := sprintf("%s volgt op %s: het nummer daartussen ontbreekt; nummer de artikelen doorlopend", [label(b), label(a)])
	f := result.finding(rego.metadata.chain(), b.unit, msg)
}

report contains f if {
	some [a, b] in pairs
	b.base < a.base
	msg := sprintf("%s volgt op %s: de nummering loopt terug", [label(b), label(a)])
	f := result.finding(rego.metadata.chain(), b.unit, msg)
}

report contains f if {
	some i, n in nums
	n.duplicate_of != ""
	some j in numbers.range(index[n.duplicate_of], i - 1)
	lower(nums[j].number) == lower(n.number)
	series(j) == series(i)
	msg := sprintf("artikel %s komt meer dan eens voor; geef ieder artikel een eigen nummer", [n.number])
	f := result.finding(rego.metadata.chain(), n.unit, msg)
}

report contains f if {
	not consolidated # an enacted law keeps its existing style (Ar 6.16)
	some n in nums
	n.suffix in {"bis", "ter", "quater"}
	msg := sprintf("artikel %s is ingevoegd met ‘%s’; een ingevoegd artikel krijgt een letter (zoals %da)", [n.number, n.suffix, n.base])
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "info")
}

report contains f if {
	count(nums) == 1
	some n in nums
	not enig(n)
	not input.document.amending
	msg := "een regeling met één artikel heeft als opschrift ‘Enig artikel’, zonder nummer"
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "info")
}

report contains f if {
	some id, u in text.mentioning("gereserveerd")
	n := nums[index[id]]
	regex.match(`^\[?\s*gereserveerd`, u.lower)
	msg := sprintf("%s is ‘gereserveerd’; laat in een nieuwe regeling geen lege nummers open", [label(n)])
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "warning")
}
