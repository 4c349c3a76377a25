package text

import (
	"os"
	"strings"
	"testing"
)

func TestDebugExample(t *testing.T) {
	b, err := os.ReadFile("../../../shared/examples/000_79b112c5e57ff094.txt")
	if err != nil {
		t.Skip()
	}
	s := string(b)
	toks, sents := Segment(s, "nl")
	for _, se := range sents {
		t.Logf("SENT %q", s[se.Start:se.End])
	}
	var parts []string
	for _, tk := range toks {
		parts = append(parts, tk.Text)
	}
	t.Log(strings.Join(parts, " | "))
}
