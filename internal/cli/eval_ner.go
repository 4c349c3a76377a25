package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"kroniek/internal/ner"
)

func init() {
	register(&Command{
		Name:    "eval ner",
		Summary: "score named entities on a CoNLL file (conlleval-style precision, recall, F1)",
		Run:     runEvalNER,
	})
}

func runEvalNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval ner", stderr)
	lang := fs.String("lang", "nl", "language: nl or en")
	model := fs.String("model", "", "model file (default: the embedded model)")
	tab := fs.Bool("tab", false, "input is idx<TAB>word<TAB>tag (WikiNEuRal layout)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kroniek eval ner --lang nl|en [--model FILE] FILE")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ErrUsage
	}
	t, err := loadNER(*lang, *model)
	if err != nil {
		return err
	}
	f := ner.CoNLL
	if *tab {
		f = ner.CoNLLFormat{WordCol: 1, TagCol: 2, Tab: true}
	}
	docs, err := ner.ReadFile(fs.Arg(0), f)
	if err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	start := time.Now()
	sc := ner.Evaluate(t, docs)
	el := time.Since(start)
	if err := sc.Write(stdout); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stderr, "%d tokens in %s (%.0f tokens/s)\n", sc.Tokens, el.Round(time.Millisecond), float64(sc.Tokens)/el.Seconds())
	return err
}

// loadNER returns the embedded tagger for lang, or the one in file.
func loadNER(lang, file string) (*ner.Tagger, error) {
	if file == "" {
		t, err := ner.For(lang)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		return t, nil
	}
	fh, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer fh.Close()
	t, err := ner.Read(fh)
	if err != nil {
		return nil, fmt.Errorf("ner: %s: %w", file, err)
	}
	return t, nil
}
