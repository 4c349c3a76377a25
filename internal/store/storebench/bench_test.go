package storebench_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
	"kroniek/internal/store/sqlite"
	"kroniek/internal/store/storebench"
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

// BenchmarkPut stores extracted dev articles (with their tokens indexed)
// under new ids.
func BenchmarkPut(b *testing.B) {
	docs := needDevDocs(b)
	db := openTemp(b)
	defer db.Close()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		d := storebench.Copy(docs[i%len(docs)], i/len(docs)+1)
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

// bigDB opens the generated benchmark collection: KRONIEK_BENCH_DB, made
// by `kroniek eval store --db FILE` (100,000 articles by default). The
// benchmarks skip without it: making it takes many minutes.
func bigDB(b *testing.B) (*sqlite.DB, *storebench.Mix) {
	path := os.Getenv("KRONIEK_BENCH_DB")
	if path == "" {
		b.Skip("set KRONIEK_BENCH_DB to a database made by kroniek eval store")
	}
	docs := needDevDocs(b)
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	mix, err := storebench.NewMix(context.Background(), db, docs, 200, 1)
	if err != nil {
		b.Fatal(err)
	}
	return db, mix
}

// BenchmarkSearchBig times the API's search (page of 20 and total) on the
// big collection and reports its p95 besides the mean.
func BenchmarkSearchBig(b *testing.B) {
	db, mix := bigDB(b)
	defer db.Close()
	ctx := context.Background()
	var ds []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		if _, err := db.SearchArticles(ctx, mix.Searches[i%len(mix.Searches)]); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
		i++
	}
	reportP95(b, ds)
}

// BenchmarkEntityPageBig times entity pages on the big collection.
func BenchmarkEntityPageBig(b *testing.B) {
	db, mix := bigDB(b)
	defer db.Close()
	ctx := context.Background()
	var ds []time.Duration
	i := 0
	for b.Loop() {
		t := time.Now()
		if _, err := db.Entity(ctx, mix.Entities[i%len(mix.Entities)]); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
		i++
	}
	reportP95(b, ds)
}

func reportP95(b *testing.B, ds []time.Duration) {
	slices.Sort(ds)
	if len(ds) > 0 {
		b.ReportMetric(float64(ds[min(len(ds)-1, len(ds)*95/100)].Microseconds())/1000, "p95-ms")
	}
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

func openTemp(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "k.db"))
	if err != nil {
		tb.Fatal(err)
	}
	return db
}
