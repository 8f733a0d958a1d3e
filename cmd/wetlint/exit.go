package main

import (
	"errors"
	"fmt"
	"io"
)

// Exit codes. Written out, not iota: scripts test these numbers.
const (
	exitOK       = 0 // nothing at or above the fail level
	exitFindings = 1 // findings at or above the fail level
	exitUsage    = 2 // usage error, or a file that could not be read or parsed
	exitInternal = 3 // a bug in wetlint or its policies
)

// exitError carries an exit code through cobra; the message, if any, has
// been printed already or is printed by run.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func exitWith(code int, err error) error { return &exitError{code: code, err: err} }

// exitCode maps an error from a command to an exit code and prints it.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "wetlint: %v\n", ee.err)
		}
		return ee.code
	}
	// cobra's own errors: unknown command or flag, wrong arguments
	fmt.Fprintf(stderr, "wetlint: %v\n", err)
	fmt.Fprintln(stderr, "Gebruik `wetlint help` voor de opdrachten en opties.")
	return exitUsage
}
