package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
)

// SARIF prints a SARIF 2.1.0 log: one run, the rules with their metadata
// (title, Dutch explanation, source, family, default level), one result per
// diagnostic. Columns count Unicode code points, as everywhere in wetlint,
// and the run says so (columnKind "unicodeCodePoints") instead of
// converting to SARIF's default UTF-16 code units. Each result carries the
// diagnostic's fingerprint as partialFingerprints["wetlint/v1"], so that
// code-scanning services recognise a finding after lines move. Justified
// findings (and, with ShowSuppressed, suppressed ones) carry an in-source
// suppression with the reason. Files that could not be read become tool
// execution notifications.
type SARIF struct {
	Options Options
}

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// InformationURI is where wetlint is described, for SARIF consumers.
	InformationURI = "https://github.com/wetlint/wetlint"
	// FingerprintKey names wetlint's fingerprint in partialFingerprints.
	FingerprintKey = "wetlint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool             sarifTool         `json:"tool"`
	Invocations      []sarifInvocation `json:"invocations"`
	Language         string            `json:"language"`
	ColumnKind       string            `json:"columnKind"`
	NewlineSequences []string          `json:"newlineSequences"`
	Results          []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Language       string      `json:"language"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     *sarifText     `json:"shortDescription,omitempty"`
	FullDescription      *sarifText     `json:"fullDescription,omitempty"`
	Help                 *sarifHelp     `json:"help,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags   []string `json:"tags"`
	Family string   `json:"family"`
	Source string   `json:"source,omitempty"`
	Scope  string   `json:"scope,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          sarifResultProps   `json:"properties"`
}

type sarifResultProps struct {
	Family  string `json:"family"`
	Source  string `json:"source,omitempty"`
	Unit    string `json:"unit,omitempty"`
	Article string `json:"article,omitempty"`
	Member  string `json:"member,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(sev string) string {
	switch sev {
	case checks.SeverityError:
		return "error"
	case checks.SeverityWarning:
		return "warning"
	}
	return "note"
}

// sarifURI turns a path into a URI reference: relative paths stay
// relative (resolved against the directory wetlint ran in), absolute ones
// become file URIs; characters outside the URI syntax are escaped.
func sarifURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/… on Windows
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func sarifRegionOf(s clause.Span) sarifRegion {
	return sarifRegion{StartLine: s.Start.Line, StartColumn: s.Start.Column, EndLine: s.End.Line, EndColumn: s.End.Column}
}

// Build converts results into a SARIF log.
func (s *SARIF) Build(files []checks.FileResult) any {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "wetlint", Version: s.Options.Version,
			InformationURI: InformationURI, Language: "nl", Rules: []sarifRule{}}},
		Language:   "nl",
		ColumnKind: "unicodeCodePoints",
		// lines end as in clause.LineIndex
		NewlineSequences: []string{"\r\n", "\n", "\r"},
		Results:          []sarifResult{},
	}
	index := map[string]int{}
	for _, r := range s.Options.Rules {
		index[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, f := range sortedFiles(files) {
		if f.Err != nil {
			inv.ExecutionSuccessful = false
			n := sarifNotification{Level: "error", Message: sarifText{Text: firstLine(f.Err.Error())}}
			n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(f.Path)}}}}
			inv.Notifications = append(inv.Notifications, n)
			continue
		}
		add := func(d checks.Diagnostic, suppressed bool) {
			i, ok := index[d.Rule]
			if !ok {
				// a rule the caller did not describe: describe it from the diagnostic
				i = len(run.Tool.Driver.Rules)
				index[d.Rule] = i
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(checks.Rule{
					ID: d.Rule, Name: d.Name, Family: d.Family, Source: d.Source, Severity: d.Severity}))
			}
			run.Results = append(run.Results, sarifResultOf(d, i, suppressed))
		}
		for _, d := range f.Diagnostics {
			add(d, false)
		}
		if s.Options.ShowSuppressed {
			for _, d := range f.Suppressed {
				add(d, true)
			}
		}
	}
	run.Invocations = []sarifInvocation{inv}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

func sarifRuleOf(r checks.Rule) sarifRule {
	sr := sarifRule{ID: r.ID, Name: r.Name,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		Properties:           sarifRuleProps{Tags: []string{r.Family}, Family: r.Family, Source: r.Source, Scope: r.Scope}}
	if r.Title != "" {
		sr.ShortDescription = &sarifText{Text: r.Title}
	}
	if r.Description != "" {
		sr.FullDescription = &sarifText{Text: r.Description}
		text := r.Description
		md := "**" + r.Title + "** (" + r.ID + ", " + r.Family + ")\n\n" + r.Description
		if r.Source != "" {
			text += "\n\nBron: " + r.Source
			md += "\n\nBron: " + r.Source
		}
		sr.Help = &sarifHelp{Text: text, Markdown: md}
	}
	return sr
}

func sarifResultOf(d checks.Diagnostic, ruleIndex int, suppressed bool) sarifResult {
	uri := sarifURI(d.Path)
	region := sarifRegionOf(d.Span)
	loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}, Region: &region}}
	if d.Unit != "" {
		loc.LogicalLocations = []sarifLogical{{Name: d.Label, FullyQualifiedName: d.Unit, Kind: "member"}}
	}
	r := sarifResult{RuleID: d.Rule, RuleIndex: ruleIndex, Level: sarifLevel(d.Severity),
		Message: sarifText{Text: d.Message}, Locations: []sarifLocation{loc},
		Properties: sarifResultProps{Family: d.Family, Source: d.Source, Unit: d.Unit, Article: d.Article, Member: d.Member}}
	if d.Fingerprint != "" {
		r.PartialFingerprints = map[string]string{FingerprintKey: d.Fingerprint}
	}
	for _, fx := range d.Fixes {
		ch := sarifArtifactChange{ArtifactLocation: sarifArtifact{URI: uri}}
		for _, e := range fx.Edits {
			ch.Replacements = append(ch.Replacements, sarifReplacement{
				DeletedRegion:   sarifRegionOf(e.Span),
				InsertedContent: sarifText{Text: e.NewText}})
		}
		r.Fixes = append(r.Fixes, sarifFix{Description: sarifText{Text: fx.Message}, ArtifactChanges: []sarifArtifactChange{ch}})
	}
	if d.Justified || suppressed {
		r.Suppressions = []sarifSuppression{{Kind: "inSource", Status: "accepted", Justification: d.Reason}}
	}
	return r
}

// Print writes the SARIF log, indented, with a final newline.
func (s *SARIF) Print(w io.Writer, files []checks.FileResult) error {
	return writeJSON(w, s.Build(files))
}
