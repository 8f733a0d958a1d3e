# METADATA
# title: Opbouw van de toelichting
# description: |
#   De toelichting van een grotere regeling bestaat uit een algemeen deel
#   en een artikelsgewijs deel. Het artikelsgewijze deel legt uit waarom een
#   artikel is zoals het is; een toelichting die het artikel alleen in
#   andere woorden herhaalt, of die meldt dat een artikel ‘geen toelichting
#   behoeft’, voegt niets toe en kan beter worden weggelaten.
# custom:
#   id: AR-026
#   name: opbouw-toelichting
#   family: wetgevingstoets
#   severity: info
#   source: Ar 4.48
#   scope: document
#   params:
#     min_artikelen: 10
#     max_overlap: 0.8
package wetlint.rules.wetgevingstoets["AR-026"]

import data.wetlint.result

param(name) := result.param(rego.metadata.chain(), name)

tl_units := [u | some u in input.toelichting.units]

general_heading := `^(\d+\.?\s*)?(algemeen|algemeen deel|i\.?\s*algemeen)\b`

artikelsgewijs_heading := `artikelsgewijs|artikelsgewijze`

default has_general := false

# a general part: a section with text of its own that is not about one article
has_general if {
	some u in tl_units
	u.kind == "toelichting-sectie"
	not regex.match(artikelsgewijs_heading, lower(u.heading))
	trim_space(u.text) != ""
}

has_general if {
	some u in tl_units
	regex.match(general_heading, lower(u.heading))
}

default has_articles := false

has_articles if {
	some u in tl_units
	u.kind == "toelichting-artikel"
}

has_articles if {
	some u in tl_units
	regex.match(artikelsgewijs_heading, lower(u.heading))
}

missing_part := "een artikelsgewijs deel" if {
	has_general
	not has_articles
}

missing_part := "een algemeen deel" if {
	has_articles
	not has_general
}

report contains f if {
	input.toelichting.present
	# a memorie or nota van toelichting, not explanations written into the
	# regulation under each article (as in the Aanwijzingen themselves)
	contains(lower(input.toelichting.heading), "toelichting")
	n := count(input.document.articles)
	n >= param("min_artikelen")
	part := missing_part
	msg := sprintf("de toelichting van deze regeling met %d artikelen heeft geen %s; splits de toelichting in een algemeen en een artikelsgewijs deel", [n, trim_prefix(part, "een ")])
	f := result.finding(rego.metadata.chain(), "", msg)
}

# a section that says nothing
empty_phrases := `behoeft geen (nadere |verdere )?toelichting|spreekt voor zich(zelf)?|wijst zich(zelf)? (van)?zelf|behoeft geen (nadere |verdere )?uitleg|(is|zijn) zonder toelichting duidelijk`

report contains f if {
	some u in tl_units
	u.kind in {"toelichting-artikel", "toelichting-sectie"}
	some m in regex.find_n(empty_phrases, u.lower, 1)
	start := indexof(u.lower, m)
	msg := sprintf("in de toelichting bij %s staat ‘%s’; laat zo’n mededeling weg, of leg uit waarom het artikel is zoals het is", [about(u), substring(u.text, start, count(m))])
	f := result.finding_at(rego.metadata.chain(), u.id, start, start + count(m), msg)
}

about(u) := input.units[u.article].label if u.article != ""

about(u) := u.heading if u.article == ""

words(s) := {w | some w in regex.find_n(`[\pL\pN]+`, lower(s), -1)}

# an artikelsgewijze section that only says again what the article says
report contains f if {
	some u in tl_units
	u.kind == "toelichting-artikel"
	u.article != ""
	a := words(u.text)
	count(a) >= 5
	b := words(input.units[u.article].full)
	overlap := count(a & b) / count(a | b)
	overlap > param("max_overlap")
	msg := sprintf("de toelichting bij %s herhaalt vrijwel woordelijk het artikel (%d%% dezelfde woorden); leg uit waarom het artikel is zoals het is, of laat de toelichting weg", [input.units[u.article].label, round(overlap * 100)])
	f := result.finding(rego.metadata.chain(), u.id, msg)
}
