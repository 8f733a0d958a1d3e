# METADATA
# title: Nummering van artikelen
# description: |
#   Artikelen worden doorlopend met Arabische cijfers genummerd, eventueel per
#   hoofdstuk (1.1, 1.2, 2.1). Een nummer ontbreekt niet en komt niet twee
#   keer voor; de nummering loopt niet terug. Een ingevoegd artikel krijgt een
#   letter (14a), geen ‘bis’ of ‘ter’. Een regeling met één artikel heeft
#   ‘Enig artikel’ als opschrift. Artikelen van een wijzigingsregeling worden
#   met Romeinse cijfers genummerd; ook daar mag geen nummer ontbreken.
# custom:
#   id: AR-020
#   name: nummering-artikelen
#   family: wetgevingstoets
#   severity: error
#   source: Ar 3.54 en 6.16
#   scope: document
package wetlint.rules.wetgevingstoets["AR-020"]

import data.wetlint.result

numbers := input.document.numbering

label(n) := input.units[n.unit].label

# consecutive pairs in the same numbering series (style and chapter)
pairs contains [a, b] if {
	some i
	a := numbers[i]
	b := numbers[i + 1]
	a.style == b.style
	a.chapter == b.chapter
	a.style in {"arabic", "dotted", "colon", "roman"}
}

report contains f if {
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
	some n in numbers
	n.duplicate_of != ""
	msg := sprintf("artikel %s komt meer dan eens voor; geef ieder artikel een eigen nummer", [n.number])
	f := result.finding(rego.metadata.chain(), n.unit, msg)
}

report contains f if {
	some n in numbers
	n.suffix in {"bis", "ter", "quater"}
	msg := sprintf("artikel %s is ingevoegd met ‘%s’; een ingevoegd artikel krijgt een letter (zoals %da)", [n.number, n.suffix, n.base])
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "info")
}

report contains f if {
	count(numbers) == 1
	some n in numbers
	n.style != "enig"
	not input.document.amending
	msg := "een regeling met één artikel heeft als opschrift ‘Enig artikel’, zonder nummer"
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "info")
}

report contains f if {
	some n in numbers
	regex.match(`^\[?\s*gereserveerd`, input.units[n.unit].lower)
	msg := sprintf("%s is ‘gereserveerd’; laat in een nieuwe regeling geen lege nummers open", [label(n)])
	f := result.with_severity(result.finding(rego.metadata.chain(), n.unit, msg), "warning")
}
