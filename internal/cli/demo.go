package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"time"

	"kroniek/internal/demo"
	"kroniek/internal/pipeline"
	"kroniek/internal/store/sqlite"
	"kroniek/internal/web"
)

func init() {
	register(&Command{
		Name:    "demo",
		Summary: "extract the built-in sample collection into a temporary database and serve the web UI",
		Run:     runDemo,
	})
}

func runDemo(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (err error) {
	fs := newFlags("demo", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	workers := fs.Int("workers", 0, "extraction workers (0 = one per CPU)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "kroniek-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer func() {
		if rerr := os.RemoveAll(dir); rerr != nil {
			err = errors.Join(err, fmt.Errorf("demo: remove %s: %w", dir, rerr))
		}
	}()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer st.Close()
	t0 := time.Now()
	n, err := demo.Load(ctx, st, pipeline.New(pipeline.Options{Workers: *workers}))
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(stdout, "kroniek demo: extracted and stored %d sample articles in %.1fs\n", n, time.Since(t0).Seconds())
	srv, err := web.New(st)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	// The demo should just work: when the default port is taken and no
	// address was asked for, take any free loopback port.
	addrSet := false
	fs.Visit(func(f *flag.Flag) { addrSet = addrSet || f.Name == "addr" })
	if !addrSet {
		if ln, err := net.Listen("tcp", *addr); err != nil {
			fmt.Fprintf(stderr, "kroniek demo: %s is busy (%v); using another port\n", *addr, err)
			*addr = "127.0.0.1:0"
		} else if err := ln.Close(); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	srv.Log = log.New(stderr, "kroniek demo: ", log.LstdFlags)
	return listenAndServe(ctx, *addr, srv, stdout, stderr, fmt.Sprintf("the demo collection (%d articles)", n))
}
