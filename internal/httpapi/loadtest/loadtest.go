// Package loadtest measures the latency of a running kroniek server from
// the outside, over HTTP: article search and entity pages, in the API and
// in the web UI. Queries are drawn from the collection itself (title words,
// the most named entities) with a fixed seed, so runs are comparable.
package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Options configure a run.
type Options struct {
	BaseURL     string // e.g. http://127.0.0.1:8080
	Requests    int    // per kind; 0 = 200
	Concurrency int    // 0 = 1
	Seed        uint64
	Client      *http.Client // default: 10 s timeout per request
	// Shapes of search query to draw from: "words", "entity", "dates"
	// (words and a date range); empty = all three.
	Shapes []string
}

// Kinds of request measured. The search kinds are also broken down by the
// shape of the query (words, an entity, words and a date range).
const (
	APISearch = "api search"
	APIEntity = "api entity"
	UISearch  = "ui search"
	UIEntity  = "ui entity"

	APISearchWords  = "  words"
	APISearchEntity = "  entity"
	APISearchDates  = "  words+dates"
)

// Kinds lists the kinds in report order.
var Kinds = []string{APISearch, APISearchWords, APISearchEntity, APISearchDates, APIEntity, UISearch, UIEntity}

// Stats are the latencies of one kind of request.
type Stats struct {
	Kind          string
	N, Errors     int
	P50, P95, P99 time.Duration
	Max           time.Duration
	FirstErr      string
}

// Report is the result of a run.
type Report struct {
	Articles int
	Stats    map[string]*Stats
}

// Run draws queries from the server's collection and times them.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Requests <= 0 {
		o.Requests = 200
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 1
	}
	if o.Client == nil {
		// A request that times out is an error, and its time still
		// counts in the percentiles, so slow queries cannot hide.
		o.Client = &http.Client{Timeout: 10 * time.Second}
	}
	base := strings.TrimRight(o.BaseURL, "/")
	var health struct{ Articles int }
	if err := getJSON(ctx, o.Client, base+"/healthz", &health); err != nil {
		return nil, fmt.Errorf("load test: %w", err)
	}
	words, ents, err := sample(ctx, o.Client, base)
	if err != nil {
		return nil, fmt.Errorf("load test: %w", err)
	}
	if len(words) == 0 || len(ents) == 0 {
		return nil, fmt.Errorf("load test: the collection has no searchable titles or no entities")
	}
	shapes := o.Shapes
	if len(shapes) == 0 {
		shapes = []string{"words", "entity", "dates"}
	}
	for _, sh := range shapes {
		if sh != "words" && sh != "entity" && sh != "dates" {
			return nil, fmt.Errorf("load test: unknown query shape %q", sh)
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x6b726f6e69656b))
	type req struct{ kind, sub, url string }
	var reqs []req
	for i := 0; i < o.Requests; i++ {
		w := words[rng.IntN(len(words))]
		e := ents[rng.IntN(len(ents))]
		// Alternate plain text, entity and text+date searches.
		var q url.Values
		var sub string
		switch shapes[i%len(shapes)] {
		case "words":
			q, sub = url.Values{"q": {w}}, APISearchWords
		case "entity":
			q, sub = url.Values{"entity": {e}}, APISearchEntity
		default:
			q, sub = url.Values{"q": {w}, "from": {"2000"}, "to": {"2030"}}, APISearchDates
		}
		reqs = append(reqs,
			req{APISearch, sub, base + "/api/articles?" + q.Encode()},
			req{APIEntity, "", base + "/api/entities/" + url.PathEscape(e)},
			req{UISearch, "", base + "/?" + q.Encode()},
			req{UIEntity, "", base + "/entities/" + url.PathEscape(e)},
		)
	}
	rng.Shuffle(len(reqs), func(i, j int) { reqs[i], reqs[j] = reqs[j], reqs[i] })

	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	rep := &Report{Articles: health.Articles, Stats: map[string]*Stats{}}
	for _, k := range Kinds {
		rep.Stats[k] = &Stats{Kind: k}
	}
	jobs := make(chan req)
	var wg sync.WaitGroup
	for w := 0; w < o.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range jobs {
				t0 := time.Now()
				err := fetch(ctx, o.Client, r.url)
				d := time.Since(t0)
				mu.Lock()
				for _, k := range []string{r.kind, r.sub} {
					if k == "" {
						continue
					}
					st := rep.Stats[k]
					st.N++
					if err != nil {
						st.Errors++
						if st.FirstErr == "" {
							st.FirstErr = err.Error()
						}
					}
					lat[k] = append(lat[k], d)
				}
				mu.Unlock()
			}
		}()
	}
	for _, r := range reqs {
		select {
		case jobs <- r:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("load test: %w", err)
	}
	for k, ds := range lat {
		slices.Sort(ds)
		st := rep.Stats[k]
		st.P50, st.P95, st.P99, st.Max = pct(ds, 50), pct(ds, 95), pct(ds, 99), ds[len(ds)-1]
	}
	return rep, nil
}

// pct is the nearest-rank percentile of sorted durations.
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := (p*len(ds) + 99) / 100
	return ds[max(i-1, 0)]
}

func fetch(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return fmt.Errorf("read %s: %w", u, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return nil
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(v); err != nil {
		return fmt.Errorf("GET %s: %w", u, err)
	}
	return nil
}

// sample returns title words and entity ids to query with.
func sample(ctx context.Context, c *http.Client, base string) (words, ents []string, err error) {
	var arts struct {
		Articles []struct{ Title string }
	}
	if err := getJSON(ctx, c, base+"/api/articles?limit=1000", &arts); err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	for _, a := range arts.Articles {
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Title), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(w)) >= 5 && !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	slices.Sort(words)
	var es struct {
		Entities []struct{ ID string }
	}
	if err := getJSON(ctx, c, base+"/api/entities?limit=500", &es); err != nil {
		return nil, nil, err
	}
	for _, e := range es.Entities {
		ents = append(ents, e.ID)
	}
	return words, ents, nil
}

// Format writes the report as a table.
func (r *Report) Format(w io.Writer) {
	fmt.Fprintf(w, "%d articles stored\n%-14s %6s %6s %9s %9s %9s %9s\n", r.Articles, "request", "n", "errors", "p50", "p95", "p99", "max")
	for _, k := range Kinds {
		s := r.Stats[k]
		fmt.Fprintf(w, "%-14s %6d %6d %9s %9s %9s %9s\n", k, s.N, s.Errors, ms(s.P50), ms(s.P95), ms(s.P99), ms(s.Max))
		if s.FirstErr != "" {
			fmt.Fprintf(w, "  first error: %s\n", s.FirstErr)
		}
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }
