package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"kroniek"
	"kroniek/internal/ingest"
	"kroniek/internal/langid"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{Name: "eval langid", Summary: "measure language identification on articles with a lang field", Run: runEvalLangid})
}

func runEvalLangid(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval langid", stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek eval langid [FILE.jsonl ...]\n\nScores titles and texts separately against each article's lang field\n(default: the news-nl and news-en dev corpora in ../shared/data).")
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	paths := fs.Args()
	if len(paths) == 0 {
		if shared.Data() == "" {
			return fmt.Errorf("eval langid: no files given and ../shared/data not found")
		}
		paths = []string{shared.Data("news-nl", "dpg2019-dev.jsonl"), shared.Data("news-en", "wikinews-dev.jsonl")}
	}
	for _, p := range paths {
		r, err := EvalLangid(ctx, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\ttitles %d/%d = %.2f%%\ttexts %d/%d = %.2f%%\n", filepath.Base(p),
			r.TitleOK, r.Titles, r.TitleAcc(), r.TextOK, r.Texts, r.TextAcc())
		for _, m := range r.Misses {
			fmt.Fprintf(stdout, "  miss: %s\n", m)
		}
	}
	return nil
}

// LangidResult counts correct identifications.
type LangidResult struct {
	Titles, TitleOK, Texts, TextOK int
	Misses                         []string
}

// TitleAcc is the accuracy on titles in percent.
func (r LangidResult) TitleAcc() float64 { return pct(r.TitleOK, r.Titles) }

// TextAcc is the accuracy on texts in percent.
func (r LangidResult) TextAcc() float64 { return pct(r.TextOK, r.Texts) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// EvalLangid scores the language identifier on one file of articles.
func EvalLangid(ctx context.Context, path string) (LangidResult, error) {
	var r LangidResult
	m, err := langid.Default()
	if err != nil {
		return r, err
	}
	err = ingest.Walk(ctx, []string{path}, ingest.Options{}, func(a *kroniek.Article, d *kroniek.Diagnostic) error {
		if a == nil || a.Lang == "" {
			return nil
		}
		if a.Title != "" {
			r.Titles++
			if got := m.Detect(a.Title); got == a.Lang {
				r.TitleOK++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("title %s: got %s: %q", a.ID, got, a.Title))
			}
		}
		if a.Text != "" {
			r.Texts++
			if got := m.Detect(a.Text); got == a.Lang {
				r.TextOK++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("text %s: got %s", a.ID, got))
			}
		}
		return nil
	})
	return r, err
}
