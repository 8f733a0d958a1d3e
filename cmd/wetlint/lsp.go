package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"

	"github.com/wetlint/wetlint/lsp"
)

func newLSPCmd(stdin io.Reader, stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "lsp",
		Short: "Start de language server voor editors (LSP over stdin/stdout)",
		Long: `Start wetlint als language server: een editor (VS Code, Neovim, …) start
dit commando en praat er via stdin en stdout mee volgens het Language Server
Protocol. wetlint controleert Markdown- en XML-ontwerpen terwijl u typt en
biedt uitleg bij bevindingen, naar-definitie-gaan, een inhoudsopgave en
snelle oplossingen. Zie docs/editors.md voor de instellingen per editor.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			err := lsp.NewServer(lsp.Options{Version: version}).Serve(cmd.Context(), stdio{stdin, stdout})
			if errors.Is(err, lsp.ErrExitWithoutShutdown) {
				return exitWith(1, nil) // the LSP specification asks for 1
			}
			if err != nil {
				return exitWith(exitInternal, err)
			}
			return nil
		},
	}
}

// stdio joins standard input and output into one stream.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return nil }
