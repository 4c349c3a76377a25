package geo

import (
	"math"
	"testing"

	"kroniek/internal/kb"
)

func TestResolve(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, lang string
		countries  map[string]float64
		near       [][2]float64
		want       string // country
	}{
		{"Zwolle", "nl", nil, nil, "NL"},
		{"Parijs", "nl", nil, nil, "FR"},
		{"Paris", "en", nil, nil, "FR"},
		{"Keulen", "nl", nil, nil, "DE"},
		{"Luik", "nl", nil, nil, "BE"},
		{"Peking", "nl", nil, nil, "CN"},
		{"Den Haag", "nl", nil, nil, "NL"},
		{"Noord-Korea", "nl", nil, nil, "KP"},
		{"New York", "en", nil, nil, "US"},
		{"Madrid", "en", nil, nil, "ES"},
		// Five Philippine towns around make it the Philippine Madrid.
		{"Madrid", "en", map[string]float64{"PH": 5}, [][2]float64{{9.3, 125.9}, {9.2, 126.0}, {9.4, 126.0}}, "PH"},
	}
	for _, tt := range tests {
		e := Resolve(k, []string{tt.name}, Context{Lang: tt.lang, Countries: tt.countries, Near: tt.near})
		if e == nil || e.Country != tt.want {
			t.Errorf("Resolve(%s, %s) = %+v, want a place in %s", tt.name, tt.lang, e, tt.want)
		}
	}
	if e := Resolve(k, []string{"Eastern"}, Context{Lang: "en"}); e != nil {
		t.Errorf("a bare direction was placed: %+v", e)
	}
	if e := Resolve(k, []string{"Mina"}, Context{Lang: "nl"}); e != nil && e.Country != "NL" {
		t.Errorf("a small place abroad by alias only: %+v", e)
	}
}

func TestKm(t *testing.T) {
	// Amsterdam - Paris is about 430 km.
	if d := Km(52.37, 4.89, 48.86, 2.35); math.Abs(d-430) > 10 {
		t.Errorf("Km = %.0f", d)
	}
	if d := Km(10, 20, 10, 20); d != 0 {
		t.Errorf("Km to itself = %v", d)
	}
}

func BenchmarkResolve(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	names := [][]string{{"Zwolle"}, {"Parijs"}, {"Vladivostok"}, {"Madrid"}, {"Springfield"}}
	ctx := Context{Lang: "nl", Countries: map[string]float64{"NL": 2}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Resolve(k, names[i%len(names)], ctx)
	}
}
