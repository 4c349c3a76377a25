// Package quoteeval runs the pipeline with the quote stage over the
// evaluation sets (gold-dev, PolNeAR) and scores the quotes. It backs
// `kroniek eval quotes` and the quote quality tests.
package quoteeval

import (
	"context"
	"fmt"
	"path/filepath"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/pipeline"
	"kroniek/internal/quote"
	"kroniek/internal/quote/polnear"
)

// annotate runs every standard stage before the quote stage on a, then the
// quote stage's attribution, keeping byte offsets.
func annotate(ctx context.Context, a kroniek.Article) (*kroniek.Document, []quote.Attribution, error) {
	doc := &kroniek.Document{Article: a}
	for _, s := range pipeline.Stages() {
		if s.Name() == "quote" {
			break
		}
		if err := s.Annotate(ctx, doc); err != nil {
			return nil, nil, fmt.Errorf("%s: article %s: %w", s.Name(), a.ID, err)
		}
	}
	as := quote.Attribute(doc)
	return doc, as, nil
}

// Result holds the counts per language or set.
type Result struct {
	ByLang map[string]*quote.Counts
	All    quote.Counts
}

// GoldDev scores the quotes of every gold-dev article in dir. docs, when
// not nil, receives each annotated document (code point offsets) for
// writing predictions; log receives the misses.
func GoldDev(ctx context.Context, dir string, log func(string), docs func(*kroniek.Document) error) (Result, error) {
	items, err := golddev.Load(dir)
	if err != nil {
		return Result{}, err
	}
	res := Result{ByLang: map[string]*quote.Counts{}}
	for _, it := range items {
		doc, as, err := annotate(ctx, it.Article)
		if err != nil {
			return res, err
		}
		c := quote.ScoreGoldDev(it.Article.ID, doc.Text, it.Gold.Quotes, quote.PredsOf(doc.Text, as), log)
		lc := res.ByLang[it.Article.Lang]
		if lc == nil {
			lc = &quote.Counts{}
			res.ByLang[it.Article.Lang] = lc
		}
		lc.Add(c)
		res.All.Add(c)
		if docs != nil {
			doc.Quotes = make([]kroniek.Quote, len(as))
			for i, a := range as {
				doc.Quotes[i] = a.Quote
			}
			doc.ToCodePoints()
			if err := docs(doc); err != nil {
				return res, err
			}
		}
	}
	return res, nil
}

// PolNeAR scores direct quotes on a PolNeAR split folder (e.g. .../dev).
func PolNeAR(ctx context.Context, dir string, log func(string)) (quote.Counts, error) {
	arts, err := polnear.Load(dir)
	if err != nil {
		return quote.Counts{}, err
	}
	var all quote.Counts
	for _, a := range arts {
		_, as, err := annotate(ctx, kroniek.Article{ID: filepath.Base(a.Name), Lang: "en", Text: a.Text})
		if err != nil {
			return all, err
		}
		all.Add(quote.ScorePolNeAR(a, quote.PolNeARGold(a), quote.PredsOf(a.Text, as), log))
	}
	return all, nil
}
