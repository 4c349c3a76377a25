package ner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// Config says how Build trains a tagger from the shared data.
type Config struct {
	Lang         string
	Train        TrainOptions
	NoGazetteer  bool
	NoClusters   bool
	ClusterFile  string // read clusters from here instead of learning them
	SaveClusters string // write learned clusters here
	Silver       bool   // add silver data (wikineural, wikiann) to the training set
}

// DefaultConfig returns the settings the committed models were trained with.
func DefaultConfig(lang string) Config {
	c := Config{Lang: lang, Train: TrainOptions{Epochs: 10, Folds: 5, Seed: 1, MinCount: 1, Bag: 3}}
	return c
}

// TrainFile and DevFile return the CoNLL training and development files.
func TrainFile(data, lang string) string {
	if lang == "en" {
		return filepath.Join(data, "conll2003-en", "eng.train")
	}
	return filepath.Join(data, "conll2002-nl", "ned.train")
}

// DevFile returns the CoNLL development file of a language.
func DevFile(data, lang string) string {
	if lang == "en" {
		return filepath.Join(data, "conll2003-en", "eng.testa")
	}
	return filepath.Join(data, "conll2002-nl", "ned.testa")
}

// ReadFile reads a CoNLL file.
func ReadFile(path string, f CoNLLFormat) ([]Doc, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	docs, err := ReadCoNLL(fh, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// Build trains a tagger from the shared data folder.
func Build(ctx context.Context, data string, c Config) (*Tagger, error) {
	train, err := ReadFile(TrainFile(data, c.Lang), CoNLL)
	if err != nil {
		return nil, fmt.Errorf("read training data: %w", err)
	}
	dev, err := ReadFile(DevFile(data, c.Lang), CoNLL)
	if err != nil {
		return nil, fmt.Errorf("read dev data: %w", err)
	}
	res := &Resources{Clusters: map[string]uint32{}, Gaz: NewGazetteer()}
	if !c.NoGazetteer {
		if res.Gaz, err = BuildGazetteer(data, c.Lang); err != nil {
			return nil, fmt.Errorf("build gazetteer: %w", err)
		}
		if c.Train.Log != nil {
			fmt.Fprintf(c.Train.Log, "ner: gazetteer %d names\n", res.Gaz.Len())
		}
	}
	res.Roles = map[string]bool{}
	roles := nl.NERRoles
	if c.Lang == "en" {
		roles = en.NERRoles
	}
	for _, r := range roles {
		res.Roles[lower(r)] = true
	}
	if !c.NoClusters {
		if res.Clusters, err = buildClusters(ctx, data, c); err != nil {
			return nil, fmt.Errorf("word clusters: %w", err)
		}
	}
	if c.Silver {
		s, err := silver(data, c.Lang)
		if err != nil {
			return nil, fmt.Errorf("silver data: %w", err)
		}
		train = append(train, s...)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.Train.Dev = dev
	return Train(train, res, c.Train)
}
