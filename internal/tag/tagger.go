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

// magic2 starts a model with optional feature templates: the opt bits
// follow it. Models without any keep magic and its byte layout.
const magic2 = "kroniek-pos 2\n"

// Tagger tags and lemmatizes the words of one language. It is safe for
// concurrent use.
type Tagger struct {
	lang string
	opt  uint64   // optional feature templates (opt* bits)
	tags []string // the classes: UPOS, or UPOS and XPOS joined by a tab
	upos []string // the UPOS of each class
	w    *weights
	beam int // beam width; 1 = greedy
	// pair holds the summed scores of the tag-pair features for each
	// (previous tag + 1, tag before + 1).
	pair [][]float32
	// pairR is pair for the right-to-left perceptron (optBidir).
	pairR [][]float32
	// edge holds the neighbour-feature scores of the sentence edges for
	// rolePrev, roleNext and roleNext2.
	edge [nRoles][]float32
	// words holds what is known of each form (and lower-case form): its
	// ambiguity class, external lexicon tags, cluster, capitalization,
	// and for frequent unambiguous words their tag.
	words map[string]winfo
	lem   *lemmatizer
	hUnk  uint64
	pool  sync.Pool
}

// cacheSize bounds the number of forms a goroutine's scratch remembers.
const cacheSize = 1 << 15

type scratch struct {
	// forms numbers the forms seen (up to cacheSize, then it starts over);
	// ents holds, per number, the form's facts and its cached scores, so
	// that a word costs one map lookup instead of one per cache.
	forms  map[string]int32
	ents   []formEntry
	ids    []int32   // the form number of each word of the sentence
	gs     []int     // the class of each word of the sentence
	arena  []float32 // backing store of the cached score rows
	base   []float32 // beam search: per-word scores
	bm     beamer
	ws     []word
	lw     []string // lower-case words, for the Dutch rules
	fs     []uint64
	scores []float32
}

// formEntry is what a scratch keeps of one form. The scores are those of
// features that depend on the form alone (and the previous tag for dyn);
// nil until first needed.
type formEntry struct {
	w     word // title and clauseEnd are the sentence's, set per use
	local []float32
	// roles holds the scores of the features the word gives a neighbour
	// in each role (see neighbours).
	roles [nRoles][]float32
	// dyn and lemma are short lists (a form takes few previous tags and
	// classes) searched in order: slices indexed by tag would take ten
	// times the memory.
	dyn   []dynRow
	lemma []lemmaSlot
}

// dynRow holds the scores of dynForm after previous tag p1.
type dynRow struct {
	p1 int
	r  []float32
}

// lemmaSlot holds the lemma of a form as class g.
type lemmaSlot struct {
	g int
	s string
}

// row returns a zeroed score row of n from the scratch's arena.
func (sc *scratch) row(n int) []float32 {
	if len(sc.arena)+n > cap(sc.arena) {
		sc.arena = make([]float32, 0, max(n, 1<<14))
	}
	r := sc.arena[len(sc.arena) : len(sc.arena)+n : len(sc.arena)+n]
	sc.arena = sc.arena[:len(sc.arena)+n]
	return r
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

// winfo is the per-form entry of Tagger.words; zero hashes are absent.
type winfo struct {
	amb, xlex, clus uint64
	cid             uint16 // cluster + 1, 0 = none
	capr            uint8
	unamb           int8 // tag index + 1
}

// wraw is a winfo before hashing, as stored in the model.
type wraw struct {
	amb, xlex        uint64
	clus             uint16
	capr             uint8
	unamb            int8
	hasAmb, hasXLex  bool
	hasClus, hasCapr bool
}

func (r wraw) info() winfo {
	var w winfo
	if r.hasAmb {
		w.amb = ambHash(r.amb)
	}
	if r.hasXLex {
		w.xlex = xlexHash(r.xlex)
	}
	if r.hasClus {
		w.clus = clusHash(uint64(r.clus))
		w.cid = r.clus + 1
	}
	if r.hasCapr {
		w.capr = r.capr
	}
	w.unamb = r.unamb
	return w
}

// Cluster returns the distributional cluster of word (of its lower-case
// form) plus one, or 0 when it has none. The parser uses the tagger's
// clusters so that both models share what was learned from raw text.
func (t *Tagger) Cluster(word string) int {
	return int(t.words[lower(word)].cid)
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
	if len(words) == 0 || t.w == nil {
		return
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(t.tags))}
	}
	t.prepareScratch(sc, words)
	if t.opt&optBidir != 0 {
		t.bidirTag(sc)
	} else if t.beam > 1 {
		t.beamTag(sc)
	} else {
		t.greedyTag(sc)
	}
	for i, g := range sc.gs {
		upos[i] = t.upos[g]
		lemmas[i] = t.lemma(sc, i, g)
	}
	if t.lang == "nl" {
		sc.lw = sc.lw[:0]
		for i := range sc.ws {
			sc.lw = append(sc.lw, sc.ws[i].lower)
		}
		t.lem.dutchInfinitives(words, sc.lw, upos, lemmas)
		t.lem.dutchJoinedParticleVerbs(words, sc.lw, upos, lemmas)
		dutchAuxiliaries(words, sc.lw, upos, lemmas)
		dutchNames(words, sc.lw, upos)
		dutchFunctionWords(sc.lw, upos)
		dutchAdjectives(words, sc.lw, upos)
		dutchTimeAdverbs(sc.lw, upos)
		dutchSurnameDe(words, sc.lw, upos)
		t.lem.dutchHyphenCompounds(words, sc.lw, upos, lemmas)
		dutchNumbersAndPronouns(words, sc.lw, upos)
		t.lem.dutchUnknownAttributives(words, sc.lw, upos, lemmas)
		dutchPassiveParticiples(words, sc.lw, upos, lemmas)
		dutchQuotedForeign(words, sc.lw, upos)
		t.lem.joinParticles(words, upos, lemmas)
	}
	t.pool.Put(sc)
}

// prepare computes the per-word facts.
func (t *Tagger) prepare(ws []word, words []string) []word {
	for _, f := range words {
		ws = append(ws, t.wordOf(f))
	}
	markClauses(ws)
	return ws
}

// wordOf returns the facts of form f that do not depend on its sentence.
func (t *Tagger) wordOf(f string) word {
	l := lower(f)
	w := word{form: f, lower: l, hForm: hstr(f), hLower: hstr(l), hSuf3: hstr(suffix(l, 3)), ambTag: -1}
	e1, ok := t.words[f]
	e2 := e1
	if l != f {
		e2 = t.words[l]
	}
	w.amb, w.xlex, w.clus = first(e1.amb, e2.amb, t.hUnk), first(e1.xlex, e2.xlex, t.hUnk), first(e2.clus, t.hUnk, 0)
	w.capr = uint64(e2.capr)
	if ok && e1.unamb > 0 {
		w.ambTag = int(e1.unamb) - 1
	}
	return w
}

// prepareScratch is prepare into sc.ws, numbering the forms in sc.ids.
func (t *Tagger) prepareScratch(sc *scratch, words []string) {
	// Start over between sentences only: the numbers of a sentence's words
	// stay valid while it is tagged.
	if sc.forms == nil || len(sc.ents) >= cacheSize {
		sc.forms = make(map[string]int32, 1024)
		clear(sc.ents)
		sc.ents = sc.ents[:0]
		sc.arena = nil
	}
	sc.ws, sc.ids = sc.ws[:0], sc.ids[:0]
	for _, f := range words {
		id, ok := sc.forms[f]
		if !ok {
			// The key is copied: the caller's string may alias a reused buffer.
			f = strings.Clone(f)
			id = int32(len(sc.ents))
			sc.ents = append(sc.ents, formEntry{w: t.wordOf(f)})
			sc.forms[f] = id
		}
		sc.ids = append(sc.ids, id)
		sc.ws = append(sc.ws, sc.ents[id].w)
	}
	markClauses(sc.ws)
	if cap(sc.gs) < len(words) {
		sc.gs = make([]int, len(words), 2*len(words))
	}
	sc.gs = sc.gs[:len(words)]
}

// greedyTag tags left to right, one best tag at a time.
func (t *Tagger) greedyTag(sc *scratch) {
	p1, p2 := 0, 0
	for i := range sc.ws {
		g := sc.ws[i].ambTag
		if g < 0 {
			loc, pair := t.localScores(sc, i), t.pair[p1*(len(t.tags)+1)+p2]
			for j := range sc.scores {
				sc.scores[j] = loc[j] + pair[j]
			}
			t.neighbourScores(sc, i, sc.scores)
			c := ctxOf(sc.ws, i)
			addTo(sc.scores, t.dynScores(sc, i, c, p1))
			sc.fs = append(own(sc.fs[:0], sc.ws, i, t.opt), dynNext(c, p1))
			t.w.score(sc.fs, sc.scores)
			g = 0
			for j, v := range sc.scores {
				if v > sc.scores[g] {
					g = j
				}
			}
		}
		sc.gs[i] = g
		p1, p2 = g+1, p1
	}
}

// bidirTag tags right to left first, keeping each word's scores, then left
// to right adding them: each direction's history is its own decisions. The
// weight rows hold both directions, so the tag-independent features are
// looked up once.
func (t *Tagger) bidirTag(sc *scratch) {
	nt := len(t.tags)
	n := len(sc.ws)
	if cap(sc.base) < 2*n*nt {
		sc.base = make([]float32, 2*n*nt)
	}
	base := sc.base[:2*n*nt]
	for i := range sc.ws {
		if sc.ws[i].ambTag >= 0 {
			continue
		}
		b := base[2*i*nt : 2*(i+1)*nt]
		copy(b, t.localScores(sc, i))
		t.neighbourScores(sc, i, b)
		sc.fs = own(sc.fs[:0], sc.ws, i, t.opt)
		t.w.score(sc.fs, b)
	}
	p1, p2 := 0, 0
	for i := n - 1; i >= 0; i-- {
		g := sc.ws[i].ambTag
		if g < 0 {
			r, pair := base[(2*i+1)*nt:2*(i+1)*nt], t.pairR[p1*(nt+1)+p2]
			for j := range r {
				r[j] += pair[j]
			}
			c := ctxOfR(sc.ws, i)
			addTo(r, t.dynScores(sc, i, c, p1)[nt:])
			sc.fs = append(sc.fs[:0], dynNext(c, p1))
			t.w.scoreHalf(sc.fs, r, nt)
			g = 0
			for j, v := range r {
				if v > r[g] {
					g = j
				}
			}
		}
		p1, p2 = g+1, p1
	}
	p1, p2 = 0, 0
	for i := range sc.ws {
		g := sc.ws[i].ambTag
		if g < 0 {
			b, pair := base[2*i*nt:2*(i+1)*nt], t.pair[p1*(nt+1)+p2]
			for j := range sc.scores {
				sc.scores[j] = b[j] + b[nt+j] + pair[j]
			}
			c := ctxOf(sc.ws, i)
			addTo(sc.scores, t.dynScores(sc, i, c, p1))
			sc.fs = append(sc.fs[:0], dynNext(c, p1))
			t.w.scoreHalf(sc.fs, sc.scores, 0)
			g = 0
			for j, v := range sc.scores {
				if v > sc.scores[g] {
					g = j
				}
			}
		}
		sc.gs[i] = g
		p1, p2 = g+1, p1
	}
}

// beamTag tags with beam search. The scores that do not depend on the
// previous tags are summed once per word.
func (t *Tagger) beamTag(sc *scratch) {
	nt := len(t.tags)
	n := len(sc.ws)
	if cap(sc.base) < n*nt {
		sc.base = make([]float32, n*nt)
	}
	base := sc.base[:n*nt]
	for i := range sc.ws {
		if sc.ws[i].ambTag >= 0 {
			continue
		}
		b := base[i*nt : (i+1)*nt]
		copy(b, t.localScores(sc, i))
		t.neighbourScores(sc, i, b)
		sc.fs = own(sc.fs[:0], sc.ws, i, t.opt)
		t.w.score(sc.fs, b)
	}
	best, _ := sc.bm.search(n, nt, t.beam,
		func(i int) int { return sc.ws[i].ambTag },
		func(i, p1, p2 int, out []float32) {
			b, pair := base[i*nt:(i+1)*nt], t.pair[p1*(nt+1)+p2]
			for j := range out {
				out[j] = b[j] + pair[j]
			}
			sc.fs = dynamicWord(sc.fs[:0], ctxOf(sc.ws, i), p1, p2)
			t.w.score(sc.fs, out)
		}, nil)
	copy(sc.gs, best)
}

// localScores returns the summed weights of word i's local features,
// cached per form.
func (t *Tagger) localScores(sc *scratch, i int) []float32 {
	e := &sc.ents[sc.ids[i]]
	if e.local == nil {
		// Bidirectional models: both directions' scores, one after the other.
		e.local = sc.row(t.w.nt)
		sc.fs = local(sc.fs[:0], &sc.ws[i], t.opt)
		t.w.score(sc.fs, e.local)
	}
	return e.local
}

// Neighbour roles (see neighbours in feat.go).
const (
	rolePrev = iota
	roleNext
	roleNext2
	roleClause
	nRoles
)

// roleFeatures appends the features w gives a neighbour in role.
func roleFeatures(fs []uint64, role int, w *word) []uint64 {
	switch role {
	case rolePrev:
		return asPrev(fs, w)
	case roleNext:
		return asNext(fs, w)
	case roleNext2:
		return asNext2(fs, w)
	}
	return asClauseEnd(fs, w)
}

// neighbourScores adds the scores of word i's neighbour features into out
// (a weight row's width), from the per-form cache. Grouping the sums this
// way changes no score: the weights are int16 and their sums stay far
// below 2^24, where float32 adds integers exactly.
func (t *Tagger) neighbourScores(sc *scratch, i int, out []float32) {
	ws := sc.ws
	if e := ws[i].clauseEnd; e > i {
		addTo(out, t.roleScores(sc, roleClause, e))
	}
	if i > 0 {
		addTo(out, t.roleScores(sc, rolePrev, i-1))
	} else {
		addTo(out, t.edge[rolePrev])
	}
	if i+1 < len(ws) {
		addTo(out, t.roleScores(sc, roleNext, i+1))
	} else {
		addTo(out, t.edge[roleNext])
	}
	if i+2 < len(ws) {
		addTo(out, t.roleScores(sc, roleNext2, i+2))
	} else {
		addTo(out, t.edge[roleNext2])
	}
}

func addTo(out, v []float32) {
	v = v[:len(out)]
	for j, x := range v {
		out[j] += x
	}
}

// roleScores returns the summed weights of the features word j gives a
// neighbour in role, cached per form.
func (t *Tagger) roleScores(sc *scratch, role, j int) []float32 {
	e := &sc.ents[sc.ids[j]]
	if e.roles[role] == nil {
		e.roles[role] = sc.row(t.w.nt)
		sc.fs = roleFeatures(sc.fs[:0], role, &sc.ws[j])
		t.w.score(sc.fs, e.roles[role])
	}
	return e.roles[role]
}

// dynScores returns the summed weights of dynForm for word i (whose
// context c is) after tag p1, cached per form and tag.
func (t *Tagger) dynScores(sc *scratch, i int, c ctx, p1 int) []float32 {
	e := &sc.ents[sc.ids[i]]
	for _, d := range e.dyn {
		if d.p1 == p1 {
			return d.r
		}
	}
	r := sc.row(t.w.nt)
	sc.fs = dynForm(sc.fs[:0], c, p1)
	t.w.score(sc.fs, r)
	e.dyn = append(e.dyn, dynRow{p1, r})
	return r
}

// lemma returns the lemma of word i as class g, cached per form and class.
func (t *Tagger) lemma(sc *scratch, i, g int) string {
	e := &sc.ents[sc.ids[i]]
	for _, l := range e.lemma {
		if l.g == g {
			return l.s
		}
	}
	l := t.lem.lemma(sc.ws[i].form, sc.ws[i].lower, t.upos[g])
	e.lemma = append(e.lemma, lemmaSlot{g, l})
	return l
}

// first returns the first non-zero value.
func first(a, b, c uint64) uint64 {
	if a != 0 {
		return a
	}
	if b != 0 {
		return b
	}
	return c
}

// Load decodes a model written by Train.
func Load(data []byte) (*Tagger, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("model is empty; run `kroniek train pos`")
	}
	var d *dec
	opt := uint64(0)
	switch head := string(data[:min(len(data), len(magic))]); head {
	case magic:
		d = newDec(data[len(magic):])
	case magic2:
		d = newDec(data[len(magic2):])
		opt = d.uint()
		if opt&^optAll != 0 {
			return nil, errCorrupt
		}
	default:
		return nil, fmt.Errorf("not a kroniek pos model")
	}
	t := &Tagger{opt: opt, lang: d.str(), tags: d.strs(), hUnk: mix(fAmb, hstr("<unk>"))}
	if d.err == nil {
		if err := checkTags(len(t.tags)); err != nil {
			return nil, err
		}
	}
	for _, c := range t.tags {
		u, _, _ := strings.Cut(c, "\t")
		t.upos = append(t.upos, u)
	}
	t.beam = int(d.uint())
	if t.beam < 1 || t.beam > 64 {
		return nil, errCorrupt
	}
	n := d.count()
	t.words = make(map[string]winfo, n)
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		r := decodeWraw(d)
		if int(r.unamb) > len(t.tags) {
			return nil, errCorrupt
		}
		t.words[f] = r.info()
	}
	nt := len(t.tags)
	ntw := nt // the width of a weight row
	if t.opt&optBidir != 0 {
		ntw = 2 * nt
	}
	t.w = decodeWeights(d, ntw)
	var fs []uint64
	for p1 := 0; p1 <= nt; p1++ {
		for p2 := 0; p2 <= nt; p2++ {
			r := make([]float32, ntw)
			fs = tagPair(fs[:0], p1, p2)
			t.w.score(fs, r)
			t.pair = append(t.pair, r[:nt:nt])
			if ntw > nt {
				t.pairR = append(t.pairR, r[nt:])
			}
		}
	}
	for role, w := range []*word{rolePrev: &startWord, roleNext: &endWord, roleNext2: &endWord} {
		t.edge[role] = make([]float32, ntw)
		t.w.score(roleFeatures(fs[:0], role, w), t.edge[role])
	}
	t.lem = decodeLemmatizer(d)
	if d.err != nil {
		return nil, d.err
	}
	return t, nil
}

func ambHash(mask uint64) uint64 { return mix(fAmb, mix(mask, 7)) }

func xlexHash(mask uint64) uint64 { return mix(fXLex, mix(mask, 11)) }

func clusHash(c uint64) uint64 { return mix(fClus, mix(c, 13)) }

func decodeWeights(d *dec, nt int) *weights {
	n := d.count()
	d.f32() // the scale: argmax needs none
	w := newWeights(nt, n)
	row := make([]int16, nt)
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
			if tag >= uint64(nt) {
				d.err = errCorrupt
				break
			}
			v := d.int()
			if v < -32768 || v > 32767 {
				d.err = errCorrupt
				break
			}
			row[tag] = int16(v)
		}
		w.add(key, row)
	}
	return w
}

// encodeModel writes a model (deterministically: everything sorted).
func encodeModel(lang string, opt uint64, tags []string, beam int, words map[string]wraw,
	keys []uint64, rows [][]float32, lz *lemmatizer) []byte {
	e := &enc{b: []byte(magic)}
	if opt != 0 {
		e = &enc{b: []byte(magic2)}
		e.uint(opt)
	}
	e.str(lang)
	e.strs(tags)
	e.uint(uint64(beam))
	wk := sortedKeys(words)
	e.uint(uint64(len(wk)))
	for _, k := range wk {
		e.str(k)
		encodeWraw(e, words[k])
	}
	encodeWeights(e, keys, rows)
	lz.encode(e)
	return e.b
}

func encodeWraw(e *enc, r wraw) {
	flags := uint64(0)
	for i, b := range []bool{r.hasAmb, r.hasXLex, r.hasClus, r.hasCapr, r.unamb > 0} {
		if b {
			flags |= 1 << i
		}
	}
	e.uint(flags)
	if r.hasAmb {
		e.uint(r.amb)
	}
	if r.hasXLex {
		e.uint(r.xlex)
	}
	if r.hasClus {
		e.uint(uint64(r.clus))
	}
	if r.hasCapr {
		e.uint(uint64(r.capr))
	}
	if r.unamb > 0 {
		e.uint(uint64(r.unamb))
	}
}

func decodeWraw(d *dec) wraw {
	var r wraw
	flags := d.uint()
	if flags&1 != 0 {
		r.hasAmb, r.amb = true, d.uint()
	}
	if flags&2 != 0 {
		r.hasXLex, r.xlex = true, d.uint()
	}
	if flags&4 != 0 {
		r.hasClus, r.clus = true, uint16(d.uint())
	}
	if flags&8 != 0 {
		r.hasCapr, r.capr = true, uint8(d.uint())
	}
	if flags&16 != 0 {
		v := d.uint()
		if v > 127 {
			d.err = errCorrupt
		}
		r.unamb = int8(v)
	}
	return r
}

func encodeWeights(e *enc, keys []uint64, rows [][]float32) {
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
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
