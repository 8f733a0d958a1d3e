package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/scaffold"
)

func newNewCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Maak het geraamte van een eigen regel",
		Args:  cobra.NoArgs,
	}
	var dir string
	s := scaffold.Spec{}
	rule := &cobra.Command{
		Use:   "rule naam",
		Short: "Maak een eigen regel in Rego met een test erbij",
		Long: `Maak een eigen regel: een Rego-bestand met volledige METADATA en een
testbestand met een geval dat de regel meldt en een geval dat hij laat
staan. Pas beide aan, draai ` + "`wetlint test MAP`" + ` en zet de map onder
policies in .wetlint.yaml (of geef haar mee met --policies). Zie
docs/custom-rules.md en docs/policy-input.md.`,
		Example: `  wetlint new rule ambtelijke-woorden
  wetlint new rule vage-termijn --id JENV-001 --family doenvermogen --severity warning --dir beleid`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s.Name = args[0]
			files, err := scaffold.Write(dir, s)
			if err != nil {
				return exitWith(exitUsage, err)
			}
			for _, f := range files {
				fmt.Fprintln(stdout, f)
			}
			return nil
		},
	}
	f := rule.Flags()
	f.StringVar(&dir, "dir", "beleid", "map voor eigen regels")
	f.StringVar(&s.ID, "id", "", "id van de regel (standaard de naam in hoofdletters)")
	f.StringVar(&s.Family, "family", "wetgevingstoets", "familie: "+strings.Join(checks.Families, ", ")+", of een eigen x-…")
	f.StringVar(&s.Severity, "severity", "warning", "ernst: error, warning of info")
	f.StringVar(&s.Scope, "scope", "article", "article (de regel kijkt alleen binnen het artikel) of document")
	cmd.AddCommand(rule)
	return cmd
}
