// Package golddev reads the hand-annotated development set in
// ../shared/data/gold-dev: articles, their gold annotations (quotes, times,
// places, entities) and their event coding. Gold annotations are strings, not
// offsets; scorers match them against predictions the way gold-dev/score.py
// and score_events.py do.
package golddev

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"kroniek"
)

// Quote is a gold quote: the text inside the marks (or the attributed
// content), the speaker by fullest name, and the cue lemma.
type Quote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Cue     *string `json:"cue"`
}

// Time is a gold time expression.
type Time struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Place is a gold place mention.
type Place struct {
	Text    string  `json:"text"`
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Entity is a gold entity with every name used for it.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Wikidata *string  `json:"wikidata"`
	Mentions []string `json:"mentions"`
}

// Event is a gold PLOVER event.
type Event struct {
	Trigger    string  `json:"trigger"`
	Type       string  `json:"type"`
	Actor      *string `json:"actor"`
	Target     *string `json:"target"`
	Place      *string `json:"place"`
	Time       *string `json:"time"`
	Factuality string  `json:"factuality"`
	Source     *string `json:"source"`
}

// Gold is one article's annotation.
type Gold struct {
	ID        string   `json:"id"`
	Published string   `json:"published"`
	Quotes    []Quote  `json:"quotes"`
	Times     []Time   `json:"times"`
	Places    []Place  `json:"places"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"` // from events/<id>.json
}

// Item is an article with its gold annotation.
type Item struct {
	Article kroniek.Article
	Gold    Gold
}

// Load reads dir (the gold-dev folder): articles.jsonl, gold/<id>.json and,
// when present, events/<id>.json. Items come in the order of articles.jsonl.
func Load(dir string) ([]Item, error) {
	f, err := os.Open(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("golddev: %w", err)
	}
	defer f.Close()
	var items []Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var a kroniek.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("golddev: articles.jsonl:%d: %w", line, err)
		}
		it := Item{Article: a}
		if err := readJSON(filepath.Join(dir, "gold", a.ID+".json"), &it.Gold); err != nil {
			return nil, err
		}
		var ev Gold
		if err := readJSON(filepath.Join(dir, "events", a.ID+".json"), &ev); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		it.Gold.Events = ev.Events
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("golddev: articles.jsonl: %w", err)
	}
	return items, nil
}

// LoadExample reads the defining example's gold annotation (a .gold.json
// file in the same shape, events included).
func LoadExample(path string) (Gold, error) {
	var g Gold
	err := readJSON(path, &g)
	return g, err
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("golddev: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("golddev: %s: %w", path, err)
	}
	return nil
}

// Str returns *p or "" for nil.
func Str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
