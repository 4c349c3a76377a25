package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
	"kroniek/internal/progress"
	"kroniek/internal/store"
	"kroniek/internal/store/sqlite"
)

func init() {
	register(&Command{Name: "ingest", Summary: "extract articles and store them in a database (idempotent, resumable)", Run: runIngest})
}

const defaultDB = "kroniek.db"

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", stderr)
	db := fs.String("db", defaultDB, "database file")
	lang := fs.String("lang", "auto", "language of the articles: auto, nl or en (an article's own lang field wins over auto)")
	workers := fs.Int("workers", 0, "parallel extraction workers (0 = one per core)")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse articles larger than this many bytes")
	verbose := fs.Bool("v", false, "print every diagnostic, not only a count")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek ingest [--db FILE] [--workers N] [--lang auto|nl|en] PATH ...\n\n"+
			"Reads articles (JSON Lines, JSON, plain text; directories recursively; - or nothing = standard input),\n"+
			"extracts them and stores each in its own transaction. Articles already stored with the same id and\n"+
			"content are skipped before extraction; a changed article is re-extracted and replaced.")
		fs.PrintDefaults()
	}
	paths, help, err := parseInterspersed(fs, args)
	if help || err != nil {
		return err
	}
	if *lang != "auto" && *lang != "nl" && *lang != "en" {
		fmt.Fprintf(stderr, "kroniek ingest: --lang must be auto, nl or en, not %q\n", *lang)
		return ErrUsage
	}
	st, err := sqlite.Open(ctx, *db)
	if err != nil {
		return err
	}
	bar := progress.New(stderr, "ingest", "articles")
	sum, err := ingestInto(ctx, st, paths, ingestOptions{Lang: *lang, Workers: *workers, MaxBytes: *maxBytes, Stdin: stdin, Bar: bar})
	bar.Finish()
	err = errors.Join(err, st.Close())
	sum.print(stderr, "ingest", *verbose)
	return err
}

type ingestOptions struct {
	Lang     string
	Workers  int
	MaxBytes int64
	Stdin    io.Reader
	Bar      *progress.Bar
}

// ingestSummary counts what an ingest or reindex did.
type ingestSummary struct {
	Read, Stored, Skipped int
	Diags                 []kroniek.Diagnostic // input problems and language diagnostics
	Elapsed               time.Duration
}

func (s *ingestSummary) print(w io.Writer, cmd string, verbose bool) {
	bySev := map[string]int{}
	shown, hidden := 0, 0
	for _, d := range s.Diags {
		bySev[d.Severity]++
		// Input problems (they have a path) are worth seeing; the rest
		// only on request. Either way no flood.
		if !verbose && (d.Path == "" || shown >= 10) {
			hidden++
			continue
		}
		{
			where := d.Path
			if d.Line > 0 {
				where = fmt.Sprintf("%s:%d", where, d.Line)
			}
			if where != "" {
				where += ": "
			}
			fmt.Fprintf(w, "kroniek %s: %s: %s%s\n", cmd, d.Severity, where, d.Message)
			shown++
		}
	}
	if hidden > 0 {
		fmt.Fprintf(w, "kroniek %s: %d more diagnostics not shown (-v shows them)\n", cmd, hidden)
	}
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Read) / sec
	}
	fmt.Fprintf(w, "kroniek %s: %d articles read: %d stored, %d skipped (unchanged); diagnostics: %d errors, %d warnings, %d info; %.1fs (%.0f articles/s)\n",
		cmd, s.Read, s.Stored, s.Skipped, bySev[kroniek.Error], bySev[kroniek.Warning], bySev[kroniek.Info], s.Elapsed.Seconds(), rate)
}

// batchPutter is a store that stores several articles in one transaction.
type batchPutter interface {
	PutBatch(ctx context.Context, docs []*kroniek.Document) ([]bool, error)
}

// ingestInto reads paths and stores every article not yet stored with the
// same content. Articles are stored in transactions of whole articles
// (batches), so an ingest killed at any point leaves whole articles only, and running it again
// completes it.
func ingestInto(ctx context.Context, st store.Store, paths []string, o ingestOptions) (*ingestSummary, error) {
	t0 := time.Now()
	sum := &ingestSummary{}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Count the input beside the work, for the bar's ETA; only worth it
	// when a bar is shown.
	if o.Bar != nil && !usesStdin(paths) {
		go func() {
			n := 0
			err := ingest.Walk(ctx, paths, ingest.Options{MaxBytes: o.MaxBytes},
				func(a *kroniek.Article, _ *kroniek.Diagnostic) error {
					if a != nil {
						n++
					}
					return nil
				})
			if err == nil {
				o.Bar.SetTotal(n)
			}
		}()
	}

	var skipped atomic.Int64
	items := make(chan pipeline.Item, 64)
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- ingest.Walk(ctx, paths, ingest.Options{MaxBytes: o.MaxBytes, Lang: o.Lang, Stdin: o.Stdin},
			func(a *kroniek.Article, d *kroniek.Diagnostic) error {
				if a != nil {
					// Skip what is stored already before paying for extraction.
					ok, err := st.Has(ctx, a.ID, store.Hash(a))
					if err != nil {
						return err
					}
					if ok {
						skipped.Add(1)
						o.Bar.Add(1)
						return nil
					}
				}
				select {
				case items <- pipeline.Item{Article: a, Diag: d}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
	}()
	count := func(stored bool) {
		if stored {
			sum.Stored++
		} else {
			sum.Skipped++ // the same article twice in the input
		}
		o.Bar.Add(1)
	}
	// Articles go into the store in batches when it can take them (one
	// commit per batch; each article still whole or absent after a crash).
	w := startBatchWriter(ctx, cancel, writeBatch, func(docs []*kroniek.Document) error {
		if bp, ok := st.(batchPutter); ok {
			stored, err := bp.PutBatch(ctx, docs)
			if err != nil {
				return err
			}
			for _, s := range stored {
				count(s)
			}
			return nil
		}
		for _, d := range docs {
			stored, err := st.Put(ctx, d)
			if err != nil {
				return err
			}
			count(stored)
		}
		return nil
	})
	p := pipeline.New(pipeline.Options{Lang: o.Lang, Workers: o.Workers})
	err := p.Run(ctx, items, func(r pipeline.Result) error {
		if r.Diag != nil {
			sum.Diags = append(sum.Diags, *r.Diag)
			return nil
		}
		sum.Read++
		sum.Diags = append(sum.Diags, r.Doc.Diagnostics...)
		return w.send(ctx, r.Doc)
	})
	if werr := w.close(); werr != nil {
		err = werr // the cause; the pipeline only saw the cancel
	}
	cancel()
	rerr := <-readErr
	sum.Skipped += int(skipped.Load())
	sum.Read += int(skipped.Load())
	sum.Elapsed = time.Since(t0)
	if err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	if rerr != nil && !errors.Is(rerr, context.Canceled) {
		return sum, fmt.Errorf("ingest: %w", rerr)
	}
	return sum, nil
}

func usesStdin(paths []string) bool {
	if len(paths) == 0 {
		return true
	}
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments ("kroniek search kim --json"); "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) (pos []string, help bool, err error) {
	for {
		if help, err := parseFlags(fs, args); help || err != nil {
			return nil, help, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, false, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), false, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// docWriter stores documents on a goroutine of its own, in order, so that
// extraction goes on while the store writes.
type docWriter struct {
	ch   chan *kroniek.Document
	done chan error
}

// startDocWriter starts a writer calling put for every document sent; at
// the first error it cancels the run and drops the rest.
func startDocWriter(ctx context.Context, cancel context.CancelFunc, put func(*kroniek.Document) error) *docWriter {
	return startBatchWriter(ctx, cancel, 1, func(docs []*kroniek.Document) error {
		for _, d := range docs {
			if err := put(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// Batches of a bulk load: up to writeBatch articles, or what arrived within
// writeWait of the first, go into one transaction.
const (
	writeBatch = 32
	writeWait  = 300 * time.Millisecond
)

// startBatchWriter starts a writer calling put with batches of up to max
// documents sent (what arrives within writeWait); at the first error it
// cancels the run and drops the rest.
func startBatchWriter(ctx context.Context, cancel context.CancelFunc, max int, put func([]*kroniek.Document) error) *docWriter {
	w := &docWriter{ch: make(chan *kroniek.Document, 64), done: make(chan error, 1)}
	go func() {
		var err error
		batch := make([]*kroniek.Document, 0, max)
		for d := range w.ch {
			if err != nil {
				continue
			}
			batch = append(batch[:0], d)
			timer := time.NewTimer(writeWait)
		fill:
			for len(batch) < max {
				select {
				case d, ok := <-w.ch:
					if !ok {
						break fill
					}
					batch = append(batch, d)
				case <-timer.C:
					break fill
				}
			}
			timer.Stop()
			if err = put(batch); err != nil {
				cancel()
			}
		}
		w.done <- err
	}()
	return w
}

func (w *docWriter) send(ctx context.Context, d *kroniek.Document) error {
	select {
	case w.ch <- d:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// close waits for the documents sent to be stored and returns the first
// error.
func (w *docWriter) close() error {
	close(w.ch)
	return <-w.done
}
