package main

import (
	"io"
	"os"
	"strings"

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

// usageTemplate is cobra's template with Dutch headings.
const usageTemplate = `Gebruik:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [opdracht]{{end}}{{if gt (len .Aliases) 0}}

Ook:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Voorbeelden:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Opdrachten:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Opties:
{{.LocalFlags.FlagUsages | dutchFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Algemene opties:
{{.InheritedFlags.FlagUsages | dutchFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Gebruik "{{.CommandPath}} [opdracht] --help" voor meer over een opdracht.{{end}}
`

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
	root.SetUsageTemplate(usageTemplate)
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [opdracht]",
		Short: "Toon de hulp bij een opdracht",
		Run: func(c *cobra.Command, args []string) {
			target, _, err := c.Root().Find(args)
			if target == nil || err != nil {
				target = c.Root()
			}
			target.Help()
		},
	})
	root.AddCommand(
		newCheckCmd(stdout, stderr),
		newParseCmd(stdout, stderr),
		newRulesCmd(stdout),
		newBurgerCmd(stdout),
		newVersionCmd(stdout),
		newNewCmd(stdout), newTestCmd(stdout), newExplainCmd(stdout), newDocsCmd(stdout),
		newLSPCmd(stdin, stdout),
	)
	dutchHelp(root)
	return root
}

func init() {
	cobra.AddTemplateFunc("dutchFlags", func(s string) string {
		// pflag writes "[=true|false]" after every boolean option; blank
		// it out with as many spaces, so the columns stay aligned
		return strings.NewReplacer("(default ", "(standaard ", " strings ", " lijst   ", " string ", " tekst  ",
			" stringArray ", " lijst       ", "[=true|false]", "             ").Replace(s)
	})
}

// dutchHelp gives every command a Dutch help flag and "[opties]" instead
// of "[flags]" in its usage line.
func dutchHelp(c *cobra.Command) {
	c.InitDefaultHelpFlag()
	if f := c.Flags().Lookup("help"); f != nil {
		f.Usage = "toon de hulp bij deze opdracht"
	}
	if c.HasAvailableFlags() && !c.DisableFlagsInUseLine {
		c.DisableFlagsInUseLine = true
		c.Use += " [opties]"
	}
	for _, sub := range c.Commands() {
		dutchHelp(sub)
	}
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
