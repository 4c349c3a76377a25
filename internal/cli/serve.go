package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"kroniek/internal/store/sqlite"
	"kroniek/internal/web"
)

func init() {
	register(&Command{
		Name:    "serve",
		Summary: "serve the web UI and JSON API over a database (loopback only by default)",
		Run:     runServe,
	})
}

func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	db := fs.String("db", "kroniek.db", "database file written by `kroniek ingest`")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; anything but loopback exposes the collection")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if _, err := os.Stat(*db); err != nil {
		return fmt.Errorf("serve: %w (create it with `kroniek ingest --db %s PATH ...`)", err, *db)
	}
	st, err := sqlite.Open(ctx, *db)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer st.Close()
	srv, err := web.New(st)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv.Log = log.New(stderr, "kroniek serve: ", log.LstdFlags)
	n, err := st.Count(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return listenAndServe(ctx, *addr, srv, stdout, stderr, fmt.Sprintf("%d articles from %s", n, *db))
}

// listenAndServe serves h on addr until ctx is done, then shuts down
// gracefully, giving requests in flight a few seconds.
func listenAndServe(ctx context.Context, addr string, h http.Handler, stdout, stderr io.Writer, what string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			fmt.Fprintf(stderr, "kroniek: warning: listening on %s, which is reachable from other machines\n", ln.Addr())
		}
	}
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(stderr, "kroniek http: ", log.LstdFlags),
	}
	fmt.Fprintf(stdout, "kroniek: serving %s at http://%s/ (Ctrl-C to stop)\n", what, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(stdout, "kroniek: stopped")
	return nil
}
