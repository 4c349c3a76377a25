package loadtest

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"kroniek/internal/httpapi/apitest"
	"kroniek/internal/store/sqlite"
	"kroniek/internal/web"
)

func TestRun(t *testing.T) {
	s, err := web.New(apitest.Store(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	rep, err := Run(context.Background(), Options{BaseURL: srv.URL, Requests: 30, Concurrency: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{APISearch, APIEntity, UISearch, UIEntity} {
		st := rep.Stats[k]
		if st.N != 30 || st.Errors != 0 || st.P95 <= 0 || st.P95 > 5*time.Second {
			t.Errorf("%s: %+v", k, st)
		}
	}
	if n := rep.Stats[APISearchWords].N + rep.Stats[APISearchEntity].N + rep.Stats[APISearchDates].N; n != 30 {
		t.Errorf("search breakdown counts %d requests, want 30", n)
	}
	var b bytes.Buffer
	rep.Format(&b)
	if !strings.Contains(b.String(), "words+dates") {
		t.Errorf("report: %s", b.String())
	}
}

func TestPct(t *testing.T) {
	ds := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for p, want := range map[int]time.Duration{50: 5, 95: 10, 99: 10, 10: 1} {
		if got := pct(ds, p); got != want {
			t.Errorf("pct %d = %d, want %d", p, got, want)
		}
	}
}

// TestBars checks the latency bars of issue 8 (search p95 ≤ 50 ms, entity
// page p95 ≤ 100 ms at 100,000 articles) on the database named by
// KRONIEK_BENCH_DB — generating 100,000 articles takes far longer than a
// test run, so the store benchmarks build it once (internal/store/sqlite,
// `kroniek eval store`) and this test reuses it.
func TestBars(t *testing.T) {
	path := os.Getenv("KRONIEK_BENCH_DB")
	if path == "" {
		t.Skip("skipping: set KRONIEK_BENCH_DB to a database of 100,000 articles to check the latency bars")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := web.New(st)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	rep, err := Run(ctx, Options{BaseURL: srv.URL, Requests: 200, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	rep.Format(&b)
	t.Log("\n" + b.String())
	if rep.Articles < 100000 {
		t.Errorf("only %d articles in %s; the bars are for 100,000", rep.Articles, path)
	}
	for kind, bar := range map[string]time.Duration{APISearch: 50 * time.Millisecond, APIEntity: 100 * time.Millisecond} {
		if st := rep.Stats[kind]; st.Errors > 0 || st.P95 > bar {
			t.Errorf("%s: p95 %s (bar %s), %d errors", kind, st.P95, bar, st.Errors)
		}
	}
}
