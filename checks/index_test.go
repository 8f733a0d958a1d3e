package checks

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// TestMentionedWords: the engine indexes the words policies pass to
// text.mentioning as literals, also inside arrays (object.union_n) and in
// user policies, and nothing else.
func TestMentionedWords(t *testing.T) {
	dir := t.TempDir()
	user := `package wetlint.rules.x["X-001"]

import data.wetlint.text

w := "variabel"

a := text.mentioning("eigenwoord")

b := object.union_n([text.mentioning("tweede woord"), text.mentioning(w)])
`
	if err := os.WriteFile(filepath.Join(dir, "eigen.rego"), []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	mods, err := BuiltinModules(false)
	if err != nil {
		t.Fatal(err)
	}
	own, err := DirModules(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(append(mods, own...))
	if err != nil {
		t.Fatal(err)
	}
	words := mentionedWords(c)
	for _, w := range []string{"eigenwoord", "tweede woord", "slechts", "per post", "dit wetboek"} {
		if !slices.Contains(words, w) {
			t.Errorf("%q not indexed; words: %q", w, words)
		}
	}
	if slices.Contains(words, "variabel") {
		t.Errorf("a word passed in a variable was indexed: %q", words)
	}
	if !sort.StringsAreSorted(words) {
		t.Errorf("words not sorted: %q", words)
	}
}

// TestIndexChangesNothing: input.index only makes rules faster. Every rule
// finds the same with the index as with the library's scan of text_units
// (policies/lib/text) on the sample drafts and a spread of corpus laws,
// the largest included; and every entry of the index is right.
func TestIndexChangesNothing(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "corpus", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample drafts in ../corpus: %v", err)
	}
	// -short (the race detector in .ci/run): the sample drafts only
	if testcorpus.Shared() != "" && !testing.Short() {
		bwb := testcorpus.Files(t, "corpus-src/bwb/toestand-2016", ".xml")
		for i := 0; i < len(bwb); i += max(1, len(bwb)/8) {
			files = append(files, bwb[i])
		}
		if p := filepath.Join(testcorpus.Dir(t, "corpus-src/bwb/toestand-2016"), "BWBR0004627_2025-08-01_0.xml"); !slices.Contains(files, p) {
			files = append(files, p)
		}
	}
	ctx := context.Background()
	e, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		doc, err := detect.ReadFile(f)
		if err != nil {
			continue // the readers' tests judge unreadable files
		}
		in := Input(doc, e.Facts(doc), ScopeAll, nil)
		indexed := withIndex(in, e.words)
		checkIndex(t, f, indexed.(ast.Object), e.words)
		with, err := e.evaluate(ctx, indexed)
		if err != nil {
			t.Fatal(err)
		}
		without, err := e.evaluate(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(with, without) {
			t.Errorf("%s: %d findings with input.index, %d without; they differ", filepath.Base(f), len(with), len(without))
		}
	}
}

// checkIndex compares every list of input.index with what a plain reading
// of input.text_units gives.
func checkIndex(t *testing.T, name string, in ast.Object, words []string) {
	t.Helper()
	index := in.Get(ast.StringTerm("index")).Value.(ast.Object)
	ids := func(o ast.Object, key string) []string {
		var out []string
		o.Get(ast.StringTerm(key)).Value.(*ast.Array).Foreach(func(x *ast.Term) {
			out = append(out, string(x.Value.(ast.String)))
		})
		return out
	}
	want := map[string][]string{}
	in.Get(ast.StringTerm("text_units")).Value.(ast.Object).Foreach(func(k, v *ast.Term) {
		id, u := string(k.Value.(ast.String)), v.Value.(ast.Object)
		lower := string(u.Get(ast.StringTerm("lower")).Value.(ast.String))
		for _, w := range words {
			if strings.Contains(lower, w) {
				want["mentions/"+w] = append(want["mentions/"+w], id)
			}
		}
		for _, f := range indexedFacts {
			if u.Get(ast.StringTerm(f)).Value.(*ast.Array).Len() > 0 {
				want["facts/"+f] = append(want["facts/"+f], id)
			}
		}
		if a := string(u.Get(ast.StringTerm("article")).Value.(ast.String)); a != "" {
			want["articles/"+a] = append(want["articles/"+a], id)
		}
		duty := false
		u.Get(ast.StringTerm("sentences")).Value.(*ast.Array).Foreach(func(s *ast.Term) {
			duty = duty || s.Value.(ast.Object).Get(ast.StringTerm("duty")).Value.(ast.Boolean) == true
		})
		if duty {
			want["duties"] = append(want["duties"], id)
		}
	})
	got := map[string][]string{}
	for _, w := range words {
		if l := ids(index.Get(ast.StringTerm("mentions")).Value.(ast.Object), w); len(l) > 0 {
			got["mentions/"+w] = l
		}
	}
	for _, f := range indexedFacts {
		if l := ids(index.Get(ast.StringTerm("facts")).Value.(ast.Object), f); len(l) > 0 {
			got["facts/"+f] = l
		}
	}
	index.Get(ast.StringTerm("articles")).Value.(ast.Object).Foreach(func(k, _ *ast.Term) {
		a := string(k.Value.(ast.String))
		got["articles/"+a] = ids(index.Get(ast.StringTerm("articles")).Value.(ast.Object), a)
	})
	if l := ids(index, "duties"); len(l) > 0 {
		got["duties"] = l
	}
	if !reflect.DeepEqual(got, want) {
		for k := range want {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Errorf("%s: index %s lists %d units, want %d", filepath.Base(name), k, len(got[k]), len(want[k]))
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s: index %s lists %d units, want none", filepath.Base(name), k, len(got[k]))
			}
		}
	}
}
