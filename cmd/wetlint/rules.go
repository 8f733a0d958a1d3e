package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
)

// ruleJSON is one rule in `wetlint rules --format json`.
type ruleJSON struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Family   string `json:"family"`
	Severity string `json:"severity"`
	Title    string `json:"title"`
	Source   string `json:"source"`
}

func newRulesCmd(stdout io.Writer) *cobra.Command {
	var format string
	var families []string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Toon de regels: id, familie, ernst, titel en bron",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			engine, err := checks.New(cmd.Context(), checks.Options{Families: families})
			if err != nil {
				return exitWith(exitUsage, err)
			}
			var rules []ruleJSON
			for _, r := range engine.Rules() {
				if !engine.Enabled(r.ID) {
					continue
				}
				rules = append(rules, ruleJSON{r.ID, r.Name, r.Family, r.Severity, r.Title, r.Source})
			}
			switch format {
			case "json":
				enc := json.NewEncoder(stdout)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				if rules == nil {
					rules = []ruleJSON{}
				}
				return enc.Encode(rules)
			case "text":
				tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tFAMILIE\tERNST\tTITEL\tBRON")
				for _, r := range rules {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Family, r.Severity, r.Title, r.Source)
				}
				return tw.Flush()
			}
			return exitWith(exitUsage, fmt.Errorf("onbekend uitvoerformaat %q; kies uit text, json", format))
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "uitvoerformaat: text, json")
	cmd.Flags().StringSliceVar(&families, "family", nil, "alleen deze families")
	return cmd
}
