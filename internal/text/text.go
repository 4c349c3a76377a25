// Package text splits article text into tokens and sentences, with byte
// offsets into the original text.
package text

import (
	"context"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

// Tokenize splits s into tokens with byte offsets. Sent is left 0.
func Tokenize(s string) []kroniek.Token {
	var toks []kroniek.Token
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				toks = append(toks, kroniek.Token{Start: start, End: i, Text: s[start:i]})
				start = -1
			}
			continue
		}
		if unicode.IsPunct(r) {
			if start >= 0 {
				toks = append(toks, kroniek.Token{Start: start, End: i, Text: s[start:i]})
				start = -1
			}
			e := i + utf8.RuneLen(r)
			toks = append(toks, kroniek.Token{Start: i, End: e, Text: s[i:e]})
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, kroniek.Token{Start: start, End: len(s), Text: s[start:]})
	}
	return toks
}

// Segment tokenizes s and splits it into sentences; it sets each token's Sent.
func Segment(s, lang string) ([]kroniek.Token, []kroniek.Sentence) {
	toks := Tokenize(s)
	var sents []kroniek.Sentence
	first := 0
	for i, t := range toks {
		if t.Text == "." || t.Text == "?" || t.Text == "!" || i == len(toks)-1 {
			sents = append(sents, kroniek.Sentence{Start: toks[first].Start, End: t.End})
			for j := first; j <= i; j++ {
				toks[j].Sent = len(sents) - 1
			}
			first = i + 1
		}
	}
	return toks, sents
}

// Stage fills doc.Tokens and doc.Sentences.
type Stage struct{}

func (Stage) Name() string { return "text" }

func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	doc.Tokens, doc.Sentences = Segment(doc.Text, doc.Lang)
	return nil
}
