package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// outputFormat picks the format of a report: the --format flag when given,
// else the extension of the -o file, else def.
func outputFormat(flag, output, def string, formats []string, exts map[string]string) (string, error) {
	f := strings.ToLower(flag)
	if f == "" && output != "" && output != "-" {
		ext := strings.ToLower(filepath.Ext(output))
		f = exts[ext]
		if f == "" {
			return "", fmt.Errorf("kan het formaat niet afleiden uit %q; geef --format: %s", output, strings.Join(formats, ", "))
		}
	}
	if f == "" {
		f = def
	}
	if !slices.Contains(formats, f) {
		return "", fmt.Errorf("onbekend uitvoerformaat %q; kies uit %s", f, strings.Join(formats, ", "))
	}
	return f, nil
}

// checkOutputPath refuses to write a report over one of the inputs (the
// same path, or a link to the same file): a draft is only ever changed by
// an explicit --fix.
func checkOutputPath(output string, inputs []string) error {
	if output == "" || output == "-" {
		return nil
	}
	out, err := filepath.Abs(output)
	if err != nil {
		return err
	}
	if st, err := os.Stat(filepath.Dir(out)); err != nil || !st.IsDir() {
		return fmt.Errorf("kan %s niet schrijven: de map %s bestaat niet", output, filepath.Dir(output))
	}
	outSt, _ := os.Stat(output) // nil when it does not exist yet
	for _, in := range inputs {
		a, _ := filepath.Abs(in)
		st, _ := os.Stat(in)
		if a == out || outSt != nil && st != nil && os.SameFile(st, outSt) {
			return fmt.Errorf("-o %s is een van de invoerbestanden; kies een ander uitvoerbestand", output)
		}
	}
	return nil
}

// writeOutput writes a report to stdout (output "" or "-") or to a file.
// A file is written under a temporary name and renamed when complete, so
// that a failed run leaves no half-written report behind. A file that
// cannot be created is a usage error (exit 2); a failure while writing is
// an internal one (exit 3).
func writeOutput(output string, stdout io.Writer, write func(io.Writer) error) error {
	if output == "" || output == "-" {
		if err := write(stdout); err != nil {
			return exitWith(exitInternal, err)
		}
		return nil
	}
	dir := filepath.Dir(output)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(output)+".*")
	if err != nil {
		return exitWith(exitUsage, fmt.Errorf("kan %s niet schrijven: %w", output, err))
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), output)
	}
	if err != nil {
		return exitWith(exitInternal, fmt.Errorf("uitvoer %s: %w", output, err))
	}
	return nil
}
