package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
	"kroniek/internal/progress"
	"kroniek/internal/shared"
	"kroniek/internal/store/sqlite"
	"kroniek/internal/store/storebench"
)

func init() {
	register(&Command{Name: "eval store", Summary: "time search and entity pages on a large generated collection (p50/p95)", Run: runEvalStore})
}

// Bars of issue 8, for 100,000 stored articles.
const (
	storeSearchP95Bar = 50 * time.Millisecond
	storeEntityP95Bar = 100 * time.Millisecond
)

func runEvalStore(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval store", stderr)
	db := fs.String("db", "kroniek-bench.db", "database to fill (if it has fewer than --n articles) and query; keep it out of git")
	n := fs.Int("n", 100000, "number of articles the collection should hold")
	queries := fs.Int("queries", 500, "searches and entity pages to time, each")
	seed := fs.Uint64("seed", 1, "seed of the query mix")
	docsFile := fs.String("docs", "", "extracted articles to repeat (kroniek extract --tokens output); default: extract the news dev corpora in ../shared")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval store [--db FILE] [--n 100000] [--queries 500] [--docs FILE]\n\n"+
			"Fills the database with copies of the news dev corpora (new ids, dates moved) until it holds --n\n"+
			"articles, then times a seeded mix of searches and entity pages, one at a time.")
		fs.PrintDefaults()
	}
	if rest, help, err := parseInterspersed(fs, args); help || err != nil {
		return err
	} else if len(rest) > 0 {
		fmt.Fprintf(stderr, "kroniek eval store: unexpected argument %q\n", rest[0])
		return ErrUsage
	}
	var docs []*kroniek.Document
	var err error
	if *docsFile != "" {
		docs, err = readExtracted(*docsFile)
	} else {
		docs, err = extractDevCorpora(ctx, stderr)
	}
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	st, err := sqlite.Open(ctx, *db)
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	defer st.Close()
	have, err := st.Count(ctx)
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	if have < *n {
		bar := progress.New(stderr, "fill", "articles")
		bar.SetTotal(*n - have)
		t0 := time.Now()
		done := have
		err := storebench.Fill(ctx, st, docs, *n, func(i int) { bar.Add(i - done); done = i })
		bar.Finish()
		if err != nil {
			return fmt.Errorf("eval store: %w", err)
		}
		fmt.Fprintf(stdout, "filled %s from %d to %d articles in %.0fs (%.1f ms per article)\n", *db, have, *n,
			time.Since(t0).Seconds(), float64(time.Since(t0).Milliseconds())/float64(*n-have))
	}
	total, err := st.Count(ctx)
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	mix, err := storebench.NewMix(ctx, st, docs, *queries, *seed)
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	// One untimed pass warms the page cache as a running server would be.
	if _, err := storebench.Run(ctx, st, mix); err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	res, err := storebench.Run(ctx, st, mix)
	if err != nil {
		return fmt.Errorf("eval store: %w", err)
	}
	verdict := func(l storebench.Latency, bar time.Duration) string {
		if bar == 0 {
			return ""
		}
		if l.P95 <= bar {
			return fmt.Sprintf("  PASS (p95 bar %v)", bar)
		}
		return fmt.Sprintf("  FAIL (p95 bar %v)", bar)
	}
	fmt.Fprintf(stdout, "store: %d articles in %s\n", total, *db)
	fmt.Fprintf(stdout, "search (page of 20 + total):  %v%s\n", res.Search, verdict(res.Search, storeSearchP95Bar))
	fmt.Fprintf(stdout, "search with facets:           %v\n", res.SearchFacets)
	fmt.Fprintf(stdout, "entity page:                  %v%s\n", res.EntityPage, verdict(res.EntityPage, storeEntityP95Bar))
	return nil
}

// readExtracted reads `kroniek extract` output.
func readExtracted(path string) ([]*kroniek.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []*kroniek.Document
	dec := json.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for {
		d := &kroniek.Document{}
		if err := dec.Decode(d); errors.Is(err, io.EOF) {
			return docs, nil
		} else if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		d.Offsets = kroniek.CodePoints
		docs = append(docs, d)
	}
}

// extractDevCorpora runs the pipeline over the news dev corpora.
func extractDevCorpora(ctx context.Context, stderr io.Writer) ([]*kroniek.Document, error) {
	nl, en := shared.Data("news-nl", "dpg2019-dev.jsonl"), shared.Data("news-en", "wikinews-dev.jsonl")
	if nl == "" {
		return nil, errors.New("../shared is missing (set KRONIEK_SHARED, or pass --docs)")
	}
	items := make(chan pipeline.Item, 64)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- ingest.Walk(ctx, []string{nl, en}, ingest.Options{}, func(a *kroniek.Article, d *kroniek.Diagnostic) error {
			if a == nil {
				return nil
			}
			select {
			case items <- pipeline.Item{Article: a}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	bar := progress.New(stderr, "extract", "articles")
	var docs []*kroniek.Document
	err := pipeline.New(pipeline.Options{}).Run(ctx, items, func(r pipeline.Result) error {
		if r.Doc != nil {
			docs = append(docs, r.Doc)
			bar.Add(1)
		}
		return nil
	})
	bar.Finish()
	cancel()
	if rerr := <-readErr; err == nil && rerr != nil && !errors.Is(rerr, context.Canceled) {
		err = rerr
	}
	return docs, err
}
