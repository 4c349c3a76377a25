package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/shared"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// goldenTokens is what the golden file pins of the example: offsets and
// labels only, never the article's text.
type goldenTokens struct {
	ID        string             `json:"id"`
	Lang      string             `json:"lang"`
	Published string             `json:"published"`
	Sentences []kroniek.Sentence `json:"sentences"`
	Tokens    [][3]int           `json:"tokens"` // start, end, sent
}

func runCLI(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if err := Run(context.Background(), args, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("kroniek %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String(), errb.String()
}

func TestExtractExampleGolden(t *testing.T) {
	path := shared.Need(t, "examples", "000_79b112c5e57ff094.txt")
	out, _ := runCLI(t, "extract", "--tokens", path)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want 1", len(lines))
	}
	var doc kroniek.Document
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "nl" || doc.Published != "2023-09" || !strings.HasPrefix(doc.Text, "Volgens de Amerikanen") {
		t.Fatalf("lang %q published %q text starts %q", doc.Lang, doc.Published, doc.Text[:20])
	}
	if n := len(doc.Sentences); n < 18 || n > 22 {
		t.Errorf("%d sentences, want about 20", n)
	}
	runes := []rune(doc.Text)
	forms := map[string]bool{}
	for _, tk := range doc.Tokens {
		forms[string(runes[tk.Start:tk.End])] = true
	}
	for _, w := range []string{"“", "”", "Kim", "Jong-un", "Noord-Koreaanse", "dna-materiaal", "zo'n"} {
		if !forms[w] {
			t.Errorf("token %q missing", w)
		}
	}
	for _, s := range doc.Sentences {
		if txt := string(runes[s.Start:s.End]); txt == "Meer dan een beleefdheidsvisite" || txt == "Duizenden bewakers" {
			forms["heading:"+txt] = true
		}
	}
	if !forms["heading:Meer dan een beleefdheidsvisite"] || !forms["heading:Duizenden bewakers"] {
		t.Errorf("headings are not their own sentences")
	}

	got := goldenTokens{ID: doc.ID, Lang: doc.Lang, Published: doc.Published, Sentences: doc.Sentences}
	for _, tk := range doc.Tokens {
		got.Tokens = append(got.Tokens, [3]int{tk.Start, tk.End, tk.Sent})
	}
	gotJSON, _ := json.MarshalIndent(got, "", " ")
	golden := filepath.Join("testdata", "example.tokens.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(gotJSON, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(gotJSON)) {
		t.Errorf("tokens and sentences differ from %s (go test ./internal/cli -run ExampleGolden -update to rewrite)", golden)
	}
}

// TestExtractBadInput: invalid UTF-8, a 0-byte file, a binary file, a 50 MB
// single-line file and a malformed JSON line each give a diagnostic, the
// run succeeds, and every good article is extracted.
func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	w := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w("a_good.txt", []byte("date 2024-01-02 Minister De Vries zegt dat het goed gaat."))
	w("b_utf8.txt", []byte("Het \xff\xfe kapotte bestand."))
	w("c_empty.txt", nil)
	w("d_binary.txt", []byte{0, 1, 2, 3, 0, 0, 'x'})
	w("e_big.txt", bytes.Repeat([]byte("a"), 50<<20))
	w("f_lines.jsonl", []byte("{\"id\":\"j1\",\"text\":\"Een goed artikel.\"}\n{kapot\n{\"id\":\"j2\",\"text\":\"Nog een.\"}\n"))
	out, errs := runCLI(t, "extract", dir)
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var d kroniek.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("bad output line: %v", err)
		}
		ids = append(ids, d.ID)
		if d.ID == "b_utf8" && len(d.Diagnostics) == 0 {
			t.Errorf("no diagnostic for invalid UTF-8")
		}
		if d.ID == "c_empty" && len(d.Diagnostics) == 0 {
			t.Errorf("no diagnostic for empty body")
		}
	}
	if got := strings.Join(ids, " "); got != "a_good b_utf8 c_empty j1 j2" {
		t.Errorf("extracted %q", got)
	}
	for _, want := range []string{"d_binary.txt: skipped: binary", "e_big.txt: refused", "f_lines.jsonl:2: malformed JSON"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if err := Run(context.Background(), []string{"nope"}, nil, &out, &errb); err != ErrUsage {
		t.Fatalf("err = %v", err)
	}
	if err := Run(context.Background(), []string{"extract", "--lang", "fr"}, nil, &out, &errb); err != ErrUsage {
		t.Fatalf("err = %v", err)
	}
}

func TestCommandsRegistered(t *testing.T) {
	for name, c := range commands {
		if strings.Contains(name, "duplicate") || c.Summary == "" || c.Run == nil {
			t.Errorf("command %q badly registered", name)
		}
	}
}
