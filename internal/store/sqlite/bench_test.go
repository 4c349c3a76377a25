package sqlite

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

// devDocs extracts the news dev corpora (../shared) once per test binary,
// or reads them from KRONIEK_BENCH_DOCS, the output of
// `kroniek extract --tokens` on them (so that store benchmarks do not
// depend on the models of the day).
var devDocs = sync.OnceValues(func() ([]*kroniek.Document, error) {
	if f := os.Getenv("KRONIEK_BENCH_DOCS"); f != "" {
		return readDocs(f)
	}
	paths := []string{shared.Data("news-nl", "dpg2019-dev.jsonl"), shared.Data("news-en", "wikinews-dev.jsonl")}
	var arts []kroniek.Article
	err := ingest.Walk(context.Background(), paths, ingest.Options{}, func(a *kroniek.Article, _ *kroniek.Diagnostic) error {
		if a != nil {
			arts = append(arts, *a)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	p := pipeline.New(pipeline.Options{})
	docs := make([]*kroniek.Document, 0, len(arts))
	for _, a := range arts {
		d, err := p.Extract(context.Background(), a)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
})

func needDevDocs(tb testing.TB) []*kroniek.Document {
	tb.Helper()
	shared.Need(tb, "data", "news-nl", "dpg2019-dev.jsonl")
	docs, err := devDocs()
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// copyDoc returns doc as the k-th copy: a new id, and its dates moved by
// k days so that copies spread over time like a real collection.
func copyDoc(doc *kroniek.Document, k int) *kroniek.Document {
	d := *doc
	d.ID = fmt.Sprintf("%s~%d", doc.ID, k)
	if t, err := time.Parse("2006-01-02", doc.Published); err == nil && k > 0 {
		d.Published = t.AddDate(0, 0, -k).Format("2006-01-02")
	}
	return &d
}

// BenchmarkPut stores extracted dev articles (with their tokens indexed)
// under new ids.
func BenchmarkPut(b *testing.B) {
	docs := needDevDocs(b)
	db := openTemp(b)
	defer db.Close()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		d := copyDoc(docs[i%len(docs)], i/len(docs))
		if _, err := db.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkReplace re-stores the same articles (what reindex does).
func BenchmarkReplace(b *testing.B) {
	docs := needDevDocs(b)[:200]
	db := openTemp(b)
	defer db.Close()
	ctx := context.Background()
	for _, d := range docs {
		if _, err := db.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		if err := db.Replace(ctx, docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// bigDBPath is where the generated benchmark database lives (out of git).
func bigDBPath(n int) string {
	if p := os.Getenv("KRONIEK_BENCH_DB"); p != "" {
		return p
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("kroniek-bench-%d.db", n))
}

func readDocs(path string) ([]*kroniek.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []*kroniek.Document
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		d := &kroniek.Document{}
		if err := dec.Decode(d); err == io.EOF {
			return docs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		d.Offsets = kroniek.CodePoints
		docs = append(docs, d)
	}
}
