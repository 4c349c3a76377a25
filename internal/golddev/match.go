package golddev

import (
	"kroniek"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a half-open stretch of offsets [Start, End).
type Span struct{ Start, End int }

// Overlap is the length two spans share.
func (s Span) Overlap(o Span) int {
	return max(0, min(s.End, o.End)-max(s.Start, o.Start))
}

// Locate gives each gold string a byte span in text the way score.py does:
// it searches from just after the start of the previous find, and from the
// beginning when that fails. Strings that do not occur get nil.
func Locate(text string, items []string) []*Span {
	out := make([]*Span, len(items))
	pos := 0
	for i, it := range items {
		k := -1
		if pos <= len(text) {
			if j := strings.Index(text[pos:], it); j >= 0 {
				k = pos + j
			}
		}
		if k < 0 {
			k = strings.Index(text, it)
		}
		if k < 0 {
			continue
		}
		out[i] = &Span{k, k + len(it)}
		_, size := utf8.DecodeRuneInString(text[k:])
		pos = k + max(size, 1)
	}
	return out
}

// LocateCodePoints is Locate with code point offsets, the offsets of the
// extract contract.
func LocateCodePoints(text string, items []string) []*Span {
	out := Locate(text, items)
	cp := kroniek.CodePointOffsets(text)
	for _, s := range out {
		if s != nil {
			s.Start, s.End = cp[s.Start], cp[s.End]
		}
	}
	return out
}

// Match pairs gold and predicted spans one to one as score.py does: every
// pair with a positive score is a candidate, best first — ties go to the
// higher gold index, then the higher predicted index, as Python sorts the
// tuples descending — and each side is used once. score is typically the
// overlap, or 0 where a pair may not match. The result maps gold indexes to
// predicted ones; nil gold spans never match.
func Match(gold []*Span, pred []Span, score func(g, p Span) int) map[int]int {
	type cand struct{ s, g, p int }
	var cs []cand
	for gi, g := range gold {
		if g == nil {
			continue
		}
		for pi, p := range pred {
			if s := score(*g, p); s > 0 {
				cs = append(cs, cand{s, gi, pi})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].s != cs[b].s {
			return cs[a].s > cs[b].s
		}
		if cs[a].g != cs[b].g {
			return cs[a].g > cs[b].g
		}
		return cs[a].p > cs[b].p
	})
	m := map[int]int{}
	used := map[int]bool{}
	for _, c := range cs {
		if _, ok := m[c.g]; ok || used[c.p] {
			continue
		}
		m[c.g] = c.p
		used[c.p] = true
	}
	return m
}

// Overlap is the usual Match score: the overlap of the two spans.
func Overlap(g, p Span) int { return g.Overlap(p) }
