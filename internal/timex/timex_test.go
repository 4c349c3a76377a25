package timex

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/ingest"
	"kroniek/internal/shared"
	"kroniek/internal/text"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// run annotates one article the way the pipeline does and returns its times
// with code point offsets.
func run(t testing.TB, txt, lang, published string) []kroniek.Time {
	t.Helper()
	doc := &kroniek.Document{Article: kroniek.Article{Text: txt, Lang: lang, Published: published}}
	if err := (text.Stage{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := (Stage{}).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	doc.ToCodePoints()
	return doc.Times
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		lang, dct, text string
		want            []string // "text|TYPE|value"
	}{
		{"nl", "2019-04-10", "Hij kwam gisteren aan en vertrekt morgen.", []string{"gisteren|DATE|2019-04-09", "morgen|DATE|2019-04-11"}},
		{"nl", "2019-04-10", "Vorige week sprak ze hem, volgend jaar trouwen ze.", []string{"Vorige week|DATE|2019-W14", "volgend jaar|DATE|2020"}},
		{"nl", "2019-04-10", "Het duurde drie jaar en twee weken.", []string{"drie jaar|DURATION|P3Y", "twee weken|DURATION|P2W"}},
		{"nl", "2019-04-10", "Op woensdag 3 april 2019 om 10.30 uur begon het.", []string{"woensdag 3 april 2019|DATE|2019-04-03", "10.30 uur|TIME|2019-04-03T10:30"}},
		{"nl", "2019-04-10", "De beurs is van 10 tot 13 september.", []string{"10 tot 13 september|DATE|2019-09-10/2019-09-13"}},
		{"nl", "2019-04-10", "Afgelopen vrijdag was het druk.", []string{"Afgelopen vrijdag|DATE|2019-04-05"}},
		{"nl", "2019-04-10", "Elke dinsdag gaat hij zwemmen, jarenlang al.", []string{"Elke dinsdag|SET|XXXX-WXX-2", "jarenlang|DURATION|PXY"}},
		{"nl", "2019-04-10", "In de jaren negentig was alles anders dan nu.", []string{"jaren negentig|DATE|199X", "nu|DATE|PRESENT_REF"}},
		{"nl", "2019-04-10", "Het gebeurde een jaar later, vier dagen later, in het derde kwartaal.", []string{"een jaar later|DATE|2020", "vier dagen|DURATION|P4D", "derde kwartaal|DATE|2018-Q3"}},
		{"nl", "2019-04", "Ze komt komende week en vanavond.", []string{"komende week|DATE|2019-04", "vanavond|TIME|2019-04"}},
		{"nl", "2019-04-10", "De man van 24 jaar oud zat er vijf minuten.", []string{"vijf minuten|DURATION|PT5M"}},
		{"en", "2019-08-16", "He said on Tuesday that he met her last week.", []string{"Tuesday|DATE|2019-08-13", "last week|DATE|2019-W32"}},
		{"en", "2019-08-16", "The summit will be held on Tuesday.", []string{"Tuesday|DATE|2019-08-20"}},
		{"en", "2019-08-16", "It opened on April 3rd, 2019 at 10:30 a.m.", []string{"April 3rd, 2019|DATE|2019-04-03", "10:30 a.m.|TIME|2019-04-03T10:30"}},
		{"en", "2019-08-16", "Profits rose in the third quarter, a year after the 1990s ended.", []string{"the third quarter|DATE|2019-Q3", "a year|DURATION|P1Y", "the 1990s|DATE|199X"}},
		{"en", "2019-08-16", "For two years and several months, daily.", []string{"two years|DURATION|P2Y", "several months|DURATION|PXM", "daily|SET|P1D"}},
		{"en", "2019-08-16", "Three days ago it rained; now it is dry.", []string{"Three days ago|DATE|2019-08-13", "now|DATE|PRESENT_REF"}},
		{"en", "2019-08-16", "Yesterday morning and tonight.", []string{"Yesterday morning|TIME|2019-08-15TMO", "tonight|TIME|2019-08-16TNI"}},
		{"en", "", "It happened in March 2015.", []string{"March 2015|DATE|2015-03"}},
		{"nl", "2019-04-10", "In week 7 en in het eerste kwartaal van 2019 was het 's avonds koud.", []string{"week 7|DATE|2019-W07", "eerste kwartaal van 2019|DATE|2019-Q1", "'s avonds|SET|XXXX-XX-XXTEV"}},
		{"nl", "2019-04-10", "In februari 2019 was hij in Hanoi en een paar maanden later in Moskou, drie jaar geleden nog niet.", []string{"februari 2019|DATE|2019-02", "een paar maanden later|DURATION|PXM", "drie jaar geleden|DATE|2016"}},
		{"nl", "2019-04-10", "Hij zal woensdag 3 april spreken; vroeger deed hij dat straks.", []string{"woensdag 3 april|DATE|2019-04-03", "vroeger|DATE|PAST_REF", "straks|DATE|FUTURE_REF"}},
		{"en", "2019-04-10", "In the summer of 2019, for five hours, and next Monday evening.", []string{"the summer of 2019|DATE|2019-SU", "five hours|DURATION|PT5H", "next Monday evening|TIME|2019-04-15TEV"}},
		{"nl", "2019-04-10", "Vanaf volgende week woensdag, na 1000 dagen, stromen ze deze zaterdag binnen.", []string{"volgende week woensdag|DATE|2019-04-17", "1000 dagen|DURATION|P1000D", "deze zaterdag|DATE|2019-04-13"}},
		{"en", "2019-04-10", "Every Tuesday since the 1990s, ten years.", []string{"Every Tuesday|SET|XXXX-WXX-2", "the 1990s|DATE|199X", "ten years|DURATION|P10Y"}},
		{"en", "2019-11-02", "The bakery reported a third-quarter profit. The quarter was weak after a flat second quarter; the year-earlier period was better.", []string{"third-quarter|DATE|2019-Q3", "The quarter|DATE|2019-Q3", "second quarter|DATE|2019-Q2", "the year-earlier period|DATE|2018-Q3"}},
		{"en", "2019-11-02", "Sales for the full year rose; for the year ended June 30 they fell, and by year-end, in mid-2020 too.", []string{"the full year|DATE|2019", "the year|DURATION|P1Y", "June 30|DATE|2019-06-30", "year-end|DATE|2019", "mid-2020|DATE|2020"}},
		{"en", "2019-02-13", "The mill will double its output by August in the search for markets untouched by rivals.", []string{"August|DATE|2019-08"}},
		{"en", "2019-11-02", "A fire broke out next to the station on Friday; the council postponed until Tuesday morning any vote.", []string{"Friday|DATE|2019-11-01", "Tuesday morning|TIME|2019-11-05TMO"}},
		{"en", "2019-11-02", "She will succeed him Feb. 1, a week or so ago he said so, on Election Day, at mid-afternoon yesterday.", []string{"Feb. 1|DATE|2020-02-01", "a week or so ago|DATE|2019-10-26", "Election Day|DATE|2019-11-05", "mid-afternoon yesterday|TIME|2019-11-01TAF"}},
		{"en", "2019-11-04", "The index fell Friday, down 4% from the previous Friday; he was hurt last Oct. 23.", []string{"Friday|DATE|2019-11-01", "the previous Friday|DATE|2019-10-25", "last Oct. 23|DATE|2019-10-23"}},
		{"en", "2019-11-02", "Eight trading days later, in the weeks ahead, over the next couple of years and for an additional year, a day-long talk.", []string{"Eight trading days|DURATION|P8D", "the weeks ahead|DURATION|PXW", "the next couple of years|DURATION|P2Y", "an additional year|DURATION|P1Y", "day-long|DURATION|P1D"}},
		{"en", "2019-11-02", "Average daily volume was thin in January nineteen ninety-seven.", []string{"January nineteen ninety-seven|DATE|1997-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, x := range run(t, tt.text, tt.lang, tt.dct) {
				got = append(got, x.Text+"|"+x.Type+"|"+x.Value)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// golden is a time without its text: offsets and labels only.
type golden struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func TestExample(t *testing.T) {
	dir := shared.Need(t, "examples")
	path := filepath.Join(dir, "000_79b112c5e57ff094.txt")
	var art *kroniek.Article
	err := ingest.Walk(context.Background(), []string{path}, ingest.Options{Lang: "nl"}, func(a *kroniek.Article, d *kroniek.Diagnostic) error {
		if a != nil {
			art = a
		}
		return nil
	})
	if err != nil || art == nil {
		t.Fatalf("read example: %v", err)
	}
	times := run(t, art.Text, "nl", art.Published)
	got := make([]golden, len(times))
	for i, x := range times {
		got[i] = golden{x.Start, x.End, x.Type, x.Value}
	}
	gf := filepath.Join("testdata", "example.golden.json")
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(gf, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(gf)
	if err != nil {
		t.Fatalf("read golden (run with -update): %v", err)
	}
	var want []golden
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("times differ from %s:\ngot  %v\nwant %v", gf, got, want)
	}
	// The reference annotation: every gold time found with its type and value.
	gold, err := golddev.LoadExample(filepath.Join(dir, "000_79b112c5e57ff094.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(art.Text)
	for _, g := range gold.Times {
		found := false
		for _, x := range times {
			if string(runes[x.Start:x.End]) == g.Text && x.Type == g.Type && x.Value == g.Value {
				found = true
			}
		}
		if !found {
			t.Errorf("gold time %q %s %s not found", g.Text, g.Type, g.Value)
		}
	}
}

// TestNoClock checks that values depend on the article's date only, not on
// the machine's time zone.
func TestNoClock(t *testing.T) {
	txt := "Gisteren, vorige week, afgelopen vrijdag om 23.30 uur en komende maand. Yesterday at 11 p.m."
	ref := run(t, txt, "nl", "2019-12-31")
	saved := time.Local
	defer func() { time.Local = saved }()
	for _, zone := range []string{"Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			loc = time.FixedZone(zone, 14*3600)
		}
		time.Local = loc
		if got := run(t, txt, "nl", "2019-12-31"); !reflect.DeepEqual(got, ref) {
			t.Errorf("under %s: %v, want %v", zone, got, ref)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Op 10 tot 13 september, komende week en een paar maanden later.", "nl", "2023-09")
	f.Add("Last Friday at 10:30 a.m. EDT, the 1990s, Q3 1999, '98, 3rd.", "en", "1998-02-06T22:19:00")
	f.Add("6,5 uur 's avonds jaren '90 1.000.000 24/7 - -- ..", "nl", "")
	f.Fuzz(func(t *testing.T, s, lang, published string) {
		toks, _ := text.Segment(s, lang)
		for _, x := range Extract(s, toks, lang, published) {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in %q", x, s)
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("empty value or type %+v", x)
			}
		}
	})
}

func BenchmarkStage(b *testing.B) {
	txt := strings.Repeat("Vorige week zei de minister dat het kabinet komende maandag om 10.30 uur besluit. "+
		"Drie jaar geleden, op 3 april 2016, begon het onderzoek dat een paar maanden later stopte. "+
		"Last Friday the company said third-quarter profit rose, a year earlier it fell for two weeks. ", 20)
	toks, _ := text.Segment(txt, "nl")
	b.SetBytes(int64(len(txt)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(txt, toks, "nl", "2019-04-10")
	}
}

// BenchmarkNews runs the stage over the Dutch news dev articles (tokens made
// beforehand), for comparing with the time of `kroniek extract`.
func BenchmarkNews(b *testing.B) {
	path := filepath.Join(shared.Need(b, "data", "news-nl"), "dpg2019-dev.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	type art struct {
		text, published string
		toks            []kroniek.Token
	}
	var arts []art
	size := 0
	for _, line := range strings.Split(string(data), "\n") {
		var a kroniek.Article
		if json.Unmarshal([]byte(line), &a) != nil || a.Text == "" {
			continue
		}
		toks, _ := text.Segment(a.Text, "nl")
		arts = append(arts, art{a.Text, a.Published, toks})
		size += len(a.Text)
		if len(arts) == 200 {
			break
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a.text, a.toks, "nl", a.published)
		}
	}
}

// BenchmarkSegment is the tokenizer over the same articles, as a yardstick.
func BenchmarkSegment(b *testing.B) {
	path := filepath.Join(shared.Need(b, "data", "news-nl"), "dpg2019-dev.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for _, line := range strings.Split(string(data), "\n") {
		var a kroniek.Article
		if json.Unmarshal([]byte(line), &a) != nil || a.Text == "" {
			continue
		}
		texts = append(texts, a.Text)
		size += len(a.Text)
		if len(texts) == 200 {
			break
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			text.Segment(t, "nl")
		}
	}
}

// TestLongInput guards against rules that grow worse than linearly.
func TestLongInput(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("the ", 40000),
		strings.Repeat("twenty ", 40000),
		strings.Repeat("early the last ", 20000),
		strings.Repeat("vrijdag 3 ", 20000),
		strings.Repeat("10 tot ", 20000),
	} {
		start := time.Now()
		toks, _ := text.Segment(s, "en")
		Extract(s, toks, "en", "2019-04-10")
		Extract(s, toks, "nl", "2019-04-10")
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%q...: %v", s[:20], d)
		}
	}
}
