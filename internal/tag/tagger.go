// Package tag predicts universal part-of-speech tags (UPOS) and lemmas for
// Dutch and English tokens: a greedy averaged perceptron over hashed
// features, a lemma lexicon with suffix edit rules for unseen words, and
// for Dutch the joined lemmas of separable verbs ("legt … uit" →
// "uit_leggen"). Models are trained by `kroniek train pos` and embedded.
package tag

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

const magic = "kroniek-pos 1\n"

// Tagger tags and lemmatizes the words of one language. It is safe for
// concurrent use.
type Tagger struct {
	lang  string
	tags  []string
	w     *weights
	amb   map[string]uint64 // form → ambiguity class hash
	unamb map[string]uint8  // frequent unambiguous forms → tag index
	lem   *lemmatizer
	hUnk  uint64
	pool  sync.Pool
}

type scratch struct {
	ws     []word
	fs     []uint64
	scores []float32
}

var (
	mu      sync.Mutex
	loaded  = map[string]*Tagger{}
	loadErr = map[string]error{}
)

// For returns the tagger for lang ("nl" or "en"), loading its embedded model
// once per process.
func For(lang string) (*Tagger, error) {
	mu.Lock()
	defer mu.Unlock()
	if t, ok := loaded[lang]; ok {
		return t, nil
	}
	if err, ok := loadErr[lang]; ok {
		return nil, err
	}
	var data []byte
	switch lang {
	case "nl":
		data = nl.POSModel
	case "en":
		data = en.POSModel
	default:
		return nil, fmt.Errorf("pos tagger: no model for language %q", lang)
	}
	t, err := Load(data)
	if err != nil {
		err = fmt.Errorf("load %s pos model: %w", lang, err)
		loadErr[lang] = err
		return nil, err
	}
	loaded[lang] = t
	return t, nil
}

// Lang returns the model's language.
func (t *Tagger) Lang() string { return t.lang }

// Tags returns the tag set.
func (t *Tagger) Tags() []string { return t.tags }

func (t *Tagger) ambOf(form, l string) uint64 {
	if h, ok := t.amb[form]; ok {
		return h
	}
	if h, ok := t.amb[l]; ok {
		return h
	}
	return t.hUnk
}

// Tag returns the UPOS tag and lemma of each word of one sentence. xpos is
// nil: the models predict no language-specific tags yet.
func (t *Tagger) Tag(words []string) (upos, xpos, lemmas []string) {
	upos = make([]string, len(words))
	lemmas = make([]string, len(words))
	t.TagInto(words, upos, lemmas)
	return upos, nil, lemmas
}

// TagInto is Tag writing into caller slices of len(words).
func (t *Tagger) TagInto(words, upos, lemmas []string) {
	if len(words) == 0 {
		return
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(t.tags))}
	}
	sc.ws = t.prepare(sc.ws[:0], words)
	p1, p2 := 0, 0
	for i := range sc.ws {
		g := sc.ws[i].ambTag
		if g < 0 {
			sc.fs = static(sc.fs[:0], sc.ws, i)
			sc.fs = dynamic(sc.fs, ctxOf(sc.ws, i), p1, p2)
			g = t.best(sc.fs, sc.scores)
		}
		upos[i] = t.tags[g]
		p1, p2 = g+1, p1
	}
	for i := range sc.ws {
		lemmas[i] = t.lem.lemma(words[i], sc.ws[i].lower, upos[i])
	}
	if t.lang == "nl" {
		t.lem.joinParticles(words, upos, lemmas)
	}
	t.pool.Put(sc)
}

func (t *Tagger) best(fs []uint64, scores []float32) int {
	for j := range scores {
		scores[j] = 0
	}
	t.w.score(fs, scores)
	g := 0
	for j, v := range scores {
		if v > scores[g] {
			g = j
		}
	}
	return g
}

// prepare computes the per-word facts.
func (t *Tagger) prepare(ws []word, words []string) []word {
	for _, f := range words {
		l := lower(f)
		w := word{form: f, lower: l, hForm: hstr(f), hLower: hstr(l), hSuf3: hstr(suffix(l, 3)), ambTag: -1}
		w.amb = t.ambOf(f, l)
		if g, ok := t.unamb[f]; ok {
			w.ambTag = int(g)
		}
		ws = append(ws, w)
	}
	return ws
}

// Load decodes a model written by Train.
func Load(data []byte) (*Tagger, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("model is empty; run `kroniek train pos`")
	}
	if !strings.HasPrefix(string(data[:min(len(data), len(magic))]), magic) {
		return nil, fmt.Errorf("not a kroniek pos model")
	}
	d := &dec{b: data[len(magic):]}
	t := &Tagger{lang: d.str(), tags: d.strs(), hUnk: mix(fAmb, hstr("<unk>"))}
	if d.err == nil {
		if err := checkTags(len(t.tags)); err != nil {
			return nil, err
		}
	}
	n := d.count()
	t.amb = make(map[string]uint64, n)
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		t.amb[f] = ambHash(d.uint())
	}
	n = d.count()
	t.unamb = make(map[string]uint8, n)
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		g := d.uint()
		if g >= uint64(len(t.tags)) {
			return nil, errCorrupt
		}
		t.unamb[f] = uint8(g)
	}
	n = d.count()
	scale := d.f32()
	t.w = newWeights(len(t.tags), n)
	row := make([]float32, len(t.tags))
	key := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		key += d.uint()
		for j := range row {
			row[j] = 0
		}
		m := d.count()
		tag := uint64(0)
		for j := 0; j < m && d.err == nil; j++ {
			tag += d.uint()
			if tag >= uint64(len(row)) {
				return nil, errCorrupt
			}
			row[tag] = float32(d.int()) * scale
		}
		t.w.add(key, row)
	}
	t.lem = decodeLemmatizer(d)
	if d.err != nil {
		return nil, d.err
	}
	return t, nil
}

func ambHash(mask uint64) uint64 { return mix(fAmb, mix(mask, 7)) }

// encodeModel writes a model (deterministically: everything sorted).
func encodeModel(lang string, tags []string, amb map[string]uint64, unamb map[string]int,
	keys []uint64, rows [][]float32, lz *lemmatizer) []byte {
	e := &enc{b: []byte(magic)}
	e.str(lang)
	e.strs(tags)
	ak := sortedKeys(amb)
	e.uint(uint64(len(ak)))
	for _, k := range ak {
		e.str(k)
		e.uint(amb[k])
	}
	uk := sortedKeys(unamb)
	e.uint(uint64(len(uk)))
	for _, k := range uk {
		e.str(k)
		e.uint(uint64(unamb[k]))
	}
	scale, q := quantize(rows)
	e.uint(uint64(len(keys)))
	e.f32(scale)
	last := uint64(0)
	for i, k := range keys {
		e.uint(k - last)
		last = k
		nnz := 0
		for _, v := range q[i] {
			if v != 0 {
				nnz++
			}
		}
		e.uint(uint64(nnz))
		lt := 0
		for j, v := range q[i] {
			if v != 0 {
				e.uint(uint64(j - lt))
				lt = j
				e.int(int64(v))
			}
		}
	}
	lz.encode(e)
	return e.b
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
