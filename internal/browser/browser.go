// Package browser drives a real headless Chromium for tests of wetlint's
// HTML reports, over the DevTools protocol on a pipe (no network port, no
// dependency): open a page, collect console messages, exceptions and
// network requests, evaluate expressions in the rendered page, print it to
// PDF, take screenshots.
//
// Tests call Find: it skips the test when Chromium is not installed,
// unless WETLINT_REQUIRE_CHROMIUM=1 (set by .ci/run), which makes absence a
// failure. WETLINT_CHROMIUM names another executable.
package browser

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

// Find returns the Chromium executable, or skips (or fails, when
// WETLINT_REQUIRE_CHROMIUM=1) the test when there is none.
func Find(tb testing.TB) string {
	tb.Helper()
	names := []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}
	if p := os.Getenv("WETLINT_CHROMIUM"); p != "" {
		names = []string{p}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	if os.Getenv("WETLINT_REQUIRE_CHROMIUM") == "1" {
		tb.Fatalf("Chromium not found (tried %s) and WETLINT_REQUIRE_CHROMIUM=1", strings.Join(names, ", "))
	}
	tb.Skipf("Chromium not found (tried %s); skipping the browser test", strings.Join(names, ", "))
	return ""
}

// Flags are the command-line flags Chromium runs with: headless, no
// sandbox (tests run as root in CI), no GPU, and none of the background
// connections that a closed network refuses.
var Flags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
	"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
	"--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe"}

// A Browser is a running Chromium.
type Browser struct {
	cmd     *exec.Cmd
	send    *os.File // our end of the pipe Chromium reads (its fd 3)
	recv    *os.File // our end of the pipe Chromium writes (its fd 4)
	dataDir string
	stderr  *lockedWriter

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan message
	pages   map[string]*Page // by session id
	done    chan struct{}
	readErr error
}

type message struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Start launches Chromium with a new, empty profile.
func Start(path string) (*Browser, error) {
	dataDir, err := os.MkdirTemp("", "wetlint-chromium-")
	if err != nil {
		return nil, err
	}
	chromeIn, send, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	recv, chromeOut, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	args := append(append([]string{}, Flags...), "--user-data-dir="+dataDir, "about:blank")
	b := &Browser{cmd: exec.Command(path, args...), send: send, recv: recv, dataDir: dataDir,
		waiting: map[int]chan message{}, pages: map[string]*Page{}, done: make(chan struct{})}
	b.cmd.ExtraFiles = []*os.File{chromeIn, chromeOut} // fds 3 and 4
	b.stderr = &lockedWriter{}
	b.cmd.Stderr = b.stderr
	if err := b.cmd.Start(); err != nil {
		os.RemoveAll(dataDir)
		return nil, fmt.Errorf("start %s: %w", path, err)
	}
	chromeIn.Close()
	chromeOut.Close()
	go b.read()
	return b, nil
}

// lockedWriter keeps the first MiB of Chromium's standard error.
type lockedWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.b.Len() < 1<<20 {
		w.b.Write(p)
	}
	return len(p), nil
}

// read dispatches Chromium's messages: replies to their callers, events to
// their pages. Messages are JSON terminated by a NUL byte.
func (b *Browser) read() {
	defer close(b.done)
	r := bufio.NewReaderSize(b.recv, 1<<20)
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			b.mu.Unlock()
			return
		}
		var m message
		if err := json.Unmarshal(raw[:len(raw)-1], &m); err != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch := b.waiting[m.ID]; ch != nil {
				delete(b.waiting, m.ID)
				ch <- m
			}
		} else if p := b.pages[m.SessionID]; p != nil {
			p.event(m)
		}
		b.mu.Unlock()
	}
}

// call sends one command and waits for its reply.
func (b *Browser) call(ctx context.Context, session, method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	ch := make(chan message, 1)
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	b.waiting[id] = ch
	b.mu.Unlock()
	raw, _ := json.Marshal(message{ID: id, Method: method, Params: p, SessionID: session})
	if _, err := b.send.Write(append(raw, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: Chromium stopped: %v\n%s", method, b.readErr, b.Stderr())
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Stderr returns what Chromium wrote to standard error (at most 1 MiB).
func (b *Browser) Stderr() string {
	b.stderr.mu.Lock()
	defer b.stderr.mu.Unlock()
	return b.stderr.b.String()
}

// Close stops Chromium and removes its profile.
func (b *Browser) Close() error {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b.call(ctx, "", "Browser.close", nil, nil) // best effort; the process is killed below anyway
	b.send.Close()
	if b.cmd.Process != nil {
		b.cmd.Process.Kill()
	}
	b.cmd.Wait()
	b.recv.Close()
	return os.RemoveAll(b.dataDir)
}

// A Page is one tab.
type Page struct {
	b       *Browser
	session string
	loaded  chan struct{}
	once    sync.Once

	mu       sync.Mutex
	problems []string // console errors and warnings, exceptions, failed loads, log errors
	requests []string // every URL the page asked for
}

// Open creates a tab, enables the events the tests look at and loads url.
// It returns when the load event has fired.
func (b *Browser) Open(ctx context.Context, url string) (*Page, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var att struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att); err != nil {
		return nil, err
	}
	p := &Page{b: b, session: att.SessionID, loaded: make(chan struct{})}
	b.mu.Lock()
	b.pages[p.session] = p
	b.mu.Unlock()
	for _, m := range []string{"Page.enable", "Runtime.enable", "Log.enable", "Network.enable"} {
		if err := p.Call(ctx, m, nil, nil); err != nil {
			return nil, err
		}
	}
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	if err := p.Call(ctx, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return nil, err
	}
	if nav.ErrorText != "" {
		return nil, fmt.Errorf("open %s: %s", url, nav.ErrorText)
	}
	select {
	case <-p.loaded:
		return p, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("open %s: %w", url, ctx.Err())
	}
}

// event records what the tests check; called with b.mu held.
func (p *Page) event(m message) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch m.Method {
	case "Page.loadEventFired":
		p.once.Do(func() { close(p.loaded) })
	case "Runtime.consoleAPICalled":
		var e struct {
			Type string `json:"type"`
			Args []struct {
				Value       any    `json:"value"`
				Description string `json:"description"`
			} `json:"args"`
		}
		json.Unmarshal(m.Params, &e)
		if e.Type == "error" || e.Type == "warning" || e.Type == "assert" {
			var parts []string
			for _, a := range e.Args {
				if a.Value != nil {
					parts = append(parts, fmt.Sprint(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			p.problems = append(p.problems, "console."+e.Type+": "+strings.Join(parts, " "))
		}
	case "Runtime.exceptionThrown":
		var e struct {
			Details struct {
				Text      string `json:"text"`
				Exception struct {
					Description string `json:"description"`
				} `json:"exception"`
			} `json:"exceptionDetails"`
		}
		json.Unmarshal(m.Params, &e)
		p.problems = append(p.problems, "exception: "+e.Details.Text+" "+e.Details.Exception.Description)
	case "Log.entryAdded":
		var e struct {
			Entry struct {
				Level, Source, Text, URL string
			} `json:"entry"`
		}
		json.Unmarshal(m.Params, &e)
		if e.Entry.Level == "error" || e.Entry.Level == "warning" {
			p.problems = append(p.problems, fmt.Sprintf("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case "Network.requestWillBeSent":
		var e struct {
			Request struct {
				URL string `json:"url"`
			} `json:"request"`
		}
		json.Unmarshal(m.Params, &e)
		p.requests = append(p.requests, e.Request.URL)
	case "Network.loadingFailed":
		var e struct {
			ErrorText string `json:"errorText"`
		}
		json.Unmarshal(m.Params, &e)
		p.problems = append(p.problems, "loading failed: "+e.ErrorText)
	}
}

// Call sends a DevTools command to the page.
func (p *Page) Call(ctx context.Context, method string, params, result any) error {
	return p.b.call(ctx, p.session, method, params, result)
}

// Problems returns the console errors and warnings, uncaught exceptions,
// browser log errors and failed loads seen so far.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// Requests returns every URL the page requested, the page itself included.
func (p *Page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

// Eval evaluates a JavaScript expression in the page (DevTools may run
// script even where the page's own policy forbids it) and decodes its
// JSON-serialisable value into out.
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		Exception *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := p.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &r); err != nil {
		return err
	}
	if r.Exception != nil {
		return fmt.Errorf("evaluate %q: %s", expr, r.Exception.Text)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r.Result.Value, out)
}

// PrintPDF prints the page with its print stylesheet and returns the PDF.
func (p *Page) PrintPDF(ctx context.Context) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := p.Call(ctx, "Page.printToPDF", map[string]any{"printBackground": true, "preferCSSPageSize": true}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Screenshot returns a PNG of the whole page at the given CSS width.
func (p *Page) Screenshot(ctx context.Context, width int) ([]byte, error) {
	var h float64
	if err := p.Eval(ctx, "document.documentElement.scrollHeight", &h); err != nil {
		return nil, err
	}
	if err := p.Call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": int(h), "deviceScaleFactor": 1, "mobile": false}, nil); err != nil {
		return nil, err
	}
	var r struct {
		Data string `json:"data"`
	}
	if err := p.Call(ctx, "Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": true}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}
