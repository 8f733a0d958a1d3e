package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Charts are inline SVG computed here and drawn by the templates: no
// script, no external library, nothing fetched. Coordinates are SVG user
// units of the chart's viewBox.

// familyStyle gives each family a colour and, for print in grey, a dash
// pattern; other families are grey.
func familyStyle(f string) (color, dash string) {
	switch f {
	case "wetgevingstoets":
		return "#1f5fa8", ""
	case "discriminatietoets":
		return "#b8321e", "7 4"
	case "doenvermogen":
		return "#2e7d32", "2 3"
	case "hardvochtigheid":
		return "#7b3f9e", "9 3 2 3"
	}
	return "#666666", "4 4"
}

// A barChart is a horizontal bar chart.
type barChart struct {
	ID, Title     string
	Width, Height float64
	LabelWidth    float64 // left margin for the labels
	Bars          []bar
	Ticks         []tick // vertical grid lines
	Top, Bottom   float64
}

type bar struct {
	Label, ValueText, Tip, Color string
	X, Y, W, H                   float64
	LabelY                       float64 // baseline of the label and the value
}

type tick struct {
	Pos   float64
	Label string
}

type barItem struct {
	Label, Tip, Color string
	Value             float64
	ValueText         string
}

const (
	barHeight = 22.0
	barGap    = 8.0
)

func newBarChart(id, title string, items []barItem) barChart {
	c := barChart{ID: id, Title: title, Width: 720, LabelWidth: 290, Top: 10}
	maxV := 0.0
	for _, it := range items {
		maxV = math.Max(maxV, it.Value)
	}
	top := niceCeil(maxV)
	plot := c.Width - c.LabelWidth - 70 // room for the value after the longest bar
	y := c.Top
	for _, it := range items {
		w := 0.0
		if top > 0 {
			w = it.Value / top * plot
		}
		c.Bars = append(c.Bars, bar{Label: it.Label, ValueText: it.ValueText, Tip: it.Tip, Color: it.Color,
			X: c.LabelWidth, Y: y, W: round(w, 1), H: barHeight, LabelY: y + barHeight*0.7})
		y += barHeight + barGap
	}
	c.Bottom = y
	for _, t := range niceTicks(top, 5) {
		c.Ticks = append(c.Ticks, tick{Pos: round(c.LabelWidth+t/top*plot, 1), Label: formatNL(t, tickDecimals(top))})
	}
	c.Height = y + 24
	return c
}

// A lineChart draws one line per series over the years.
type lineChart struct {
	ID, Title                string
	Width, Height            float64
	Left, Right, Top, Bottom float64 // the plot area
	XTicks, YTicks           []tick
	Series                   []series
	LegendY                  float64
	Empty                    bool
}

type series struct {
	Name, Color, Dash string
	Points            string // "x,y x,y …" for a polyline
	Dots              []dot
	LegendX           float64
}

type dot struct {
	X, Y float64
	Tip  string
	Weak bool // drawn open: based on few articles
}

type linePoint struct {
	X    float64 // the year
	Y    float64
	Tip  string
	Weak bool
}

func newLineChart(id, title string, names []string, points [][]linePoint) lineChart {
	c := lineChart{ID: id, Title: title, Width: 720, Height: 340, Left: 56, Right: 700, Top: 16, Bottom: 270}
	c.LegendY = c.Bottom + 50
	minX, maxX, maxY := math.Inf(1), math.Inf(-1), 0.0
	for _, ps := range points {
		for _, p := range ps {
			minX, maxX, maxY = math.Min(minX, p.X), math.Max(maxX, p.X), math.Max(maxY, p.Y)
		}
	}
	if math.IsInf(minX, 1) {
		c.Empty = true
		return c
	}
	if minX == maxX {
		minX, maxX = minX-1, maxX+1
	}
	top := niceCeil(maxY)
	if top == 0 {
		top = 1
	}
	xPos := func(x float64) float64 { return round(c.Left+(x-minX)/(maxX-minX)*(c.Right-c.Left), 1) }
	yPos := func(y float64) float64 { return round(c.Bottom-y/top*(c.Bottom-c.Top), 1) }
	for _, t := range niceTicks(top, 5) {
		c.YTicks = append(c.YTicks, tick{Pos: yPos(t), Label: formatNL(t, tickDecimals(top))})
	}
	step := niceStep((maxX - minX) / 8)
	if step < 1 {
		step = 1
	}
	for x := math.Ceil(minX/step) * step; x <= maxX; x += step {
		c.XTicks = append(c.XTicks, tick{Pos: xPos(x), Label: strconv.Itoa(int(x))})
	}
	for i, name := range names {
		color, dash := familyStyle(name)
		s := series{Name: name, Color: color, Dash: dash, LegendX: c.Left + float64(i)*160}
		var pts []string
		for _, p := range points[i] {
			x, y := xPos(p.X), yPos(p.Y)
			pts = append(pts, fmt.Sprintf("%g,%g", x, y))
			s.Dots = append(s.Dots, dot{X: x, Y: y, Tip: p.Tip, Weak: p.Weak})
		}
		s.Points = strings.Join(pts, " ")
		c.Series = append(c.Series, s)
	}
	return c
}

// niceCeil rounds v up to 1, 2, 2.5 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// niceStep rounds a step up to 1, 2, 5 times a power of ten.
func niceStep(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

// niceTicks returns 0, step, …, top with about n steps.
func niceTicks(top float64, n int) []float64 {
	if top <= 0 {
		return []float64{0}
	}
	step := niceStep(top / float64(n))
	var out []float64
	for t := 0.0; t <= top*(1+1e-9); t += step {
		out = append(out, round(t, 6))
	}
	return out
}

func tickDecimals(top float64) int {
	switch {
	case top >= 5:
		return 0
	case top >= 0.5:
		return 1
	}
	return 2
}
