package main

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
)

func newTestCmd(stdout io.Writer) *cobra.Command {
	var verbose, noBuiltin bool
	var filter string
	cmd := &cobra.Command{
		Use:   "test [map ...]",
		Short: "Draai de Rego-tests van de ingebouwde en de eigen regels",
		Long: `Draai de Rego-tests (regels die met test_ beginnen) van de ingebouwde regels
en van de eigen regels in de opgegeven mappen, met dezelfde beperkte
ingebouwde functies als wetlint check. Een fout in een regel wordt gemeld als
bestand:regel:kolom: melding.`,
		Example: `  wetlint test beleid
  wetlint test --run 'test_fail_' -v beleid`,
		RunE: func(cmd *cobra.Command, args []string) error {
			// the built-in policies are always compiled (rules import their
			// libraries); their tests run unless --no-builtin
			mods, err := checks.BuiltinModules(!noBuiltin)
			if err != nil {
				return exitWith(exitInternal, err)
			}
			for _, d := range args {
				m, err := checks.DirModules(d, true)
				if err != nil {
					return exitWith(exitUsage, err)
				}
				mods = append(mods, m...)
			}
			var re *regexp.Regexp
			if filter != "" {
				if re, err = regexp.Compile(filter); err != nil {
					return exitWith(exitUsage, fmt.Errorf("ongeldige --run %q: %v", filter, err))
				}
			}
			results, err := checks.RunRegoTests(cmd.Context(), mods)
			if err != nil {
				return exitWith(exitUsage, err)
			}
			return printTests(stdout, results, re, verbose)
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "toon ook de geslaagde tests")
	cmd.Flags().BoolVar(&noBuiltin, "no-builtin", false, "alleen de tests in de opgegeven mappen")
	cmd.Flags().StringVar(&filter, "run", "", "alleen tests waarvan pakket.naam hierop past (reguliere expressie)")
	return cmd
}

// printTests reports failures (and with verbose every test) and a summary;
// a failure gives exit code 1.
func printTests(w io.Writer, results []checks.TestResult, re *regexp.Regexp, verbose bool) error {
	passed, failed := 0, 0
	sort.SliceStable(results, func(i, j int) bool {
		a, b := results[i], results[j]
		return a.File < b.File || a.File == b.File && a.Row < b.Row
	})
	for _, r := range results {
		if re != nil && !re.MatchString(r.Package+"."+r.Name) {
			continue
		}
		ok := !r.Fail && r.Error == ""
		if ok {
			passed++
		} else {
			failed++
		}
		if !ok || verbose {
			status := "ok"
			if !ok {
				status = "MISLUKT"
			}
			fmt.Fprintf(w, "%s:%d: %s.%s: %s", r.File, r.Row, r.Package, r.Name, status)
			if verbose {
				fmt.Fprintf(w, " (%s)", r.Duration.Round(time.Microsecond))
			}
			fmt.Fprintln(w)
			if r.Error != "" {
				fmt.Fprintf(w, "    %s\n", r.Error)
			}
			if !ok && r.Output != "" {
				fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(strings.TrimSpace(r.Output), "\n", "\n    "))
			}
		}
	}
	fmt.Fprintf(w, "%d tests: %d geslaagd, %d mislukt\n", passed+failed, passed, failed)
	if passed+failed == 0 {
		return exitWith(exitUsage, fmt.Errorf("geen tests gevonden"))
	}
	if failed > 0 {
		return exitWith(exitFindings, nil)
	}
	return nil
}
