package worldmap

import (
	"encoding/json"
	"fmt"
	"io"
)

// Topology is the part of a TopoJSON document the converter needs: quantized,
// delta-encoded arcs and one named object of polygon geometries.
type Topology struct {
	Type      string                    `json:"type"`
	Transform *Transform                `json:"transform"`
	Arcs      [][][2]float64            `json:"arcs"`
	Objects   map[string]GeometryObject `json:"objects"`
}

// Transform maps quantized positions to longitude/latitude.
type Transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

// GeometryObject is a geometry or a collection of them.
type GeometryObject struct {
	Type       string           `json:"type"`
	ID         any              `json:"id"` // string or number in the wild
	Properties map[string]any   `json:"properties"`
	Arcs       json.RawMessage  `json:"arcs"`
	Geometries []GeometryObject `json:"geometries"`
}

// Feature is one decoded geometry: polygons of rings of lon/lat points.
type Feature struct {
	ID       string
	Name     string
	Polygons [][][][2]float64 // polygon → ring → point (lon, lat)
}

// maxArcPoints bounds decoding work on hostile input.
const maxArcPoints = 10_000_000

// DecodeTopology reads a TopoJSON topology and returns the features of the
// named object (a GeometryCollection of Polygon/MultiPolygon geometries).
func DecodeTopology(r io.Reader, object string) ([]Feature, error) {
	var t Topology
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return nil, fmt.Errorf("decode topojson: %w", err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("decode topojson: type %q, want Topology", t.Type)
	}
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("decode topojson: no object %q", object)
	}
	arcs, err := t.absoluteArcs()
	if err != nil {
		return nil, err
	}
	geoms := obj.Geometries
	if obj.Type != "GeometryCollection" {
		geoms = []GeometryObject{obj}
	}
	var out []Feature
	for i, g := range geoms {
		f := Feature{ID: idString(g.ID)}
		if n, ok := g.Properties["name"].(string); ok {
			f.Name = n
		}
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return nil, fmt.Errorf("decode topojson: geometry %d: %w", i, err)
			}
			p, err := polygon(arcs, rings)
			if err != nil {
				return nil, fmt.Errorf("decode topojson: geometry %d: %w", i, err)
			}
			f.Polygons = append(f.Polygons, p)
		case "MultiPolygon":
			var polys [][][]int
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("decode topojson: geometry %d: %w", i, err)
			}
			for _, rings := range polys {
				p, err := polygon(arcs, rings)
				if err != nil {
					return nil, fmt.Errorf("decode topojson: geometry %d: %w", i, err)
				}
				f.Polygons = append(f.Polygons, p)
			}
		default:
			continue // points and lines have no area to draw
		}
		out = append(out, f)
	}
	return out, nil
}

func idString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return fmt.Sprintf("%g", x)
	}
	return ""
}

// absoluteArcs undoes the delta encoding and quantization.
func (t *Topology) absoluteArcs() ([][][2]float64, error) {
	total := 0
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		total += len(arc)
		if total > maxArcPoints {
			return nil, fmt.Errorf("decode topojson: more than %d arc points", maxArcPoints)
		}
		pts := make([][2]float64, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		out[i] = pts
	}
	return out, nil
}

// polygon joins arcs into rings; a negative index ~i means arc i reversed,
// and each arc after the first repeats the previous arc's last point.
func polygon(arcs [][][2]float64, rings [][]int) ([][][2]float64, error) {
	var poly [][][2]float64
	for _, ring := range rings {
		var pts [][2]float64
		for k, idx := range ring {
			rev := idx < 0
			if rev {
				idx = ^idx
			}
			if idx >= len(arcs) {
				return nil, fmt.Errorf("arc %d out of range", idx)
			}
			arc := arcs[idx]
			seg := make([][2]float64, len(arc))
			for j := range arc {
				if rev {
					seg[j] = arc[len(arc)-1-j]
				} else {
					seg[j] = arc[j]
				}
			}
			if k > 0 && len(seg) > 0 {
				seg = seg[1:]
			}
			pts = append(pts, seg...)
		}
		if len(pts) >= 3 {
			poly = append(poly, pts)
		}
	}
	return poly, nil
}
