package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestTagCoNLLU(t *testing.T) {
	in := "# text = Hij legt het uit.\n" +
		"1\tHij\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tlegt\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\thet\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4-5\tuit.\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tuit\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	var out, errb bytes.Buffer
	if err := Run(context.Background(), []string{"tag", "--lang", "nl"}, strings.NewReader(in), &out, &errb); err != nil {
		t.Fatalf("tag: %v (%s)", err, errb.String())
	}
	lines := strings.Split(out.String(), "\n")
	if lines[0] != "# text = Hij legt het uit." {
		t.Errorf("comment not kept: %q", lines[0])
	}
	if !strings.HasPrefix(lines[2], "2\tlegt\tuit_leggen\tVERB\t") {
		t.Errorf("legt: %q", lines[2])
	}
	if !strings.HasPrefix(lines[4], "4-5\tuit.\t_\t_\t") {
		t.Errorf("range line changed: %q", lines[4])
	}
	// Same input, same output.
	var again bytes.Buffer
	if err := Run(context.Background(), []string{"tag", "--lang", "nl", "-"}, strings.NewReader(in), &again, &errb); err != nil {
		t.Fatal(err)
	}
	if again.String() != out.String() {
		t.Error("output differs between runs")
	}
}

func TestTagBadInput(t *testing.T) {
	good := "1\tJa\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	bad := good + "1\tNee\t_\t_\n"
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"tag", "--lang", "en"}, strings.NewReader(bad), &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("err = %v, want an error naming line 3", err)
	}
	if out.Len() != 0 {
		t.Errorf("partial output written: %q", out.String())
	}
	out.Reset()
	if err := Run(context.Background(), []string{"tag", "--lang", "en"}, strings.NewReader(""), &out, &errb); err != nil || out.Len() != 0 {
		t.Errorf("empty input: err %v, output %q", err, out.String())
	}
	if err := Run(context.Background(), []string{"tag", "--lang", "fr"}, strings.NewReader(good), &out, &errb); err == nil {
		t.Error("--lang fr accepted")
	}
}
