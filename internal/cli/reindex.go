package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"kroniek"
	"kroniek/internal/pipeline"
	"kroniek/internal/progress"
	"kroniek/internal/store"
	"kroniek/internal/store/sqlite"
)

func init() {
	register(&Command{Name: "reindex", Summary: "re-extract every stored article (after the models changed)", Run: runReindex})
}

func runReindex(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("reindex", stderr)
	db := fs.String("db", defaultDB, "database file")
	workers := fs.Int("workers", 0, "parallel extraction workers (0 = one per core)")
	verbose := fs.Bool("v", false, "print every diagnostic, not only a count")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek reindex [--db FILE] [--workers N]\n\n"+
			"Runs the current pipeline again over every stored article and replaces what was extracted,\n"+
			"one article per transaction.")
		fs.PrintDefaults()
	}
	rest, help, err := parseInterspersed(fs, args)
	if help || err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintln(stderr, "kroniek reindex: takes no arguments")
		return ErrUsage
	}
	st, err := sqlite.Open(ctx, *db)
	if err != nil {
		return err
	}
	bar := progress.New(stderr, "reindex", "articles")
	sum, err := reindex(ctx, st, *workers, bar)
	bar.Finish()
	err = errors.Join(err, st.Close())
	sum.print(stderr, "reindex", *verbose)
	return err
}

// reindex extracts every stored article again and replaces it. The stored
// language is kept (it was given or detected when the article came in).
func reindex(ctx context.Context, st store.Store, workers int, bar *progress.Bar) (*ingestSummary, error) {
	t0 := time.Now()
	sum := &ingestSummary{}
	if n, err := st.Count(ctx); err == nil {
		bar.SetTotal(n)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	items := make(chan pipeline.Item, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- st.Export(ctx, func(d *kroniek.Document) error {
			a := d.Article
			select {
			case items <- pipeline.Item{Article: &a}:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	w := startDocWriter(ctx, cancel, func(d *kroniek.Document) error {
		if err := st.Replace(ctx, d); err != nil {
			return err
		}
		sum.Stored++
		bar.Add(1)
		return nil
	})
	p := pipeline.New(pipeline.Options{Workers: workers})
	err := p.Run(ctx, items, func(r pipeline.Result) error {
		sum.Read++
		sum.Diags = append(sum.Diags, r.Doc.Diagnostics...)
		return w.send(ctx, r.Doc)
	})
	if werr := w.close(); werr != nil {
		err = werr
	}
	cancel()
	rerr := <-readErr
	sum.Elapsed = time.Since(t0)
	if err != nil {
		return sum, fmt.Errorf("reindex: %w", err)
	}
	if rerr != nil && !errors.Is(rerr, context.Canceled) {
		return sum, fmt.Errorf("reindex: %w", rerr)
	}
	return sum, nil
}
