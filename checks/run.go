package checks

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/wetlint/wetlint/checks/facts"
	"github.com/wetlint/wetlint/clause"
	"github.com/wetlint/wetlint/clause/detect"
)

// A FileResult is the outcome for one file.
type FileResult struct {
	Path        string
	Format      string
	Meta        clause.Meta
	Articles    int
	Diagnostics []Diagnostic
	Suppressed  []Diagnostic // covered by wetlint:ignore directives
	// Baselined counts the diagnostics left out because a baseline holds
	// them (package baseline).
	Baselined int
	// Err is set when the file could not be read, parsed or checked; its
	// message names the file and, where there is one, the position.
	Err error
}

// draftExtensions are the files a directory walk picks up; a file named
// on the command line is read whatever its name.
var draftExtensions = map[string]bool{".md": true, ".markdown": true, ".xml": true, ".txt": false}

// Expand turns paths (files and directories) into a sorted list of files.
// A directory is searched recursively for .md, .markdown and .xml files,
// skipping hidden directories. A path that does not exist becomes a
// FileResult with an error, so that the other files are still checked.
func Expand(paths []string) ([]string, []FileResult) {
	var files []string
	var bad []FileResult
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			msg := "bestand bestaat niet"
			if !os.IsNotExist(err) {
				msg = "kan bestand niet lezen: " + err.Error()
			}
			bad = append(bad, FileResult{Path: p, Err: &clause.ParseError{Path: p, Msg: msg}})
			continue
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		var found []string
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, FileResult{Path: q, Err: &clause.ParseError{Path: q, Msg: "kan map niet lezen: " + err.Error()}})
				return nil
			}
			if d.IsDir() {
				if q != p && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if draftExtensions[strings.ToLower(filepath.Ext(q))] {
				found = append(found, q)
			}
			return nil
		})
		sort.Strings(found)
		for _, q := range found {
			add(q)
		}
	}
	return files, bad
}

// RunOptions tune Run.
type RunOptions struct {
	// Workers is the number of files checked at once; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each file with the number of
	// files done and the total.
	Progress func(done, total int)
	// Read replaces the file reader (tests, in-memory buffers).
	Read func(path string) (*clause.Document, error)
	// Each, when set, receives every result as soon as it is ready, in no
	// particular order; the results are then not kept (for large runs).
	Each func(FileResult)
	// Context holds umbrella documents that apply to every file (from
	// LoadContext, for --context). Besides these, a file that declares
	// another law applicable is checked with that law's facts when the
	// law is one of the files of the run (docs/hardship.md).
	Context []*facts.ContextDoc
}

// Run checks files in parallel. Results come back in the order of paths
// (unless opts.Each takes them). A file that fails does not stop the others.
func (e *Engine) Run(ctx context.Context, paths []string, opts RunOptions) []FileResult {
	files, bad := Expand(paths)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	read := opts.Read
	if read == nil {
		read = detect.ReadFile
	}
	results := make([]FileResult, len(files))
	um := newUmbrellas(opts.Context, len(files))
	var mu sync.Mutex
	done := 0
	emit := func(i int, r FileResult) {
		mu.Lock()
		defer mu.Unlock()
		if opts.Each != nil {
			opts.Each(r)
		} else {
			results[i] = r
		}
		if opts.Progress != nil {
			done++
			opts.Progress(done, len(files))
		}
	}
	parallel(ctx, len(files), workers, func(i int) {
		if r, held := e.checkFile(ctx, i, files[i], read, um); !held {
			emit(i, r)
		}
	})
	// the files that declare another law applicable, now that every
	// file's summary is known
	parallel(ctx, len(um.deferred), workers, func(k int) {
		d := um.deferred[k]
		emit(d.index, e.checkHeld(ctx, d, um))
	})
	if opts.Each != nil {
		for _, b := range bad {
			opts.Each(b)
		}
		return nil
	}
	return append(bad, results...)
}

// parallel calls fn(0) … fn(n-1) on up to workers goroutines and waits;
// it stops handing out work when ctx is done.
func parallel(ctx context.Context, n, workers int, fn func(int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// checkFile reads and checks one file, unless it must wait for the other
// files of the run (held: it declares another law applicable). A panic is
// turned into an error for that file, with the stack for a bug report.
func (e *Engine) checkFile(ctx context.Context, index int, path string, read func(string) (*clause.Document, error), um *umbrellas) (res FileResult, held bool) {
	res.Path = path
	defer recoverFile(path, &res)
	doc, err := read(path)
	if err != nil {
		res.Err = err
		return res, false
	}
	fx := e.Facts(doc)
	if um.hold(index, doc, fx) {
		return res, true
	}
	fx.WithContext(um.explicit, nil)
	return e.fileResult(ctx, doc, fx), false
}

// checkHeld checks a file that waited for the others.
func (e *Engine) checkHeld(ctx context.Context, d deferredDoc, um *umbrellas) (res FileResult) {
	res.Path = d.doc.Path
	defer recoverFile(d.doc.Path, &res)
	d.fx.WithContext(um.explicit, um.others(d.doc.Path))
	return e.fileResult(ctx, d.doc, d.fx)
}

func (e *Engine) fileResult(ctx context.Context, doc *clause.Document, fx *facts.Facts) (res FileResult) {
	res.Path = doc.Path
	res.Format, res.Meta, res.Articles = doc.Format, doc.Meta, len(doc.Articles())
	r, err := e.checkFacts(ctx, doc, fx)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", doc.Path, err)
		return res
	}
	res.Diagnostics, res.Suppressed = r.Diagnostics, r.Suppressed
	return res
}

func recoverFile(path string, res *FileResult) {
	if p := recover(); p != nil {
		res.Err = fmt.Errorf("%s: interne fout (meld dit alstublieft): %v\n%s", path, p, debug.Stack())
	}
}
