// Package parse is a transition-based dependency parser for Dutch and
// English: arc-eager with a dynamic oracle and an averaged perceptron over
// hashed Zhang & Nivre (2011) features. Models are trained by
// `kroniek train parse` from the UD treebanks in ../shared/data and embedded
// in internal/lang/nl and internal/lang/en.
package parse

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"kroniek"
	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

var (
	mu      sync.Mutex
	loaded  = map[string]*Model{}
	loadErr = map[string]error{}
)

// For returns the parser model for lang ("nl" or "en"), decoding the
// embedded model once per process.
func For(lang string) (*Model, error) {
	mu.Lock()
	defer mu.Unlock()
	if m, ok := loaded[lang]; ok {
		return m, nil
	}
	if err, ok := loadErr[lang]; ok {
		return nil, err
	}
	var data []byte
	switch lang {
	case "nl":
		data = nl.ParseModel
	case "en":
		data = en.ParseModel
	default:
		return nil, fmt.Errorf("parser: no model for language %q", lang)
	}
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		err = fmt.Errorf("load %s parse model: %w", lang, err)
		loadErr[lang] = err
		return nil, err
	}
	loaded[lang] = m
	return m, nil
}

var parsers = map[*Model]*sync.Pool{}

// getParser returns a pooled parser for m, so concurrent pipeline workers
// reuse scratch space.
func getParser(m *Model) (*Parser, func()) {
	mu.Lock()
	pool := parsers[m]
	if pool == nil {
		pool = &sync.Pool{New: func() any { return NewParser(m) }}
		parsers[m] = pool
	}
	mu.Unlock()
	p := pool.Get().(*Parser)
	return p, func() { pool.Put(p) }
}

// Stage fills Token.Head and Token.Deprel of every sentence. It runs after
// the tagger and uses its UPOS tags.
type Stage struct{}

// Name returns "parse".
func (Stage) Name() string { return "parse" }

// Annotate parses each sentence of doc. Languages without a model are left
// unparsed with a diagnostic.
func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	if len(doc.Tokens) == 0 {
		return nil
	}
	if doc.Lang != "nl" && doc.Lang != "en" {
		doc.Diag(kroniek.Info, fmt.Sprintf("parse: no parser for language %q", doc.Lang))
		return nil
	}
	m, err := For(doc.Lang)
	if err != nil {
		return err
	}
	p, done := getParser(m)
	defer done()
	var forms, upos, xpos []string
	for i := 0; i < len(doc.Tokens); {
		j := i
		for j < len(doc.Tokens) && doc.Tokens[j].Sent == doc.Tokens[i].Sent {
			j++
		}
		forms, upos, xpos = forms[:0], upos[:0], xpos[:0]
		for k := i; k < j; k++ {
			t := &doc.Tokens[k]
			forms = append(forms, t.Text)
			upos = append(upos, t.POS)
			xpos = append(xpos, t.XPOS)
		}
		heads, rels := p.Parse(forms, upos, xpos)
		for k := i; k < j; k++ {
			doc.Tokens[k].Head = heads[k-i]
			doc.Tokens[k].Deprel = rels[k-i]
		}
		i = j
	}
	return nil
}
