// Package progress draws a one-line progress bar for long runs: files
// done, files per second and the time left. It writes carriage returns and
// an erase-line code, so callers use it only when the writer is a terminal.
// A nil *Bar does nothing, which keeps callers free of conditions.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// A Bar is a progress bar on one line of a terminal. It is safe for
// concurrent use.
type Bar struct {
	mu         sync.Mutex
	w          io.Writer
	now        func() time.Time
	start      time.Time
	last       time.Time
	done       int
	total      int
	shown      bool
	Interval   time.Duration // minimum time between redraws; the last file always redraws
	Width      int           // cells of the bar itself
	unitSingle string
	unitPlural string
}

// New returns a bar that writes to w. now is the clock (time.Now outside
// tests). The unit names what is counted, in the singular and plural:
// "bestand", "bestanden".
func New(w io.Writer, now func() time.Time, unitSingle, unitPlural string) *Bar {
	return &Bar{w: w, now: now, start: now(), Interval: 100 * time.Millisecond, Width: 24,
		unitSingle: unitSingle, unitPlural: unitPlural}
}

// Update records that done of total are finished and redraws the bar when
// the interval has passed or the work is complete.
func (b *Bar) Update(done, total int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done, b.total = done, total
	t := b.now()
	if b.shown && done < total && t.Sub(b.last) < b.Interval {
		return
	}
	b.last = t
	b.draw(t)
}

// Println prints a line of text above the bar (a warning about a file),
// then draws the bar again.
func (b *Bar) Println(line string) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	shown := b.erase()
	io.WriteString(b.w, line+"\n")
	if shown {
		b.draw(b.now())
	}
}

// Finish erases the bar.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.erase()
}

// erase clears the bar's line and reports whether the bar was shown.
func (b *Bar) erase() bool {
	if !b.shown {
		return false
	}
	io.WriteString(b.w, "\r\x1b[K")
	b.shown = false
	return true
}

func (b *Bar) draw(t time.Time) {
	io.WriteString(b.w, "\r"+b.Line(t)+"\x1b[K")
	b.shown = true
}

// Line is the text of the bar at time t, without control codes:
//
//	[██████░░░░░░░░░░░░░░░░░░] 190/766 bestanden · 3,6 bestanden/s · nog 2 min 40 s
func (b *Bar) Line(t time.Time) string {
	filled := 0
	if b.total > 0 {
		filled = b.done * b.Width / b.total
	}
	unit := b.unitPlural
	if b.total == 1 {
		unit = b.unitSingle
	}
	s := fmt.Sprintf("[%s%s] %d/%d %s", strings.Repeat("█", filled), strings.Repeat("░", b.Width-filled), b.done, b.total, unit)
	elapsed := t.Sub(b.start).Seconds()
	if b.done == 0 || elapsed <= 0 {
		return s
	}
	rate := float64(b.done) / elapsed
	s += " · " + strings.Replace(fmt.Sprintf("%.1f", rate), ".", ",", 1) + " " + b.unitPlural + "/s"
	if b.done < b.total {
		left := time.Duration(float64(b.total-b.done) / rate * float64(time.Second))
		s += " · nog " + Duration(left)
	}
	return s
}

// Duration writes a duration the Dutch way, rounded to whole seconds:
// "8 s", "2 min 40 s", "1 u 5 min".
func Duration(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	switch {
	case h > 0:
		return fmt.Sprintf("%d u %d min", h, m)
	case m > 0:
		return fmt.Sprintf("%d min %d s", m, s)
	}
	return fmt.Sprintf("%d s", s)
}
