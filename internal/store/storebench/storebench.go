// Package storebench measures a store at scale: it fills one with copies of
// extracted articles (new ids, dates moved) and times a fixed, seeded mix
// of the queries the API and UI make. Used by `kroniek eval store` and the
// backends' benchmarks.
package storebench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"

	"kroniek"
	"kroniek/internal/store"
)

// Copy returns doc as its k-th copy: id "<id>~k" and, for k > 0, published
// k days earlier, so that copies spread over time like a real collection.
func Copy(doc *kroniek.Document, k int) *kroniek.Document {
	d := *doc
	if k == 0 {
		return &d
	}
	d.ID = fmt.Sprintf("%s~%d", doc.ID, k)
	if t, err := time.Parse("2006-01-02", doc.Published); err == nil {
		d.Published = t.AddDate(0, 0, -k).Format("2006-01-02")
	}
	return &d
}

// Fill puts copies of docs into st until it holds n articles. It resumes
// where an earlier Fill stopped (copies are numbered by the count), so a
// killed fill can simply be run again. progress, if not nil, is called
// after every put with the count so far.
func Fill(ctx context.Context, st store.Store, docs []*kroniek.Document, n int, progress func(int)) error {
	if len(docs) == 0 {
		return fmt.Errorf("fill: no documents")
	}
	have, err := st.Count(ctx)
	if err != nil {
		return fmt.Errorf("fill: %w", err)
	}
	if r, ok := st.(replicator); ok && have == 0 && n > len(docs) {
		// Put the originals, then let the backend copy them in bulk.
		for i, d := range docs {
			if _, err := st.Put(ctx, d); err != nil {
				return fmt.Errorf("fill: %w", err)
			}
			if progress != nil {
				progress(i + 1)
			}
		}
		if err := r.Replicate(ctx, docs, n); err != nil {
			return fmt.Errorf("fill: %w", err)
		}
		if progress != nil {
			progress(n)
		}
		return nil
	}
	for i := have; i < n; i++ {
		if _, err := st.Put(ctx, Copy(docs[i%len(docs)], i/len(docs))); err != nil {
			return fmt.Errorf("fill: %w", err)
		}
		if progress != nil {
			progress(i + 1)
		}
	}
	return nil
}

// replicator is a backend that can copy its articles in bulk (see
// sqlite.DB.Replicate): same result as putting the copies, much faster.
type replicator interface {
	Replicate(ctx context.Context, docs []*kroniek.Document, n int) error
}

// Mix is a fixed set of queries.
type Mix struct {
	Searches []store.ArticleQuery // page of 20, no facets
	Entities []string             // entity ids
}

// NewMix draws n searches and n entity pages with a fixed seed. Searches
// take the shapes the API and UI send, in turn: one or two words from
// article titles (what readers look for: names and topics); words with a
// month range (the month of an article), with a day range (between the
// dates of two articles), with a wide year range, with only a lower or an
// upper bound; words with an entity filter, with a language, with an
// entity and a language; an entity alone, an entity with a month range, a
// day range alone; and a deeper page (offset 40). Entities are drawn from
// the 1,000 with most articles (the ones the UI links to most, and the
// most expensive pages).
func NewMix(ctx context.Context, st store.Store, docs []*kroniek.Document, n int, seed uint64) (*Mix, error) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var words []string
	for _, d := range docs {
		for _, w := range strings.FieldsFunc(d.Title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if len([]rune(w)) >= 4 {
				words = append(words, w)
			}
		}
	}
	slices.Sort(words)
	words = slices.Compact(words)
	if len(words) == 0 {
		return nil, fmt.Errorf("query mix: no title words")
	}
	es, err := st.Entities(ctx, store.EntityQuery{Limit: 1000})
	if err != nil {
		return nil, fmt.Errorf("query mix: %w", err)
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("query mix: no entities")
	}
	m := &Mix{}
	for i := range n {
		q := store.ArticleQuery{Q: words[rng.IntN(len(words))], Limit: 20}
		if rng.IntN(3) == 0 {
			q.Q += " " + words[rng.IntN(len(words))]
		}
		doc := docs[rng.IntN(len(docs))]
		p, p2 := doc.Published, docs[rng.IntN(len(docs))].Published
		if p2 < p {
			p, p2 = p2, p
		}
		ent := es[rng.IntN(len(es))].ID
		switch i % 14 {
		case 1:
			if len(p) >= 7 {
				q.From, q.To = p[:7], p[:7]
			}
		case 2:
			if len(p) >= 10 && len(p2) >= 10 {
				q.From, q.To = p[:10], p2[:10]
			}
		case 3:
			q.From, q.To = "2000", "2030"
		case 4:
			if len(p) >= 10 {
				q.From = p[:10]
			}
		case 5:
			if len(p2) >= 10 {
				q.To = p2[:10]
			}
		case 6:
			q.Entity = ent
		case 7:
			q.Lang = doc.Lang
		case 8:
			q.Entity, q.Lang = ent, doc.Lang
		case 9:
			q.Q, q.Entity = "", ent
		case 10:
			q.Q, q.Entity = "", ent
			if len(p) >= 7 {
				q.From, q.To = p[:7], p[:7]
			}
		case 11:
			q.Q = ""
			if len(p) >= 10 && len(p2) >= 10 {
				q.From, q.To = p[:10], p2[:10]
			}
		case 12:
			q.Offset = 40
		case 13:
			q.Lang = doc.Lang
			if len(p) >= 7 {
				q.From, q.To = p[:7], p2[:min(7, len(p2))]
			}
		}
		m.Searches = append(m.Searches, q)
	}
	for range n {
		m.Entities = append(m.Entities, es[rng.IntN(len(es))].ID)
	}
	return m, nil
}

// Latency summarises timings.
type Latency struct {
	N             int
	P50, P95, Max time.Duration
}

func (l Latency) String() string {
	return fmt.Sprintf("n=%d p50=%.1fms p95=%.1fms max=%.1fms", l.N, ms(l.P50), ms(l.P95), ms(l.Max))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func summarise(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	return Latency{N: len(s), P50: at(0.50), P95: at(0.95), Max: s[len(s)-1]}
}

// Result holds the latencies of one run of a mix.
type Result struct {
	Search       Latency // SearchArticles as the API asks (page of 20, total)
	SearchFacets Latency // the same with facets, as the UI asks
	EntityPage   Latency
}

// Run times every query of the mix once, one at a time.
func Run(ctx context.Context, st store.Store, m *Mix) (*Result, error) {
	var search, facets, pages []time.Duration
	for _, q := range m.Searches {
		t := time.Now()
		if _, err := st.SearchArticles(ctx, q); err != nil {
			return nil, fmt.Errorf("search %+v: %w", q, err)
		}
		search = append(search, time.Since(t))
		q.Facets = true
		t = time.Now()
		if _, err := st.SearchArticles(ctx, q); err != nil {
			return nil, fmt.Errorf("search %+v: %w", q, err)
		}
		facets = append(facets, time.Since(t))
	}
	for _, id := range m.Entities {
		t := time.Now()
		if _, err := st.Entity(ctx, id); err != nil {
			return nil, fmt.Errorf("entity %q: %w", id, err)
		}
		pages = append(pages, time.Since(t))
	}
	return &Result{Search: summarise(search), SearchFacets: summarise(facets), EntityPage: summarise(pages)}, nil
}
