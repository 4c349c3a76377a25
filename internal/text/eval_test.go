package text

import (
	"os"
	"path/filepath"
	"testing"

	"kroniek/internal/shared"
)

// The bars of the foundation issue; the CI fails below them.
func TestEvalTreebanks(t *testing.T) {
	cases := []struct {
		file   string
		lang   string
		tokF1  float64
		sentF1 float64
	}{
		{"ud-nl/alpino-dev.conllu", "nl", 99.0, 95.0},
		{"ud-nl/lassy-dev.conllu", "nl", 99.0, 95.0},
		{"ud-en/en_ewt-ud-dev.conllu", "en", 99.0, 80.0},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			path := shared.Need(t, "data", c.file)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			res, err := EvalCoNLLU(f, c.lang)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: docs %d, token P/R/F1 %.2f/%.2f/%.2f, sentence P/R/F1 %.2f/%.2f/%.2f", c.file, res.Docs,
				res.Tokens.P(), res.Tokens.R(), res.Tokens.F1(), res.Sentences.P(), res.Sentences.R(), res.Sentences.F1())
			if res.Tokens.F1() < c.tokF1 {
				t.Errorf("token F1 %.2f below the bar %.1f", res.Tokens.F1(), c.tokF1)
			}
			if res.Sentences.F1() < c.sentF1 {
				t.Errorf("sentence F1 %.2f below the bar %.1f", res.Sentences.F1(), c.sentF1)
			}
		})
	}
}
