// Package pipeline runs the extraction stages over articles, in parallel
// inside and in input order outside.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"kroniek"
)

// Stage annotates a document in place. Offsets are bytes while stages run.
// Language problems become diagnostics on the document; an error means the
// stage itself failed (a model could not be loaded).
type Stage interface {
	Name() string
	Annotate(ctx context.Context, doc *kroniek.Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	N string
	F func(ctx context.Context, doc *kroniek.Document) error
}

func (s StageFunc) Name() string { return s.N }
func (s StageFunc) Annotate(ctx context.Context, doc *kroniek.Document) error {
	return s.F(ctx, doc)
}

// Options configure a pipeline run.
type Options struct {
	Lang    string // "auto" (or empty), "nl", "en": overrides detection
	Workers int    // 0 = GOMAXPROCS
	// Skip names stages to leave out (for measuring a stage's cost).
	Skip map[string]bool
}

// Pipeline extracts documents from articles.
type Pipeline struct {
	opts   Options
	stages []Stage
}

// New returns a pipeline with all standard stages.
func New(opts Options) *Pipeline {
	p := &Pipeline{opts: opts}
	for _, s := range Stages() {
		if !opts.Skip[s.Name()] {
			p.stages = append(p.stages, s)
		}
	}
	return p
}

// Extract runs all stages on one article and returns the document with
// code point offsets.
func (p *Pipeline) Extract(ctx context.Context, a kroniek.Article) (*kroniek.Document, error) {
	doc := &kroniek.Document{Article: a}
	doc.Diagnostics = append(doc.Diagnostics, a.Notes...)
	if p.opts.Lang != "" && p.opts.Lang != "auto" {
		doc.Lang = p.opts.Lang
	}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := s.Annotate(ctx, doc); err != nil {
			return nil, fmt.Errorf("%s: article %s: %w", s.Name(), a.ID, err)
		}
	}
	doc.ToCodePoints()
	if doc.Sentences == nil {
		doc.Sentences = []kroniek.Sentence{}
	}
	if doc.Entities == nil {
		doc.Entities = []kroniek.Entity{}
	}
	if doc.Quotes == nil {
		doc.Quotes = []kroniek.Quote{}
	}
	if doc.Times == nil {
		doc.Times = []kroniek.Time{}
	}
	if doc.Places == nil {
		doc.Places = []kroniek.Place{}
	}
	if doc.Events == nil {
		doc.Events = []kroniek.Event{}
	}
	if doc.Diagnostics == nil {
		doc.Diagnostics = []kroniek.Diagnostic{}
	}
	return doc, nil
}

// Item is an input to Run: an article, or a diagnostic from reading input
// that is passed through in order.
type Item struct {
	Article *kroniek.Article
	Diag    *kroniek.Diagnostic
}

// Result is an output of Run, in input order.
type Result struct {
	Doc  *kroniek.Document
	Diag *kroniek.Diagnostic
}

// Run extracts items from in with several workers and calls out with the
// results in input order. It stops at the first error from a stage or out.
func (p *Pipeline) Run(ctx context.Context, in <-chan Item, out func(Result) error) error {
	workers := p.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		item Item
		res  chan Result
		err  chan error
	}
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.item.Article == nil {
					j.res <- Result{Diag: j.item.Diag}
					continue
				}
				doc, err := p.Extract(ctx, *j.item.Article)
				if err != nil {
					j.err <- err
					continue
				}
				j.res <- Result{Doc: doc}
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for {
			select {
			case <-ctx.Done():
				return
			case it, ok := <-in:
				if !ok {
					return
				}
				j := &job{item: it, res: make(chan Result, 1), err: make(chan error, 1)}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	var firstErr error
	for j := range order {
		if firstErr != nil {
			continue
		}
		select {
		case r := <-j.res:
			if err := out(r); err != nil {
				firstErr = err
				cancel()
			}
		case err := <-j.err:
			firstErr = err
			cancel()
		case <-ctx.Done():
			firstErr = ctx.Err()
		}
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return firstErr
}
