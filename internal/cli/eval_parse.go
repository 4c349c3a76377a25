package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"kroniek/internal/parse"
	"kroniek/internal/tag"
)

func init() {
	register(&Command{
		Name:    "eval parse",
		Summary: "score the dependency parser on a CoNLL-U file: UAS and LAS",
		Run:     runEvalParse,
	})
}

func runEvalParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval parse", stderr)
	lang := fs.String("lang", "", "language: nl or en")
	goldTags := fs.Bool("gold-tags", false, "parse with the file's UPOS tags instead of the tagger's")
	goldForms := fs.Bool("gold-forms", false, "with a --vform model, use the file's verb forms instead of predicted ones")
	modelPath := fs.String("model", "", "a model file written by train parse (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval parse --lang L [--gold-tags] [--model FILE] FILE.conllu")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if (*lang != "nl" && *lang != "en") || fs.NArg() != 1 {
		fs.Usage()
		return ErrUsage
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval parse: %w", err)
	}
	sents, err := parse.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval parse: %s: %w", fs.Arg(0), err)
	}
	m, err := parse.For(*lang)
	if *modelPath != "" {
		m, err = readParseModel(*modelPath)
	}
	if err != nil {
		return fmt.Errorf("eval parse: %w", err)
	}
	tags := "gold"
	if !*goldTags {
		if err := retag(*lang, sents); err != nil {
			return fmt.Errorf("eval parse: %w", err)
		}
		tags = "predicted"
	}
	start := time.Now()
	r := parse.Evaluate(m, sents)
	if *goldForms {
		r = parse.EvaluateGoldForms(m, sents)
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "%s: %d sentences, %d words, %s tags\nUAS %.2f\nLAS %.2f\nLAS with subtypes %.2f\n",
		fs.Arg(0), len(sents), r.Words, tags, r.UAS(), r.LAS(), r.LASFull())
	if right, total := parse.VerbFormAccuracy(m, sents); total > 0 {
		fmt.Fprintf(stdout, "verb forms %.2f%% right (%d of %d verbs)\n", 100*float64(right)/float64(total), right, total)
	}
	fmt.Fprintf(stdout, "parsing took %s (%.0f words/s, one goroutine)\n", el.Round(time.Millisecond), float64(r.Words)/el.Seconds())
	return nil
}

// retag replaces the UPOS tags of sents with the tagger's.
func retag(lang string, sents []parse.Sentence) error {
	tg, err := tag.For(lang)
	if err != nil {
		return err
	}
	for i := range sents {
		up, _, _ := tg.Tag(sents[i].Forms)
		sents[i].UPOS = up
	}
	return nil
}

func readParseModel(path string) (*parse.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse.ReadModel(f)
}
