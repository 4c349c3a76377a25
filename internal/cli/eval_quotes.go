package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"kroniek"
	"kroniek/internal/quote/quoteeval"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "eval quotes",
		Summary: "score quotes and speakers on gold-dev and PolNeAR dev",
		Run:     runEvalQuotes,
	})
}

func runEvalQuotes(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval quotes", stderr)
	goldDev := fs.String("gold-dev", shared.Data("gold-dev"), "gold-dev folder (empty: skip)")
	pol := fs.String("polnear", shared.Data("quotes-en", "polnear", "dev"), "PolNeAR split folder with text/ and attributions/ (empty: skip)")
	verbose := fs.Bool("v", false, "list missed and spurious quotes and wrong speakers")
	pred := fs.String("pred", "", "also write the gold-dev predictions as JSON Lines to this file (for gold-dev/score.py)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval quotes [-v] [--gold-dev DIR] [--polnear DIR] [--pred FILE]\n\nRuns the pipeline and scores direct quotes (P/R/F1, score.py's 50% overlap match) and\nexact speakers. PolNeAR gives attributions, not quotes: its gold is every double-quoted\nspan inside an attribution's content, with that attribution's source.")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *goldDev == "" && *pol == "" {
		fmt.Fprintln(stderr, "kroniek eval quotes: no data: give --gold-dev or --polnear (or set KRONIEK_SHARED)")
		return ErrUsage
	}
	var log func(string)
	if *verbose {
		log = func(s string) { fmt.Fprintln(stdout, s) }
	}
	if *goldDev != "" {
		var sink func(*kroniek.Document) error
		var w *bufio.Writer
		if *pred != "" {
			f, err := os.Create(*pred)
			if err != nil {
				return fmt.Errorf("eval quotes: %w", err)
			}
			defer f.Close()
			w = bufio.NewWriter(f)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			sink = func(d *kroniek.Document) error {
				d.Tokens = nil
				return enc.Encode(d)
			}
		}
		res, err := quoteeval.GoldDev(ctx, *goldDev, log, sink)
		if err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
		if w != nil {
			if err := w.Flush(); err != nil {
				return fmt.Errorf("eval quotes: write predictions: %w", err)
			}
		}
		langs := make([]string, 0, len(res.ByLang))
		for l := range res.ByLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			fmt.Fprintf(stdout, "gold-dev %s (%d articles) %v\n", l, res.ByLang[l].Docs, res.ByLang[l])
		}
		fmt.Fprintf(stdout, "gold-dev all (%d articles) %v\n", res.All.Docs, res.All)
	}
	if *pol != "" {
		c, err := quoteeval.PolNeAR(ctx, *pol, log)
		if err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
		fmt.Fprintf(stdout, "polnear (%d articles) %v\n", c.Docs, c)
	}
	return nil
}
