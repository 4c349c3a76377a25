package conllu

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

const sample = "# sent_id = 1\n# text = Hij legt het uit.\n" +
	"1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n" +
	"2\tlegt\tuit_leggen\tVERB\t_\t_\t0\troot\t_\t_\n" +
	"3-4\tuit.\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"3\tuit\tuit\tADP\t_\t_\t2\tcompound:prt\t_\t_\n" +
	"4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n" +
	"4.1\tweg\tweg\tADV\t_\t_\t_\t_\t2:advmod\t_\n" +
	"\n" +
	"1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n\n"

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	if got := ss[0].Comment("text"); got != "Hij legt het uit." {
		t.Errorf("text comment = %q", got)
	}
	if got := len(ss[0].Words()); got != 4 {
		t.Errorf("words = %d, want 4", got)
	}
	if ss[0].Tokens[2].IsWord() || ss[0].Tokens[5].IsWord() {
		t.Error("range or empty node counted as word")
	}
	if ss[1].Line != 10 || ss[0].Tokens[1].Line != 4 {
		t.Errorf("line numbers: sentence %d, token %d", ss[1].Line, ss[0].Tokens[1].Line)
	}
	var buf bytes.Buffer
	for _, s := range ss {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s", buf.String())
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
	}{
		{"columns", "1\tHij\thij\n", 1},
		{"bad id", "# c\nx\tHij\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
		{"zero id", "0\tHij\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
		{"bad range", "1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n2-2\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 2},
		{"empty column", "1\t\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
		{"comment inside", "1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n# x\n", 2},
		{"comments only", "# a\n# b\n\n", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tc.in))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want SyntaxError", err)
			}
			if se.Line != tc.line {
				t.Errorf("line = %d, want %d (%v)", se.Line, tc.line, err)
			}
		})
	}
}

func TestEmptyAndCRLF(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(""))
	if err != nil || len(ss) != 0 {
		t.Fatalf("empty: %v %d", err, len(ss))
	}
	ss, err = ReadAll(strings.NewReader("\ufeff1\ta\t_\t_\t_\t_\t_\t_\t_\t_\r\n"))
	if err != nil || len(ss) != 1 || ss[0].Tokens[0].Misc != "_" {
		t.Fatalf("crlf/bom: %v %+v", err, ss)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("# x\n\n\n1-2\ta\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadAll(strings.NewReader(in))
		if err != nil {
			return
		}
		// What was read must be written and read back the same.
		var buf bytes.Buffer
		for _, s := range ss {
			if err := Write(&buf, s); err != nil {
				t.Fatal(err)
			}
		}
		ss2, err := ReadAll(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("re-read: %v\n%q", err, buf.String())
		}
		if len(ss2) != len(ss) {
			t.Fatalf("re-read %d sentences, want %d", len(ss2), len(ss))
		}
		for i := range ss {
			if len(ss[i].Tokens) != len(ss2[i].Tokens) {
				t.Fatalf("sentence %d: %d tokens, want %d", i, len(ss2[i].Tokens), len(ss[i].Tokens))
			}
			for j := range ss[i].Tokens {
				a, b := ss[i].Tokens[j], ss2[i].Tokens[j]
				a.Line, b.Line = 0, 0
				if a != b {
					t.Fatalf("token differs: %+v vs %+v", a, b)
				}
			}
		}
	})
}
