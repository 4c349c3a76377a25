package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"

	"kroniek/internal/conllu"
	"kroniek/internal/parse"
	"kroniek/internal/tag"
)

func init() {
	register(&Command{Name: "tag", Summary: "fill lemmas and part-of-speech tags into CoNLL-U (or NER tags into CoNLL)", Run: runTag})
}

func runTag(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("tag", stderr)
	lang := fs.String("lang", "", "language: nl or en")
	format := fs.String("format", "conllu", "conllu (fill LEMMA, UPOS, HEAD and DEPREL) or conll (append IOB2 entity tags)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek tag --lang nl|en [--format conllu|conll] [FILE]\n\nReads FILE (standard input when absent or -) and writes it back with predicted\nannotations. Tokens are taken as given. A malformed line is reported with its line\nnumber and nothing is written.")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if (*lang != "nl" && *lang != "en") || fs.NArg() > 1 {
		fs.Usage()
		return ErrUsage
	}
	in := stdin
	name := "standard input"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("tag: %w", err)
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	switch *format {
	case "conllu":
		return tagCoNLLU(ctx, *lang, name, in, stdout)
	case "conll":
		return tagCoNLL(ctx, *lang, in, stdout)
	default:
		fmt.Fprintf(stderr, "kroniek tag: --format must be conllu or conll, not %q\n", *format)
		return ErrUsage
	}
}

// tagCoNLLU fills LEMMA, UPOS, HEAD and DEPREL of every syntactic word. The whole output
// is buffered so that an error leaves nothing half written.
func tagCoNLLU(ctx context.Context, lang, name string, in io.Reader, out io.Writer) error {
	t, err := tag.For(lang)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	pm, err := parse.For(lang)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	parser := parse.NewParser(pm)
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	r := conllu.NewReader(in)
	var words, upos, lemmas []string
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("tag: %s: %w", name, err)
		}
		idx := s.Words()
		words = words[:0]
		for _, i := range idx {
			words = append(words, s.Tokens[i].Form)
		}
		upos = resize(upos, len(words))
		lemmas = resize(lemmas, len(words))
		t.TagInto(words, upos, lemmas)
		heads, rels := parser.Parse(words, upos, nil)
		for k, i := range idx {
			s.Tokens[i].UPOS, s.Tokens[i].Lemma = upos[k], lemmas[k]
			s.Tokens[i].Head, s.Tokens[i].Deprel = strconv.Itoa(heads[k]), rels[k]
		}
		if err := conllu.Write(bw, s); err != nil {
			return fmt.Errorf("tag: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("tag: write output: %w", err)
	}
	return nil
}

func resize(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}
