package cli

import (
	"context"
	"fmt"
	"io"

	"kroniek"
	"kroniek/internal/link"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "eval places",
		Summary: "score places (within 161 km) and merged entity names on gold-dev",
		Run:     runEvalPlaces,
	})
}

// runEvalPlaces reproduces gold-dev/score.py's places and entities parts.
func runEvalPlaces(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval places", stderr)
	oracle := fs.Bool("oracle", false, "link the gold names instead of NER output (measures linking alone)")
	verbose := fs.Bool("v", false, "list misplaced places, missed places and unmerged names")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kroniek eval places [-oracle] [-v] [GOLD-DEV-DIR]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	dir := shared.Data("gold-dev")
	if fs.NArg() > 0 {
		dir = fs.Arg(0)
	}
	if dir == "" {
		return fmt.Errorf("eval places: gold-dev folder not found (give it or set KRONIEK_SHARED)")
	}
	var extract link.Extractor
	if !*oracle {
		p := pipeline.New(pipeline.Options{Workers: 1})
		extract = func(ctx context.Context, a kroniek.Article) (*kroniek.Document, error) {
			return p.Extract(ctx, a)
		}
	}
	s, err := link.EvalGoldDev(ctx, dir, extract, *verbose)
	if err != nil {
		return err
	}
	for _, m := range s.Misses {
		fmt.Fprintln(stdout, m)
	}
	s.Print(stdout)
	return nil
}
