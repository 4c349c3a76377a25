package cli

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"kroniek/internal/httpapi/loadtest"
	"kroniek/internal/store/sqlite"
	"kroniek/internal/web"
)

func init() {
	register(&Command{
		Name:    "eval api",
		Summary: "measure search and entity page latency (p50/p95) of a server or a database",
		Run:     runEvalAPI,
	})
}

// Bars from issue 8, at 100,000 stored articles.
const (
	searchP95Bar = 50 * time.Millisecond
	entityP95Bar = 100 * time.Millisecond
)

func runEvalAPI(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval api", stderr)
	u := fs.String("url", "", "base URL of a running `kroniek serve` (measured from this second process)")
	db := fs.String("db", "", "instead of --url: serve this database in-process on a loopback port and measure it")
	n := fs.Int("n", 200, "requests of each kind")
	conc := fs.Int("concurrency", 1, "requests in flight")
	seed := fs.Uint64("seed", 1, "seed for drawing queries")
	shapes := fs.String("shapes", "words,entity,dates", "search query shapes: words, entity, dates (words and a date range)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if (*u == "") == (*db == "") {
		fmt.Fprintln(stderr, "kroniek eval api: give exactly one of --url and --db")
		return ErrUsage
	}
	base := *u
	if *db != "" {
		if _, err := os.Stat(*db); err != nil {
			return fmt.Errorf("eval api: %w", err)
		}
		st, err := sqlite.Open(ctx, *db)
		if err != nil {
			return fmt.Errorf("eval api: %w", err)
		}
		defer st.Close()
		srv, err := web.New(st)
		if err != nil {
			return fmt.Errorf("eval api: %w", err)
		}
		srv.Log = log.New(stderr, "kroniek eval api: ", log.LstdFlags)
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fmt.Errorf("eval api: %w", err)
		}
		hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
		go hs.Serve(ln)
		defer hs.Close()
		base = "http://" + ln.Addr().String()
	}
	rep, err := loadtest.Run(ctx, loadtest.Options{BaseURL: base, Requests: *n, Concurrency: *conc, Seed: *seed, Shapes: strings.Split(*shapes, ",")})
	if err != nil {
		return fmt.Errorf("eval api: %w", err)
	}
	rep.Format(stdout)
	var fails []string
	check := func(kind string, bar time.Duration) {
		s := rep.Stats[kind]
		if s.Errors > 0 {
			fails = append(fails, fmt.Sprintf("%s: %d errors", kind, s.Errors))
		}
		if s.P95 > bar {
			fails = append(fails, fmt.Sprintf("%s p95 %.1fms > %s", kind, float64(s.P95.Microseconds())/1000, bar))
		}
	}
	check(loadtest.APISearch, searchP95Bar)
	check(loadtest.APIEntity, entityP95Bar)
	if len(fails) > 0 {
		return fmt.Errorf("eval api: below the bar: %v", fails)
	}
	fmt.Fprintf(stdout, "bars hold: api search p95 ≤ %s, api entity p95 ≤ %s\n", searchP95Bar, entityP95Bar)
	return nil
}
