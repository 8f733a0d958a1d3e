package xmlread_test

import (
	"testing"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/xmlread"
	"github.com/wetlint/wetlint/internal/golden"
)

// TestGolden reads every testdata/*.txtar and compares the clause tree
// (or the error) with want.json (or want.err).
func TestGolden(t *testing.T) {
	golden.Run(t, "testdata", func(t *testing.T, c *golden.Case) {
		name, src := c.Input(t)
		doc, err := xmlread.Read(name, src)
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
	})
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`<wetgeving soort="wet"><wettekst><artikel><kop><nr>1</nr></kop><lid><lidnr>1</lidnr><al>a &amp; b<intref doc="x">artikel 2</intref></al></lid></artikel></wettekst></wetgeving>`,
		`<?xml version="1.0"?><!DOCTYPE wetgeving SYSTEM "http://x/y.dtd"><wetgeving><artikel><al>&#xEB;</al></artikel></wetgeving>`,
		`<t:Lichaam xmlns:t="https://standaarden.overheid.nl/stop/imop/tekst/"><t:Artikel><t:Kop><t:Nummer>1</t:Nummer></t:Kop><t:Al>x</t:Al></t:Artikel></t:Lichaam>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := xmlread.Read("fuzz.xml", src)
		if err != nil {
			return
		}
		n := len(doc.Src)
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
