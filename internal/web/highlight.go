package web

import (
	"html"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kroniek"
	"kroniek/internal/httpapi"
)

// span is an annotated stretch of the article text in code points.
type span struct {
	start, end int
	class      string
	href       string // link target or ""
	title      string // tooltip
	id         string // element id or ""
}

// highlight renders text with quotes as an outer layer and entity mentions
// and time expressions inside them. Offsets are Unicode code points (the
// stored contract); spans that are out of range, empty, or overlap an
// earlier span of the same layer are left out rather than mis-drawn, and
// inner spans that cross a quote boundary are clipped away. Every piece of
// text and every attribute is escaped here.
func highlight(text string, outer, inner []span) template.HTML {
	runes := []rune(text)
	n := len(runes)
	outer = clean(outer, n)
	inner = clean(inner, n)
	// Drop inner spans that straddle a quote edge: nesting must be proper.
	kept := inner[:0]
	for _, s := range inner {
		ok := true
		for _, o := range outer {
			if s.start < o.end && o.start < s.end && !(o.start <= s.start && s.end <= o.end) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, s)
		}
	}
	inner = kept

	var b strings.Builder
	b.Grow(len(text) * 2)
	pos := 0
	write := func(from, to int) {
		if from < to {
			b.WriteString(html.EscapeString(string(runes[from:to])))
		}
	}
	writeInner := func(from, to int) {
		for _, s := range inner {
			if s.start < from || s.end > to {
				continue
			}
			write(from, s.start)
			open(&b, s)
			write(s.start, s.end)
			closeTag(&b, s)
			from = s.end
		}
		write(from, to)
	}
	for _, o := range outer {
		writeInner(pos, o.start)
		open(&b, o)
		writeInner(o.start, o.end)
		closeTag(&b, o)
		pos = o.end
	}
	writeInner(pos, n)
	return template.HTML(b.String())
}

func open(b *strings.Builder, s span) {
	tag := "span"
	if s.href != "" {
		tag = "a"
	}
	b.WriteString("<" + tag + ` class="` + html.EscapeString(s.class) + `"`)
	if s.id != "" {
		b.WriteString(` id="` + html.EscapeString(s.id) + `"`)
	}
	if s.href != "" {
		b.WriteString(` href="` + html.EscapeString(s.href) + `"`)
	}
	if s.title != "" {
		b.WriteString(` title="` + html.EscapeString(s.title) + `"`)
	}
	b.WriteString(">")
}

func closeTag(b *strings.Builder, s span) {
	if s.href != "" {
		b.WriteString("</a>")
	} else {
		b.WriteString("</span>")
	}
}

// clean sorts spans and drops invalid and overlapping ones (longer first
// at the same start).
func clean(ss []span, n int) []span {
	out := make([]span, 0, len(ss))
	for _, s := range ss {
		if s.start < 0 || s.end > n || s.start >= s.end {
			continue
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	kept := out[:0]
	last := -1
	for _, s := range out {
		if s.start < last {
			continue
		}
		kept = append(kept, s)
		last = s.end
	}
	return kept
}

// articleSpans builds the highlight layers of a document. entityHref maps
// an article-local entity id to a link ("" for none).
func articleSpans(doc *kroniek.Document, entityHref func(local string) string) (outer, inner []span) {
	for i, q := range doc.Quotes {
		title := "quote"
		if q.SpeakerName != "" {
			title = "quote by " + string(q.SpeakerName)
		}
		outer = append(outer, span{start: q.Start, end: q.End, class: "hl-quote", title: title, id: "q" + strconv.Itoa(i+1)})
		if q.CueEnd > q.CueStart {
			inner = append(inner, span{start: q.CueStart, end: q.CueEnd, class: "hl-cue", title: "reporting verb " + string(q.Cue)})
		}
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			inner = append(inner, span{start: m.Start, end: m.End, class: "hl-ent hl-" + strings.ToLower(e.Type), href: entityHref(e.ID), title: e.Type + ": " + e.Name})
		}
	}
	for _, t := range doc.Times {
		sp := span{start: t.Start, end: t.End, class: "hl-time", title: t.Type + " " + t.Value}
		if href := timeHref(t); href != "" {
			sp.href = href
			sp.title += " · articles published then"
		}
		inner = append(inner, sp)
	}
	return outer, inner
}

// markSnippet escapes a plain-text snippet and marks the words that match
// a query word. The store matches on lemmas, so a shared stem counts
// ("ontmoeten" marks "ontmoette"): the first max(4, n-2) letters of an
// n-letter query word.
func markSnippet(snippet, q string) template.HTML {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	var stems [][]rune
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !isWord(r) }) {
		rw := []rune(w)
		n := max(4, len(rw)-2)
		if n > len(rw) {
			n = len(rw)
		}
		stems = append(stems, rw[:n])
	}
	if len(stems) == 0 {
		return template.HTML(html.EscapeString(snippet))
	}
	runes := []rune(snippet)
	var b strings.Builder
	for i := 0; i < len(runes); {
		if !isWord(runes[i]) {
			j := i
			for j < len(runes) && !isWord(runes[j]) {
				j++
			}
			b.WriteString(html.EscapeString(string(runes[i:j])))
			i = j
			continue
		}
		j := i
		for j < len(runes) && isWord(runes[j]) {
			j++
		}
		word := runes[i:j]
		lower := []rune(strings.ToLower(string(word)))
		hit := false
		for _, s := range stems {
			if len(lower) >= len(s) && string(lower[:len(s)]) == string(s) {
				hit = true
				break
			}
		}
		if hit {
			b.WriteString("<mark>" + html.EscapeString(string(word)) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(string(word)))
		}
		i = j
	}
	return template.HTML(b.String())
}

// timeHref links a calendar date (a DATE whose value is YYYY, YYYY-MM or
// YYYY-MM-DD) to the articles published in that period.
func timeHref(t kroniek.Time) string {
	if t.Type != kroniek.DATE || !httpapi.ValidDate(t.Value) {
		return ""
	}
	return "/?" + url.Values{"from": {t.Value}, "to": {t.Value}}.Encode()
}
