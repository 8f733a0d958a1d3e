package markdown_test

import (
	"strings"
	"testing"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/markdown"
	"github.com/wetlint/wetlint/internal/golden"
)

// TestGolden reads every testdata/*.txtar and compares the clause tree
// (or the error) with want.json (or want.err).
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata", func(t *testing.T, c *golden.Case) {
		name, src := c.Input(t)
		doc, err := markdown.Read(name, src)
		if c.File("want.err") != nil {
			if err == nil {
				t.Fatalf("expected an error, got none")
			}
			c.Check(t, "want.err", []byte(err.Error()+"\n"))
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		c.Check(t, "want.json", golden.JSON(t, clause.Tree(doc)))
		checkExact(t, doc, src)
	})
}

// checkExact verifies the central promise of the text map: every
// sentence's source span holds the sentence's words, in order, modulo
// markup and white space.
func checkExact(t *testing.T, doc *clause.Document, src []byte) {
	t.Helper()
	doc.Walk(func(u *clause.Unit) bool {
		for _, s := range u.Sentences {
			raw := string(src[s.Span.Start.Offset:s.Span.End.Offset])
			raw = strings.NewReplacer("*", "", "`", "", "\\", "").Replace(raw)
			if strings.Join(strings.Fields(raw), " ") != strings.Join(strings.Fields(s.Text), " ") {
				// markers of child units may sit inside a parent's span; the
				// sentence itself must still start and end on its words
				first := strings.Fields(s.Text)[0]
				if !strings.HasPrefix(strings.TrimSpace(raw), first) {
					t.Errorf("%s: sentence %q has source %q", s.ID, s.Text, raw)
				}
			}
		}
		return true
	})
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"---\ntitel: x\n---\n## Artikel 1\n\n1. a\n   a. b\n      1°. c\n",
		"###Artikel 2\n\n<!-- wetlint:justify DISC-001 art:2 reden=\"x\" -->\nTekst.\n\n# Memorie van toelichting\n\n## Artikel 2\n\nUitleg.",
		"**Artikel 1**\nTekst *nadruk* [link](x).\r\n2. lid\r",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := markdown.Read("fuzz.md", src)
		if err != nil {
			return
		}
		n := len(src)
		doc.Walk(func(u *clause.Unit) bool {
			for _, sp := range []clause.Span{u.Span, u.TextSpan, u.HeadSpan} {
				if sp.Start.Offset < 0 || sp.End.Offset > n || sp.Start.Offset > sp.End.Offset {
					t.Fatalf("%s: span %v outside source of %d bytes", u.ID, sp, n)
				}
			}
			return true
		})
	})
}
