package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/internal/progress"
	"github.com/wetlint/wetlint/report"
)

type statsOptions struct {
	engineFlags
	by      []string
	outputs []string
	format  string
	period  int
	jobs    int
	quiet   bool
}

var statsExts = map[string]string{".csv": "csv", ".json": "json", ".html": "html", ".htm": "html"}

func newStatsCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats pad ...",
		Short: "Statistiek over een verzameling regelingen: CSV, JSON of HTML met grafieken",
		Long: `Controleer alle regelingen in de opgegeven bestanden en mappen en tel wat
wetlint vindt: documenten, artikelen, bevindingen per 1.000 artikelen per
regel en familie, het aandeel documenten met een bevinding, de regels die
het vaakst voorkomen, en de verdeling naar ministerie, jaar en soort, met de
ontwikkeling door de jaren. Wat de bron niet vermeldt, staat als ‘onbekend’.

Het formaat volgt uit de extensie van -o (.csv, .json, .html) of uit
--format; zonder -o gaat de uitvoer naar standaarduitvoer (standaard CSV).
Met meer -o-opties schrijft één run alle formaten tegelijk.
De HTML-pagina staat op zichzelf: tabellen en SVG-grafieken, zonder script.
CSV, JSON en HTML bevatten dezelfde getallen (zie docs/stats.md).

Bestanden worden parallel gecontroleerd; van elk bestand worden alleen de
tellingen bewaard. Op een terminal toont wetlint de voortgang op
standaardfout (--quiet zet dat uit). Een bestand dat niet gelezen kan worden,
wordt gemeld en telt niet mee; de afsluitcode is dan 2.`,
		Example: `  wetlint stats ../shared/corpus-src -o stats.html -o stats.csv -o stats.json
  wetlint stats --by family,rule,jaar --period 10 corpus/ -o stats.csv
  wetlint stats --format json ontwerpen/ > stats.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStats(cmd, o, args, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&o.by, "by", nil, "indelingen (standaard alle): "+strings.Join(report.StatsDimensions, ", "))
	f.StringArrayVarP(&o.outputs, "output", "o", nil, "schrijf naar dit `bestand` (.csv, .json, .html) in plaats van naar standaarduitvoer; mag vaker")
	f.StringVar(&o.format, "format", "", "uitvoerformaat: "+strings.Join(report.StatsFormats, ", ")+" (standaard: uit de extensie van -o, anders csv)")
	o.engineFlags.register(f)
	f.IntVar(&o.period, "period", 1, "`jaren` per periode in de indeling naar jaar (10 geeft decennia)")
	f.IntVar(&o.jobs, "jobs", 0, "`aantal` bestanden tegelijk (standaard: het aantal processorkernen)")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "geen voortgang en geen samenvatting op standaardfout")
	return cmd
}

func runStats(cmd *cobra.Command, o *statsOptions, args []string, stdout, stderr io.Writer) error {
	by, err := report.ParseDimensions(o.by)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	outputs, formats, err := statsOutputs(o.outputs, o.format, args)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	if o.period < 1 {
		return exitWith(exitUsage, fmt.Errorf("--period moet 1 of meer zijn, niet %d", o.period))
	}
	var bar *progress.Bar
	if !o.quiet && isTerminal(stderr) {
		bar = progress.New(stderr, time.Now, "bestand", "bestanden")
	}
	plan, err := planFiles(cmd.Context(), o.workspace(checks.RunOptions{}), args)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	stats := report.NewStats(report.StatsOptions{By: by, Rules: plan.rules(), Period: o.period, Version: version})
	files, unreadable := 0, 0
	plan.run(cmd.Context(), o.jobs, func(r checks.FileResult) {
		stats.Add(r)
		files++
		if r.Err != nil {
			unreadable++
			if bar != nil {
				bar.Println(firstLine(r.Err.Error()))
			} else {
				fmt.Fprintln(stderr, firstLine(r.Err.Error()))
			}
		}
	}, bar.Update)
	bar.Finish()
	rep := stats.Report()
	var written []string
	for i, out := range outputs {
		if err := writeOutput(out, stdout, func(w io.Writer) error { return report.WriteStats(w, formats[i], rep) }); err != nil {
			return err
		}
		if out != "" && out != "-" {
			written = append(written, out)
		}
	}
	if !o.quiet && len(written) > 0 {
		fmt.Fprintf(stderr, "statistiek over %d bestanden geschreven naar %s (%s)\n", files, strings.Join(written, ", "), report.SummaryLineStats(rep))
	}
	if !o.quiet && plan.ignored > 0 {
		fmt.Fprintf(stderr, "%d bestanden overgeslagen volgens de configuratie (ignore)\n", plan.ignored)
	}
	if unreadable > 0 {
		return exitWith(exitUsage, nil)
	}
	return nil
}

// statsOutputs checks the -o files (none means standard output) and
// returns them with their formats.
func statsOutputs(outputs []string, format string, inputs []string) ([]string, []string, error) {
	if len(outputs) == 0 {
		outputs = []string{""}
	}
	if len(outputs) > 1 && format != "" {
		return nil, nil, fmt.Errorf("--format geldt voor één uitvoer; bij meer -o volgt het formaat uit de extensie")
	}
	formats := make([]string, len(outputs))
	for i, out := range outputs {
		var err error
		if formats[i], err = outputFormat(format, out, "csv", report.StatsFormats, statsExts); err != nil {
			return nil, nil, err
		}
		if err := checkOutputPath(out, inputs); err != nil {
			return nil, nil, err
		}
	}
	return outputs, formats, nil
}
