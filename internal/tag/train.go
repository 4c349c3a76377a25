package tag

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"kroniek/internal/conllu"
	"kroniek/internal/text"
)

// Sentence is one gold sentence: its syntactic words with tags and lemmas.
type Sentence struct {
	Forms, UPOS, Lemmas []string
	XPOS                []string
	// Heads, Deprels and Feats serve to convert old treebank releases.
	Heads          []string
	Deprels, Feats []string
}

// ReadCoNLLU reads the syntactic words (not ranges, not empty nodes) of
// every sentence in a CoNLL-U file.
func ReadCoNLLU(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readSentences(f, path)
}

func readSentences(r io.Reader, name string) ([]Sentence, error) {
	cr := conllu.NewReader(r)
	var out []Sentence
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var g Sentence
		for i := range s.Tokens {
			t := &s.Tokens[i]
			if !t.IsWord() {
				continue
			}
			g.Forms = append(g.Forms, t.Form)
			g.UPOS = append(g.UPOS, t.UPOS)
			g.XPOS = append(g.XPOS, t.XPOS)
			g.Lemmas = append(g.Lemmas, t.Lemma)
			g.Deprels = append(g.Deprels, t.Deprel)
			g.Heads = append(g.Heads, t.Head)
			g.Feats = append(g.Feats, t.Feats)
		}
		if len(g.Forms) > 0 {
			out = append(out, g)
		}
	}
}

// TrainFiles returns the training files for lang under the shared data
// folder dir (../shared/data). Dutch: the LassySmall files, never
// alpino-dev (the dev set); English: EWT train.
func TrainFiles(dir, lang string) ([]string, error) {
	var names []string
	switch lang {
	case "nl":
		names = []string{"ud-nl/lassy-train-old.conllu", "ud-nl/lassy-dev.conllu", "ud-nl/lassy-test.conllu"}
	case "en":
		names = []string{"ud-en/en_ewt-ud-train.conllu"}
	default:
		return nil, fmt.Errorf("no training data for language %q", lang)
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = filepath.Join(dir, n)
	}
	return out, nil
}

// LexiconFiles returns the tagged news corpora whose tags serve as
// features: CoNLL-2002 Dutch (De Morgen) and CoNLL-2003 English (Reuters),
// training parts only.
func LexiconFiles(dir, lang string) []string {
	if lang == "nl" {
		return []string{filepath.Join(dir, "conll2002-nl/ned.train")}
	}
	return []string{filepath.Join(dir, "conll2003-en/eng.train")}
}

// RawFiles returns tokenized text for word clusters: news and Wikipedia
// sentences of the NER corpora (their tokens only).
func RawFiles(dir, lang string) []RawFile {
	if lang == "nl" {
		return []RawFile{
			{filepath.Join(dir, "conll2002-nl/ned.train"), 0},
			{filepath.Join(dir, "wikineural/data/wikineural/nl/val.conllu"), 1},
			{filepath.Join(dir, "wikineural/data/wikineural/nl/test.conllu"), 1},
		}
	}
	return []RawFile{{filepath.Join(dir, "conll2003-en/eng.train"), 0}, {filepath.Join(dir, "quotes-en/polnear/train/text"), -1}}
}

// DevFile returns the development file for lang.
func DevFile(dir, lang string) string {
	if lang == "nl" {
		return filepath.Join(dir, "ud-nl/alpino-dev.conllu")
	}
	return filepath.Join(dir, "ud-en/en_ewt-ud-dev.conllu")
}

// TrainOptions configure Train.
type TrainOptions struct {
	Lang  string
	Files []string // training CoNLL-U files
	// Lexicons are tagged news corpora in CoNLL-2002/2003 columns (token,
	// tag, ...) whose words' tags, in their own tag set, become features.
	Lexicons     [][2]string // (form, tag) pairs
	LexiconFiles []string
	// Raw holds tokenized text for word clusters, besides the training
	// sentences; RawFiles are read into it.
	Raw      [][]string
	RawFiles []RawFile
	Clusters int // number of word clusters; 0 = none
	// Joint makes the classes UPOS and XPOS together ("VERB\tVBD"), whose
	// finer previous-tag features help; the tagger reports the UPOS part.
	Joint bool
	// Beam is the beam width of a structured perceptron; 0 or 1 = greedy.
	Beam       int
	Dev        []Sentence
	Iterations int
	Seed       uint64
	Prune      float64 // drop feature rows whose weights all stay below this
	Seeds      int     // perceptrons trained with successive seeds and averaged (0 or 1 = one)
	// Features switches on optional feature templates (the opt* bits),
	// stored in the model; 0 keeps the original templates and model format.
	Features uint64
	Log      io.Writer
}

// Train trains a model and returns its bytes. The same data and options
// give the same bytes.
func Train(opts TrainOptions) ([]byte, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Iterations <= 0 {
		opts.Iterations = 10
	}
	var files [][]Sentence
	for _, f := range opts.Files {
		ss, err := ReadCoNLLU(f)
		if err != nil {
			return nil, fmt.Errorf("read training data: %w", err)
		}
		files = append(files, ss)
	}
	for _, f := range opts.LexiconFiles {
		lx, err := ReadTagged(f)
		if err != nil {
			return nil, fmt.Errorf("read lexicon: %w", err)
		}
		opts.Lexicons = append(opts.Lexicons, lx...)
	}
	for _, f := range opts.RawFiles {
		read := func() ([][]string, error) { return ReadColumn(f.Path, f.Col) }
		if f.Col < 0 {
			read = func() ([][]string, error) { return readTextDir(f.Path, opts.Lang) }
		}
		r, err := read()
		if err != nil {
			return nil, fmt.Errorf("read raw text: %w", err)
		}
		opts.Raw = append(opts.Raw, r...)
	}
	return TrainSentences(opts, files...)
}

// RawFile is a tokenized text file with one token per line in column Col
// (0-based, whitespace separated) and blank lines between sentences; with
// Col < 0, a folder of plain-text .txt files that package text splits.
type RawFile struct {
	Path string
	Col  int
}

// readTextDir tokenizes the .txt files of a folder, in name order.
func readTextDir(dir, lang string) ([][]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out [][]string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		toks, sents := text.Segment(string(b), lang)
		k := 0
		for range sents {
			var s []string
			for k < len(toks) && (len(s) == 0 || toks[k].Sent == toks[k-1].Sent) {
				s = append(s, toks[k].Text)
				k++
			}
			if len(s) > 0 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// ReadColumn reads the sentences of a RawFile.
func ReadColumn(path string, col int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	var cur []string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if col < len(f) {
			cur = append(cur, f[col])
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// TrainSentences is Train on sentences already read, one slice per file.
func TrainSentences(opts TrainOptions, files ...[]Sentence) ([]byte, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Iterations <= 0 {
		opts.Iterations = 10
	}
	var sents []Sentence
	var v1 [][]Sentence
	for _, ss := range files {
		ss = cloneSentences(ss)
		if isUDv1(ss) {
			v1 = append(v1, ss)
			continue
		}
		sents = append(sents, ss...)
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("no UD v2 training sentences in %v", opts.Files)
	}
	particles := separableParticles(sents)
	cur := tagCounts(sents)
	// The old release shares sentences with the current files; the current
	// annotation of those wins.
	seen := map[string]bool{}
	for _, s := range sents {
		seen[strings.Join(s.Forms, " ")] = true
	}
	for _, ss := range v1 {
		ss = convertV1(ss, cur)
		for _, s := range ss {
			if !seen[strings.Join(s.Forms, " ")] {
				sents = append(sents, s)
			}
		}
	}
	if opts.Lang == "nl" {
		sents = append(sents, dutchQuotes(sents)...)
	}
	class := func(s Sentence, i int) string {
		if opts.Joint {
			return s.UPOS[i] + "\t" + s.XPOS[i]
		}
		return s.UPOS[i]
	}
	sep := map[string]bool{}
	if opts.Lang == "nl" {
		for i := range sents {
			splitSeparable(&sents[i], particles, sep)
		}
	}

	// The classes, sorted for a stable index.
	tagIdx := map[string]int{}
	var tags []string
	for _, s := range sents {
		for i := range s.UPOS {
			t := class(s, i)
			if _, ok := tagIdx[t]; !ok {
				tagIdx[t] = 0
				tags = append(tags, t)
			}
		}
	}
	sort.Strings(tags)
	for i, t := range tags {
		tagIdx[t] = i
	}
	if err := checkTags(len(tags)); err != nil {
		return nil, err
	}

	// Tag dictionary: ambiguity classes and frequent unambiguous words.
	counts := map[string][]int{}
	addCount := func(f string, t int) {
		c := counts[f]
		if c == nil {
			c = make([]int, len(tags))
			counts[f] = c
		}
		c[t]++
	}
	// Per-fold counts, so that a training sentence sees the ambiguity
	// classes of the other folds only: its rare words then look as they
	// will look to the tagger, unknown or with a partial class.
	const ambFolds = 10
	foldCounts := make([]map[string][]int, ambFolds)
	for f := range foldCounts {
		foldCounts[f] = map[string][]int{}
	}
	addFold := func(fold int, f string, t int) {
		c := foldCounts[fold][f]
		if c == nil {
			c = make([]int, len(tags))
			foldCounts[fold][f] = c
		}
		c[t]++
	}
	lb := newLemmaBuilder()
	for k, s := range sents {
		for i, f := range s.Forms {
			t := tagIdx[class(s, i)]
			addCount(f, t)
			addFold(k%ambFolds, f, t)
			if l := lower(f); l != f {
				addCount(l, t)
				addFold(k%ambFolds, l, t)
			}
			lb.add(f, s.UPOS[i], s.Lemmas[i], 1)
		}
	}
	amb := map[string]uint64{}
	unamb := map[string]int{}
	for f, c := range counts {
		total, top := 0, 0
		for j, n := range c {
			total += n
			if n > c[top] {
				top = j
			}
		}
		if total < ambMin() {
			continue
		}
		amb[f] = ambMask(c, nil)
		if total >= 20 && float64(c[top]) >= 0.995*float64(total) {
			unamb[f] = top
		}
	}
	xlex := buildXLex(opts.Lexicons)
	raw := append([][]string(nil), opts.Raw...)
	for _, s := range sents {
		raw = append(raw, s.Forms)
	}
	var clus map[string]uint16
	if opts.Clusters > 0 {
		clus = buildClusters(raw, opts.Clusters, 10, 3, opts.Seed)
	}
	capr := capRatios(raw, 3)
	lz := lb.build(opts.Lang, sep)
	fmt.Fprintf(opts.Log, "train pos %s: %d sentences, %d tags, %d forms in tag dictionary, %d unambiguous; %d lemma rules, %d suffix buckets, %d lexicon entries, %d separable verbs\n",
		opts.Lang, len(sents), len(tags), len(amb), len(unamb), len(lz.rules), len(lz.buckets), len(lz.lex), len(sep))

	// A tagger shell for preparing words the way inference will.
	words := map[string]wraw{}
	get := func(f string) wraw { return words[f] }
	for f, m := range amb {
		r := get(f)
		r.hasAmb, r.amb = true, m
		words[f] = r
	}
	for f, t := range unamb {
		r := get(f)
		r.unamb = int8(t + 1)
		words[f] = r
	}
	for f, m := range xlex {
		r := get(f)
		r.hasXLex, r.xlex = true, m
		words[f] = r
	}
	for f, c := range clus {
		r := get(f)
		r.hasClus, r.clus = true, c
		words[f] = r
	}
	for f, c := range capr {
		r := get(f)
		r.hasCapr, r.capr = true, c
		words[f] = r
	}
	// A tagger shell for preparing words the way inference will.
	shell := &Tagger{lang: opts.Lang, opt: opts.Features, tags: tags, words: map[string]winfo{}, hUnk: mix(fAmb, hstr("<unk>"))}
	for f, r := range words {
		shell.words[f] = r.info()
	}
	data := make([][]inst, len(sents))
	var dataR [][]inst // right-to-left: each sentence reversed
	if opts.Features&optBidir != 0 {
		if opts.Beam > 1 {
			return nil, fmt.Errorf("a bidirectional model is tagged greedily: no beam")
		}
		dataR = make([][]inst, len(sents))
	}
	for k, s := range sents {
		ws := shell.prepare(nil, s.Forms)
		{
			fc := foldCounts[k%ambFolds]
			for i := range ws {
				ws[i].amb = shell.hUnk
				for _, f := range []string{ws[i].form, ws[i].lower} {
					if c := counts[f]; c != nil {
						if m := ambMask(c, fc[f]); m != 0 {
							ws[i].amb = ambHash(m)
							break
						}
					}
				}
			}
		}
		data[k] = make([]inst, len(ws))
		for i := range ws {
			data[k][i] = inst{fs: static(nil, ws, i, opts.Features), c: ctxOf(ws, i), gold: tagIdx[class(s, i)], fix: ws[i].ambTag}
		}
		if dataR != nil {
			dataR[k] = make([]inst, len(ws))
			for i := range ws {
				in := data[k][i]
				in.c = ctxOfR(ws, i)
				dataR[k][len(ws)-1-i] = in
			}
		}
	}
	nt := len(tags)
	k1, r1 := trainSeeds(data, nt, opts)
	if dataR != nil {
		k2, r2 := trainSeeds(dataR, nt, opts)
		k1, r1 = mergeR2L(k1, r1, k2, r2)
	}
	model := encodeModel(opts.Lang, opts.Features, tags, max(opts.Beam, 1), words, k1, r1, lz)
	fmt.Fprintf(opts.Log, "%d features; %d bytes\n", len(k1), len(model))
	if len(opts.Dev) > 0 {
		t, err := Load(model)
		if err != nil {
			return nil, fmt.Errorf("reload model: %w", err)
		}
		sc := Evaluate(t, opts.Dev, nil)
		fmt.Fprintf(opts.Log, "dev: UPOS %.2f%% lemma %.2f%%\n", sc.UPOS(), sc.Lemma())
	}
	return model, nil
}

// trainSeeds trains one perceptron per seed (Seed, Seed+1, …) and averages
// their averaged weights: a cheap ensemble that costs nothing at tagging time.
func trainSeeds(data [][]inst, nt int, opts TrainOptions) ([]uint64, [][]float32) {
	n := max(opts.Seeds, 1)
	if n == 1 {
		return trainAP(data, nt, opts.Iterations, opts.Beam, opts.Seed, opts.Log).averaged(opts.Prune)
	}
	sum := map[uint64][]float32{}
	for k := 0; k < n; k++ {
		keys, rows := trainAP(data, nt, opts.Iterations, opts.Beam, opts.Seed+uint64(k), opts.Log).averaged(0)
		for i, key := range keys {
			r := sum[key]
			if r == nil {
				r = make([]float32, nt)
				sum[key] = r
			}
			for j, v := range rows[i] {
				r[j] += v / float32(n)
			}
		}
	}
	keys := make([]uint64, 0, len(sum))
	for key, r := range sum {
		maxAbs := float32(0)
		for _, v := range r {
			maxAbs = max(maxAbs, v, -v)
		}
		if float64(maxAbs) >= opts.Prune {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	rows := make([][]float32, len(keys))
	for i, key := range keys {
		rows[i] = sum[key]
	}
	return keys, rows
}

// mergeR2L joins the left-to-right and right-to-left rows into rows of
// both halves (absent = zero), sorted by key: both directions' features
// share their hashes, and one lookup serves both.
func mergeR2L(k1 []uint64, r1 [][]float32, k2 []uint64, r2 [][]float32) ([]uint64, [][]float32) {
	nt := 0
	if len(r1) > 0 {
		nt = len(r1[0])
	} else if len(r2) > 0 {
		nt = len(r2[0])
	}
	m := make(map[uint64][]float32, len(k1)+len(k2))
	row := func(k uint64) []float32 {
		r := m[k]
		if r == nil {
			r = make([]float32, 2*nt)
			m[k] = r
		}
		return r
	}
	for i, k := range k1 {
		copy(row(k), r1[i])
	}
	for i, k := range k2 {
		copy(row(k)[nt:], r2[i])
	}
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rows := make([][]float32, len(keys))
	for i, k := range keys {
		rows[i] = m[k]
	}
	return keys, rows
}

// capRatios bins, for each lower-case word seen at least minCount times
// inside sentences (not first), the share of its capitalized occurrences:
// 1 never, 2 under half, 3 half or more, 4 always.
func capRatios(sents [][]string, minCount int) map[string]uint8 {
	type cnt struct{ n, caps int }
	c := map[string]*cnt{}
	for _, s := range sents {
		for i := 1; i < len(s); i++ {
			l := lower(s[i])
			x := c[l]
			if x == nil {
				x = &cnt{}
				c[l] = x
			}
			x.n++
			if isCap(s[i]) {
				x.caps++
			}
		}
	}
	out := map[string]uint8{}
	for w, x := range c {
		if x.n < minCount || w == "" {
			continue
		}
		var b uint8
		switch {
		case x.caps == 0:
			b = 1
		case x.caps == x.n:
			b = 4
		case 2*x.caps < x.n:
			b = 2
		default:
			b = 3
		}
		out[w] = b
	}
	return out
}

// inst is one training word.
type inst struct {
	fs   []uint64 // tag-independent features
	c    ctx
	gold int
	fix  int // tag of an unambiguous word, or -1
}

// trainAP trains a greedy left-to-right averaged perceptron.
func trainAP(data [][]inst, nt, iters, width int, seed uint64, log io.Writer) *trainer {
	if width > 1 {
		return trainBeam(data, nt, iters, width, seed, log)
	}
	tr := newTrainer(nt)
	rng := rand.New(rand.NewPCG(seed, 0x6b726f6e69656b))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nt)
	var fs []uint64
	for it := 1; it <= iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			p1, p2 := 0, 0
			for _, in := range data[k] {
				g := in.fix
				if g < 0 {
					fs = dynamic(append(fs[:0], in.fs...), in.c, p1, p2)
					g = argmax(tr, fs, scores)
					tr.tick()
					tr.update(fs, in.gold, g)
				}
				if g == in.gold {
					correct++
				}
				total++
				p1, p2 = g+1, p1
			}
		}
		if it == iters {
			fmt.Fprintf(log, "training accuracy %.2f%% after %d iterations\n", 100*float64(correct)/float64(total), iters)
		}
	}
	return tr
}

// trainBeam trains a structured perceptron with beam search and early
// updates (Collins and Roark 2004).
func trainBeam(data [][]inst, nt, iters, width int, seed uint64, log io.Writer) *trainer {
	tr := newTrainer(nt)
	rng := rand.New(rand.NewPCG(seed, 0x6b726f6e69656b))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var bm beamer
	var fs []uint64
	for it := 1; it <= iters; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			sent := data[k]
			gold := make([]int, len(sent))
			for i, in := range sent {
				gold[i] = in.gold
			}
			best, stop := bm.search(len(sent), nt, width,
				func(i int) int { return sent[i].fix },
				func(i, p1, p2 int, out []float32) {
					fs = dynamic(append(fs[:0], sent[i].fs...), sent[i].c, p1, p2)
					for j := range out {
						out[j] = 0
					}
					tr.score(fs, out)
				}, gold)
			same := true
			for i := 0; i < stop; i++ {
				tr.tick()
				if best[i] == gold[i] {
					correct++
				} else {
					same = false
				}
				total++
			}
			if same {
				continue
			}
			p1, p2, q1, q2 := 0, 0, 0, 0
			for i := 0; i < stop; i++ {
				if sent[i].fix < 0 {
					tr.add(dynamic(append(fs[:0], sent[i].fs...), sent[i].c, p1, p2), gold[i], 1)
					tr.add(dynamic(append(fs[:0], sent[i].fs...), sent[i].c, q1, q2), best[i], -1)
				}
				p1, p2 = gold[i]+1, p1
				q1, q2 = best[i]+1, q1
			}
		}
		if it == iters {
			fmt.Fprintf(log, "training accuracy %.2f%% (beam %d, early updates) after %d iterations\n", 100*float64(correct)/float64(total), width, iters)
		}
	}
	return tr
}

func argmax(w *trainer, fs []uint64, scores []float32) int {
	for j := range scores {
		scores[j] = 0
	}
	w.score(fs, scores)
	g := 0
	for j, v := range scores {
		if v > scores[g] {
			g = j
		}
	}
	return g
}

// ReadTagged reads (token, tag) pairs from a CoNLL-2002/2003 file: space
// separated columns, token first and tag second; -DOCSTART- lines skipped.
func ReadTagged(path string) ([][2]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][2]string
	for n, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("%s:%d: want token and tag columns", path, n+1)
		}
		out = append(out, [2]string{f[0], f[1]})
	}
	return out, nil
}

// buildXLex maps each form (and its lower-case form) to the bit set of its
// tags that make up at least a tenth of its occurrences; tags are numbered
// in sorted order, at most 64.
func buildXLex(pairs [][2]string) map[string]uint64 {
	tagSet := map[string]bool{}
	counts := map[string]map[string]int{}
	add := func(f, t string) {
		if counts[f] == nil {
			counts[f] = map[string]int{}
		}
		counts[f][t]++
	}
	for _, p := range pairs {
		tagSet[p[1]] = true
		add(p[0], p[1])
		if l := lower(p[0]); l != p[0] {
			add(l, p[1])
		}
	}
	idx := map[string]int{}
	for i, t := range sortedKeys(tagSet) {
		if i < 64 {
			idx[t] = i
		}
	}
	out := map[string]uint64{}
	for f, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		mask := uint64(0)
		for t, n := range m {
			if i, ok := idx[t]; ok && 10*n >= total {
				mask |= 1 << i
			}
		}
		out[f] = mask
	}
	return out
}

// isUDv1 reports whether sentences use the UD v1 tag set (CONJ, not CCONJ):
// the old LassySmall release.
func isUDv1(ss []Sentence) bool {
	for _, s := range ss {
		for _, t := range s.UPOS {
			switch t {
			case "CONJ":
				return true
			case "CCONJ":
				return false
			}
		}
	}
	return false
}

// convertV1 maps the old LassySmall release's UD v1 tags to the current
// conventions: CONJ → CCONJ; auxiliaries (deprel aux, auxpass, cop) → AUX;
// and a tag the current data never gives a word (possessive "zijn" as
// DET, ordinal "eerste" as NUM, particles as PART) → the word's most
// frequent current tag.
func convertV1(ss []Sentence, cur map[string]map[string]int) []Sentence {
	for _, s := range ss {
		for i, t := range s.UPOS {
			switch {
			case t == "CONJ":
				t = "CCONJ"
			case t == "VERB" && (s.Deprels[i] == "aux" || s.Deprels[i] == "auxpass" || s.Deprels[i] == "cop"):
				t = "AUX"
			case t == "VERB" && auxLemmas[lower(s.Lemmas[i])] && governsVerb(s, i):
				// The old release made auxiliaries the head of the
				// participle or infinitive (xcomp; ccomp for the passive).
				t = "AUX"
			}
			// Name parts ("Van" in "Van Gogh") stay PROPN as in the
			// current release.
			if m := cur[lower(s.Forms[i])]; m != nil && t != "PROPN" {
				total := 0
				for _, n := range m {
					total += n
				}
				if total >= 3 && float64(m[t]) < 0.05*float64(total) {
					best, bn := "", 0
					verbal := t == "VERB" || t == "AUX"
					for _, c := range sortedKeys(m) {
						if (c == "VERB" || c == "AUX") != verbal {
							continue
						}
						if m[c] > bn {
							best, bn = c, m[c]
						}
					}
					if best != "" {
						t = best
					}
				}
			}
			if t == "PART" {
				t = "ADP"
			}
			// "3 - 6": the current release makes a dash between numbers SYM.
			if s.Forms[i] == "-" && i > 0 && i+1 < len(s.Forms) && s.UPOS[i-1] == "NUM" && s.UPOS[i+1] == "NUM" {
				t = "SYM"
			}
			s.UPOS[i] = t
		}
	}
	return ss
}

var auxLemmas = map[string]bool{"zijn": true, "worden": true, "kunnen": true, "hebben": true,
	"zullen": true, "moeten": true, "mogen": true}

// governsVerb reports whether word i heads a participle or infinitive.
func governsVerb(s Sentence, i int) bool {
	id := fmt.Sprint(i + 1)
	for j := range s.Forms {
		if s.Heads[j] == id && (s.Deprels[j] == "xcomp" || s.Deprels[j] == "ccomp") &&
			(strings.Contains(s.Feats[j], "VerbForm=Part") || strings.Contains(s.Feats[j], "VerbForm=Inf")) {
			return true
		}
	}
	return false
}

// tagCounts counts the tags of each lower-case form.
func tagCounts(ss []Sentence) map[string]map[string]int {
	c := map[string]map[string]int{}
	for _, s := range ss {
		for i, f := range s.Forms {
			l := lower(f)
			if c[l] == nil {
				c[l] = map[string]int{}
			}
			c[l][s.UPOS[i]]++
		}
	}
	return c
}

// separableParticles collects the first parts of joined Dutch verb lemmas
// ("uit" of "uit_leggen").
func separableParticles(ss []Sentence) []string {
	set := map[string]bool{}
	for _, s := range ss {
		for i, l := range s.Lemmas {
			if s.UPOS[i] == "VERB" {
				if p, _, ok := strings.Cut(l, "_"); ok && p != "" {
					set[lower(p)] = true
				}
			}
		}
	}
	ps := sortedKeys(set)
	// Longest first, so "voorbij" wins over "voor".
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j]) > len(ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}

// splitSeparable gives a verb whose particle stands apart the lemma of its
// stem ("legt" → "leggen" instead of "uit_leggen"), as the tagger sees it
// before joinParticles, and records the joined lemma in sep.
func splitSeparable(s *Sentence, particles []string, sep map[string]bool) {
	for i, lem := range s.Lemmas {
		if s.UPOS[i] != "VERB" {
			continue
		}
		f := lower(s.Forms[i])
		ll := lower(lem)
		if p, rest, ok := strings.Cut(ll, "_"); ok {
			sep[ll] = true
			if !strings.HasPrefix(f, p) {
				s.Lemmas[i] = rest
			}
			continue
		}
		// Old release: "uitgeven" without "_".
		for _, p := range particles {
			if strings.HasPrefix(ll, p) && len(ll) > len(p)+3 && !strings.HasPrefix(f, p) {
				rest := ll[len(p):]
				if sep[p+"_"+rest] {
					s.Lemmas[i] = rest
				}
				break
			}
		}
	}
}

// dutchQuotes returns copies of the sentences with straight double quotes
// written the Dutch newspaper way, ,,so” (LassySmall, from Wikipedia, has
// none; news has many).
func dutchQuotes(ss []Sentence) []Sentence {
	var out []Sentence
	for _, s := range ss {
		n := 0
		for _, f := range s.Forms {
			if f == "\"" {
				n++
			}
		}
		if n == 0 {
			continue
		}
		c := Sentence{Forms: append([]string(nil), s.Forms...), UPOS: s.UPOS, Lemmas: append([]string(nil), s.Lemmas...),
			Heads: s.Heads, Deprels: s.Deprels, Feats: s.Feats}
		open := true
		for i, f := range c.Forms {
			if f == "\"" {
				q := "''"
				if open {
					q = ",,"
				}
				c.Forms[i], c.Lemmas[i] = q, q
				open = !open
			}
		}
		out = append(out, c)
	}
	return out
}

// cloneSentences copies the tag and lemma slices, which training rewrites.
func cloneSentences(ss []Sentence) []Sentence {
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = s
		out[i].UPOS = append([]string(nil), s.UPOS...)
		out[i].Lemmas = append([]string(nil), s.Lemmas...)
		if len(s.XPOS) < len(s.Forms) {
			out[i].XPOS = make([]string, len(s.Forms))
		}
	}
	return out
}

// ambMin is how often a word must be seen to get an ambiguity class.
// Training sentences get theirs from the other folds (see ambFolds), so
// even words seen once can have one without misleading the training.
func ambMin() int { return 1 }

// ambMask returns the set of tags that make up at least 5% of a word's
// occurrences in counts less minus (nil: nothing less); 0 when none are
// left.
func ambMask(counts, minus []int) uint64 {
	total := 0
	for j, n := range counts {
		if minus != nil {
			n -= minus[j]
		}
		total += n
	}
	if total < ambMin() {
		return 0
	}
	mask := uint64(0)
	for j, n := range counts {
		if minus != nil {
			n -= minus[j]
		}
		if n > 0 && float64(n) >= 0.05*float64(total) {
			mask |= 1 << j
		}
	}
	return mask
}
