package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/report"
)

func newBurgerCmd(stdout io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "burger bestand",
		Short: "Toon per soort burger wat het ontwerp vraagt, wanneer, en wat er gebeurt als het niet lukt",
		Long: `Lees het ontwerp zoals de burger het leest: per soort burger die het ontwerp
aanspreekt (aanvrager, ouder, huurder …) alles wat hij moet doen, binnen welke
termijn, en wat er volgens het ontwerp gebeurt als het niet (op tijd) gebeurt,
met de artikelen en de bevindingen van de regels voor doenvermogen.`,
		Example: `  wetlint burger wet.md
  wetlint burger --format json ontwerp.xml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return exitWith(exitUsage, fmt.Errorf("onbekend uitvoerformaat %q; kies uit text, json", format))
			}
			doc, err := detect.ReadFile(args[0])
			if err != nil {
				return exitWith(exitUsage, err)
			}
			engine, err := checks.New(cmd.Context(), checks.Options{Families: []string{"doenvermogen"}})
			if err != nil {
				return exitWith(exitInternal, err)
			}
			r, err := engine.CheckDocument(cmd.Context(), doc)
			if err != nil {
				return exitWith(exitInternal, err)
			}
			view := report.BuildCitizenView(doc, r.Facts, r.Diagnostics, func(id string) string { return engine.Rule(id).Title })
			if format == "json" {
				return view.WriteJSON(stdout)
			}
			return view.WriteText(stdout)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "uitvoerformaat: text, json")
	return cmd
}
