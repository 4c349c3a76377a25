package tag

import (
	"context"

	"kroniek"
)

// Stage fills Token.POS and Token.Lemma sentence by sentence for Dutch and
// English documents; tokens of other languages are left untagged.
type Stage struct{}

// Name returns "tag".
func (Stage) Name() string { return "tag" }

// Annotate tags doc.Tokens in place.
func (Stage) Annotate(ctx context.Context, doc *kroniek.Document) error {
	if doc.Lang != "nl" && doc.Lang != "en" || len(doc.Tokens) == 0 {
		return nil
	}
	t, err := For(doc.Lang)
	if err != nil {
		return err
	}
	t.AnnotateTokens(doc.Tokens)
	return nil
}

// AnnotateTokens tags tokens in place, one sentence (run of equal Sent) at
// a time.
func (t *Tagger) AnnotateTokens(toks []kroniek.Token) {
	var words, upos, lemmas []string
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && toks[b].Sent == toks[a].Sent {
			b++
		}
		words = words[:0]
		for i := a; i < b; i++ {
			words = append(words, toks[i].Text)
		}
		upos = grow(upos, len(words))
		lemmas = grow(lemmas, len(words))
		t.TagInto(words, upos, lemmas)
		for i := a; i < b; i++ {
			toks[i].POS, toks[i].Lemma = upos[i-a], lemmas[i-a]
		}
		a = b
	}
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}
