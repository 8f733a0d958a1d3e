package main

import (
	"io"
	"os"

	"github.com/spf13/cobra"
)

const rootLong = `wetlint controleert ontwerpregelgeving zoals een zorgvuldige collega dat doet:
artikel voor artikel, met verwijzing naar het artikel en de regel.

Vier families van regels:
  wetgevingstoets     de Aanwijzingen voor de regelgeving (AR-…)
  discriminatietoets  onderscheid naar nationaliteit en afgeleide kenmerken (DISC-…)
  doenvermogen        wat de regeling van burgers vraagt (DOEN-…)
  hardvochtigheid     harde gevolgen zonder ruimte voor maatwerk (HARD-…)

wetlint leest Markdown (zie docs/markdown.md) en XML: BWB, STOP, officiële
publicaties, CVDR en Akoma Ntoso; het formaat wordt herkend aan de inhoud.

Afsluitcodes:
  0  niets op of boven het faalniveau
  1  bevindingen op of boven het faalniveau (--fail-level)
  2  gebruiksfout, of een bestand dat niet gelezen kon worden
  3  interne fout in wetlint`

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "wetlint",
		Short:         "Kwaliteitscontrole voor ontwerpregelgeving",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetHelpCommandGroupID("")
	root.AddCommand(
		newCheckCmd(stdout, stderr),
		newParseCmd(stdout, stderr),
		newRulesCmd(stdout),
		newVersionCmd(stdout),
		newLSPCmd(stdin, stdout),
	)
	return root
}

// run executes wetlint with args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	return exitCode(root.Execute(), stderr)
}

// isTerminal reports whether w is a character device (a terminal), for
// colour and progress output.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
