package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

func newParseCmd(stdout, stderr io.Writer) *cobra.Command {
	var tree bool
	cmd := &cobra.Command{
		Use:   "parse bestand",
		Short: "Toon de policy-invoer (of de artikelstructuur) van een ontwerp als JSON",
		Long: `Toon wat de regels te zien krijgen: de policy-invoer als JSON, zoals
beschreven in docs/policy-input.md. Met --tree: de artikelstructuur met posities.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := detect.ReadFile(args[0])
			if err != nil {
				return exitWith(exitUsage, err)
			}
			var out []byte
			if tree {
				out, err = json.MarshalIndent(clause.Tree(doc), "", "  ")
			} else {
				out, err = checks.InputJSON(doc, facts.Extract(doc, facts.Options{}))
			}
			if err != nil {
				return exitWith(exitInternal, err)
			}
			fmt.Fprintln(stdout, string(out))
			return nil
		},
	}
	cmd.Flags().BoolVar(&tree, "tree", false, "toon de artikelstructuur in plaats van de policy-invoer")
	return cmd
}
