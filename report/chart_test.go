package report

import (
	"slices"
	"testing"
)

func TestNumbersNL(t *testing.T) {
	for _, c := range []struct {
		x    float64
		dec  int
		want string
	}{
		{30563, 0, "30.563"}, {84.626, 2, "84,63"}, {0, 2, "0,00"}, {1234567.5, 1, "1.234.567,5"}, {999, 0, "999"}, {-1500.25, 2, "-1.500,25"},
	} {
		if got := formatNL(c.x, c.dec); got != c.want {
			t.Errorf("formatNL(%v, %d) = %q, want %q", c.x, c.dec, got, c.want)
		}
		if got := fromNL(formatNL(c.x, c.dec)); got != formatCSV(c.x, c.dec) {
			t.Errorf("fromNL(formatNL(%v)) = %q, want %q", c.x, got, formatCSV(c.x, c.dec))
		}
	}
	if got := intNL(1000); got != "1.000" {
		t.Errorf("intNL(1000) = %q", got)
	}
}

func TestNiceScale(t *testing.T) {
	for v, want := range map[float64]float64{0: 0, 0.13: 0.2, 1: 1, 1.2: 2, 2.3: 2.5, 4: 5, 7: 10, 160.44: 200, 89.85: 100} {
		if got := niceCeil(v); got != want {
			t.Errorf("niceCeil(%v) = %v, want %v", v, got, want)
		}
	}
	if got, want := niceTicks(200, 5), []float64{0, 50, 100, 150, 200}; !slices.Equal(got, want) {
		t.Errorf("niceTicks(200) = %v, want %v", got, want)
	}
}

// TestBarChartGeometry: bars are as long as their value on the shared
// scale, and stacked without overlap.
func TestBarChartGeometry(t *testing.T) {
	c := newBarChart("c", "t", []barItem{{Label: "a", Value: 100}, {Label: "b", Value: 50}, {Label: "c", Value: 0}})
	if c.Bars[1].W*2 != c.Bars[0].W || c.Bars[2].W != 0 {
		t.Errorf("bar widths %v, %v, %v; want the second half the first and the third 0", c.Bars[0].W, c.Bars[1].W, c.Bars[2].W)
	}
	for i := 1; i < len(c.Bars); i++ {
		if c.Bars[i].Y < c.Bars[i-1].Y+c.Bars[i-1].H {
			t.Errorf("bar %d overlaps bar %d", i, i-1)
		}
	}
	if c.Bars[0].X+c.Bars[0].W > c.Width {
		t.Errorf("the longest bar runs off the chart")
	}
}

func TestLineChartGeometry(t *testing.T) {
	c := newLineChart("l", "t", []string{"wetgevingstoets"}, [][]linePoint{{{X: 2000, Y: 0}, {X: 2010, Y: 10}}})
	d := c.Series[0].Dots
	if d[0].X != c.Left || d[1].X != c.Right || d[0].Y != c.Bottom || d[1].Y != c.Top {
		t.Errorf("points %+v; want the first at the bottom left and the second at the top right of %+v", d, c)
	}
	if e := newLineChart("l", "t", nil, nil); !e.Empty {
		t.Errorf("a chart without points is not marked empty")
	}
}
