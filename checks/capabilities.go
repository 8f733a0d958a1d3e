package checks

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// allowedBuiltins lists the Rego built-in functions that policies may call:
// pure functions over values. Prefixes end with a period. Everything else
// (http.send, net.*, time.now_ns, rand.*, opa.runtime, crypto, jwt, …) is
// left out, and so is every built-in a future OPA version adds until it is
// named here.
var allowedBuiltins = []string{
	// operators and comparison
	"eq", "equal", "assign", "neq", "lt", "gt", "lte", "gte", "plus", "minus", "mul", "div", "rem",
	"and", "or", "internal.member_2", "internal.member_3", "internal.print", "print",
	// numbers and aggregates
	"abs", "round", "ceil", "floor", "count", "sum", "product", "max", "min", "sort", "any", "all",
	"numbers.", "to_number", "format_int", "bits.",
	// strings and regular expressions
	"concat", "contains", "endswith", "startswith", "indexof", "indexof_n", "lower", "upper",
	"replace", "split", "sprintf", "substring", "trim", "trim_left", "trim_right", "trim_prefix",
	"trim_suffix", "trim_space", "strings.", "regex.", "re_match", "glob.match",
	// collections and types
	"array.", "object.", "union", "intersection", "walk", "type_name", "is_number", "is_string",
	"is_boolean", "is_array", "is_set", "is_object", "is_null", "cast_array", "cast_set",
	"cast_string", "cast_boolean", "cast_null", "cast_object", "graph.reachable", "graph.reachable_paths",
	// encodings that only transform values
	"json.marshal", "json.unmarshal", "json.is_valid", "json.filter", "json.remove", "json.patch",
	"base64.encode", "base64.decode", "base64url.encode", "base64url.decode", "urlquery.encode",
	"urlquery.decode", "units.parse", "units.parse_bytes", "semver.compare", "semver.is_valid",
	// metadata of the rule being evaluated
	"rego.metadata.chain", "rego.metadata.rule",
	// dates as values (never the clock)
	"time.parse_ns", "time.parse_rfc3339_ns", "time.parse_duration_ns", "time.date", "time.clock",
	"time.weekday", "time.add_date", "time.diff", "time.format",
}

// Capabilities returns the capabilities wetlint compiles every policy
// with: only allowedBuiltins, nothing nondeterministic, no network.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if b.Nondeterministic || !builtinAllowed(b.Name) {
			continue
		}
		kept = append(kept, b)
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}

func builtinAllowed(name string) bool {
	for _, a := range allowedBuiltins {
		if name == a || strings.HasSuffix(a, ".") && strings.HasPrefix(name, a) {
			return true
		}
	}
	return false
}
