package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/report"
)

type checkOptions struct {
	format    string
	failLevel string
	families  []string
	context   []string
}

func newCheckCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [pad ...]",
		Short: "Controleer ontwerpregelgeving (bestanden en mappen)",
		Long: `Controleer één of meer ontwerpen. Een map wordt recursief doorzocht naar
.md-, .markdown- en .xml-bestanden. Een bestand dat niet gelezen kan worden,
wordt gemeld met pad en positie; de andere bestanden worden gewoon gecontroleerd.`,
		Example: `  wetlint check wet.md
  wetlint check --format json corpus/
  wetlint check --family doenvermogen,hardvochtigheid --fail-level error ontwerp.xml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return exitWith(exitUsage, fmt.Errorf("geef ten minste één bestand of map op; zie `wetlint check --help`"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, o, args, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "text", "uitvoerformaat: "+strings.Join(report.Formats, ", "))
	f.StringVar(&o.failLevel, "fail-level", "warning", "afsluitcode 1 bij bevindingen van deze ernst of hoger: error, warning, info")
	f.StringSliceVar(&o.families, "family", nil, "alleen deze families: "+strings.Join(checks.Families, ", "))
	f.StringArrayVar(&o.context, "context", nil, "een `bestand` met een wet die het ontwerp van toepassing verklaart (een koepelwet zoals de Awir), zodat matigingen daarin meetellen; herhaalbaar")
	return cmd
}

func runCheck(cmd *cobra.Command, o *checkOptions, args []string, stdout, stderr io.Writer) error {
	if checks.SeverityRank(o.failLevel) == 0 {
		return exitWith(exitUsage, fmt.Errorf("ongeldig --fail-level %q; kies error, warning of info", o.failLevel))
	}
	printer, err := report.New(o.format, report.Options{Color: isTerminal(stdout) && os.Getenv("NO_COLOR") == "", Version: version})
	if err != nil {
		return exitWith(exitUsage, err)
	}
	engine, err := checks.New(cmd.Context(), checks.Options{Families: o.families})
	if err != nil {
		if strings.Contains(err.Error(), "onbekende familie") {
			return exitWith(exitUsage, err)
		}
		return exitWith(exitInternal, err)
	}
	umbrellas, err := engine.LoadContext(o.context, nil)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	files := engine.Run(cmd.Context(), args, checks.RunOptions{Context: umbrellas})
	code := exitOK
	for _, f := range files {
		if f.Err != nil {
			fmt.Fprintln(stderr, firstLine(f.Err.Error()))
			code = exitUsage
			if strings.Contains(f.Err.Error(), "interne fout") {
				fmt.Fprintln(stderr, f.Err.Error())
			}
		}
	}
	if err := printer.Print(stdout, files); err != nil {
		return exitWith(exitInternal, err)
	}
	if code != exitOK {
		return exitWith(code, nil)
	}
	min := checks.SeverityRank(o.failLevel)
	for _, f := range files {
		for _, d := range f.Diagnostics {
			if checks.SeverityRank(d.Severity) >= min {
				return exitWith(exitFindings, nil)
			}
		}
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
