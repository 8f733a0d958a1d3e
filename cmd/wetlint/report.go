package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/report"
)

type reportOptions struct {
	engineFlags
	output string
	format string
}

var reviewExts = map[string]string{".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}

func newReportCmd(stdout io.Writer) *cobra.Command {
	o := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report bestand",
		Short: "Maak een beoordelingsrapport van één ontwerp (HTML of Markdown)",
		Long: `Maak een rapport voor wie het ontwerp beoordeelt: een samenvatting per
familie, elke bevinding met een uittreksel van de artikeltekst en de uitleg
en bron van de regel, de rechtvaardigingen en onderdrukkingen die zijn
aanvaard, aanwijzingen voor wetlint die niet kloppen, en wat het ontwerp van
burgers vraagt waar wetlint dat kan laten zien.

Het HTML-rapport is één bestand zonder script of externe bestanden, met een
opmaak voor afdrukken. Het formaat volgt uit de extensie van -o (.html, .md)
of uit --format; zonder -o gaat het rapport naar standaarduitvoer (HTML).
Het ontwerp zelf wordt nooit overschreven.

Afsluitcode 0 als het rapport is geschreven, ook als er bevindingen zijn;
2 als het ontwerp niet gelezen kon worden.`,
		Example: `  wetlint report ontwerp.md -o rapport.html
  wetlint report --format markdown ontwerp.xml > rapport.md`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReport(cmd, o, args[0], stdout)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "schrijf naar dit `bestand` (.html, .md) in plaats van naar standaarduitvoer")
	f.StringVar(&o.format, "format", "", "uitvoerformaat: "+strings.Join(report.ReviewFormats, ", ")+" (standaard: uit de extensie van -o, anders html)")
	o.engineFlags.register(f)
	return cmd
}

func runReport(cmd *cobra.Command, o *reportOptions, path string, stdout io.Writer) error {
	format, err := outputFormat(o.format, o.output, "html", report.ReviewFormats, reviewExts)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	if err := checkOutputPath(o.output, []string{path}); err != nil {
		return exitWith(exitUsage, err)
	}
	engine, _, err := o.workspace(checks.RunOptions{}).EngineFor(cmd.Context(), path)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	doc, err := detect.ReadFile(path)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	res, err := engine.CheckDocument(cmd.Context(), doc)
	if err != nil {
		return exitWith(exitInternal, fmt.Errorf("%s: %w", path, err))
	}
	rev := report.NewReview(doc, res, engine.Rule, version)
	return writeOutput(o.output, stdout, func(w io.Writer) error { return rev.Write(w, format) })
}
