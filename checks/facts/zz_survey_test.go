package facts_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

func TestZZSurvey(t *testing.T) {
	if os.Getenv("SURVEY") == "" {
		t.Skip()
	}
	var files []string
	filepath.Walk("/work/shared/corpus-src/bwb", func(p string, info os.FileInfo, err error) error {
		if strings.HasSuffix(p, ".xml") {
			files = append(files, p)
		}
		return nil
	})
	out, _ := os.Create("/tmp/wtb-survey.tsv")
	defer out.Close()
	for _, p := range files {
		doc, err := detect.ReadFile(p)
		if err != nil {
			continue
		}
		fx := facts.Extract(doc, facts.Options{})
		for _, top := range doc.Body {
			top.Walk(func(u *clause.Unit) bool {
				uf := fx.Units[u.ID]
				if uf == nil || u.Quoted {
					return true
				}
				for _, d := range uf.Delegations {
					st := ""
					for _, s := range u.Sentences {
						if s.ID == d.Sentence {
							st = s.Text
						}
					}
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%v\t%v\t%v\t%s\t%s\t%s\n", filepath.Base(p), doc.Meta.Type, u.ID, d.Instrument, d.Formula, d.Kind, d.Issuer, d.Mandatory, d.Generic, d.List, d.Object, d.Deviation, st)
				}
				return true
			})
		}
	}
}
