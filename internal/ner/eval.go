package ner

import (
	"fmt"
	"io"
	"sort"
)

// Score counts chunk matches as conlleval does: a chunk is correct when
// its span and type both match.
type Score struct {
	Tokens, CorrectTokens int
	TP, FP, FN            map[string]int
}

// NewScore returns an empty score.
func NewScore() *Score {
	return &Score{TP: map[string]int{}, FP: map[string]int{}, FN: map[string]int{}}
}

// Add scores one sentence's predicted tags against gold tags.
func (s *Score) Add(gold, pred []string) {
	for i := range gold {
		s.Tokens++
		if i < len(pred) && gold[i] == pred[i] {
			s.CorrectTokens++
		}
	}
	g := map[Chunk]bool{}
	for _, c := range Chunks(gold) {
		g[c] = true
	}
	for _, c := range Chunks(pred) {
		if g[c] {
			s.TP[c.Type]++
			delete(g, c)
		} else {
			s.FP[c.Type]++
		}
	}
	for c := range g {
		s.FN[c.Type]++
	}
}

// PRF returns precision, recall and F1 (percentages) for a type, or overall
// when typ is "".
func (s *Score) PRF(typ string) (p, r, f float64) {
	var tp, fp, fn int
	if typ == "" {
		for _, v := range s.TP {
			tp += v
		}
		for _, v := range s.FP {
			fp += v
		}
		for _, v := range s.FN {
			fn += v
		}
	} else {
		tp, fp, fn = s.TP[typ], s.FP[typ], s.FN[typ]
	}
	if tp+fp > 0 {
		p = 100 * float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = 100 * float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Types returns the entity types seen in gold or predictions, sorted.
func (s *Score) Types() []string {
	seen := map[string]bool{}
	for _, m := range []map[string]int{s.TP, s.FP, s.FN} {
		for k := range m {
			seen[k] = true
		}
	}
	var out []string
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Write prints the score in the layout of conlleval.
func (s *Score) Write(w io.Writer) error {
	var gold, pred, tp int
	for _, t := range s.Types() {
		gold += s.TP[t] + s.FN[t]
		pred += s.TP[t] + s.FP[t]
		tp += s.TP[t]
	}
	acc := 0.0
	if s.Tokens > 0 {
		acc = 100 * float64(s.CorrectTokens) / float64(s.Tokens)
	}
	p, r, f := s.PRF("")
	if _, err := fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n", s.Tokens, gold, pred, tp); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", acc, p, r, f); err != nil {
		return err
	}
	for _, t := range s.Types() {
		p, r, f := s.PRF(t)
		if _, err := fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, p, r, f, s.TP[t]+s.FP[t]); err != nil {
			return err
		}
	}
	return nil
}
