package cli

import (
	"context"
	"fmt"
	"io"

	"kroniek/internal/event"
	"kroniek/internal/golddev"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "eval events",
		Summary: "score events on ../shared/data/gold-dev/events: typed event F1, actor, target, factuality",
		Run:     runEvalEvents,
	})
}

func runEvalEvents(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval events", stderr)
	dir := fs.String("dir", "", "gold-dev folder (default ../shared/data/gold-dev)")
	verbose := fs.Bool("v", false, "list missed gold events and unmatched predictions")
	lang := fs.String("lang", "", "score only articles in this language")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *dir == "" {
		*dir = shared.Data("gold-dev")
		if *dir == "" {
			return fmt.Errorf("eval events: ../shared is missing; pass --dir")
		}
	}
	items, err := golddev.Load(*dir)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	var debug io.Writer
	if *verbose {
		debug = stdout
	}
	s, n, err := scoreEvents(ctx, items, *lang, debug, func(id string, miss []golddev.Event) {
		if *verbose {
			for _, e := range miss {
				fmt.Fprintf(stdout, "  missed %s: %s %q %s -> %s (%s)\n", id, e.Type, e.Trigger,
					golddev.Str(e.Actor), golddev.Str(e.Target), e.Factuality)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	fmt.Fprintf(stdout, "%d articles with event coding\n", n)
	fmt.Fprintf(stdout, "events gold %d pred %d matched %d: P %.3f R %.3f F1 %.3f\n", s.Gold, s.Pred, s.Matched, s.P(), s.R(), s.F1())
	fmt.Fprintf(stdout, "of matched: actor %.3f target %.3f factuality %.3f\n", s.ActorAcc(), s.TargetAcc(), s.FactualityAcc())
	fmt.Fprintf(stdout, "eventF1 %.3f actor %.3f target %.3f factuality %.3f\n", s.F1(), s.ActorAcc(), s.TargetAcc(), s.FactualityAcc())
	return nil
}

// scoreEvents runs the full pipeline on the gold-dev articles that have
// event coding and scores their events.
func scoreEvents(ctx context.Context, items []golddev.Item, lang string, debug io.Writer, onDoc func(id string, miss []golddev.Event)) (event.Score, int, error) {
	s := event.Score{Debug: debug}
	p := pipeline.New(pipeline.Options{})
	n := 0
	for _, it := range items {
		if it.Gold.Events == nil || (lang != "" && it.Article.Lang != lang) {
			continue
		}
		doc, err := p.Extract(ctx, it.Article)
		if err != nil {
			return s, n, err
		}
		n++
		if debug != nil {
			fmt.Fprintf(debug, "%s:\n", it.Article.ID)
		}
		miss := s.ScoreDoc(it.Article.Text, it.Gold.Events, doc)
		if onDoc != nil {
			onDoc(it.Article.ID, miss)
		}
	}
	return s, n, nil
}
