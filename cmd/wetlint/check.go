package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/report"
)

type checkOptions struct {
	format      string
	failLevel   string
	families    []string
	toelichting string
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
  wetlint check --family doenvermogen,hardvochtigheid --fail-level error ontwerp.xml
  wetlint check wet.md --toelichting mvt.md`,
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
	f.StringVar(&o.toelichting, "toelichting", "", "de toelichting in een eigen bestand (Markdown of XML), bij één ontwerp")
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
	runOpts, err := toelichtingOptions(o, args)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	files := engine.Run(cmd.Context(), args, runOpts)
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

// toelichtingOptions reads every draft with the toelichting of --toelichting
// attached; that only makes sense for one draft.
func toelichtingOptions(o *checkOptions, args []string) (checks.RunOptions, error) {
	if o.toelichting == "" {
		return checks.RunOptions{}, nil
	}
	if files, bad := checks.Expand(args); len(files)+len(bad) != 1 {
		return checks.RunOptions{}, fmt.Errorf("--toelichting hoort bij één ontwerp, niet bij %d bestanden", len(files)+len(bad))
	}
	return checks.RunOptions{Read: func(path string) (*clause.Document, error) {
		return detect.ReadFileWithToelichting(path, o.toelichting)
	}}, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
