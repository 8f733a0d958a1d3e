package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// StatsFormats lists the output formats of `wetlint stats`.
var StatsFormats = []string{"csv", "json", "html"}

// WriteStats writes a statistics report in one of StatsFormats.
func WriteStats(w io.Writer, format string, rep *StatsReport) error {
	switch format {
	case "csv":
		return rep.WriteCSV(w)
	case "json":
		return rep.WriteJSON(w)
	case "html":
		return rep.WriteHTML(w)
	}
	return fmt.Errorf("onbekend uitvoerformaat %q; kies uit %s", format, strings.Join(StatsFormats, ", "))
}

// Row dimensions of the CSV besides those of --by.
const (
	RowTotal      = "total"
	RowUnreadable = "unreadable"
	RowProvenance = "provenance"
)

// A StatsRow is one line of the CSV. Dimension says which table it belongs
// to; Value is the family, rule id or group; Family is set on a family's
// line within a group; Rank on a rule's line.
type StatsRow struct {
	Dimension string
	Value     string
	Family    string
	Rule      string
	Rank      int
	Counts
}

// Key identifies a row: the first four columns joined by "|".
func (r StatsRow) Key() string {
	return r.Dimension + "|" + r.Value + "|" + r.Family + "|" + r.Rule
}

// StatsColumns are the CSV header, also used as the names of the numbers
// in the HTML (data-col attributes).
var StatsColumns = []string{"dimension", "value", "family", "rule", "rank", "documents", "articles", "findings",
	"per_1000_articles", "documents_with_findings", "share_documents_pct", "justified", "suppressed"}

// Rows flattens the report into the lines of the CSV, in the order of the
// report.
func (rep *StatsReport) Rows() []StatsRow {
	rows := []StatsRow{
		{Dimension: RowTotal, Counts: rep.Totals},
		{Dimension: RowUnreadable, Counts: Counts{Documents: rep.Unreadable}},
	}
	for _, f := range rep.Families {
		rows = append(rows, StatsRow{Dimension: ByFamily, Value: f.Family, Family: f.Family, Counts: f.Counts})
	}
	for _, r := range rep.Rules {
		rows = append(rows, StatsRow{Dimension: ByRule, Value: r.Rule, Family: r.Family, Rule: r.Rule, Rank: r.Rank, Counts: r.Counts})
	}
	for _, b := range rep.Breakdowns {
		for _, g := range b.Groups {
			rows = append(rows, StatsRow{Dimension: b.Dimension, Value: g.Value, Counts: g.Counts})
			for _, f := range g.Families {
				rows = append(rows, StatsRow{Dimension: b.Dimension, Value: g.Value, Family: f.Family, Counts: f.Counts})
			}
		}
	}
	for _, p := range rep.Provenance {
		rows = append(rows, StatsRow{Dimension: RowProvenance, Value: p.Dimension + ":" + p.Source, Counts: Counts{Documents: p.Documents}})
	}
	return rows
}

// Fields returns the row as CSV fields, in the order of StatsColumns.
// Rates have a fixed number of decimals with a point.
func (r StatsRow) Fields() []string {
	rank := ""
	if r.Rank > 0 {
		rank = strconv.Itoa(r.Rank)
	}
	return []string{r.Dimension, r.Value, r.Family, r.Rule, rank,
		strconv.Itoa(r.Documents), strconv.Itoa(r.Articles), strconv.Itoa(r.Findings),
		strconv.FormatFloat(r.Per1000, 'f', 2, 64), strconv.Itoa(r.DocumentsWithFindings),
		strconv.FormatFloat(r.ShareDocuments, 'f', 1, 64), strconv.Itoa(r.Justified), strconv.Itoa(r.Suppressed)}
}

// WriteCSV writes the header and one line per row (RFC 4180, comma
// separated, UTF-8).
func (rep *StatsReport) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(StatsColumns); err != nil {
		return err
	}
	for _, r := range rep.Rows() {
		if err := cw.Write(r.Fields()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the report as indented JSON with a final newline.
func (rep *StatsReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// SummaryLineStats says in a few Dutch words what a statistics run
// counted.
func SummaryLineStats(rep *StatsReport) string {
	n := func(k int, one, many string) string {
		if k == 1 {
			return "1 " + one
		}
		return intNL(k) + " " + many
	}
	s := fmt.Sprintf("%s, %s, %s", n(rep.Totals.Documents, "document", "documenten"),
		n(rep.Totals.Articles, "artikel", "artikelen"), n(rep.Totals.Findings, "bevinding", "bevindingen"))
	if rep.Unreadable > 0 {
		s += fmt.Sprintf("; %d niet gelezen", rep.Unreadable)
	}
	return s
}
