// Package demo holds kroniek's built-in sample collection: short Dutch and
// English news articles written for kroniek (people, organisations and the
// quotes in them are invented; places are real), and loads it into a store
// through the real pipeline.
package demo

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"kroniek"
	"kroniek/internal/pipeline"
)

//go:embed articles.jsonl
var articlesJSONL []byte

// Articles returns the sample collection, in file order.
func Articles() ([]kroniek.Article, error) {
	var out []kroniek.Article
	sc := bufio.NewScanner(bytes.NewReader(articlesJSONL))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var a kroniek.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("demo articles line %d: %w", line, err)
		}
		a.Origin = fmt.Sprintf("demo/articles.jsonl:%d", line)
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("demo articles: %w", err)
	}
	return out, nil
}

// Putter stores one extracted document; store.Store satisfies it.
type Putter interface {
	Put(ctx context.Context, doc *kroniek.Document) (bool, error)
}

// Load extracts the sample collection with p and stores every document. It
// returns how many documents were newly stored.
func Load(ctx context.Context, st Putter, p *pipeline.Pipeline) (int, error) {
	arts, err := Articles()
	if err != nil {
		return 0, err
	}
	items := make(chan pipeline.Item)
	go func() {
		defer close(items)
		for i := range arts {
			select {
			case items <- pipeline.Item{Article: &arts[i]}:
			case <-ctx.Done():
				return
			}
		}
	}()
	n := 0
	err = p.Run(ctx, items, func(r pipeline.Result) error {
		if r.Doc == nil {
			return nil
		}
		stored, err := st.Put(ctx, r.Doc)
		if err != nil {
			return fmt.Errorf("store demo article %s: %w", r.Doc.ID, err)
		}
		if stored {
			n++
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("load demo collection: %w", err)
	}
	return n, nil
}
