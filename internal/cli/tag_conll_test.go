package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTagCoNLL(t *testing.T) {
	in := "-DOCSTART- -DOCSTART- O\n\nJan N\nPeeters N\nwoont V\nin Prep\nGent N\n. Punc\n\nHij Pron\nwerkt V\n\n"
	var out bytes.Buffer
	if err := tagCoNLL(context.Background(), "nl", strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(in, "\n")
	outLines := strings.Split(out.String(), "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out.String())
	}
	for i, l := range inLines {
		o := outLines[i]
		switch {
		case l == "" || strings.HasPrefix(l, "-DOCSTART-"):
			if o != l {
				t.Errorf("line %d: %q, want it passed through", i+1, o)
			}
		case !strings.HasPrefix(o, l+" "):
			t.Errorf("line %d: %q does not extend %q", i+1, o, l)
		}
	}
	if !strings.Contains(out.String(), "Jan N B-PER\nPeeters N I-PER\n") || !strings.Contains(out.String(), "Gent N B-LOC") {
		t.Errorf("unexpected tags:\n%s", out.String())
	}
}
