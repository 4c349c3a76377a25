package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"kroniek/internal/ner"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "train ner",
		Summary: "train the named-entity model from ../shared/data (CoNLL-2002/2003)",
		Run:     runTrainNER,
	})
}

func runTrainNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("train ner", stderr)
	lang := fs.String("lang", "nl", "language: nl or en")
	data := fs.String("data", shared.Data(), "shared data folder")
	out := fs.String("o", "", "output model (default internal/lang/LANG/ner.model)")
	epochs := fs.Int("epochs", 0, "perceptron epochs (0 = the language's default)")
	minCount := fs.Int("min-count", 0, "drop features seen fewer times (0 = default)")
	single := fs.Bool("single", false, "no document-level second pass")
	noGaz := fs.Bool("no-gaz", false, "no gazetteers")
	noClusters := fs.Bool("no-clusters", false, "no word clusters")
	clusters := fs.String("clusters", "", "read word clusters from this file instead of learning them")
	saveClusters := fs.String("save-clusters", "", "write the learned word clusters to this file")
	silver := fs.Bool("silver", false, "add silver training data (wikineural/wikiann, nl only)")
	seed := fs.Uint64("seed", 0, "shuffling seed (0 = default)")
	quiet := fs.Bool("q", false, "no progress output")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *data == "" {
		return fmt.Errorf("train ner: ../shared/data not found; use --data")
	}
	if *lang != "nl" && *lang != "en" {
		fmt.Fprintln(stderr, "train ner: --lang must be nl or en")
		return ErrUsage
	}
	if *out == "" {
		*out = filepath.Join("internal", "lang", *lang, "ner.model")
	}
	cfg := ner.DefaultConfig(*lang)
	if *epochs > 0 {
		cfg.Train.Epochs = *epochs
	}
	if *minCount > 0 {
		cfg.Train.MinCount = *minCount
	}
	cfg.Train.SinglePass = *single
	if *seed > 0 {
		cfg.Train.Seed = *seed
	}
	cfg.NoGazetteer = *noGaz
	cfg.NoClusters = *noClusters
	cfg.ClusterFile = *clusters
	cfg.SaveClusters = *saveClusters
	cfg.Silver = *silver
	if !*quiet {
		cfg.Train.Log = stderr
	}
	start := time.Now()
	t, err := ner.Build(ctx, *data, cfg)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if err := t.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("train ner: write %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	st, err := os.Stat(*out)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %s\n", *out, st.Size(), time.Since(start).Round(time.Second))
	return nil
}
