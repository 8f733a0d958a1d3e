package report

import (
	"strconv"
	"strings"
)

// Numbers in the HTML and Markdown reports are written the Dutch way: a
// point between thousands and a comma before the decimals (30.563;
// 84,62). The CSV and JSON keep the machine form (30563; 84.62).

// intNL writes n with a point between thousands.
func intNL(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// formatNL writes x with the given number of decimals, a decimal comma and
// points between thousands.
func formatNL(x float64, decimals int) string {
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.Atoi(whole)
	out := intNL(n)
	if n == 0 && strings.HasPrefix(whole, "-") {
		out = "-0"
	}
	if frac != "" {
		out += "," + frac
	}
	return out
}
