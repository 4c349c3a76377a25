package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clockNow := now
	b := newBar(&bytes.Buffer{}, "ingest", "articles", func() time.Time { return clockNow })
	b.width = 10
	tests := []struct {
		elapsed     time.Duration
		done, total int
		want        string
	}{
		{0, 0, 0, "ingest 0  0.0 articles/s  0:00"},
		{10 * time.Second, 50, 0, "ingest 50  5.0 articles/s  0:10"},
		{10 * time.Second, 50, 200, "ingest [==>       ] 50/200  25%  5.0 articles/s  ETA 0:30"},
		{40 * time.Second, 200, 200, "ingest [==========] 200/200 100%  5.0 articles/s  0:40"},
		{2 * time.Hour, 1, 1000000, "ingest [>         ] 1/1000000   0%  0.0 articles/s  ETA 1999998:00:00"},
	}
	for _, tt := range tests {
		clockNow = now.Add(tt.elapsed)
		b.done, b.total = tt.done, tt.total
		if got := b.line(); got != tt.want {
			t.Errorf("line(%v, %d/%d) =\n %q\nwant %q", tt.elapsed, tt.done, tt.total, got, tt.want)
		}
	}
}

func TestNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, "x", "items")
	if b != nil {
		t.Fatalf("New on a buffer returned a bar")
	}
	// A nil bar is usable and silent.
	b.SetTotal(3)
	b.Add(1)
	b.Finish()
	if buf.Len() != 0 {
		t.Errorf("nil bar wrote %q", buf.String())
	}
}

func TestFinish(t *testing.T) {
	var buf bytes.Buffer
	b := newBar(&buf, "x", "items", time.Now)
	b.wg.Add(1)
	go b.loop(time.Millisecond)
	b.SetTotal(2)
	b.Add(2)
	time.Sleep(20 * time.Millisecond)
	b.Finish()
	b.Finish() // twice is fine
	out := buf.String()
	if !strings.HasSuffix(out, "\x1b[K\n") || !strings.Contains(out, "2/2") {
		t.Errorf("output = %q", out)
	}
}

func BenchmarkLine(b *testing.B) {
	bar := newBar(&bytes.Buffer{}, "ingest", "articles", time.Now)
	bar.total = 1000
	for i := 0; b.Loop(); i++ {
		bar.done = i % 1000
		_ = bar.line()
	}
}
