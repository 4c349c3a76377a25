package parse

import (
	"fmt"
	"io"
	"strconv"

	"kroniek/internal/conllu"
)

// FromCoNLLU converts the syntactic words of a CoNLL-U sentence (multiword
// ranges and empty nodes are skipped).
func FromCoNLLU(s *conllu.Sentence) (Sentence, error) {
	var out Sentence
	for _, i := range s.Words() {
		t := &s.Tokens[i]
		h, err := strconv.Atoi(t.Head)
		if err != nil {
			h = -1
		}
		out.Forms = append(out.Forms, t.Form)
		out.UPOS = append(out.UPOS, t.UPOS)
		out.XPOS = append(out.XPOS, t.XPOS)
		out.Feats = append(out.Feats, t.Feats)
		out.Heads = append(out.Heads, h)
		out.Deprels = append(out.Deprels, t.Deprel)
	}
	return out, nil
}

// ReadCoNLLU reads all sentences of a CoNLL-U stream.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	ss, err := conllu.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	out := make([]Sentence, 0, len(ss))
	for _, s := range ss {
		x, err := FromCoNLLU(s)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}
