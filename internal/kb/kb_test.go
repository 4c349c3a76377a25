package kb

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"kroniek/internal/shared"
)

func TestLookup(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, wantID, wantCountry string
	}{
		{"Vladivostok", "geonames:2013348", "RU"},
		{"Parijs", "geonames:2988507", "FR"},
		{"Keulen", "geonames:2886242", "DE"},
		{"Luik", "geonames:2792413", "BE"},
		{"Peking", "geonames:1816670", "CN"},
		{"Noord-Korea", "geonames:1873107", "KP"},
		{"Oekraïne", "geonames:690791", "UA"},
		{"Den Haag", "geonames:2747373", "NL"},
		{"Poetin", "Q7747", "RU"},
		{"Noord-Koreaanse", "adj:KP", "KP"},
	}
	for _, tt := range tests {
		found := false
		for _, e := range k.Lookup(tt.name) {
			if e.ID == tt.wantID {
				found = true
				if e.Country != tt.wantCountry {
					t.Errorf("%s: country %s, want %s", tt.name, e.Country, tt.wantCountry)
				}
			}
		}
		if !found {
			var ids []string
			for _, e := range k.Lookup(tt.name) {
				ids = append(ids, e.ID+" "+e.Name)
			}
			t.Errorf("Lookup(%q) = %v, want %s among them", tt.name, ids, tt.wantID)
		}
	}
	if c := k.Country("KP"); c == nil || c.Name != "North Korea" {
		t.Errorf("Country(KP) = %+v", c)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Oekraïne":      "oekraine",
		"U.S.":          "us",
		"Noord-Korea":   "noord korea",
		"  Den   Haag ": "den haag",
		"Kim’s":         "kim's",
		"Łódź":          "lodz",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRecordsRoundTrip(t *testing.T) {
	in := "# comment\nQ1\tPER\tA B\tA Be\tNL\t\t\tB|A. B.\nx:1\tLOC\tPlace\t\tBE\t50.5\t4.25\t\t1200\tPPL\tnote\n"
	es, err := ReadRecords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[1].Lat != 50.5 || es[1].Pop != 1200 || len(es[0].Aliases) != 2 {
		t.Fatalf("got %+v", es)
	}
	var buf bytes.Buffer
	if err := WriteRecords(&buf, es); err != nil {
		t.Fatal(err)
	}
	es2, err := ReadRecords(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(es2) != 2 || es2[0].ID != "Q1" || es2[1].Feature != "PPL" || es2[0].NameNL != "A Be" {
		t.Fatalf("round trip: %+v", es2)
	}
	for _, bad := range []string{"Q1\tPER", "Q1\tXYZ\tname", "Q1\tLOC\tn\t\tNLD", "Q1\tLOC\tn\t\tNL\t91", "\tPER\tn"} {
		if _, err := ReadRecords(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadRecords(%q): no error", bad)
		}
	}
}

func TestLoadExtra(t *testing.T) {
	if err := LoadExtra(strings.NewReader("kr:test:1\tORG\tKroniek Testbedrijf\t\tNL\t\t\tKTB\n@bad\n")); err == nil {
		t.Error("LoadExtra with a bad line: no error")
	}
	if err := LoadExtra(strings.NewReader("kr:test:1\tORG\tKroniek Testbedrijf\t\tNL\t\t\tKTB\ngeonames:2013348\tLOC\t\t\t\t\t\tVladi\n")); err != nil {
		t.Fatal(err)
	}
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if es := k.Lookup("ktb"); len(es) != 1 || es[0].ID != "kr:test:1" {
		t.Errorf("Lookup(ktb) = %v", es)
	}
	if es := k.Lookup("Vladi"); len(es) != 1 || es[0].Name != "Vladivostok" || es[0].Lat == 0 {
		t.Errorf("Lookup(Vladi) = %+v", es)
	}
}

// TestBuildDeterministic rebuilds the knowledge base and checks that it
// equals the embedded one byte for byte (run `kroniek build-kb` after
// changing the builder or the data).
func TestBuildDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	data := shared.Need(t, "data", "geonames")
	es, _, err := Build(strings.TrimSuffix(data, "/geonames"))
	if err != nil {
		t.Fatal(err)
	}
	var buf, idx bytes.Buffer
	if err := EncodeBlocks(&buf, es); err != nil {
		t.Fatal(err)
	}
	if err := EncodeIndex(&idx, es); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), compiled) || !bytes.Equal(idx.Bytes(), compiledIndex) {
		t.Errorf("built kb (%d+%d bytes) differs from the embedded kb.blk and kb.idx (%d+%d bytes); run kroniek build-kb",
			buf.Len(), idx.Len(), len(compiled), len(compiledIndex))
	}
	if n := len(compiled) + len(compiledIndex); n > 30<<20 {
		t.Errorf("kb is %d bytes, over 30 MB", n)
	}
}

func FuzzReadRecords(f *testing.F) {
	f.Add("Q1\tPER\tA B\tA Be\tNL\t\t\tB|A. B.\n")
	f.Add("x:1\tLOC\tPlace\t\tBE\t50.5\t4.25\t\t1200\tPPL\tnote\n# c\n\n")
	f.Add("a\tADJ\t\t\tKP\tNaN\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, err := ReadRecords(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteRecords(&buf, es); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadRecords(&buf); err != nil {
			t.Fatalf("rewritten records do not parse: %v", err)
		}
		New(es).Lookup(s)
	})
}

func BenchmarkLookup(b *testing.B) {
	k, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Vladivostok", "Parijs", "Noord-Korea", "Poetin", "Zwolle", "Onbekendestad"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k.Lookup(names[i%len(names)])
	}
}

// TestIndexMatchesNew checks the lazy base against a fully parsed,
// map-indexed copy on a sample of names.
func TestIndexMatchesNew(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	es := k.Entries()
	full := New(es)
	for i := 0; i < len(es); i += 97 {
		for _, n := range append([]string{es[i].Name}, es[i].Aliases...) {
			a, b := k.Lookup(n), full.Lookup(n)
			if len(a) != len(b) {
				t.Fatalf("Lookup(%q): %d entries lazily, %d parsed", n, len(a), len(b))
			}
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Decode(compiled, compiledIndex); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecode feeds arbitrary block files to the reader: errors are fine,
// panics are not.
func FuzzDecode(f *testing.F) {
	var rec, idx bytes.Buffer
	es := []Entry{{ID: "a:1", Type: "LOC", Name: "Zwolle", Country: "NL", Lat: 52.5, Lon: 6.1, Pop: 130000, Feature: "PPLA"},
		{ID: "a:2", Type: "PER", Name: "Kim Jong-un", Aliases: []string{"Kim"}}}
	if err := EncodeBlocks(&rec, es); err != nil {
		f.Fatal(err)
	}
	if err := EncodeIndex(&idx, es); err != nil {
		f.Fatal(err)
	}
	f.Add(rec.Bytes(), idx.Bytes())
	f.Add([]byte(blockMagic+"1\t1\na\t0\t5\n\nxxxxx"), idx.Bytes())
	f.Fuzz(func(t *testing.T, rec, idx []byte) {
		k, err := Decode(rec, idx)
		if err != nil {
			return
		}
		k.Lookup("Zwolle")
		k.Lookup("kim")
		k.ByID("a:2")
		k.Country("NL")
		k.Len()
	})
}

func TestBlocksRoundTrip(t *testing.T) {
	var es []Entry
	for i := 0; i < 1000; i++ {
		es = append(es, Entry{ID: fmt.Sprintf("t:%04d", i), Type: "LOC", Name: fmt.Sprintf("Plaats %d", i), Country: "NL"})
	}
	var rec, idx bytes.Buffer
	if err := EncodeBlocks(&rec, es); err != nil {
		t.Fatal(err)
	}
	if err := EncodeIndex(&idx, es); err != nil {
		t.Fatal(err)
	}
	k, err := Decode(rec.Bytes(), idx.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if k.Len() != 1000 {
		t.Errorf("Len = %d", k.Len())
	}
	for _, i := range []int{0, 127, 128, 500, 999} {
		id := fmt.Sprintf("t:%04d", i)
		if e := k.ByID(id); e == nil || e.Name != fmt.Sprintf("Plaats %d", i) {
			t.Errorf("ByID(%s) = %+v", id, e)
		}
		if es := k.Lookup(fmt.Sprintf("plaats %d", i)); len(es) != 1 || es[0].ID != id {
			t.Errorf("Lookup(plaats %d) = %+v", i, es)
		}
	}
	if k.ByID("t:9999") != nil || k.Lookup("nergens") != nil {
		t.Error("found what is not there")
	}
}
