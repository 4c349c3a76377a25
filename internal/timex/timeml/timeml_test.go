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

func TestReadCAT(t *testing.T) {
	src := `<Document doc_id="7"><token t_id="1" sentence="0">May</token><token t_id="2" sentence="0">14</token>` +
		`<token t_id="3" sentence="0">,</token><token t_id="4" sentence="0">2009</token>` +
		`<token t_id="5" sentence="1">It</token><token t_id="6" sentence="1">fell</token><token t_id="7" sentence="1">yesterday</token>` +
		`<token t_id="8" sentence="1">.</token><Markables><TIMEX3 m_id="1" type="DATE" value="2009-05-14" functionInDocument="CREATION_TIME">` +
		`<token_anchor t_id="1"/><token_anchor t_id="4"/></TIMEX3><TIMEX3 m_id="2" type="DATE" value="2009-05-13">` +
		`<token_anchor t_id="7"/></TIMEX3></Markables></Document>`
	d, err := ReadCAT(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "7" || d.DCT != "2009-05-14" || d.Text != "May 14, 2009\nIt fell yesterday." {
		t.Fatalf("got %+v", d)
	}
	if len(d.Timexes) != 2 || d.Timexes[1].Text != "yesterday" || d.Timexes[1].Value != "2009-05-13" || d.Timexes[0].Text != "May 14, 2009" {
		t.Fatalf("got %+v", d.Timexes)
	}
}

func FuzzReadCAT(f *testing.F) {
	f.Add(`<Document><token t_id="1" sentence="0">x</token><TIMEX3 value="1"><token_anchor t_id="1"/></TIMEX3></Document>`)
	f.Add(`<token t_id="2">a</token><TIMEX3><token_anchor t_id="9"/><token_anchor t_id="2"/></TIMEX3>`)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadCAT(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range d.Timexes {
			if x.Start < 0 || x.End > len(d.Text) || x.Start > x.End || d.Text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v", x)
			}
		}
	})
}
