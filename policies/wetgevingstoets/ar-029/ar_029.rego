# METADATA
# title: Hoofdelementen gedelegeerd aan lagere regelgeving
# description: |
#   De wet regelt zelf de hoofdelementen van een regeling: wie recht heeft
#   (de kring van rechthebbenden), de hoogte van een uitkering,
#   tegemoetkoming of subsidie, de voorwaarden waaronder het recht bestaat,
#   de verplichtingen van burgers en de sancties. Een wet die dat aan een
#   algemene maatregel van bestuur overlaat, en zeker een die het aan een
#   ministeriële regeling overlaat, onttrekt die keuzes aan de wetgever.
#   Regel het in de wet en delegeer alleen de uitwerking, of rechtvaardig
#   in de toelichting waarom het niet anders kan. Delegatie van technische
#   uitwerking (de wijze waarop, het model, de gegevens die worden
#   verstrekt) is gewoon, en ‘nadere regels over de hoogte’ onder een wet
#   die de hoogte zelf vastlegt ook.
# custom:
#   id: AR-029
#   name: delegatie-hoofdelementen
#   family: wetgevingstoets
#   severity: warning
#   source: "wetlint; Ar 2.20"
#   scope: article
package wetlint.rules.wetgevingstoets["AR-029"]

import data.wetlint.result
import data.wetlint.text

formal_law := {"wet", "rijkswet", "wet-bes", ""}

lower_instruments := {"amvb", "ministeriele-regeling", "regeling"}

benefit := `(tegemoetkoming|uitkering|subsidie|toeslag|vergoeding|bijstand|kinderbijslag|kinderopvangtoeslag|huurtoeslag|zorgtoeslag|kindgebonden budget|studiefinanciering|pensioen|tegemoetkomingen|uitkeringen|subsidies|toeslagen|vergoedingen)`

elements := {
	"wie recht heeft": concat("", [`\bwie\b[^.;]{0,40}\b(recht|aanspraak) (heeft|hebben|op)\b|\bwie (daarvoor |daarop )?in aanmerking (komt|komen)\b|\bkring van (rechthebbenden|gerechtigden|belanghebbenden)\b|\b(de |welke )?(categorieën van )?(personen|rechthebbenden|gerechtigden|ouders|huishoudens) (die|welke) (recht|aanspraak) (hebben|heeft) op (een |de )?`, benefit]),
	"de hoogte van de aanspraak": concat("", [`\b(de hoogte|het bedrag|de omvang) van (de |het |een )?`, benefit, `\b`]),
	"de voorwaarden voor het recht": concat("", [`\bvoorwaarden (waaronder|waarop)\b[^.;]{0,40}\b(recht|aanspraak)\b|\bvoorwaarden voor (het recht op|de aanspraak op|toekenning van)\b|\bvoorwaarden (waaronder|waarop) (de |een )?`, benefit, ` (wordt|worden) (verleend|toegekend|verstrekt)\b`]),
	"verplichtingen van burgers": `\bverplichtingen (van|voor) (de |het )?([a-z]+-)?(aanvrager|aanvragers|belanghebbende|belanghebbenden|verzekerde|verzekerden|ouder|ouders|burger|burgers|ontvanger|ontvangers|uitkeringsgerechtigde|uitkeringsgerechtigden|deelnemer|deelnemers|rechthebbende|rechthebbenden)\b|\b(aan|op) (de )?(aanvrager|belanghebbende|ontvanger|rechthebbende)s? (op te leggen|opgelegde) verplichtingen\b`,
	"sancties": `\b(de hoogte|het bedrag) van de (bestuurlijke )?boete\b|\b(de )?boetecategorie(ën)?\b|\bhet opleggen van (een )?(bestuurlijke )?boete|\bboetes? (op te leggen|kunnen worden opgelegd)\b|\b(de )?sancties\b`,
}

# technical elaboration around the element: "de wijze waarop de hoogte …
# wordt berekend", "de betaling van de tegemoetkoming"
technical := `(de wijze (waarop|van)|het model|administratieve|de gegevens|de (berekening|betaling|uitbetaling|vaststelling|indexering|afronding|aanpassing|tenuitvoerlegging|invordering|inning|verrekening) van)[^.;]{0,60}$`

report contains f if {
	formal_law[input.document.type]
	some u in text.text_units
	some d in u.delegations
	delegates_to_lower(d)
	d.kind in {"regels", "vaststellen", "bepalen", "aanwijzen"}
	found := {phrase | some name, pattern in elements; some phrase in element_in(u, d, name, pattern)}
	count(found) > 0
	quoted := [sprintf("‘%s’", [p]) | some p in sort(found)]
	msg := sprintf("%s laat de wet %s over aan %s; %s", [result.where(u), enumerate(quoted), instrument(d), advice(d, count(quoted))])
	f := result.finding_at(rego.metadata.chain(), u.id, d.start, d.end, msg)
}

delegates_to_lower(d) if lower_instruments[d.instrument]

delegates_to_lower(d) if {
	d.instrument == ""
	d.issuer == "minister"
}

# the phrases that name the element, as written
element_in(u, d, name, pattern) := {phrase |
	some scan in scanned(u, d)
	some r in text.ranges(scan, pattern)
	not regex.match(technical, substring(scan, 0, r[0]))
	not fixed_by_law(u, name)
	phrase := trim_space(substring(scan, r[0], r[1] - r[0]))
}

# what the delegation is about: for "regels" the words from the delegation
# on, for "worden … vastgesteld" its subject (the object); the onderdelen
# after a lead-in that ends in a colon
scanned(u, d) := {x |
	some s in u.sentences
	s.id == d.sentence
	x := substring(s.lower, d.start - s.start, -1)
	d.kind == "regels"
} | {x |
	# "De hoogte van de tegemoetkoming wordt … vastgesteld", "Bij … wordt
	# bepaald welke …": the words just before the delegation and after it
	d.kind != "regels"
	some s in u.sentences
	s.id == d.sentence
	from := max([0, (d.start - s.start) - 60])
	x := substring(s.lower, from, -1)
} | {x |
	d.list
	some c in u.children
	x := input.units[c].lower
}

# "nadere regels over de hoogte" under a law that fixes the amount itself
fixed_by_law(u, "de hoogte van de aanspraak") if {
	art := input.units[u.article]
	regex.match(`€|\bbedraagt\b|\bprocent\b|%|\beuro\b`, art.full)
}

# a fine whose maximum the law fixes ("ten hoogste € 4 000 000", "niet hoger
# dan de geldboete van de eerste categorie")
fixed_by_law(u, "sancties") if {
	art := input.units[u.article]
	regex.match(`€|\bbedraagt\b|\bten hoogste\b|\bniet hoger (is |zijn )?dan\b|\bcategorie\b|\beuro\b`, art.full)
}

instrument(d) := "een ministeriële regeling" if d.issuer == "minister"

instrument(d) := "een algemene maatregel van bestuur" if {
	d.issuer != "minister"
	d.instrument == "amvb"
}

instrument(d) := "een lagere regeling" if {
	d.issuer != "minister"
	d.instrument != "amvb"
}

# "‘a’", "‘a’ en ‘b’", "‘a’, ‘b’ en ‘c’"
enumerate(xs) := xs[0] if count(xs) == 1

enumerate(xs) := concat(" en ", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1

advice(d, n) := concat("", [what(n), ", en een ministeriële regeling is daarvoor het minst geschikt; ", remedy(n)]) if d.issuer == "minister"

advice(d, n) := concat("", [what(n), "; ", remedy(n)]) if d.issuer != "minister"

what(1) := "dat is een hoofdelement dat in de wet zelf hoort"

what(n) := "dat zijn hoofdelementen die in de wet zelf horen" if n > 1

remedy(1) := "regel het in de wet en delegeer alleen de uitwerking, of rechtvaardig in de toelichting waarom dat niet kan"

remedy(n) := "regel ze in de wet en delegeer alleen de uitwerking, of rechtvaardig in de toelichting waarom dat niet kan" if n > 1
