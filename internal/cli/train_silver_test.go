package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTeacherOptions(t *testing.T) {
	tests := []struct {
		spec                       string
		ok, reverse, rootEnd, form bool
		seeds, epochs              int
	}{
		{"root-end,vform,seeds=3", true, false, true, true, 3, 12},
		{"epochs=10, reverse", true, true, false, false, 1, 10},
		{"", true, false, false, false, 1, 12},
		{"beam=4,root-end", true, false, true, false, 1, 12},
		{"beam=4,reverse", false, false, false, false, 0, 0},
		{"width=4", false, false, false, false, 0, 0},
		{"seeds=x", false, false, false, false, 0, 0},
	}
	for _, tc := range tests {
		opt, rev, err := teacherOptions("nl", false, tc.spec)
		if (err == nil) != tc.ok {
			t.Errorf("%q: err %v", tc.spec, err)
			continue
		}
		if !tc.ok {
			continue
		}
		if rev != tc.reverse || opt.RootEnd != tc.rootEnd || opt.VForm != tc.form || opt.Seeds != tc.seeds || opt.Epochs != tc.epochs {
			t.Errorf("%q: got reverse %v %+v", tc.spec, rev, opt)
		}
	}
}

// TestReadSilverTokens reads a CoNLL-2002 style file (invented sentences).
func TestReadSilverTokens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "toks")
	data := "-DOCSTART- -DOCSTART- O\nDe Art O\nkat N O\nslaapt V O\n. Punc O\n\nHij Pron O\nzegt V O\n\"nee\". Punc O\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := readSilverTokens(path, "nl", func(f []string) { got = append(got, strings.Join(f, " ")) }); err != nil {
		t.Fatal(err)
	}
	want := []string{"De kat slaapt .", `Hij zegt " nee " .`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
