package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/ruledoc"
)

func newExplainCmd(stdout io.Writer) *cobra.Command {
	var policies []string
	cmd := &cobra.Command{
		Use:   "explain regel",
		Short: "Leg een regel uit: toelichting, bron en voorbeelden",
		Long: `Toon de uitleg van een regel: titel, familie, ernst, bron, de Nederlandse
toelichting en voorbeelden uit de tests van de regel, door wetlint zelf
gecontroleerd. De regel mag met id (AR-006) of naam (en-of) worden genoemd.`,
		Example: `  wetlint explain AR-006
  wetlint explain korte-termijn-burger
  wetlint explain --policies beleid EIGEN-001`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := checks.New(cmd.Context(), checks.Options{PolicyDirs: policies})
			if err != nil {
				return exitWith(exitUsage, err)
			}
			r, err := ruledoc.Explain(cmd.Context(), e, args[0], policies)
			if err != nil {
				return exitWith(exitUsage, err)
			}
			fmt.Fprint(stdout, ruledoc.Text(*r))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&policies, "policies", nil, "map met eigen Rego-regels (mag vaker)")
	return cmd
}

func newDocsCmd(stdout io.Writer) *cobra.Command {
	var dir string
	var check bool
	rules := &cobra.Command{
		Use:   "rules",
		Short: "Maak docs/rules opnieuw uit de METADATA en de tests van de regels",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rs, err := ruledoc.Collect(cmd.Context())
			if err != nil {
				return exitWith(exitInternal, err)
			}
			pages := ruledoc.Pages(dir, rs)
			if check {
				if stale := ruledoc.Stale(dir, pages); len(stale) > 0 {
					return exitWith(exitFindings, fmt.Errorf("verouderd:\n  %s\nmaak opnieuw met: %s", strings.Join(stale, "\n  "), ruledoc.Command))
				}
				return nil
			}
			changed, err := ruledoc.Write(pages)
			for _, p := range changed {
				fmt.Fprintln(stdout, p)
			}
			if err != nil {
				return exitWith(exitInternal, err)
			}
			for _, s := range ruledoc.Stale(dir, pages) {
				fmt.Fprintf(stdout, "let op: %s\n", s)
			}
			return nil
		},
	}
	rules.Flags().StringVar(&dir, "dir", "docs/rules", "map van de regelpagina's")
	rules.Flags().BoolVar(&check, "check", false, "schrijf niets; afsluitcode 1 als een pagina verouderd is")
	cmd := &cobra.Command{
		Use:    "docs",
		Short:  "Documentatie van wetlint genereren (voor ontwikkelaars)",
		Hidden: true,
		Args:   cobra.NoArgs,
	}
	cmd.AddCommand(rules)
	return cmd
}
