package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/pipeline"
)

func init() {
	register(&Command{Name: "extract", Summary: "annotate articles and write JSON Lines (the extract contract)", Run: runExtract})
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	lang := fs.String("lang", "auto", "language of the articles: auto, nl or en (an article's own lang field wins over auto)")
	tokens := fs.Bool("tokens", false, "include tokens (with pos and lemma) in the output")
	workers := fs.Int("workers", 0, "parallel workers (0 = one per core)")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "refuse articles larger than this many bytes")
	kbExtra := fs.String("kb-extra", "", "a file of your own knowledge-base entries and aliases (docs/kb.md); also $KRONIEK_KB_EXTRA")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek extract [--lang auto|nl|en] [--tokens] [--workers N] [PATH ...]\n\nReads articles (JSON Lines, JSON, plain text; directories recursively; - or nothing = standard input)\nand writes one annotated article per line to standard output, in input order.")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *lang != "auto" && *lang != "nl" && *lang != "en" {
		fmt.Fprintf(stderr, "kroniek extract: --lang must be auto, nl or en, not %q\n", *lang)
		return ErrUsage
	}
	if err := loadKBExtra(*kbExtra); err != nil {
		return err
	}
	return extract(ctx, fs.Args(), extractOptions{Lang: *lang, Tokens: *tokens, Workers: *workers, MaxBytes: *maxBytes}, stdin, stdout, stderr)
}

type extractOptions struct {
	Lang     string
	Tokens   bool
	Workers  int
	MaxBytes int64
}

func extract(ctx context.Context, paths []string, o extractOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	p := pipeline.New(pipeline.Options{Lang: o.Lang, Workers: o.Workers})
	items := make(chan pipeline.Item, 64)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	readErr := make(chan error, 1)
	go func() {
		defer close(items)
		readErr <- ingest.Walk(ctx, paths, ingest.Options{MaxBytes: o.MaxBytes, Lang: o.Lang, Stdin: stdin},
			func(a *kroniek.Article, d *kroniek.Diagnostic) error {
				select {
				case items <- pipeline.Item{Article: a, Diag: d}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
	}()
	w := bufio.NewWriterSize(stdout, 256<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	nDocs, nDiags := 0, 0
	err := p.Run(ctx, items, func(r pipeline.Result) error {
		if r.Diag != nil {
			nDiags++
			where := r.Diag.Path
			if r.Diag.Line > 0 {
				where = fmt.Sprintf("%s:%d", where, r.Diag.Line)
			}
			fmt.Fprintf(stderr, "kroniek extract: %s: %s: %s\n", r.Diag.Severity, where, r.Diag.Message)
			return nil
		}
		nDocs++
		for _, d := range r.Doc.Diagnostics {
			nDiags++
			fmt.Fprintf(stderr, "kroniek extract: %s: article %s: %s\n", d.Severity, r.Doc.ID, d.Message)
		}
		if !o.Tokens {
			r.Doc.Tokens = nil
		}
		if err := enc.Encode(r.Doc); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	})
	cancel()
	rerr := <-readErr
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	if err != nil {
		return err
	}
	if rerr != nil && rerr != context.Canceled {
		return rerr
	}
	return nil
}
