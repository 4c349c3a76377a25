package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"kroniek/internal/shared"
	"kroniek/internal/tag"
)

func init() {
	register(&Command{Name: "eval pos", Summary: "score UPOS and lemma accuracy on a CoNLL-U file", Run: runEvalPOS})
}

func runEvalPOS(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval pos", stderr)
	lang := fs.String("lang", "", "language: nl or en")
	data := fs.String("data", shared.Data(), "the shared data folder (its training files define unknown words)")
	model := fs.String("model", "", "model file to score instead of the embedded one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval pos --lang nl|en [--model FILE] FILE.conllu\n\nPrints UPOS and lemma accuracy (lemmas case-insensitive, \"_\" removed), overall and on\nwords not seen in training.")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if (*lang != "nl" && *lang != "en") || fs.NArg() != 1 {
		fs.Usage()
		return ErrUsage
	}
	var t *tag.Tagger
	var err error
	if *model != "" {
		b, rerr := os.ReadFile(*model)
		if rerr != nil {
			return fmt.Errorf("eval pos: %w", rerr)
		}
		t, err = tag.Load(b)
	} else {
		t, err = tag.For(*lang)
	}
	if err != nil {
		return fmt.Errorf("eval pos: %w", err)
	}
	gold, err := tag.ReadCoNLLU(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval pos: %w", err)
	}
	var known func(string) bool
	if *data != "" {
		files, err := tag.TrainFiles(*data, *lang)
		if err != nil {
			return fmt.Errorf("eval pos: %w", err)
		}
		var train []tag.Sentence
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			ss, err := tag.ReadCoNLLU(f)
			if err != nil {
				return fmt.Errorf("eval pos: training vocabulary: %w", err)
			}
			train = append(train, ss...)
		}
		v := tag.Vocabulary(train)
		known = func(f string) bool { return v[f] }
	}
	sc := tag.Evaluate(t, gold, known)
	fmt.Fprintf(stdout, "tokens\t%d\nupos\t%.2f\nlemma\t%.2f\n", sc.Tokens, sc.UPOS(), sc.Lemma())
	if known != nil {
		fmt.Fprintf(stdout, "unknown\t%d (%.1f%%)\nunknown_upos\t%.2f\nunknown_lemma\t%.2f\n",
			sc.Unknown, 100*float64(sc.Unknown)/float64(max(sc.Tokens, 1)), sc.UnkUPOS(), sc.UnkLemma())
	}
	return nil
}
