package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/checks"
)

// newEngine compiles the policies for the report and stats commands; an
// unknown family is a usage error, anything else an internal one.
func newEngine(cmd *cobra.Command, families []string) (*checks.Engine, error) {
	engine, err := checks.New(cmd.Context(), checks.Options{Families: families})
	if err != nil {
		if strings.Contains(err.Error(), "onbekende familie") {
			return nil, exitWith(exitUsage, err)
		}
		return nil, exitWith(exitInternal, err)
	}
	return engine, nil
}
