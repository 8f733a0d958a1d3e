package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/checks/baseline"
	"github.com/wetlint/wetlint/checks/workspace"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/report"
)

type checkOptions struct {
	format    string
	failLevel string
	families  []string
	context   []string

	config         string
	policies       []string
	baseline       string
	writeBaseline  string
	showSuppressed bool
	fix, diff      bool
	toelichting    string
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
	f.StringVar(&o.config, "config", "", "dit configuratiebestand voor alle bestanden, in plaats van de dichtstbijzijnde .wetlint.yaml")
	f.StringArrayVar(&o.policies, "policies", nil, "map met eigen Rego-regels (mag vaker)")
	f.StringVar(&o.baseline, "baseline", "", "meld alleen bevindingen die niet in dit baselinebestand staan")
	f.StringVar(&o.writeBaseline, "write-baseline", "", "schrijf alle bevindingen naar dit baselinebestand")
	f.BoolVar(&o.showSuppressed, "show-suppressed", false, "toon ook de bevindingen die wetlint:ignore onderdrukt")
	f.BoolVar(&o.fix, "fix", false, "pas de voorgestelde correcties toe in de bestanden")
	f.BoolVar(&o.diff, "diff", false, "toon de voorgestelde correcties als diff, zonder iets te schrijven (afsluitcode 1 als er iets te corrigeren is)")
	f.StringVar(&o.toelichting, "toelichting", "", "de toelichting in een eigen bestand (Markdown of XML), bij één ontwerp")
	f.StringArrayVar(&o.context, "context", nil, "een `bestand` met een wet die het ontwerp van toepassing verklaart (een koepelwet zoals de Awir), zodat matigingen daarin meetellen; herhaalbaar")
	cmd.MarkFlagsMutuallyExclusive("fix", "diff")
	return cmd
}

func runCheck(cmd *cobra.Command, o *checkOptions, args []string, stdout, stderr io.Writer) error {
	if checks.SeverityRank(o.failLevel) == 0 {
		return exitWith(exitUsage, fmt.Errorf("ongeldig --fail-level %q; kies error, warning of info", o.failLevel))
	}
	popts := report.Options{Color: isTerminal(stdout) && os.Getenv("NO_COLOR") == "", Version: version, ShowSuppressed: o.showSuppressed}
	if _, err := report.New(o.format, popts); err != nil {
		return exitWith(exitUsage, err)
	}
	runOpts, err := toelichtingOptions(o, args)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	if runOpts.Context, err = checks.LoadContext(o.context, nil, nil); err != nil {
		return exitWith(exitUsage, err)
	}
	ws := workspace.New(workspace.Options{Config: o.config, Engine: checks.Options{Families: o.families, PolicyDirs: o.policies}, Run: runOpts})
	res, err := ws.Check(cmd.Context(), args)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	if o.fix || o.diff {
		// fix what is reported: not what the baseline holds
		files, err := workspace.WithoutBaseline(o.baseline, res.Files)
		if err != nil {
			return exitWith(exitUsage, err)
		}
		fixed, err := ws.Fix(cmd.Context(), files, o.fix)
		if err != nil {
			return exitWith(exitInternal, err)
		}
		if o.diff {
			code := fileErrors(stderr, files)
			if err := printDiffs(stdout, fixed); err != nil && code == exitOK {
				return err
			}
			return exitWith(code, nil)
		}
		fmt.Fprintln(stderr, workspace.FixSummary(fixed))
		if res, err = ws.Check(cmd.Context(), args); err != nil {
			return exitWith(exitInternal, err)
		}
	}
	files, err := applyBaselines(stderr, o, res.Files)
	if err != nil {
		return exitWith(exitUsage, err)
	}
	popts.Rules = res.Rules
	printer, _ := report.New(o.format, popts)
	code := fileErrors(stderr, files)
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

// fileErrors prints the files that could not be read or checked, one line
// each (with the stack for an internal error), and returns exitUsage when
// there are any.
func fileErrors(stderr io.Writer, files []checks.FileResult) int {
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
	return code
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// printDiffs writes the diffs of --diff; there is something to fix when
// any file would change (exit code 1).
func printDiffs(stdout io.Writer, fixed []workspace.FileFix) error {
	for _, f := range fixed {
		fmt.Fprint(stdout, f.Diff)
	}
	if len(fixed) > 0 {
		return exitWith(exitFindings, nil)
	}
	return nil
}

// applyBaselines writes the baseline of --write-baseline from all
// findings (it then also serves as the baseline of this run) and leaves out
// what the baseline holds.
func applyBaselines(stderr io.Writer, o *checkOptions, files []checks.FileResult) ([]checks.FileResult, error) {
	use := o.baseline
	if o.writeBaseline != "" {
		if err := baseline.Write(o.writeBaseline, files); err != nil {
			return nil, err
		}
		n := 0
		for _, f := range files {
			n += len(f.Diagnostics)
		}
		fmt.Fprintf(stderr, "baseline met %d bevindingen geschreven naar %s\n", n, o.writeBaseline)
		use = o.writeBaseline
	}
	return workspace.WithoutBaseline(use, files)
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
