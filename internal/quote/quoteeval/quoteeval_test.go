package quoteeval

import (
	"context"
	"fmt"
	"os"
	"testing"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/pipeline"
	"kroniek/internal/quote"
	"kroniek/internal/shared"
)

// The acceptance bars of issue 5: quote F1 >= 0.90 and exact speaker >= 0.85
// on gold-dev (Dutch and English) and on PolNeAR dev direct quotes.
const (
	barF1      = 0.90
	barSpeaker = 0.85
)

func TestGoldDevBars(t *testing.T) {
	dir := shared.Need(t, "data", "gold-dev")
	res, err := GoldDev(context.Background(), dir, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"nl", "en"} {
		c := res.ByLang[lang]
		if c == nil {
			t.Fatalf("no %s articles in gold-dev", lang)
		}
		_, _, f := c.PRF()
		t.Logf("gold-dev %s: %v", lang, c)
		if f < barF1 {
			t.Errorf("gold-dev %s: quote F1 %.3f < %.2f", lang, f, barF1)
		}
		if c.Speaker() < barSpeaker {
			t.Errorf("gold-dev %s: exact speaker %.3f < %.2f", lang, c.Speaker(), barSpeaker)
		}
	}
}

func TestPolNeARBars(t *testing.T) {
	dir := shared.Need(t, "data", "quotes-en", "polnear", "dev")
	c, err := PolNeAR(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _, f := c.PRF()
	t.Logf("polnear dev: %v", c)
	if f < barF1 {
		t.Errorf("PolNeAR dev: quote F1 %.3f < %.2f", f, barF1)
	}
	if c.Speaker() < barSpeaker {
		t.Errorf("PolNeAR dev: exact speaker %.3f < %.2f", c.Speaker(), barSpeaker)
	}
}

// TestMisses lists every miss when QUOTE_VERBOSE is set (a debugging aid;
// `kroniek eval quotes -v` prints the same).
func TestMisses(t *testing.T) {
	if os.Getenv("QUOTE_VERBOSE") == "" {
		t.Skip("set QUOTE_VERBOSE=golddev or polnear to list misses")
	}
	log := func(s string) { fmt.Println(s) }
	if os.Getenv("QUOTE_VERBOSE") == "polnear" {
		if _, err := PolNeAR(context.Background(), shared.Need(t, "data", "quotes-en", "polnear", "dev"), log); err != nil {
			t.Fatal(err)
		}
		return
	}
	if _, err := GoldDev(context.Background(), shared.Need(t, "data", "gold-dev"), log, nil); err != nil {
		t.Fatal(err)
	}
}

// loadDocs annotates the gold-dev articles up to the quote stage.
func loadDocs(b *testing.B) ([]*kroniek.Document, []kroniek.Article) {
	items, err := golddev.Load(shared.Need(b, "data", "gold-dev"))
	if err != nil {
		b.Fatal(err)
	}
	var docs []*kroniek.Document
	var arts []kroniek.Article
	for _, it := range items {
		d, _, err := annotate(context.Background(), it.Article)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		arts = append(arts, it.Article)
	}
	return docs, arts
}

// BenchmarkQuoteStage times the quote stage alone over the 55 gold-dev
// articles (one op = all of them).
func BenchmarkQuoteStage(b *testing.B) {
	docs, _ := loadDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Quotes = nil
			if err := (quote.Stage{}).Annotate(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract times the whole pipeline over gold-dev with and without
// the quote stage, to check that quotes add at most 10%.
func BenchmarkExtract(b *testing.B) {
	_, arts := loadDocs(b)
	for _, skip := range []bool{false, true} {
		name := "with-quote"
		opts := pipeline.Options{Workers: 1}
		if skip {
			name = "without-quote"
			opts.Skip = map[string]bool{"quote": true}
		}
		b.Run(name, func(b *testing.B) {
			p := pipeline.New(opts)
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					if _, err := p.Extract(context.Background(), a); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
