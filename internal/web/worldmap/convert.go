package worldmap

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Territories without their own ISO code in Natural Earth are shaded with
// the country that news about them usually names.
var extraAlpha2 = map[string]string{
	"Kosovo":     "XK",
	"N. Cyprus":  "CY",
	"Somaliland": "SO",
}

// WriteCountries projects the features and writes the compact shape file
// read by ParseCountries. alpha2 maps ISO numeric codes (no leading zeros)
// to alpha-2 codes. Output is sorted by name, so it is deterministic.
func WriteCountries(w io.Writer, feats []Feature, alpha2 map[string]string, header string) error {
	type row struct{ num, a2, name, path string }
	var rows []row
	for _, f := range feats {
		if f.Name == "Antarctica" {
			continue // outside the drawn latitudes
		}
		num := strings.TrimLeft(f.ID, "0")
		a2 := strings.ToUpper(alpha2[num])
		if a2 == "" {
			a2 = extraAlpha2[f.Name]
		}
		name := strings.NewReplacer("\t", " ", "\n", " ").Replace(f.Name)
		p := pathData(f.Polygons)
		if p == "" {
			continue
		}
		rows = append(rows, row{num, a2, name, p})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].name != rows[j].name {
			return rows[i].name < rows[j].name
		}
		return rows[i].num < rows[j].num
	})
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		fmt.Fprintf(bw, "# %s\n", l)
	}
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", r.num, r.a2, r.name, r.path)
	}
	return bw.Flush()
}

// pathData projects rings to integer map units and writes them as relative
// SVG path commands; repeated points after rounding are dropped.
func pathData(polys [][][][2]float64) string {
	var b strings.Builder
	for _, poly := range polys {
		var rings [][][2]float64
		for _, ring := range poly {
			rings = append(rings, splitAntimeridian(ring)...)
		}
		for _, ring := range rings {
			var pts [][2]int
			for _, p := range ring {
				if p[1] < southLat-1 {
					p[1] = southLat - 1 // keep far-south islands on the edge
				}
				x, y := Project(p[0], p[1])
				q := [2]int{int(math.Round(x)), int(math.Round(y))}
				if len(pts) > 0 && pts[len(pts)-1] == q {
					continue
				}
				pts = append(pts, q)
			}
			if len(pts) > 1 && pts[0] == pts[len(pts)-1] {
				pts = pts[:len(pts)-1]
			}
			if len(pts) < 3 {
				continue
			}
			b.WriteString("M")
			b.WriteString(strconv.Itoa(pts[0][0]))
			b.WriteString(" ")
			b.WriteString(strconv.Itoa(pts[0][1]))
			b.WriteString("l")
			for i := 1; i < len(pts); i++ {
				dx, dy := pts[i][0]-pts[i-1][0], pts[i][1]-pts[i-1][1]
				if i > 1 && dx >= 0 {
					b.WriteString(" ")
				}
				b.WriteString(strconv.Itoa(dx))
				if dy >= 0 {
					b.WriteString(" ")
				}
				b.WriteString(strconv.Itoa(dy))
			}
			b.WriteString("z")
		}
	}
	return b.String()
}

// splitAntimeridian cuts a ring that crosses the ±180° meridian (Russia's
// Chukotka, Fiji) into pieces on either side; drawn as it is, such a ring
// would streak across the whole map. The ring is first made continuous in
// longitude, then clipped to [-180, 180] and, shifted by 360°, again.
func splitAntimeridian(ring [][2]float64) [][][2]float64 {
	if len(ring) == 0 {
		return nil
	}
	u := make([][2]float64, len(ring))
	u[0] = ring[0]
	shift := 0.0
	crosses := false
	for i := 1; i < len(ring); i++ {
		d := ring[i][0] + shift - u[i-1][0]
		if d > 180 {
			shift -= 360
			crosses = true
		} else if d < -180 {
			shift += 360
			crosses = true
		}
		u[i] = [2]float64{ring[i][0] + shift, ring[i][1]}
	}
	if !crosses {
		return [][][2]float64{ring}
	}
	var out [][][2]float64
	for _, off := range []float64{-360, 0, 360} {
		shifted := make([][2]float64, len(u))
		for i, p := range u {
			shifted[i] = [2]float64{p[0] + off, p[1]}
		}
		c := clipLon(clipLon(shifted, -180, true), 180, false)
		if len(c) >= 3 {
			out = append(out, c)
		}
	}
	return out
}

// clipLon keeps the part of a ring with longitude ≥ x (keepAbove) or ≤ x
// (Sutherland–Hodgman against one vertical line).
func clipLon(ring [][2]float64, x float64, keepAbove bool) [][2]float64 {
	inside := func(p [2]float64) bool {
		if keepAbove {
			return p[0] >= x
		}
		return p[0] <= x
	}
	cut := func(a, b [2]float64) [2]float64 {
		t := (x - a[0]) / (b[0] - a[0])
		return [2]float64{x, a[1] + t*(b[1]-a[1])}
	}
	var out [][2]float64
	for i := range ring {
		cur, prev := ring[i], ring[(i+len(ring)-1)%len(ring)]
		switch {
		case inside(cur) && inside(prev):
			out = append(out, cur)
		case inside(cur):
			out = append(out, cut(prev, cur), cur)
		case inside(prev):
			out = append(out, cut(prev, cur))
		}
	}
	return out
}
