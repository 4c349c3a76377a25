package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kroniek"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
	"kroniek/internal/timex"
)

func init() {
	register(&Command{
		Name:    "eval times",
		Summary: "score time expressions on TimeML files or gold-dev",
		Run:     runEvalTimes,
	})
}

// runEvalTimes scores the timex stage: TimeML files or folders (TempEval-3
// style span and value F1) or the gold-dev folder (score.py's time part,
// per language).
func runEvalTimes(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval times", stderr)
	goldDev := fs.Bool("gold-dev", false, "score the gold-dev folder (default ../shared/data/gold-dev, or the folder given)")
	verbose := fs.Bool("v", false, "list misses, spurious and wrong values")
	stageOnly := fs.Bool("stage-only", false, "run only the tokenizer and the timex stage, not the whole pipeline")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kroniek eval times [-v] FILE.tml|FILE.xml|DIR ...  (TimeML; .xml = MEANTIME CAT)\n       kroniek eval times [-v] --gold-dev [DIR]")
		fs.PrintDefaults()
	}
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	paths := fs.Args()
	annotate := pipelineTimes(ctx, stderr)
	if *stageOnly {
		annotate = timex.StageOnly
	}
	if *goldDev || (len(paths) == 1 && isGoldDev(paths[0])) {
		dir := shared.Data("gold-dev")
		if len(paths) > 0 {
			dir = paths[0]
		}
		if dir == "" {
			return fmt.Errorf("eval times: gold-dev folder not found (give it or set KRONIEK_SHARED)")
		}
		counts, misses, err := timex.EvalGoldDev(dir, annotate)
		if err != nil {
			return err
		}
		if *verbose {
			for _, m := range misses {
				fmt.Fprintln(stdout, m)
			}
		}
		langs := make([]string, 0, len(counts))
		for l := range counts {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			counts[l].Report(stdout, "gold-dev "+l)
		}
		return nil
	}
	if len(paths) == 0 {
		if d := shared.Data("tempeval3-en", "Training", "TBAQ-cleaned"); d != "" {
			paths = []string{filepath.Join(d, "TimeBank"), filepath.Join(d, "AQUAINT")}
		} else {
			fs.Usage()
			return ErrUsage
		}
	}
	files, err := timemlFiles(paths)
	if err != nil {
		return err
	}
	c, misses, err := timex.EvalTimeML(files, annotate)
	if err != nil {
		return err
	}
	if *verbose {
		for _, m := range misses {
			fmt.Fprintln(stdout, m)
		}
	}
	c.Report(stdout, fmt.Sprintf("TimeML %d files", len(files)))
	return nil
}

func isGoldDev(p string) bool {
	_, err := os.Stat(filepath.Join(p, "articles.jsonl"))
	return err == nil
}

// timemlFiles expands folders to the .tml files under them, sorted.
func timemlFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("eval times: %w", err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".tml") || strings.HasSuffix(path, ".xml")) {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("eval times: %w", err)
		}
	}
	sort.Strings(out)
	return out, nil
}

// pipelineTimes annotates with the whole extraction pipeline, as `kroniek
// extract` does, and gives the times back with byte offsets. When a stage
// fails (a model being retrained), it says so and falls back to the
// tokenizer and timex stage alone for the rest of the run.
func pipelineTimes(ctx context.Context, stderr io.Writer) timex.Annotator {
	p := pipeline.New(pipeline.Options{Workers: 1})
	failed := false
	return func(a kroniek.Article) ([]kroniek.Time, error) {
		if !failed {
			doc, err := p.Extract(ctx, a)
			if err == nil {
				return byteTimes(a.Text, doc.Times), nil
			}
			fmt.Fprintf(stderr, "kroniek eval times: pipeline failed (%v); scoring the timex stage alone\n", err)
			failed = true
		}
		return timex.StageOnly(a)
	}
}

// byteTimes converts code point offsets back to byte offsets into text.
func byteTimes(text string, ts []kroniek.Time) []kroniek.Time {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	idx = append(idx, len(text))
	out := make([]kroniek.Time, len(ts))
	for i, t := range ts {
		if t.Start >= 0 && t.End < len(idx) && t.Start <= t.End {
			t.Start, t.End = idx[t.Start], idx[t.End]
		}
		out[i] = t
	}
	return out
}
