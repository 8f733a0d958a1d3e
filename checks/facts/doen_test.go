package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/markdown"
	"github.com/wetlint/wetlint/internal/golden"
)

// TestDoenFacts runs the txtar cases in testdata/doen: a draft in
// Markdown and the actors, duties, deadlines and consequences wetlint
// derives from it, one line per sentence. Run with -update to rewrite the
// expectations, then read the diff.
func TestDoenFacts(t *testing.T) {
	golden.Run(t, "testdata/doen", func(t *testing.T, c *golden.Case) {
		name, src := c.Input(t)
		doc, err := markdown.Read(name, src)
		if err != nil {
			t.Fatal(err)
		}
		c.Check(t, "want.txt", []byte(doenSummary(doc, Extract(doc, Options{}))))
	})
}

// doenSummary lists, per sentence with an actor, a deadline or a
// consequence: who acts, the duty, the deadlines and the consequences with
// what they follow from.
func doenSummary(doc *clause.Document, fx *Facts) string {
	var b strings.Builder
	doc.Walk(func(u *clause.Unit) bool {
		uf := fx.Units[u.ID]
		if uf == nil {
			return true
		}
		for i, sf := range uf.Sentences {
			var ds, cs []string
			for _, d := range uf.Deadlines {
				if d.Sentence != sf.ID {
					continue
				}
				dd := fmt.Sprintf("%dd", d.Days)
				if d.Vague {
					dd = "vague"
				}
				ds = append(ds, fmt.Sprintf("  deadline %q %s %s %s %s duty=%v", d.Text, dd, d.Kind, or(d.Actor, "-"), or(d.ActorKind, "-"), d.Duty))
			}
			for _, c := range uf.Consequences {
				if c.Sentence != sf.ID {
					continue
				}
				var to []string
				for _, l := range c.Links {
					to = append(to, fmt.Sprintf("%s#%d", l.Sentence, l.Deadline))
				}
				cs = append(cs, fmt.Sprintf("  consequence %s %q trigger=%q → %s", c.Kind, c.Text, c.Trigger, or(strings.Join(to, " "), "-")))
			}
			if sf.Actor == "" && len(ds) == 0 && len(cs) == 0 {
				continue
			}
			flags := ""
			if sf.Duty {
				flags += fmt.Sprintf(" duty=%q", sf.Act)
			}
			if sf.Modal {
				flags += " modal"
			}
			if sf.Pronoun {
				flags += " pronoun"
			}
			text := u.Sentences[i].Text
			if len(text) > 60 {
				text = text[:60] + "…"
			}
			fmt.Fprintf(&b, "%s %s %s%s  | %s\n", sf.ID, or(sf.Actor, "-"), or(sf.Kind, "-"), flags, text)
			for _, l := range append(ds, cs...) {
				b.WriteString(l + "\n")
			}
		}
		return true
	})
	return b.String()
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
