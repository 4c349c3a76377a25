package ner

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/shared"
	"kroniek/internal/text"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestToIOB2(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-ORG", "B-PER B-PER B-ORG"},
		{"B-MISC I-MISC I-MISC", "B-MISC I-MISC I-MISC"},
		{"O I-ORG X", "O B-ORG O"},
	} {
		got := strings.Join(ToIOB2(strings.Fields(c.in)), " ")
		if got != c.want {
			t.Errorf("ToIOB2(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestChunks(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-PER I-ORG", []Chunk{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"B-PER B-PER", []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"O O", nil},
	} {
		if got := Chunks(strings.Fields(c.in)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Chunks(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestScore(t *testing.T) {
	s := NewScore()
	s.Add(strings.Fields("B-PER I-PER O B-LOC O B-ORG"), strings.Fields("B-PER I-PER O B-ORG O O"))
	p, r, f := s.PRF("")
	if p != 50 || r < 33.33 || r > 33.34 || f < 39.99 || f > 40.01 {
		t.Errorf("PRF = %.2f %.2f %.2f, want 50 33.33 40", p, r, f)
	}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "FB1:  40.00") {
		t.Errorf("conlleval output:\n%s", b.String())
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n-DOCSTART- -X- O O\nBonn x x I-LOC\n"
	docs, err := ReadCoNLL(strings.NewReader(in), CoNLL)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sents) != 2 || docs[0].Sents[0].Tags[0] != "B-ORG" || docs[1].Sents[0].Words[0] != "Bonn" {
		t.Fatalf("got %+v", docs)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("a B-PER\n\nb I-LOC\n-DOCSTART- O\n")
	f.Add("0\tx\tO\n#c\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []CoNLLFormat{CoNLL, {WordCol: 1, TagCol: 2, Tab: true}, {NoTag: true}} {
			docs, err := ReadCoNLL(strings.NewReader(s), format)
			if err != nil {
				continue
			}
			for _, d := range docs {
				for _, se := range d.Sents {
					if !format.NoTag && len(se.Tags) != len(se.Words) {
						t.Fatalf("tags %d != words %d", len(se.Tags), len(se.Words))
					}
					for _, c := range Chunks(se.Tags) {
						if c.Start < 0 || c.End > len(se.Tags) || c.Start >= c.End {
							t.Fatalf("bad chunk %v", c)
						}
					}
				}
			}
		}
	})
}

func FuzzReadModel(f *testing.F) {
	var b bytes.Buffer
	if err := tinyTagger(f).Write(&b); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte("kroniek"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		tg.TagDoc([][]string{{"Jan", "woont", "in", "Gent", "."}})
	})
}

// tinyTagger trains a model on a few invented sentences.
func tinyTagger(t testing.TB) *Tagger {
	t.Helper()
	in := "-DOCSTART- O\nJan B-PER\nwoont O\nin O\nGent B-LOC\n. O\n\nMarie B-PER\nwerkt O\nbij O\nPhilips B-ORG\n. O\n\n" +
		"-DOCSTART- O\nPiet B-PER\nJansen I-PER\nbezocht O\nParijs B-LOC\nmet O\nde O\nFranse B-MISC\nploeg O\n. O\n"
	docs, err := ReadCoNLL(strings.NewReader(in), CoNLL)
	if err != nil {
		t.Fatal(err)
	}
	g := NewGazetteer()
	g.Add(GazLocGeo, "Gent")
	res := &Resources{Clusters: map[string]uint32{"gent": PackCluster(3, 1, 0, 4), "parijs": PackCluster(3, 1, 0, 4)}, Gaz: g}
	tg, err := Train(docs, res, TrainOptions{Epochs: 5, Folds: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestModelRoundTrip(t *testing.T) {
	tg := tinyTagger(t)
	var b bytes.Buffer
	if err := tg.Write(&b); err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	if err := tinyTagger(t).Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Error("training is not deterministic")
	}
	back, err := Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{{"Jan", "woont", "in", "Gent", "."}, {"Piet", "Jansen", "bezocht", "Parijs", "."}}
	got, want := back.TagDoc(sents), tg.TagDoc(sents)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after reading: %v, before: %v", got, want)
	}
	if want[0][3] != "B-LOC" {
		t.Errorf("tiny model tags %v", want)
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"nl", "Kim Jong-un en Noord-Korea.", []string{"Kim", "Jong-un", "en", "Noord-Korea", "."}},
		{"nl", "Kim's vader", []string{"Kim's", "vader"}},
		{"en", "Kim's father - here", []string{"Kim", "'s", "father", "-", "here"}},
		{"en", "an Anglo-Dutch firm", []string{"an", "Anglo-Dutch", "firm"}},
	} {
		toks, _ := text.Segment(c.text, c.lang)
		var got []string
		for _, w := range Words(c.text, toks, c.lang) {
			if w.Text != c.text[w.Start:w.End] {
				t.Errorf("word %q at %d:%d", w.Text, w.Start, w.End)
			}
			got = append(got, w.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Acceptance: F1 on the CoNLL development sets.
func TestDevF1(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, c := range []struct {
		lang string
		file []string
		bar  float64
	}{
		{"nl", []string{"data", "conll2002-nl", "ned.testa"}, 80},
		{"en", []string{"data", "conll2003-en", "eng.testa"}, 91.5},
	} {
		path := shared.Need(t, c.file...)
		docs, err := ReadFile(path, CoNLL)
		if err != nil {
			t.Fatal(err)
		}
		tg, err := For(c.lang)
		if err != nil {
			t.Fatal(err)
		}
		sc := Evaluate(tg, docs)
		_, _, f := sc.PRF("")
		t.Logf("%s %s: F1 %.2f (bar %.1f)", c.lang, filepath.Base(path), f, c.bar)
		if f < c.bar {
			t.Errorf("%s: F1 %.2f below the bar %.1f", filepath.Base(path), f, c.bar)
		}
	}
}

// The stage on invented English and Dutch text.
func TestStage(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       map[string]string // mention text -> type
		token      string            // a token and its NER tag
		tag        string
	}{
		{"en", "Angela Merkel's party met in Berlin on Monday. Merkel spoke first.",
			map[string]string{"Angela Merkel": "PER", "Berlin": "LOC", "Merkel": "PER"}, "Merkel's", "I-PER"},
		{"nl", "Minister Hugo de Jonge sprak dinsdag in Utrecht met de KNVB. De Jonge was tevreden.",
			map[string]string{"Hugo de Jonge": "PER", "Utrecht": "LOC", "KNVB": "ORG"}, "Utrecht", "B-LOC"},
	} {
		doc := &kroniek.Document{Article: kroniek.Article{Lang: c.lang, Text: c.text}}
		if err := (text.Stage{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := (Stage{}).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				got[m.Text] = e.Type
			}
		}
		for m, typ := range c.want {
			if got[m] != typ {
				t.Errorf("%s: %q is %q, want %s (all: %v)", c.lang, m, got[m], typ, got)
			}
		}
		for _, tk := range doc.Tokens {
			if tk.Text == c.token && tk.NER != c.tag {
				t.Errorf("%s: token %q tagged %q, want %s", c.lang, tk.Text, tk.NER, c.tag)
			}
		}
	}
}

type goldMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	ID    string `json:"id"`
}

// The example article: the entities of the issue, and a golden file of
// offsets and labels (the text is read from ../shared at run time).
func TestExample(t *testing.T) {
	path := shared.Need(t, "examples", "000_79b112c5e57ff094.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := &kroniek.Document{Article: kroniek.Article{ID: "000", Lang: "nl", Text: string(b)}}
	ctx := context.Background()
	if err := (text.Stage{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := (Stage{}).Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	var got []goldMention
	for i, e := range doc.Entities {
		if e.ID != "e"+itoa(i+1) || len(e.Mentions) == 0 || e.Name == "" {
			t.Errorf("malformed entity %+v", e)
		}
		for _, m := range e.Mentions {
			if doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q does not match text at %d:%d", m.Text, m.Start, m.End)
			}
			found[m.Text] = e.Type
			got = append(got, goldMention{m.Start, m.End, e.Type, e.ID})
		}
	}
	want := map[string]string{
		"Kim Jong-un": "PER", "Poetin": "PER", "Remco Breuker": "PER", "Donald Trump": "PER", "Kim Jong-il": "PER",
		"Witte huis": "ORG", "Universiteit Leiden": "ORG", "AD": "ORG",
		"Vladivostok": "LOC", "Oekraïne": "LOC", "Rusland": "LOC", "Noord-Korea": "LOC", "Hanoi": "LOC",
		"Noord-Koreaanse": "MISC", "Amerikaanse": "MISC", "Vietnamese": "MISC",
	}
	for name, typ := range want {
		if found[name] != typ {
			t.Errorf("%s: got %q, want %s", name, found[name], typ)
		}
	}
	golden := filepath.Join("testdata", "example.golden.json")
	js, err := json.MarshalIndent(got, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, append(js, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantJS, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(wantJS), bytes.TrimSpace(js)) {
		t.Errorf("entities differ from %s (rerun with -update if intended):\n%s", golden, js)
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// BenchmarkTag measures recognition including features on ned.testa.
func BenchmarkTag(b *testing.B) {
	for _, c := range []struct {
		lang string
		file []string
	}{
		{"nl", []string{"data", "conll2002-nl", "ned.testa"}},
		{"en", []string{"data", "conll2003-en", "eng.testa"}},
	} {
		b.Run(c.lang, func(b *testing.B) {
			docs, err := ReadFile(shared.Need(b, c.file...), CoNLL)
			if err != nil {
				b.Fatal(err)
			}
			tg, err := For(c.lang)
			if err != nil {
				b.Fatal(err)
			}
			sents := make([][][]string, len(docs))
			for i, d := range docs {
				for _, s := range d.Sents {
					sents[i] = append(sents[i], s.Words)
				}
			}
			n := Tokens(docs)
			st := newDocState()
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				for _, s := range sents {
					tg.prepare(st, s)
					tg.run(st)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
			if c := cpuTime() - cpu; c > 0 {
				b.ReportMetric(float64(n)*float64(b.N)/c.Seconds(), "tokens/cpu-s")
			}
		})
	}
}

// BenchmarkStage measures the stage on the example article.
func BenchmarkStage(b *testing.B) {
	path := shared.Need(b, "examples", "000_79b112c5e57ff094.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	doc := &kroniek.Document{Article: kroniek.Article{Lang: "nl", Text: string(raw)}}
	if err := (text.Stage{}).Annotate(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	if _, err := For("nl"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc.Entities = nil
		if err := (Stage{}).Annotate(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(doc.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkNewsNL runs the stage over the 1,138 articles of
// news-nl/dpg2019-dev.jsonl (tokenized beforehand), as kroniek extract does.
func BenchmarkNewsNL(b *testing.B) {
	f, err := os.Open(shared.Need(b, "data", "news-nl", "dpg2019-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var docs []*kroniek.Document
	dec := json.NewDecoder(f)
	ntok := 0
	for dec.More() {
		var a kroniek.Article
		if err := dec.Decode(&a); err != nil {
			b.Fatal(err)
		}
		a.Lang = "nl"
		d := &kroniek.Document{Article: a}
		if err := (text.Stage{}).Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		ntok += len(d.Tokens)
		docs = append(docs, d)
	}
	if _, err := For("nl"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Entities = nil
			if err := (Stage{}).Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if c := cpuTime() - cpu; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
