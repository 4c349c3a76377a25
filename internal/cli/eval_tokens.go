package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	"kroniek/internal/text"
)

func init() {
	register(&Command{Name: "eval tokens", Summary: "score the tokenizer and sentence splitter on CoNLL-U treebanks", Run: runEvalTokens})
}

func runEvalTokens(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval tokens", stderr)
	lang := fs.String("lang", "nl", "language of the treebank: nl or en")
	verbose := fs.Bool("v", false, "list every token and sentence miss (+ predicted only, - gold only)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval tokens --lang nl|en FILE.conllu ...\n\nRebuilds each document's raw text from the # text lines, tokenizes and splits it,\nand prints token and sentence-boundary precision, recall and F1 against the treebank.")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ErrUsage
	}
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("eval tokens: %w", err)
		}
		var miss func(kind, s string)
		if *verbose {
			miss = func(kind, s string) { fmt.Fprintf(stdout, "%s\t%s\n", kind, s) }
		}
		res, err := text.EvalCoNLLUVerbose(f, *lang, miss)
		f.Close()
		if err != nil {
			return fmt.Errorf("eval tokens %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "%s\tdocs %d\ttokens P %.2f R %.2f F1 %.2f\tsentences P %.2f R %.2f F1 %.2f\n", path, res.Docs,
			res.Tokens.P(), res.Tokens.R(), res.Tokens.F1(), res.Sentences.P(), res.Sentences.R(), res.Sentences.F1())
	}
	return nil
}
