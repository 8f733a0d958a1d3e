package progress

import (
	"strings"
	"testing"
	"time"
)

// clock is a fake time source the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestLine(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	var out strings.Builder
	b := New(&out, c.now, "bestand", "bestanden")
	b.Width = 10
	b.Update(0, 200)
	if got, want := b.Line(c.now()), "[░░░░░░░░░░] 0/200 bestanden"; got != want {
		t.Errorf("at the start: %q, want %q", got, want)
	}
	c.advance(10 * time.Second)
	b.Update(50, 200)
	// 50 files in 10 s: 5 per second, 150 left: 30 s
	if got, want := b.Line(c.now()), "[██░░░░░░░░] 50/200 bestanden · 5,0 bestanden/s · nog 30 s"; got != want {
		t.Errorf("a quarter done: %q, want %q", got, want)
	}
	c.advance(30 * time.Second)
	b.Update(200, 200)
	if got, want := b.Line(c.now()), "[██████████] 200/200 bestanden · 5,0 bestanden/s"; got != want {
		t.Errorf("done: %q, want %q", got, want)
	}
}

// TestUpdateThrottles expects a redraw only after the interval, except for
// the last file, and every redraw to start with a carriage return and end
// by erasing the rest of the line.
func TestUpdateThrottles(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	var out strings.Builder
	b := New(&out, c.now, "bestand", "bestanden")
	b.Update(1, 10)
	b.Update(2, 10) // no time passed: not drawn
	c.advance(200 * time.Millisecond)
	b.Update(3, 10)
	b.Update(10, 10) // the last one is always drawn
	draws := strings.Count(out.String(), "\r")
	if draws != 3 {
		t.Errorf("%d redraws, want 3:\n%q", draws, out.String())
	}
	if strings.Contains(out.String(), " 2/10 ") {
		t.Errorf("drew 2/10 although the interval had not passed")
	}
	for _, part := range strings.Split(out.String(), "\r")[1:] {
		if !strings.HasSuffix(part, "\x1b[K") {
			t.Errorf("redraw %q does not erase the rest of the line", part)
		}
	}
}

func TestPrintlnAndFinish(t *testing.T) {
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	var out strings.Builder
	b := New(&out, c.now, "bestand", "bestanden")
	b.Update(1, 4)
	out.Reset()
	b.Println("wet.xml:3:7: kapot")
	got := out.String()
	if !strings.HasPrefix(got, "\r\x1b[Kwet.xml:3:7: kapot\n\r[") {
		t.Errorf("Println wrote %q; want the bar erased, the line, the bar again", got)
	}
	out.Reset()
	b.Finish()
	if out.String() != "\r\x1b[K" {
		t.Errorf("Finish wrote %q, want the bar erased", out.String())
	}
	out.Reset()
	b.Finish()
	if out.String() != "" {
		t.Errorf("a second Finish wrote %q", out.String())
	}
}

func TestNilBar(t *testing.T) {
	var b *Bar
	b.Update(1, 2)
	b.Println("x")
	b.Finish() // no panic
}

func TestDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		8 * time.Second:   "8 s",
		160 * time.Second: "2 min 40 s",
		time.Hour + 5*time.Minute + 10*time.Second: "1 u 5 min",
		1400 * time.Millisecond:                    "1 s",
	} {
		if got := Duration(d); got != want {
			t.Errorf("Duration(%v) = %q, want %q", d, got, want)
		}
	}
}
