// Package progress draws a one-line progress bar on a terminal: items done,
// items per second and the time left. On anything but a terminal it draws
// nothing, so logs and pipes stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// IsTerminal reports whether w is a terminal (a character device).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}

// Bar is a progress bar. Its methods are safe for concurrent use; a nil
// *Bar does nothing, so callers need not check whether one is shown.
type Bar struct {
	w     io.Writer
	label string
	unit  string
	width int
	now   func() time.Time

	mu      sync.Mutex
	start   time.Time
	done    int
	total   int // 0 = not known (yet)
	last    time.Time
	drawn   bool
	stopped bool
	stop    chan struct{}
	wg      sync.WaitGroup
}

// New returns a bar that redraws on w every interval until Finish; when w
// is not a terminal it returns nil (which draws nothing).
func New(w io.Writer, label, unit string) *Bar {
	if !IsTerminal(w) {
		return nil
	}
	b := newBar(w, label, unit, time.Now)
	b.wg.Add(1)
	go b.loop(200 * time.Millisecond)
	return b
}

func newBar(w io.Writer, label, unit string, now func() time.Time) *Bar {
	return &Bar{w: w, label: label, unit: unit, width: 30, now: now, start: now(), stop: make(chan struct{})}
}

func (b *Bar) loop(every time.Duration) {
	defer b.wg.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-b.stop:
			return
		case <-t.C:
			b.mu.Lock()
			b.draw()
			b.mu.Unlock()
		}
	}
}

// SetTotal sets the number of items expected (0 = unknown).
func (b *Bar) SetTotal(n int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.total = n
	b.mu.Unlock()
}

// Add counts n more items done.
func (b *Bar) Add(n int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	b.done += n
	b.mu.Unlock()
}

// Finish draws the final state and ends the line.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	if b.stopped {
		b.mu.Unlock()
		return
	}
	b.stopped = true
	close(b.stop)
	b.mu.Unlock()
	b.wg.Wait()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		b.draw()
		fmt.Fprint(b.w, "\n")
	}
}

// draw writes the current line; b.mu is held. Write errors are ignored on
// purpose: a broken terminal must not stop the work being shown.
func (b *Bar) draw() {
	fmt.Fprint(b.w, "\r"+b.line()+"\x1b[K")
	b.drawn = true
}

// line renders the bar's text.
func (b *Bar) line() string {
	el := b.now().Sub(b.start)
	rate := 0.0
	if s := el.Seconds(); s > 0 {
		rate = float64(b.done) / s
	}
	var sb strings.Builder
	sb.WriteString(b.label)
	if b.total > 0 {
		frac := min(float64(b.done)/float64(b.total), 1)
		fill := int(frac * float64(b.width))
		sb.WriteString(" [")
		sb.WriteString(strings.Repeat("=", fill))
		if fill < b.width {
			sb.WriteString(">")
			sb.WriteString(strings.Repeat(" ", b.width-fill-1))
		}
		fmt.Fprintf(&sb, "] %d/%d %3.0f%%", b.done, b.total, frac*100)
	} else {
		fmt.Fprintf(&sb, " %d", b.done)
	}
	fmt.Fprintf(&sb, "  %.1f %s/s", rate, b.unit)
	if b.total > 0 && b.done < b.total && rate > 0 {
		left := time.Duration(float64(b.total-b.done) / rate * float64(time.Second))
		sb.WriteString("  ETA " + clock(left))
	} else {
		sb.WriteString("  " + clock(el))
	}
	return sb.String()
}

// clock formats d as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
