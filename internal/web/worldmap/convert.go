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
		for _, ring := range poly {
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
