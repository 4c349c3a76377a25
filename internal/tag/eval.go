package tag

import (
	"strings"
)

// Score counts correct tags and lemmas, overall and on unknown words.
type Score struct {
	Tokens, UPOSOK, LemmaOK        int
	Unknown, UnkUPOSOK, UnkLemmaOK int
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// UPOS returns the tag accuracy in percent.
func (s Score) UPOS() float64 { return pct(s.UPOSOK, s.Tokens) }

// Lemma returns the lemma accuracy in percent.
func (s Score) Lemma() float64 { return pct(s.LemmaOK, s.Tokens) }

// UnkUPOS returns the tag accuracy on unknown words in percent.
func (s Score) UnkUPOS() float64 { return pct(s.UnkUPOSOK, s.Unknown) }

// UnkLemma returns the lemma accuracy on unknown words in percent.
func (s Score) UnkLemma() float64 { return pct(s.UnkLemmaOK, s.Unknown) }

// SameLemma compares lemmas as the issue asks: case-insensitive, "_"
// removed.
func SameLemma(a, b string) bool {
	return strings.EqualFold(strings.ReplaceAll(a, "_", ""), strings.ReplaceAll(b, "_", ""))
}

// Evaluate tags gold sentences and scores the result. known reports whether
// a form was seen in training (nil: no unknown-word figures).
func Evaluate(t *Tagger, gold []Sentence, known func(string) bool) Score {
	var sc Score
	for _, s := range gold {
		upos, _, lemmas := t.Tag(s.Forms)
		for i, f := range s.Forms {
			sc.Tokens++
			u := upos[i] == s.UPOS[i]
			l := SameLemma(lemmas[i], s.Lemmas[i])
			if u {
				sc.UPOSOK++
			}
			if l {
				sc.LemmaOK++
			}
			if known != nil && !known(f) {
				sc.Unknown++
				if u {
					sc.UnkUPOSOK++
				}
				if l {
					sc.UnkLemmaOK++
				}
			}
		}
	}
	return sc
}

// Vocabulary returns the set of forms in sentences, for Evaluate's known.
func Vocabulary(ss []Sentence) map[string]bool {
	v := map[string]bool{}
	for _, s := range ss {
		for _, f := range s.Forms {
			v[f] = true
		}
	}
	return v
}
