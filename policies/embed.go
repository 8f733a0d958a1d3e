// Package policies holds wetlint's built-in norms as Rego: one folder per
// rule, grouped by family, each with its METADATA and its tests beside it,
// plus the entry point (main) and the shared libraries (lib). The checks
// package compiles them once and evaluates them for every document.
//
// The policy input these rules read is documented in
// docs/policy-input.md.
package policies

import "embed"

// FS holds every .rego file of the built-in policies, tests included.
//
//go:embed main lib wetgevingstoets discriminatietoets doenvermogen hardvochtigheid
var FS embed.FS
