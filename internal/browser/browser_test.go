package browser

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPageReportsProblems checks the helper itself: a page that logs an
// error, throws, and asks for an image on a host that does not exist must
// show all three, and its rendered DOM must be readable.
func TestPageReportsProblems(t *testing.T) {
	path := Find(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "p.html")
	os.WriteFile(page, []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<h1 id="h">Hallo</h1><img src="http://wetlint.invalid/x.png">
<script>console.error("kapot"); document.getElementById("h").textContent = "Dag"; null.x;</script></body></html>`), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	b, err := Start(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	p, err := b.Open(ctx, "file://"+page)
	if err != nil {
		t.Fatal(err)
	}
	var h string
	if err := p.Eval(ctx, `document.getElementById("h").textContent`, &h); err != nil {
		t.Fatal(err)
	}
	if h != "Dag" {
		t.Errorf("rendered heading = %q, want %q (the page's script ran)", h, "Dag")
	}
	probs := strings.Join(p.Problems(), "\n")
	for _, want := range []string{"console.error: kapot", "exception:", "loading failed"} {
		if !strings.Contains(probs, want) {
			t.Errorf("problems lack %q:\n%s", want, probs)
		}
	}
	if !slices.Contains(p.Requests(), "http://wetlint.invalid/x.png") {
		t.Errorf("requests = %v, want the image among them", p.Requests())
	}
	pdf, err := p.PrintPDF(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Errorf("PrintPDF did not return a PDF: %q", pdf[:min(len(pdf), 20)])
	}
}
