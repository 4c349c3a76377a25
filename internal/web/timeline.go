package web

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strings"
	"time"

	"kroniek/internal/store"
)

// maxFill bounds how many empty buckets the chart adds between sparse ones.
const maxFill = 1500

// fillBuckets returns buckets with the empty intervals between the first
// and last one added, so that bar positions are proportional to time.
func fillBuckets(bs []store.Bucket, interval string) []store.Bucket {
	if len(bs) < 2 {
		return bs
	}
	have := map[string]store.Bucket{}
	for _, b := range bs {
		have[b.Start] = b
	}
	first, err1 := time.Parse("2006-01-02", bs[0].Start)
	last, err2 := time.Parse("2006-01-02", bs[len(bs)-1].Start)
	if err1 != nil || err2 != nil || last.Before(first) {
		return bs
	}
	var out []store.Bucket
	for t := first; !t.After(last); t = nextBucket(t, interval) {
		if len(out) > maxFill {
			return bs
		}
		k := t.Format("2006-01-02")
		if b, ok := have[k]; ok {
			out = append(out, b)
		} else {
			out = append(out, store.Bucket{Start: k})
		}
	}
	return out
}

func nextBucket(t time.Time, interval string) time.Time {
	switch interval {
	case store.Day:
		return t.AddDate(0, 0, 1)
	case store.Week:
		return t.AddDate(0, 0, 7)
	}
	return t.AddDate(0, 1, 0)
}

// bucketRange returns the from/to search filter covering a bucket.
func bucketRange(start, interval string) (from, to string) {
	t, err := time.Parse("2006-01-02", start)
	if err != nil {
		return "", ""
	}
	switch interval {
	case store.Day:
		return start, start
	case store.Week:
		return start, t.AddDate(0, 0, 6).Format("2006-01-02")
	}
	return start[:7], start[:7]
}

func bucketLabel(start, interval string) string {
	t, err := time.Parse("2006-01-02", start)
	if err != nil {
		return start
	}
	switch interval {
	case store.Day:
		return t.Format("2 Jan 2006")
	case store.Week:
		return "week of " + t.Format("2 Jan 2006")
	}
	return t.Format("Jan 2006")
}

// niceMax rounds up to 1, 2 or 5 times a power of ten.
func niceMax(v int) int {
	if v <= 5 {
		return max(v, 1)
	}
	p := math.Pow(10, math.Floor(math.Log10(float64(v))))
	for _, m := range []float64{1, 2, 5, 10} {
		if float64(v) <= m*p {
			return int(m * p)
		}
	}
	return v
}

// timelineSVG draws buckets as a bar chart. link makes the href of a bar
// from its from/to range. All text is escaped.
func timelineSVG(bs []store.Bucket, interval string, link func(from, to string) string) template.HTML {
	if len(bs) == 0 {
		return template.HTML(`<p class="empty">No dated articles.</p>`)
	}
	bs = fillBuckets(bs, interval)
	const (
		w, h                  = 900, 220
		left, right, top, bot = 40, 10, 12, 28
	)
	pw, ph := float64(w-left-right), float64(h-top-bot)
	maxC := 0
	for _, b := range bs {
		maxC = max(maxC, b.Count)
	}
	ymax := niceMax(maxC)
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="Articles per %s">`, w, h, html.EscapeString(interval))
	// Grid lines and y labels at 0, half and max.
	for _, v := range []int{0, ymax / 2, ymax} {
		if v == ymax/2 && (ymax < 2 || ymax%2 != 0) {
			continue
		}
		y := float64(top) + ph - ph*float64(v)/float64(ymax)
		fmt.Fprintf(&sb, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, left, w-right, y, y)
		fmt.Fprintf(&sb, `<text class="ylab" x="%d" y="%.1f">%d</text>`, left-6, y+4, v)
	}
	n := len(bs)
	bw := pw / float64(n)
	gap := math.Min(2, bw*0.2)
	if bw > 48 {
		gap = bw - 48 // a few wide buckets: slim bars look less like a wall
	}
	labelEvery := int(math.Ceil(float64(n) / 8))
	for i, b := range bs {
		x := float64(left) + float64(i)*bw
		bh := ph * float64(b.Count) / float64(ymax)
		y := float64(top) + ph - bh
		label := bucketLabel(b.Start, interval)
		tip := fmt.Sprintf("%s: %d article", label, b.Count)
		if b.Count != 1 {
			tip += "s"
		}
		if b.Mentions > 0 {
			tip += fmt.Sprintf(", %d mentions", b.Mentions)
		}
		if b.Count > 0 {
			from, to := bucketRange(b.Start, interval)
			fmt.Fprintf(&sb, `<a href="%s"><rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s</title></rect></a>`,
				html.EscapeString(link(from, to)), x+gap/2, y, math.Max(bw-gap, 0.5), bh, html.EscapeString(tip))
		}
		if i%labelEvery == 0 {
			short := label
			if interval == store.Week {
				short = strings.TrimPrefix(label, "week of ")
			}
			// Keep edge labels inside the chart.
			lx := math.Max(float64(left)+34, math.Min(x+bw/2, float64(w-right)-34))
			fmt.Fprintf(&sb, `<text class="xlab" x="%.1f" y="%d">%s</text>`, lx, h-8, html.EscapeString(short))
		}
	}
	fmt.Fprintf(&sb, `<line class="axis" x1="%d" x2="%d" y1="%d" y2="%d"/>`, left, w-right, top+int(ph), top+int(ph))
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}
