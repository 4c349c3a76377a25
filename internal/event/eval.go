package event

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/golddev"
)

// Score holds the measures of score_events.py (gold-dev): typed event F1 on
// overlapping triggers, and actor, target and factuality accuracy on the
// matched events.
type Score struct {
	Gold, Pred, Matched    int
	Actor, Target, Factual int
	// Debug, when set, receives a line per matched event with a wrong
	// actor, target or factuality, marked [atf] with a dash for each of
	// the three that is right.
	Debug io.Writer
}

// P, R and F1 of typed events.
func (s Score) P() float64 { return ratio(s.Matched, s.Pred) }
func (s Score) R() float64 { return ratio(s.Matched, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ActorAcc, TargetAcc and FactualityAcc are accuracies on matched events.
func (s Score) ActorAcc() float64      { return ratio(s.Actor, max(s.Matched, 1)) }
func (s Score) TargetAcc() float64     { return ratio(s.Target, max(s.Matched, 1)) }
func (s Score) FactualityAcc() float64 { return ratio(s.Factual, max(s.Matched, 1)) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is a gold event without a match, for error analysis.
type Miss struct {
	ID    string
	Event golddev.Event
}

// ScoreDoc adds one article: gold events against the events of doc, whose
// offsets are code points (the pipeline's output). It returns the misses.
func (s *Score) ScoreDoc(text string, gold []golddev.Event, doc *kroniek.Document) []golddev.Event {
	var misses []golddev.Event
	s.Gold += len(gold)
	s.Pred += len(doc.Events)
	// Gold triggers are found in order, as the reference scorer does.
	pos := 0
	spans := make([][2]int, len(gold))
	for k, e := range gold {
		i := findRunes(text, e.Trigger, pos)
		if i < 0 {
			i = findRunes(text, e.Trigger, 0)
		}
		if i >= 0 {
			spans[k] = [2]int{i, i + utf8.RuneCountInString(e.Trigger)}
		} else {
			spans[k] = [2]int{-1, -1}
		}
		pos = max(pos, i+1)
	}
	used := map[int]bool{}
	for k, e := range gold {
		if spans[k][0] < 0 {
			continue
		}
		best := -1
		for j, q := range doc.Events {
			if used[j] || q.Type != e.Type {
				continue
			}
			if min(q.Trigger.End, spans[k][1]) > max(q.Trigger.Start, spans[k][0]) {
				best = j
				break
			}
		}
		if best < 0 {
			misses = append(misses, e)
			continue
		}
		used[best] = true
		s.Matched++
		q := doc.Events[best]
		pa, pt := name(doc, q.ActorName, q.Actor), name(doc, q.TargetName, q.Target)
		okA, okT, okF := sameName(pa, golddev.Str(e.Actor)), sameName(pt, golddev.Str(e.Target)), q.Factuality == e.Factuality
		if okA {
			s.Actor++
		}
		if okT {
			s.Target++
		}
		if okF {
			s.Factual++
		}
		if s.Debug != nil && !(okA && okT && okF) {
			mark := []byte("atf")
			for k, ok := range []bool{okA, okT, okF} {
				if ok {
					mark[k] = '-'
				}
			}
			fmt.Fprintf(s.Debug, "  [%s] %s %q: actor %q/%q target %q/%q factuality %s/%s source %q/%q\n", mark, e.Type, e.Trigger,
				pa, golddev.Str(e.Actor), pt, golddev.Str(e.Target), q.Factuality, e.Factuality, q.Source, golddev.Str(e.Source))
		}
	}
	if s.Debug != nil {
		for j, q := range doc.Events {
			if !used[j] {
				fmt.Fprintf(s.Debug, "  extra %s %q\n", q.Type, q.Trigger.Text)
			}
		}
	}
	return misses
}

func name(doc *kroniek.Document, n, id kroniek.Opt) string {
	if n != "" {
		return string(n)
	}
	if e := doc.EntityByID(string(id)); e != nil {
		return e.Name
	}
	return string(id)
}

// findRunes is Python's str.find in code points.
func findRunes(text, sub string, from int) int {
	if from < 0 {
		from = 0
	}
	b := 0
	for k := 0; k < from && b < len(text); k++ {
		_, n := utf8.DecodeRuneInString(text[b:])
		b += n
	}
	if b > len(text) {
		return -1
	}
	i := strings.Index(text[b:], sub)
	if i < 0 {
		return -1
	}
	return from + utf8.RuneCountInString(text[b:b+i])
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, a := range []string{"de ", "het ", "the ", "een ", "a "} {
		if strings.HasPrefix(s, a) {
			s = strings.TrimSpace(s[len(a):])
			break
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// SameName is score_events.py's lenient name match: equal, contained, or
// the same last word (after dropping a leading article); two empty names
// match.
func SameName(a, b string) bool { return sameName(a, b) }

func sameName(a, b string) bool {
	a, b = normName(a), normName(b)
	if a == "" && b == "" {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return fa[len(fa)-1] == fb[len(fb)-1]
}
