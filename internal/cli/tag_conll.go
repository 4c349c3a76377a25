package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"kroniek/internal/ner"
)

// tagCoNLL implements `kroniek tag --format conll`: one token per line in the
// first column, blank lines between sentences, -DOCSTART- passed through; each
// line is written back with the predicted IOB2 tag appended as a last column.
// Owned by the NER stage. A document (between -DOCSTART- lines) is tagged as
// a whole, so the second pass sees the same names elsewhere in it.
func tagCoNLL(ctx context.Context, lang string, in io.Reader, out io.Writer) error {
	t, err := ner.For(lang)
	if err != nil {
		return fmt.Errorf("tag --format conll: %w", err)
	}
	w := bufio.NewWriter(out)
	var lines []string   // the document's lines, as read
	var sents [][]string // its sentences' first columns
	var cur []string
	flush := func() error {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
		tags := t.TagDoc(sents)
		s, k := 0, 0
		for _, line := range lines {
			if strings.TrimSpace(line) == "" {
				if _, err := fmt.Fprintln(w, line); err != nil {
					return err
				}
				if k > 0 {
					s, k = s+1, 0
				}
				continue
			}
			sep := " "
			if strings.Contains(line, "\t") {
				sep = "\t"
			}
			if _, err := fmt.Fprintf(w, "%s%s%s\n", line, sep, tags[s][k]); err != nil {
				return err
			}
			k++
		}
		lines, sents = lines[:0], sents[:0]
		return ctx.Err()
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(line)
		switch {
		case len(f) > 0 && f[0] == "-DOCSTART-":
			if err := flush(); err != nil {
				return err
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		case len(f) == 0:
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			lines = append(lines, line)
		default:
			cur = append(cur, f[0])
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("tag --format conll: %w", err)
	}
	if err := flush(); err != nil {
		return err
	}
	return w.Flush()
}
