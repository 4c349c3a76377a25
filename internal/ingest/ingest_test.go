package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kroniek"
)

type rec struct {
	arts  []*kroniek.Article
	diags []*kroniek.Diagnostic
}

func (r *rec) emit(a *kroniek.Article, d *kroniek.Diagnostic) error {
	if a != nil {
		r.arts = append(r.arts, a)
	}
	if d != nil {
		r.diags = append(r.diags, d)
	}
	return nil
}

func walk(t *testing.T, paths []string, opts Options) *rec {
	t.Helper()
	r := &rec{}
	if err := Walk(context.Background(), paths, opts, r.emit); err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return r
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestText(t *testing.T) {
	cases := []struct {
		name, in, published, text string
	}{
		{"header same line", " date 2023-09 Volgens de Amerikanen tuft hij.\n", "2023-09", "Volgens de Amerikanen tuft hij.\n"},
		{"header own line", "date 2024-03-14\n\nDe tekst.", "2024-03-14", "De tekst."},
		{"no header", "Gewoon een tekst.", "", "Gewoon een tekst."},
		{"date word in text", "dates are nice", "", "dates are nice"},
		{"bad date", "date 2023 Tekst", "", "date 2023 Tekst"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, dir, strings.ReplaceAll(c.name, " ", "_")+".txt", []byte(c.in))
			r := walk(t, []string{p}, Options{})
			if len(r.arts) != 1 || len(r.diags) != 0 {
				t.Fatalf("got %d articles, %d diagnostics", len(r.arts), len(r.diags))
			}
			a := r.arts[0]
			if a.Published != c.published || a.Text != c.text {
				t.Errorf("published %q text %q, want %q %q", a.Published, a.Text, c.published, c.text)
			}
			if a.ID != strings.ReplaceAll(c.name, " ", "_") {
				t.Errorf("id %q", a.ID)
			}
		})
	}
}

func TestJSONLines(t *testing.T) {
	in := `{"id": "a1", "lang": "nl", "published": "2019-03-07", "title": "T", "text": "Eén.", "url": "u", "section": "binnenland", "n": 3}
{"lang": "en", "text": "No id here."}

{"id": 42, "text": "Numeric id."}
{"id": "broken", "text": "unterminated
{"id": "a5", "text": "After the bad line."}
`
	dir := t.TempDir()
	p := write(t, dir, "x.jsonl", []byte(in))
	r := walk(t, []string{p}, Options{})
	if len(r.arts) != 4 {
		t.Fatalf("got %d articles, want 4", len(r.arts))
	}
	if len(r.diags) != 1 || r.diags[0].Line != 5 || !strings.Contains(r.diags[0].Message, "malformed JSON") {
		t.Fatalf("diagnostics %+v", r.diags)
	}
	a := r.arts[0]
	if a.ID != "a1" || a.Lang != "nl" || a.Published != "2019-03-07" || a.Title != "T" || a.URL != "u" || a.Meta["section"] != "binnenland" || a.Meta["n"] != 3.0 {
		t.Errorf("article 1: %+v", a)
	}
	if !strings.HasPrefix(r.arts[1].ID, "h") || len(r.arts[1].ID) != 17 {
		t.Errorf("content id %q", r.arts[1].ID)
	}
	again := walk(t, []string{p}, Options{})
	if again.arts[1].ID != r.arts[1].ID {
		t.Errorf("content id not stable")
	}
	if r.arts[2].ID != "42" || r.arts[3].ID != "a5" {
		t.Errorf("ids %q %q", r.arts[2].ID, r.arts[3].ID)
	}
}

func TestJSONArrayAndPretty(t *testing.T) {
	dir := t.TempDir()
	p1 := write(t, dir, "a.json", []byte(`[{"id": "x", "text": "Een."}, {"id": "y", "text": "Twee."}]`))
	p2 := write(t, dir, "b.json", []byte("{\n  \"id\": \"z\",\n  \"text\": \"Drie.\"\n}\n"))
	r := walk(t, []string{p1, p2}, Options{})
	if len(r.arts) != 3 || len(r.diags) != 0 {
		t.Fatalf("got %d articles %d diags %+v", len(r.arts), len(r.diags), r.diags)
	}
	if r.arts[2].ID != "z" || r.arts[2].Text != "Drie." {
		t.Errorf("pretty object: %+v", r.arts[2])
	}
}

// TestBadInput is the foundation issue's acceptance: each bad input gives a
// diagnostic while every good article in the same run is read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "01_good.txt", []byte("date 2023-09 Goed artikel."))
	write(t, dir, "02_invalid_utf8.txt", []byte("Kapot \xff\xfe teken."))
	write(t, dir, "03_empty.txt", nil)
	write(t, dir, "04_binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3})
	big := bytes.Repeat([]byte("x"), 50<<20)
	write(t, dir, "05_big.txt", big)
	write(t, dir, "06_bigline.jsonl", append(append([]byte(`{"id":"big","text":"`), big...), []byte("\"}\n{\"id\":\"after\",\"text\":\"Na de grote regel.\"}\n")...))
	write(t, dir, "07_malformed.jsonl", []byte("{\"id\":\"ok1\",\"text\":\"Een.\"}\n{not json}\n{\"id\":\"ok2\",\"text\":\"Twee.\"}\n"))
	write(t, dir, "sub/08_good.txt", []byte("Nog een goed artikel."))
	r := walk(t, []string{dir}, Options{})
	var ids []string
	for _, a := range r.arts {
		ids = append(ids, a.ID)
	}
	want := "01_good 02_invalid_utf8 03_empty after ok1 ok2 08_good"
	if strings.Join(ids, " ") != want {
		t.Errorf("articles %q, want %q", strings.Join(ids, " "), want)
	}
	msgs := ""
	for _, d := range r.diags {
		msgs += filepath.Base(d.Path) + ": " + d.Message + "\n"
	}
	for _, w := range []string{"04_binary.bin: skipped: binary", "05_big.txt: refused", "06_bigline.jsonl: refused", "07_malformed.jsonl: malformed JSON"} {
		if !strings.Contains(msgs, w) {
			t.Errorf("missing diagnostic %q in:\n%s", w, msgs)
		}
	}
	for _, a := range r.arts {
		switch a.ID {
		case "02_invalid_utf8":
			if len(a.Notes) != 1 || !strings.Contains(a.Text, "\uFFFD") {
				t.Errorf("invalid UTF-8 not repaired with a note: %+v", a)
			}
		case "03_empty":
			if len(a.Notes) != 1 || !strings.Contains(a.Notes[0].Message, "empty") {
				t.Errorf("empty body without note: %+v", a.Notes)
			}
		}
	}
}

func TestStdinAndMissing(t *testing.T) {
	r := &rec{}
	err := Walk(context.Background(), nil, Options{Stdin: strings.NewReader(`{"id":"s","text":"Van stdin."}`)}, r.emit)
	if err != nil || len(r.arts) != 1 || r.arts[0].ID != "s" {
		t.Fatalf("stdin json: %v %+v", err, r.arts)
	}
	r = &rec{}
	err = Walk(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader("date 2020-01-02 Platte tekst.")}, r.emit)
	if err != nil || len(r.arts) != 1 || r.arts[0].Published != "2020-01-02" {
		t.Fatalf("stdin text: %v %+v", err, r.arts)
	}
	r = walk(t, []string{filepath.Join(t.TempDir(), "nope.txt")}, Options{})
	if len(r.diags) != 1 || !strings.Contains(r.diags[0].Message, "cannot read") {
		t.Fatalf("missing file: %+v", r.diags)
	}
}

func TestContentHash(t *testing.T) {
	a := &kroniek.Article{ID: "x", Text: "een"}
	b := &kroniek.Article{ID: "x", Text: "twee"}
	if ContentHash(a) == ContentHash(b) || ContentHash(a) != ContentHash(&kroniek.Article{ID: "x", Text: "een"}) {
		t.Fatal("content hash")
	}
}

func fuzzWalk(t *testing.T, name string, data []byte) {
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := &rec{}
	if err := Walk(context.Background(), []string{p}, Options{MaxBytes: 1 << 16}, r.emit); err != nil {
		t.Fatalf("Walk returned an error for bad input: %v", err)
	}
	for _, a := range r.arts {
		if a.ID == "" {
			t.Fatal("article without id")
		}
		if !utf8Valid(a.Text) || !utf8Valid(a.Title) {
			t.Fatal("invalid UTF-8 passed through")
		}
	}
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"text":1}`))
	f.Add([]byte("[{\"id\":\"a\"},{\"id\":\"b\",\"text\":\"\xff\"}]"))
	f.Add([]byte("{\n\"id\": \"p\",\n\"text\": \"q\"\n}"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.jsonl", data) })
}

func FuzzJSON(f *testing.F) {
	f.Add([]byte(`[{"id":"a","text":"x"}]`))
	f.Add([]byte(`{"id":"a","text":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.json", data) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte(" date 2023-09 Volgens de Amerikanen."))
	f.Add([]byte("date 2023-09-01\r\n\r\nTekst"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.txt", data) })
}

func FuzzSniff(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}`))
	f.Add([]byte("plain"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzWalk(t, "f.dat", data) })
}

func BenchmarkJSONLines(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString(`{"id":"a","lang":"nl","published":"2019-03-07","title":"Titel","text":"` + strings.Repeat("Een zin van een artikel. ", 100) + "\"}\n")
	}
	p := filepath.Join(b.TempDir(), "b.jsonl")
	os.WriteFile(p, []byte(sb.String()), 0o644)
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Walk(context.Background(), []string{p}, Options{}, func(*kroniek.Article, *kroniek.Diagnostic) error { return nil })
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }
