package detect_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
	"github.com/wetlint/wetlint/internal/testcorpus"
)

// TestCorpusReads runs every file of ../shared/corpus-src through the
// readers: each yields a model or a clear error, never a panic or a hang,
// and every span lies inside the source.
func TestCorpusReads(t *testing.T) {
	files := testcorpus.Files(t, "corpus-src", ".xml", ".md")
	if len(files) < 100 {
		t.Fatalf("only %d corpus files found", len(files))
	}
	var errs int
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		var doc *clause.Document
		var rerr error
		go func() {
			defer close(done)
			doc, rerr = detect.Read(f, src)
		}()
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			t.Fatalf("%s: reader did not finish within a minute", f)
		}
		if rerr != nil {
			errs++
			if !strings.HasPrefix(rerr.Error(), f) {
				t.Errorf("%s: error does not name the file: %v", f, rerr)
			}
			t.Logf("%s: %v", filepath.Base(f), rerr)
			continue
		}
		checkSpans(t, f, doc)
	}
	t.Logf("%d files, %d read errors", len(files), errs)
	if errs > len(files)/20 {
		t.Errorf("%d of %d corpus files could not be read", errs, len(files))
	}
}

func checkSpans(t *testing.T, f string, doc *clause.Document) {
	t.Helper()
	n := len(doc.Src)
	bad := 0
	doc.Walk(func(u *clause.Unit) bool {
		for _, s := range []clause.Span{u.Span, u.HeadSpan, u.TextSpan} {
			if s.Start.Offset < 0 || s.End.Offset > n || s.Start.Offset > s.End.Offset {
				bad++
			}
		}
		for _, s := range u.Sentences {
			if s.Span.Start.Offset < u.Span.Start.Offset || s.Span.End.Offset > u.Span.End.Offset {
				bad++
			}
		}
		return true
	})
	if bad > 0 {
		t.Errorf("%s: %d spans outside the source or outside their unit", f, bad)
	}
}

// TestBWBArticleCount checks that every BWB file parses and that the model
// holds one artikel for every article element in the file: <artikel> and
// <wijzig-artikel> (an amending article, "Artikel IV", is an article too),
// not counting those inside <meta-data>.
func TestBWBArticleCount(t *testing.T) {
	files := testcorpus.Files(t, "corpus-src/bwb", ".xml")
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := detect.Read(f, src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		want, wijzig := countArticles(t, src)
		if got := len(doc.Articles()); got != want+wijzig {
			t.Errorf("%s: model has %d artikelen, file has %d <artikel> and %d <wijzig-artikel>", filepath.Base(f), got, want, wijzig)
		}
		total += want + wijzig
	}
	t.Logf("%d files, %d articles", len(files), total)
}

// countArticles counts article elements outside meta-data with a plain
// token scan, independent of the reader.
func countArticles(t *testing.T, src []byte) (artikel, wijzig int) {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = false
	meta := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("count: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "meta-data":
				meta++
			case "artikel":
				if meta == 0 {
					artikel++
				}
			case "wijzig-artikel":
				if meta == 0 {
					wijzig++
				}
			}
		case xml.EndElement:
			if x.Name.Local == "meta-data" {
				meta--
			}
		}
	}
	return artikel, wijzig
}
