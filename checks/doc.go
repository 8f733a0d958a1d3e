// Package checks is wetlint's engine: it derives the facts of a document
// (package facts), builds the policy input, evaluates the Rego policies in
// one prepared query and turns the findings into diagnostics. It does not
// know whether the CLI, the language server or a report called it.
//
// The policy input is documented in docs/policy-input.md; its version is
// InputVersion.
package checks
