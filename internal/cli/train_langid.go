package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kroniek/internal/langid"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{Name: "train langid", Summary: "train the language identifier from ../shared/data", Run: runTrainLangid})
}

// langidSources are the training texts per language: treebank sentences
// and NER corpora. The news-* dev corpora are never trained on.
var langidSources = [2][]string{
	{"ud-nl/lassy-train-old.conllu", "ud-nl/lassy-dev.conllu", "ud-nl/lassy-test.conllu", "conll2002-nl/ned.train"},
	{"ud-en/en_ewt-ud-train.conllu", "conll2003-en/eng.train"},
}

func runTrainLangid(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("train langid", stderr)
	data := fs.String("data", shared.Data(), "the shared data folder")
	out := fs.String("out", filepath.Join("internal", "langid", "langid.model"), "model file to write")
	minCount := fs.Int("min-count", 3, "drop grams seen fewer times in both languages")
	floor := fs.Float64("floor", -12.0, "mean log-likelihood per gram below which a text is 'other'")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *data == "" {
		return fmt.Errorf("train langid: ../shared/data not found; pass --data")
	}
	var texts [2][]string
	for l := range texts {
		for _, src := range langidSources[l] {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, err := langidCount(filepath.Join(*data, src), &texts[l])
			if err != nil {
				return fmt.Errorf("train langid: %w", err)
			}
			fmt.Fprintf(stderr, "%s: %s: %d lines\n", langid.Languages[l], src, n)
		}
	}
	m, sorted := langid.Train(texts, *minCount, float32(*floor))
	var buf bytes.Buffer
	if err := m.Encode(&buf, sorted); err != nil {
		return fmt.Errorf("train langid: %w", err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train langid: %w", err)
	}
	fmt.Fprintf(stderr, "wrote %s: %d grams, %d bytes\n", *out, len(sorted), buf.Len())
	return nil
}

// langidCount collects a CoNLL-U file's "# text" lines, or of a
// CoNLL file's first column joined per sentence.
func langidCount(path string, texts *[]string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	conllu := strings.HasSuffix(path, ".conllu")
	var sent []string
	hadText := false
	n := 0
	add := func(s string) {
		*texts = append(*texts, s)
		n++
	}
	for sc.Scan() {
		line := sc.Text()
		if conllu {
			// Treebanks without "# text" lines: join the forms.
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				add(t)
				sent = sent[:0]
				hadText = true
			} else if line == "" {
				if !hadText && len(sent) > 0 {
					add(strings.Join(sent, " "))
				}
				sent, hadText = sent[:0], false
			} else if !hadText && !strings.HasPrefix(line, "#") {
				if cols := strings.SplitN(line, "\t", 3); len(cols) == 3 && !strings.ContainsAny(cols[0], "-.") {
					sent = append(sent, cols[1])
				}
			}
			continue
		}
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			if len(sent) > 0 {
				add(strings.Join(sent, " "))
				sent = sent[:0]
			}
			continue
		}
		if i := strings.IndexByte(line, ' '); i > 0 {
			sent = append(sent, line[:i])
		}
	}
	if len(sent) > 0 {
		add(strings.Join(sent, " "))
	}
	return n, sc.Err()
}
