package timeml

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	src := `<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>It fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
</TimeML>`
	d, err := Read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || d.DCT != "1998-01-08" || len(d.Timexes) != 2 {
		t.Fatalf("got %+v", d)
	}
	for _, x := range d.Timexes {
		if d.Text[x.Start:x.End] != x.Text {
			t.Errorf("offsets of %+v do not match text", x)
		}
	}
	if d.Timexes[0].Text != "yesterday" || d.Timexes[1].Value != "P3D" {
		t.Errorf("got %+v", d.Timexes)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`<TimeML><TEXT>a <TIMEX3 value="x">b</TIMEX3></TEXT></TimeML>`)
	f.Add(`<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="2000"/></DCT><TEXT><TIMEX3><TIMEX3>`)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Read(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End {
				t.Fatalf("bad span %+v", x)
			}
		}
	})
}
