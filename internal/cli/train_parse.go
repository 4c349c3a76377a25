package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kroniek/internal/lang/nl"
	"kroniek/internal/parse"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "train parse",
		Summary: "train the dependency parser from ../shared/data/ud-nl or ud-en",
		Run:     runTrainParse,
	})
}

// parseData names the training and development treebanks per language. For
// Dutch, alpino-dev is the held-out dev set; lassy-train-old is UD v1 (other
// relations and auxiliaries as heads) and is converted to v2 by
// parse.ConvertV1 (see v1Data). XPOS features are
// off: the tagger predicts UPOS only. The parser learns from gold UPOS
// (training on jackknifed predicted tags was tried: +0.2 LAS on alpino-dev,
// not worth four tagger trainings).
func parseData(lang string) (train []string, dev string, useX bool, err error) {
	switch lang {
	case "nl":
		return []string{shared.Data("ud-nl", "lassy-dev.conllu"), shared.Data("ud-nl", "lassy-test.conllu")},
			shared.Data("ud-nl", "alpino-dev.conllu"), false, nil
	case "en":
		return []string{shared.Data("ud-en", "en_ewt-ud-train.conllu")},
			shared.Data("ud-en", "en_ewt-ud-dev.conllu"), false, nil
	}
	return nil, "", false, fmt.Errorf("unknown language %q (want nl or en)", lang)
}

// newsWords are the words --news builds its constructions from.
func newsWords(lang string) (parse.News, bool) {
	if lang == "nl" {
		r := nl.ParseNews
		return parse.News{Verbs: r.Verbs, Speakers: r.Speakers, Quotes: r.Quotes}, true
	}
	return parse.News{}, false
}

// v1Data names UD v1 treebanks that are converted to v2 for training.
func v1Data(lang string) []string {
	if lang == "nl" {
		return []string{shared.Data("ud-nl", "lassy-train-old.conllu")}
	}
	return nil
}

func readTreebankV1(path string) ([]parse.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse.ReadCoNLLUv1(f)
}

func readTreebank(path string) ([]parse.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse.ReadCoNLLU(f)
}

func runTrainParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("train parse", stderr)
	lang := fs.String("lang", "", "language: nl or en")
	out := fs.String("out", "", "output model (default internal/lang/LANG/parse.model)")
	mf := addModelFlags(fs)
	verbose := fs.Bool("v", false, "report dev scores after each epoch")
	sf := addSilverFlags(fs)
	useV1 := fs.Bool("v1", true, "also train on the language's UD v1 treebank converted to v2 (Dutch)")
	repeat := fs.Int("repeat", 1, "repeat the UD v2 training sentences this many times (weights them against v1)")
	news := fs.Float64("news", 0, "add this share of the training sentences again, wrapped in news quotations and attributions (Dutch)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if err := sf.check(); err != nil {
		fmt.Fprintf(stderr, "kroniek train parse: %v\n", err)
		return ErrUsage
	}
	if shared.Root() == "" {
		return fmt.Errorf("train parse: ../shared is missing")
	}
	trainFiles, devFile, useX, err := parseData(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "kroniek train parse: %v\n", err)
		return ErrUsage
	}
	var train []parse.Sentence
	for _, p := range trainFiles {
		s, err := readTreebank(p)
		if err != nil {
			return fmt.Errorf("train parse: %w", err)
		}
		for k := 0; k < *repeat; k++ {
			train = append(train, s...)
		}
	}
	if *useV1 {
		// The old release shares sentences with the v2 files; their v2
		// annotation is the one to learn.
		seen := map[string]bool{}
		for _, s := range train {
			seen[strings.Join(s.Forms, " ")] = true
		}
		for _, p := range v1Data(*lang) {
			ss, err := readTreebankV1(p)
			if err != nil {
				return fmt.Errorf("train parse: %w", err)
			}
			for _, s := range ss {
				if !seen[strings.Join(s.Forms, " ")] {
					train = append(train, s)
				}
			}
		}
	}
	if *news > 0 {
		r, ok := newsWords(*lang)
		if !ok {
			fmt.Fprintf(stderr, "kroniek train parse: --news: no news words for %q\n", *lang)
			return ErrUsage
		}
		train = append(train, parse.AugmentNews(train, r, *news, 1)...)
	}
	dev, err := readTreebank(devFile)
	if err != nil {
		return fmt.Errorf("train parse: %w", err)
	}
	opt, err := mf.options(*lang, useX)
	if err != nil {
		return fmt.Errorf("train parse: %w", err)
	}
	start := time.Now()
	if sf.active() {
		if opt.Silver, err = sf.silver(*lang, useX, train, dev, stderr); err != nil {
			return fmt.Errorf("train parse: %w", err)
		}
		if *sf.only {
			return nil
		}
	}
	if *verbose {
		opt.Log, opt.Dev = stderr, dev
	}
	m, err := parse.Train(train, opt)
	if err != nil {
		return err
	}
	path := *out
	if path == "" {
		path = filepath.Join("internal", "lang", *lang, "parse.model")
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("train parse: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("train parse: %w", err)
	}
	r := parse.Evaluate(m, dev)
	fmt.Fprintf(stdout, "trained %s parser on %d sentences (and %d silver) in %s: %s (%d bytes); dev %s (gold tags): UAS %.2f LAS %.2f\n",
		*lang, len(train), len(opt.Silver), time.Since(start).Round(time.Second), path, n, filepath.Base(devFile), r.UAS(), r.LAS())
	if opt.VForm {
		r := parse.EvaluateGoldForms(m, dev)
		fmt.Fprintf(stdout, "dev %s (gold tags and verb forms): UAS %.2f LAS %.2f\n", filepath.Base(devFile), r.UAS(), r.LAS())
	}
	if err := retag(*lang, dev); err == nil {
		r := parse.Evaluate(m, dev)
		fmt.Fprintf(stdout, "dev %s (predicted tags): UAS %.2f LAS %.2f\n", filepath.Base(devFile), r.UAS(), r.LAS())
	}
	return nil
}
