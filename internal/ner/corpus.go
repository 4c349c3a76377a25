package ner

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek/internal/cluster"
	"kroniek/internal/text"
)

// Cluster sizes, finest first.
var clusterSizes = []int{256, 64, 16}

// buildClusters learns (or reads) the word clusters for c.Lang and adds
// each word's capitalisation class.
func buildClusters(ctx context.Context, data string, c Config) (map[string]uint32, error) {
	sents, err := unlabelled(data, c.Lang)
	if err != nil {
		return nil, err
	}
	caps := capClasses(sents)
	for _, s := range sents {
		for i, w := range s {
			s[i] = lower(w)
		}
	}
	var m map[string]uint32
	if c.ClusterFile != "" {
		if m, err = readClusters(c.ClusterFile); err != nil {
			return nil, err
		}
	} else {
		v := cluster.NewVocabulary(sents, 2)
		if c.Train.Log != nil {
			n := 0
			for _, s := range sents {
				n += len(s)
			}
			fmt.Fprintf(c.Train.Log, "ner: clustering %d words of %d tokens\n", len(v.Words), n)
		}
		levels, err := cluster.Hierarchy(ctx, v.Corpus(sents), clusterSizes, 12, c.Train.Log)
		if err != nil {
			return nil, err
		}
		m = make(map[string]uint32, len(v.Words))
		for i, w := range v.Words {
			m[w] = PackCluster(int(levels[0][i]), int(levels[1][i]), int(levels[2][i]), 0)
		}
		if c.SaveClusters != "" {
			if err := writeClusters(c.SaveClusters, m); err != nil {
				return nil, err
			}
		}
	}
	for w, cl := range m {
		m[w] = cl | uint32(caps[w])<<12
	}
	return m, nil
}

// capClasses says how a word is written when it does not start a
// sentence: 4 nearly always capitalised, 3 mostly, 2 sometimes, 1 rarely,
// 0 too rare to tell. Proper nouns and common nouns part here.
func capClasses(sents [][]string) map[string]uint8 {
	type n2 struct{ up, low int }
	n := map[string]*n2{}
	for _, s := range sents {
		for _, w := range s[min(1, len(s)):] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) {
				continue
			}
			k := lower(w)
			c := n[k]
			if c == nil {
				c = &n2{}
				n[k] = c
			}
			if unicode.IsUpper(r) {
				c.up++
			} else {
				c.low++
			}
		}
	}
	out := make(map[string]uint8, len(n))
	for w, c := range n {
		t := c.up + c.low
		if t < 2 {
			continue
		}
		r := float64(c.up) / float64(t)
		switch {
		case r >= 0.95:
			out[w] = 4
		case r >= 0.6:
			out[w] = 3
		case r >= 0.2:
			out[w] = 2
		default:
			out[w] = 1
		}
	}
	return out
}

func writeClusters(path string, m map[string]uint32) error {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, word := range words {
		c := m[word]
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\n", word, clusterLevel(c, 0)-1, clusterLevel(c, 1), clusterLevel(c, 2))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readClusters(path string) (map[string]uint32, error) {
	m := map[string]uint32{}
	err := eachTSV(path, func(f []string) {
		if len(f) == 4 {
			var a, b, c int
			fmt.Sscan(f[1], &a)
			fmt.Sscan(f[2], &b)
			fmt.Sscan(f[3], &c)
			m[f[0]] = PackCluster(a, b, c, 0)
		}
	})
	return m, err
}

// unlabelled gathers the words of unlabelled (or label-stripped) text for
// a language: the CoNLL training file, news, Wikipedia NER data and more.
// Dev and test files are left out.
func unlabelled(data, lang string) ([][]string, error) {
	var out [][]string
	add := func(docs []Doc) {
		for _, d := range docs {
			for _, s := range d.Sents {
				out = append(out, s.Words)
			}
		}
	}
	conll := func(path string, f CoNLLFormat) error {
		docs, err := ReadFile(path, f)
		if err != nil {
			return err
		}
		add(docs)
		return nil
	}
	if err := conll(TrainFile(data, lang), CoNLL); err != nil {
		return nil, err
	}
	raw := func(s string) {
		toks, sents := text.Segment(s, lang)
		words := Words(s, toks, lang)
		for si := range sents {
			var ws []string
			for _, w := range words {
				if w.Sent == si {
					ws = append(ws, w.Text)
				}
			}
			if len(ws) > 0 {
				out = append(out, ws)
			}
		}
	}
	jsonl := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var a struct{ Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			raw(a.Title)
			raw(a.Text)
		}
		return sc.Err()
	}
	wn := filepath.Join(data, "wikineural", "data")
	if lang == "nl" {
		if err := jsonl(filepath.Join(data, "news-nl", "dpg2019-dev.jsonl")); err != nil {
			return nil, err
		}
		tab := CoNLLFormat{WordCol: 1, NoTag: true, Tab: true}
		for _, p := range []string{"wikineural/nl/val.conllu", "wikineural/nl/test.conllu", "wikiann/nl/train.conllu", "wikiann/nl/val.conllu", "wikiann/nl/test.conllu"} {
			if err := conll(filepath.Join(wn, p), tab); err != nil {
				return nil, err
			}
		}
		// Europeana has no sentence breaks: cut it at full stops.
		docs, err := ReadFile(filepath.Join(data, "europeana-ner-nl", "enp_NL.kb.bio"), CoNLLFormat{NoTag: true})
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			for _, s := range d.Sents {
				start := 0
				for i, w := range s.Words {
					if w == "." || i == len(s.Words)-1 {
						out = append(out, s.Words[start:i+1])
						start = i + 1
					}
				}
			}
		}
		if err := conll(filepath.Join(data, "meantime", "nl-processed", "meantime.conll"), CoNLLFormat{WordCol: 3, NoTag: true, Tab: true}); err != nil {
			return nil, err
		}
		return out, nil
	}
	if err := jsonl(filepath.Join(data, "news-en", "wikinews-dev.jsonl")); err != nil {
		return nil, err
	}
	if err := conll(filepath.Join(wn, "wikigold", "en", "test.conllu"), CoNLLFormat{WordCol: 1, NoTag: true, Tab: true}); err != nil {
		return nil, err
	}
	for _, part := range []string{"train", "dev"} {
		dir := filepath.Join(data, "quotes-en", "polnear", part, "text")
		ents, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			raw(string(b))
		}
	}
	// MEANTIME English: the token elements of the CAT XML files.
	dir := filepath.Join(data, "meantime", "en", "meantime_newsreader_english_oct15", "intra-doc_annotation")
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		sent, cur := "", []string(nil)
		for _, m := range tokenRE.FindAllStringSubmatch(string(b), -1) {
			if m[1] != sent && len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			sent = m[1]
			cur = append(cur, html.UnescapeString(m[2]))
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	return out, nil
}

var tokenRE = regexp.MustCompile(`<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)
