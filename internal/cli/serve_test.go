package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingURL = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// TestListenAndServe serves on a loopback port, answers a request, and
// stops gracefully when the context ends (as on Ctrl-C).
func TestListenAndServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	done := make(chan error, 1)
	go func() { done <- listenAndServe(ctx, "127.0.0.1:0", h, &out, &errOut, "test") }()
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		base = servingURL.FindString(out.String())
		time.Sleep(10 * time.Millisecond)
	}
	if base == "" {
		t.Fatalf("no URL printed: %q", out.String())
	}
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "ok" {
		t.Errorf("body %q", body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop")
	}
	if !strings.Contains(out.String(), "stopped") || errOut.String() != "" {
		t.Errorf("stdout %q stderr %q", out.String(), errOut.String())
	}
}

// TestListenAndServeWarns says so when the address is not loopback.
func TestListenAndServeWarns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() { done <- listenAndServe(ctx, "0.0.0.0:0", http.NotFoundHandler(), &out, &errOut, "test") }()
	for i := 0; i < 200 && !strings.Contains(out.String(), "serving"); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "reachable from other machines") {
		t.Errorf("no warning for 0.0.0.0: %q", errOut.String())
	}
}

func TestServeNeedsDB(t *testing.T) {
	var out, errOut bytes.Buffer
	err := Run(context.Background(), []string{"serve", "--db", t.TempDir() + "/missing.db"}, nil, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "kroniek ingest") {
		t.Errorf("serve without a database: %v", err)
	}
}
