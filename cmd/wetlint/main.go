// Command wetlint checks Dutch draft legislation against the drafting
// rules and for harsh effects on citizens. See `wetlint help`.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
