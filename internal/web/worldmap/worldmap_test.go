package worldmap

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestProject(t *testing.T) {
	tests := []struct {
		name     string
		lon, lat float64
		check    func(x, y float64) bool
	}{
		{"centre", 0, 0, func(x, y float64) bool { return math.Abs(x-Width/2) < 1e-9 }},
		{"east edge", 180, 0, func(x, y float64) bool { return math.Abs(x-Width) < 1e-6 }},
		{"west edge", -180, 0, func(x, y float64) bool { return math.Abs(x) < 1e-6 }},
		{"north above south", 0, 50, func(x, y float64) bool {
			_, ys := Project(0, -30)
			return y < ys
		}},
		{"top edge", 0, northLat, func(x, y float64) bool { return math.Abs(y) < 1e-6 }},
		{"bottom edge", 0, southLat, func(x, y float64) bool { return math.Abs(y-float64(Height())) < 1 }},
		{"amsterdam in europe", 4.9, 52.37, func(x, y float64) bool { return x > 1000 && x < 1100 && y > 100 && y < 250 }},
	}
	for _, tt := range tests {
		x, y := Project(tt.lon, tt.lat)
		if !tt.check(x, y) {
			t.Errorf("%s: Project(%v, %v) = %.2f, %.2f", tt.name, tt.lon, tt.lat, x, y)
		}
	}
}

func TestCountriesEmbedded(t *testing.T) {
	cs, err := Countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 170 {
		t.Fatalf("got %d countries, want ≥ 170", len(cs))
	}
	want := map[string]bool{"NL": false, "US": false, "GB": false, "KP": false, "UA": false}
	for _, c := range cs {
		if _, ok := want[c.Alpha2]; ok {
			want[c.Alpha2] = true
		}
		if !strings.HasPrefix(c.Path, "M") {
			t.Errorf("%s: path %.20q does not start with M", c.Name, c.Path)
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("country %s missing", k)
		}
	}
}

func TestRenderEscapes(t *testing.T) {
	var b bytes.Buffer
	err := Render(&b, Options{
		Shade:  map[string]int{"NL": 3, "FR": 1},
		Points: []Point{{Lat: 52.37, Lon: 4.9, Label: `<script>alert("x")</script>`, Href: `/x?a=1&b="2"`, Count: 3}},
		Label:  `map & "places"`,
	})
	if err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, bad := range []string{"<script>", `href="/x?a=1&b="2""`, `"places""`} {
		if strings.Contains(s, bad) {
			t.Errorf("output contains unescaped %q", bad)
		}
	}
	for _, good := range []string{`class="c hl" data-cc="NL"`, "&lt;script&gt;", `<circle class="pt"`} {
		if !strings.Contains(s, good) {
			t.Errorf("output lacks %q", good)
		}
	}
}

const tinyTopo = `{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
"arcs":[[[0,0],[10,0],[0,10]],[[10,10],[-10,0],[0,-10]]],
"objects":{"countries":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","arcs":[[0,1]],"id":"528","properties":{"name":"Netherlands"}},
{"type":"MultiPolygon","arcs":[[[-2,-1]]],"id":12,"properties":{"name":"X"}},
{"type":"Point","coordinates":[1,2]}]}}}`

func TestDecodeTopology(t *testing.T) {
	fs, err := DecodeTopology(strings.NewReader(tinyTopo), "countries")
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("got %d features, want 2", len(fs))
	}
	ring := fs[0].Polygons[0][0]
	want := [][2]float64{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}
	if len(ring) != len(want) {
		t.Fatalf("ring %v, want %v", ring, want)
	}
	for i := range want {
		if ring[i] != want[i] {
			t.Fatalf("ring %v, want %v", ring, want)
		}
	}
	if fs[1].ID != "12" || fs[0].Name != "Netherlands" {
		t.Errorf("ids/names: %+v %+v", fs[0].ID, fs[1].ID)
	}
	var b bytes.Buffer
	if err := WriteCountries(&b, fs, map[string]string{"528": "nl"}, "test"); err != nil {
		t.Fatal(err)
	}
	cs, err := ParseCountries(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Alpha2 != "NL" {
		t.Errorf("round trip: %+v", cs)
	}
}

func TestDecodeTopologyErrors(t *testing.T) {
	for _, in := range []string{
		``, `{}`, `{"type":"Topology","objects":{}}`,
		`{"type":"Topology","arcs":[],"objects":{"countries":{"type":"Polygon","arcs":[[5]]}}}`,
		`{"type":"Topology","arcs":[],"objects":{"countries":{"type":"Polygon","arcs":"x"}}}`,
	} {
		if _, err := DecodeTopology(strings.NewReader(in), "countries"); err == nil {
			t.Errorf("DecodeTopology(%q): no error", in)
		}
	}
}

func FuzzDecodeTopology(f *testing.F) {
	f.Add(tinyTopo)
	f.Add(`{"type":"Topology","arcs":[[[0,0]]],"objects":{"countries":{"type":"Polygon","arcs":[[-1]]}}}`)
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := DecodeTopology(strings.NewReader(s), "countries")
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteCountries(&b, fs, nil, "fuzz"); err != nil {
			t.Fatal(err)
		}
		if _, err := ParseCountries(&b); err != nil {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func TestBounds(t *testing.T) {
	x0, y0, x1, y1, ok := bounds("M10 20l5-3 -20 7z M100 5l1 1z")
	if !ok || x0 != -5 || y0 != 5 || x1 != 101 || y1 != 24 {
		t.Errorf("bounds = %d %d %d %d %v", x0, y0, x1, y1, ok)
	}
	if _, _, _, _, ok := bounds("M1 2L3 4"); ok {
		t.Errorf("bad path accepted")
	}
}

func TestRenderFitCulls(t *testing.T) {
	var all, zoomed bytes.Buffer
	if err := Render(&all, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Render(&zoomed, Options{Fit: true, Points: []Point{{Lat: 52.37, Lon: 4.9, Label: "Amsterdam"}}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(zoomed.String(), `data-cc="NL"`) || strings.Contains(zoomed.String(), `data-cc="AU"`) {
		t.Errorf("zoomed map on Amsterdam should draw NL and not AU")
	}
	if zoomed.Len()*3 > all.Len() {
		t.Errorf("zoomed map %d bytes, whole map %d: no culling?", zoomed.Len(), all.Len())
	}
}

func FuzzParseCountries(f *testing.F) {
	f.Add("# c\n528\tNL\tNetherlands\tM0 0l1 1z\n")
	f.Add("x\ty\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ParseCountries(strings.NewReader(s)) // must not panic
	})
}

func BenchmarkRender(b *testing.B) {
	opts := Options{Shade: map[string]int{"NL": 5, "US": 2, "KP": 1}}
	for i := 0; i < 50; i++ {
		opts.Points = append(opts.Points, Point{Lat: float64(i), Lon: float64(i * 3), Label: "p", Href: "/e/x", Count: i})
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Render(&buf, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func TestViewBoxFit(t *testing.T) {
	full := func(x, y, w, h float64) bool { return x == 0 && y == 0 && w == Width && h == float64(Height()) }
	if x, y, w, h := viewBox(Options{}); !full(x, y, w, h) {
		t.Errorf("no fit: %v %v %v %v", x, y, w, h)
	}
	one := Options{Fit: true, Points: []Point{{Lat: 52.37, Lon: 4.9}}}
	x, y, w, h := viewBox(one)
	px, py := Project(4.9, 52.37)
	if w != minFitWidth || px < x || px > x+w || py < y || py > y+h {
		t.Errorf("one point: box %v %v %v %v does not frame %v,%v at the minimum width", x, y, w, h, px, py)
	}
	if d := w/h - float64(Width)/float64(Height()); d > 0.01 || d < -0.01 {
		t.Errorf("aspect %v", w/h)
	}
	spread := Options{Fit: true, Points: []Point{{Lat: 60, Lon: -170}, {Lat: -50, Lon: 170}}}
	if x, y, w, h := viewBox(spread); !full(x, y, w, h) {
		t.Errorf("spread points should show the world: %v %v %v %v", x, y, w, h)
	}
}
