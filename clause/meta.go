package clause

import (
	"regexp"
	"strings"
)

// NormalizeType maps the many ways a source names the kind of a regulation
// onto the Type constants ("AMvB", "algemene maatregel van bestuur" →
// "amvb"). The second result is true for amending instruments.
func NormalizeType(s string) (typ string, amending bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.NewReplacer("ë", "e", "_", "-", " ", "-").Replace(t)
	switch t {
	case "":
		return TypeOnbekend, false
	case "wet", "formele-wet", "wetsvoorstel", "voorstel-van-wet":
		return TypeWet, false
	case "rijkswet":
		return TypeRijkswet, false
	case "amvb", "algemene-maatregel-van-bestuur", "besluit", "amvb-besluit", "rijksamvb", "amvb-rijk":
		return TypeAMvB, false
	case "kb", "koninklijk-besluit":
		return TypeKB, false
	case "ministeriele-regeling", "regeling", "mr", "ministeriele-regeling-(mr)", "zbo", "pbo":
		return TypeMinisterieleRegeling, false
	case "wijzigingswet", "wijzigingsregeling", "wijzigingsbesluit", "wijziging", "wijzigingsvoorstel":
		return TypeWijzigingsregeling, true
	case "beleidsregel", "beleidsregels":
		return TypeBeleidsregel, false
	case "circulaire", "aanwijzing", "aanwijzingen":
		return TypeCirculaire, false
	case "verdrag":
		return TypeVerdrag, false
	case "verordening", "gemeentelijke-verordening", "provinciale-verordening", "waterschapsverordening", "omgevingsplan", "omgevingsverordening":
		return TypeDecentraal, false
	}
	return t, false
}

var (
	typeFromTitle = []struct {
		re  *regexp.Regexp
		typ string
	}{
		{regexp.MustCompile(`(?i)^rijkswet\b`), TypeRijkswet},
		{regexp.MustCompile(`(?i)^(wet|wetboek)\b`), TypeWet},
		{regexp.MustCompile(`(?i)^(besluit|algemene maatregel)\b`), TypeAMvB},
		{regexp.MustCompile(`(?i)^(regeling|ministeri[eë]le regeling)\b`), TypeMinisterieleRegeling},
		{regexp.MustCompile(`(?i)^beleidsregel`), TypeBeleidsregel},
		{regexp.MustCompile(`(?i)^(circulaire|aanwijzingen)\b`), TypeCirculaire},
		{regexp.MustCompile(`(?i)^verordening\b`), TypeDecentraal},
	}
	bwbIDRe = regexp.MustCompile(`BWB[RV]\d{7}`)
)

// TypeFromTitle guesses the document type from a title when the source
// does not say: "Wet van …" is a wet, "Besluit van …" an AMvB.
func TypeFromTitle(title string) string {
	t := strings.TrimSpace(title)
	for _, c := range typeFromTitle {
		if c.re.MatchString(t) {
			return c.typ
		}
	}
	return TypeOnbekend
}

// BWBIDIn returns the first BWB identifier in s, or "".
func BWBIDIn(s string) string { return bwbIDRe.FindString(s) }

var (
	romanRe      = regexp.MustCompile(`^[IVXLC]+[a-zA-Z]?$`)
	amendVerbsRe = regexp.MustCompile(`(?i)\b(wordt als volgt gewijzigd|wordt gewijzigd als volgt|komt te luiden|wordt vervangen door|wordt ingevoegd|worden ingevoegd|wordt toegevoegd|worden toegevoegd|vervalt\.|wordt ingetrokken|wordt als volgt aangevuld)`)
)

// IsRoman reports whether s is a Roman article number (I, II, XIV, IVa).
func IsRoman(s string) bool { return romanRe.MatchString(s) }

var amendingTitleRe = regexp.MustCompile(`(?i)^[^,]*?(?:,\s*)?\b(?:tot|houdende)\s+(?:wijziging|aanpassing|intrekking)\s+van\b`)

// inferAmending reports whether the document amends other regulations: its
// articles are numbered I, II, … and say what changes.
func inferAmending(d *Document) bool {
	if amendingTitleRe.MatchString(d.Meta.Title) {
		return true
	}
	roman, amend := 0, 0
	for _, a := range d.articles {
		if a.Quoted {
			continue
		}
		if IsRoman(a.Number) {
			roman++
			found := false
			a.Walk(func(u *Unit) bool {
				if amendVerbsRe.MatchString(u.Text) {
					found = true
				}
				return !found
			})
			if found {
				amend++
			}
		}
	}
	return amend > 0 && roman > 0
}
