// Package worldmap draws the world as SVG from embedded Natural Earth
// country shapes (converted from the world-atlas TopoJSON by
// `kroniek build-map`), with countries shaded and places marked.
package worldmap

import (
	"bufio"
	_ "embed"
	"fmt"
	"html"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Width is the width of the map in SVG user units; heights follow from the
// projection. Paths are stored in these units as integers.
const Width = 2000

// Latitudes shown: Antarctica and the far north carry no news and waste space.
const (
	northLat = 84.0
	southLat = -57.0
)

// Equal Earth projection constants (Šavrič, Patterson & Jenny 2018).
const (
	eeA1 = 1.340264
	eeA2 = -0.081106
	eeA3 = 0.000893
	eeA4 = 0.003796
)

var (
	eeM        = math.Sqrt(3) / 2
	eeXMax     = 2 * math.Sqrt(3) * math.Pi / (3 * eeA1) // x at lon 180, lat 0
	eeScale    = Width / (2 * eeXMax)
	topY, _    = rawY(northLat)
	bottomY, _ = rawY(southLat)
)

func rawY(lat float64) (float64, float64) {
	phi := lat * math.Pi / 180
	th := math.Asin(eeM * math.Sin(phi))
	t2 := th * th
	t6 := t2 * t2 * t2
	y := th * (eeA1 + eeA2*t2 + t6*(eeA3+eeA4*t2))
	return y, th
}

// Project maps longitude and latitude in degrees to SVG coordinates of the
// map (x to the right, y down, origin at the top left).
func Project(lon, lat float64) (x, y float64) {
	lat = math.Max(-90, math.Min(90, lat))
	lon = math.Max(-180, math.Min(180, lon))
	ry, th := rawY(lat)
	t2 := th * th
	t6 := t2 * t2 * t2
	lam := lon * math.Pi / 180
	rx := 2 * math.Sqrt(3) * lam * math.Cos(th) / (3 * (9*eeA4*t6*t2 + 7*eeA3*t6 + 3*eeA2*t2 + eeA1))
	return rx*eeScale + Width/2, (topY - ry) * eeScale
}

// Height is the map height in SVG user units.
func Height() int { return int(math.Ceil((topY - bottomY) * eeScale)) }

// Country is one country shape.
type Country struct {
	Numeric string // ISO 3166-1 numeric
	Alpha2  string // ISO 3166-1 alpha-2, upper case; "" when unknown
	Name    string
	Path    string // SVG path data in map units
	// Bounds in map units, from the path; zoomed maps skip countries
	// outside the view.
	MinX, MinY, MaxX, MaxY int
}

// bounds returns the bounding box of path data written by pathData:
// "M x y l dx dy dx dy ... z", repeated.
func bounds(path string) (minX, minY, maxX, maxY int, ok bool) {
	minX, minY, maxX, maxY = math.MaxInt, math.MaxInt, math.MinInt, math.MinInt
	var nums []int
	x, y := 0, 0
	flush := func(abs bool) {
		for i := 0; i+1 < len(nums); i += 2 {
			if abs {
				x, y = nums[i], nums[i+1]
			} else {
				x, y = x+nums[i], y+nums[i+1]
			}
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
			ok = true
		}
		nums = nums[:0]
	}
	abs := true
	for i := 0; i < len(path); {
		c := path[i]
		switch {
		case c == 'M':
			flush(abs)
			abs = true
			i++
		case c == 'l':
			flush(abs)
			abs = false
			i++
		case c == 'z' || c == ' ':
			i++
		case c == '-' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(path) && path[j] >= '0' && path[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(path[i:j])
			if err != nil {
				return 0, 0, 0, 0, false
			}
			nums = append(nums, n)
			i = j
		default:
			return 0, 0, 0, 0, false
		}
	}
	flush(abs)
	return minX, minY, maxX, maxY, ok
}

//go:embed countries.txt
var countriesTxt string

var (
	loadOnce  sync.Once
	countries []Country
	loadErr   error
)

// Countries returns the embedded country shapes, parsed once.
func Countries() ([]Country, error) {
	loadOnce.Do(func() {
		countries, loadErr = ParseCountries(strings.NewReader(countriesTxt))
	})
	return countries, loadErr
}

// ParseCountries reads the compact shape file written by WriteCountries:
// lines "numeric<TAB>alpha2<TAB>name<TAB>path"; lines starting with # are
// comments.
func ParseCountries(r io.Reader) ([]Country, error) {
	var out []Country
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("world map line %d: %d fields, want 4", line, len(f))
		}
		c := Country{Numeric: f[0], Alpha2: f[1], Name: f[2], Path: f[3]}
		var ok bool
		if c.MinX, c.MinY, c.MaxX, c.MaxY, ok = bounds(c.Path); !ok {
			return nil, fmt.Errorf("world map line %d: bad path", line)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read world map: %w", err)
	}
	return out, nil
}

// Point is a marker on the map.
type Point struct {
	Lat, Lon float64
	Label    string // shown as a tooltip
	Href     string // link target, "" for none
	Count    int    // drawn larger for more mentions
}

// Options say what to draw.
type Options struct {
	// Shade maps upper-case alpha-2 country codes to a weight; countries
	// with a weight are shaded relative to the largest.
	Shade  map[string]int
	Points []Point
	Label  string // accessible name of the figure
	// Fit zooms to the points (with a margin and a minimum extent, so a
	// single city still shows its surroundings) instead of the whole world.
	Fit bool
	// MarkerSize is the radius of a one-mention marker in thousandths of
	// the visible width (0 = 4); small maps want bigger markers.
	MarkerSize float64
}

// minFitWidth is the narrowest view Fit zooms to, in map units (about
// 30° of longitude near the equator).
const minFitWidth = 170.0

// viewBox returns the visible part of the map for o.
func viewBox(o Options) (x, y, w, h float64) {
	fw, fh := float64(Width), float64(Height())
	if !o.Fit || len(o.Points) == 0 {
		return 0, 0, fw, fh
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range o.Points {
		if math.IsNaN(p.Lat) || math.IsNaN(p.Lon) {
			continue
		}
		px, py := Project(p.Lon, p.Lat)
		x0, y0, x1, y1 = math.Min(x0, px), math.Min(y0, py), math.Max(x1, px), math.Max(y1, py)
	}
	if math.IsInf(x0, 1) {
		return 0, 0, fw, fh
	}
	aspect := fw / fh
	w = math.Max((x1-x0)*1.3+60, minFitWidth)
	h = math.Max((y1-y0)*1.3+60, w/aspect)
	w = math.Max(w, h*aspect)
	if w >= fw || h >= fh {
		return 0, 0, fw, fh
	}
	x = math.Max(0, math.Min((x0+x1)/2-w/2, fw-w))
	y = math.Max(0, math.Min((y0+y1)/2-h/2, fh-h))
	return x, y, w, h
}

// Render writes the map as an inline SVG element. All text is escaped.
func Render(w io.Writer, o Options) error {
	cs, err := Countries()
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	label := o.Label
	if label == "" {
		label = "World map"
	}
	vx, vy, vw, vh := viewBox(o)
	// Markers are sized relative to the visible width, so they look the
	// same zoomed in or out.
	unit := o.MarkerSize
	if unit <= 0 {
		unit = 4
	}
	unit *= vw / 1000
	fmt.Fprintf(bw, `<svg class="worldmap" xmlns="http://www.w3.org/2000/svg" viewBox="%.0f %.0f %.0f %.0f" role="img" aria-label="%s">`, vx, vy, vw, vh, html.EscapeString(label))
	fmt.Fprintf(bw, `<path class="sphere" d="%s"/>`, outline())
	maxShade := 0
	for _, v := range o.Shade {
		maxShade = max(maxShade, v)
	}
	bw.WriteString(`<g class="countries">`)
	for _, c := range cs {
		if float64(c.MaxX) < vx || float64(c.MinX) > vx+vw || float64(c.MaxY) < vy || float64(c.MinY) > vy+vh {
			continue // outside a zoomed view
		}
		v := 0
		if c.Alpha2 != "" {
			v = o.Shade[c.Alpha2]
		}
		title := c.Name
		if v > 0 {
			op := 0.25 + 0.75*math.Sqrt(float64(v)/float64(maxShade))
			fmt.Fprintf(bw, `<path class="c hl" data-cc="%s" fill-opacity="%.2f" d="%s"><title>%s: %d</title></path>`,
				html.EscapeString(c.Alpha2), op, c.Path, html.EscapeString(title), v)
			continue
		}
		fmt.Fprintf(bw, `<path class="c" data-cc="%s" d="%s"><title>%s</title></path>`, html.EscapeString(c.Alpha2), c.Path, html.EscapeString(title))
	}
	bw.WriteString(`</g><g class="points">`)
	// Big markers first so small ones stay clickable on top.
	pts := append([]Point(nil), o.Points...)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Count > pts[j].Count })
	for _, p := range pts {
		if math.IsNaN(p.Lat) || math.IsNaN(p.Lon) {
			continue
		}
		x, y := Project(p.Lon, p.Lat)
		r := unit * math.Min(0.5+0.5*math.Sqrt(float64(max(p.Count, 1))), 4)
		circle := fmt.Sprintf(`<circle class="pt" cx="%.1f" cy="%.1f" r="%.1f"><title>%s</title></circle>`, x, y, r, html.EscapeString(p.Label))
		if p.Href != "" {
			fmt.Fprintf(bw, `<a href="%s">%s</a>`, html.EscapeString(p.Href), circle)
		} else {
			bw.WriteString(circle)
		}
	}
	bw.WriteString(`</g></svg>`)
	return bw.Flush()
}

var outlineOnce = sync.OnceValue(func() string {
	// The edge of the projected world: the meridians at ±180°.
	var b strings.Builder
	var pts [][2]float64
	for lat := northLat; lat >= southLat; lat-- {
		x, y := Project(180, lat)
		pts = append(pts, [2]float64{x, y})
	}
	for lat := southLat; lat <= northLat; lat++ {
		x, y := Project(-180, lat)
		pts = append(pts, [2]float64{x, y})
	}
	for i, p := range pts {
		if i == 0 {
			b.WriteString("M")
		} else {
			b.WriteString("L")
		}
		b.WriteString(strconv.FormatFloat(p[0], 'f', 1, 64))
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(p[1], 'f', 1, 64))
	}
	b.WriteString("Z")
	return b.String()
})

func outline() string { return outlineOnce() }
