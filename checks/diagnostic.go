package checks

import "github.com/wetlint/wetlint/clause"

// Severities, from most to least severe.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// SeverityRank orders severities: error 3, warning 2, info 1, other 0.
func SeverityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Families of rules.
var Families = []string{"wetgevingstoets", "discriminatietoets", "doenvermogen", "hardvochtigheid"}

// A Diagnostic is one finding about one place in one file. Every output
// format is a view of this type.
type Diagnostic struct {
	Rule     string // rule id, "AR-006"
	Name     string // rule name, "en-of"
	Family   string
	Severity string
	Message  string // Dutch, lower case, no closing period
	Path     string
	Span     clause.Span // start and end; lines 1-based, columns 1-based runes
	Unit     string      // structural id, "" for the document
	Article  string      // article number as written, "" at document level
	Member   string      // lid number as written, ""
	Label    string      // "artikel 3, tweede lid"
	Source   string      // what the rule rests on, "Ar 3.12"
	Fixes    []Fix       // optional
	// Justified is true when a justification directive in the draft covers
	// the finding; Reason holds its reason. Such findings are reported with
	// severity info.
	Justified bool
	Reason    string
	// Fingerprint identifies the finding across runs without depending on
	// its position: rule, structural id, a hash of the unit's text and the
	// number of earlier findings with those three (32 hex digits). Set by
	// Engine.CheckDocument; baselines and the SARIF and GitLab outputs use it.
	Fingerprint string
}

// A Fix is a suggested change: a message the user reads before accepting
// and the edits that make it.
type Fix struct {
	Message string
	Edits   []TextEdit
}

// A TextEdit replaces the source bytes [Start, End) with NewText. Span is
// the same range as lines and columns.
type TextEdit struct {
	Start, End int
	Span       clause.Span
	NewText    string
}
