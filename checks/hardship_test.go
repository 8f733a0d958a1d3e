package checks_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/wetlint/wetlint/checks"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/markdown"
)

// TestHardship checks the hardvochtigheid rules end to end, from Markdown
// drafts through the facts to the findings. Each testdata/hardship/*.txtar
// holds drafts NAME.md with the findings they must give in NAME.want, one
// per line: "RULE article lid severity", lid "-" for none, optionally
// followed by ": " and words the message must contain. NAME.context lists
// other sections of the archive given as umbrella laws (--context). Most
// archives hold pairs: the same provision without and with its mitigation.
func TestHardship(t *testing.T) {
	ctx := context.Background()
	e := hardEngine(t)
	paths, _ := filepath.Glob("testdata/hardship/*.txtar")
	if len(paths) == 0 {
		t.Fatal("no testdata/hardship/*.txtar")
	}
	drafts := 0
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files := map[string][]byte{}
		for _, f := range ar.Files {
			files[f.Name] = f.Data
		}
		read := func(name string) (*clause.Document, error) {
			src, ok := files[name]
			if !ok {
				return nil, fmt.Errorf("%s: no section %q", p, name)
			}
			return markdown.Read(name, src)
		}
		for _, f := range ar.Files {
			name, ok := strings.CutSuffix(f.Name, ".md")
			want, hasWant := files[name+".want"]
			if !ok || !hasWant {
				continue
			}
			drafts++
			t.Run(filepath.Base(p)+"/"+name, func(t *testing.T) {
				doc, err := read(f.Name)
				if err != nil {
					t.Fatal(err)
				}
				umbrellas, err := e.LoadContext(strings.Fields(string(files[name+".context"])), read)
				if err != nil {
					t.Fatal(err)
				}
				r, err := e.CheckWithContext(ctx, doc, umbrellas, nil)
				if err != nil {
					t.Fatal(err)
				}
				checkWant(t, r.Diagnostics, string(want))
			})
		}
	}
	if drafts == 0 {
		t.Fatal("no drafts with a .want section")
	}
}

// hardEngine returns an engine with the hardvochtigheid rules only.
func hardEngine(t *testing.T) *checks.Engine {
	t.Helper()
	e, err := checks.New(context.Background(), checks.Options{Families: []string{"hardvochtigheid"}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// checkWant compares diagnostics with "RULE article lid severity[: words]"
// lines.
func checkWant(t *testing.T, ds []checks.Diagnostic, want string) {
	t.Helper()
	var got []string
	for _, d := range ds {
		member := d.Member
		if member == "" {
			member = "-"
		}
		got = append(got, fmt.Sprintf("%s %s %s %s", d.Rule, d.Article, member, d.Severity))
	}
	sort.Strings(got)
	var keys []string
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		key, words, _ := strings.Cut(line, ": ")
		keys = append(keys, key)
		if words == "" {
			continue
		}
		found := false
		for _, d := range ds {
			if strings.HasPrefix(key, d.Rule+" ") && strings.Contains(d.Message, words) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s message with %q", key, words)
		}
	}
	sort.Strings(keys)
	if strings.Join(got, "\n") != strings.Join(keys, "\n") {
		var msgs []string
		for _, d := range ds {
			msgs = append(msgs, d.Rule+": "+d.Message)
		}
		t.Errorf("findings:\n got  %q\n want %q\n%s", got, keys, strings.Join(msgs, "\n"))
	}
}

// TestHardshipRunTogether: a draft and the umbrella law it declares
// applicable, checked in one run, see each other; the draft's recovery is
// then mitigated by the law's power to recover less.
func TestHardshipRunTogether(t *testing.T) {
	ctx := context.Background()
	e := hardEngine(t)
	ar, err := txtar.ParseFile("testdata/hardship/umbrella.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		if f.Name == "draft.md" || f.Name == "awir.md" {
			if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	alone := e.Run(ctx, []string{filepath.Join(dir, "draft.md")}, checks.RunOptions{})
	together := e.Run(ctx, []string{dir}, checks.RunOptions{Workers: 2})
	count := func(rs []checks.FileResult, rule string) int {
		n := 0
		for _, r := range rs {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if filepath.Base(r.Path) != "draft.md" {
				continue
			}
			for _, d := range r.Diagnostics {
				if d.Rule == rule {
					n++
				}
			}
		}
		return n
	}
	if n := count(alone, "HARD-001"); n != 1 {
		t.Errorf("draft alone: %d HARD-001, want 1", n)
	}
	if n := count(together, "HARD-001"); n != 0 {
		t.Errorf("draft with its umbrella law in the same run: %d HARD-001, want 0", n)
	}
	if len(together) != 2 || filepath.Base(together[0].Path) != "awir.md" || filepath.Base(together[1].Path) != "draft.md" {
		t.Errorf("results out of order: %v", together)
	}
}

// TestPracticeHardvochtigheid checks the hardvochtigheid expectations of
// the practice drafts: full recovery and a fixed fine in p1, full recovery
// and a presumption against the applicant in p2; quiet on the favourable
// fiction of p2 and on HARD-004 in p1, whose artikel 9 is a
// hardheidsclausule (for artikel 3).
func TestPracticeHardvochtigheid(t *testing.T) {
	checkPractice(t, hardEngine(t), "hardvochtigheid")
}
