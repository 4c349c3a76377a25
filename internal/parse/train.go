package parse

import (
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strings"
)

// Sentence is a gold-annotated sentence for training and evaluation.
type Sentence struct {
	Forms, UPOS, XPOS []string
	// Feats are the CoNLL-U FEATS (the verb forms for VForm models).
	Feats   []string
	Heads   []int
	Deprels []string
}

// TrainOptions configure Train.
type TrainOptions struct {
	Lang    string
	UseXPOS bool
	Epochs  int
	Seed    int64
	Log     io.Writer // progress, may be nil
	// Dev, when set, is parsed after each epoch to report UAS/LAS.
	Dev []Sentence
	// MinWeight drops averaged weights smaller than this in magnitude.
	MinWeight float32
	// Seeds > 1 trains that many perceptrons with successive seeds and
	// averages them.
	Seeds int
	// Extended uses all transition features: more accurate, slower.
	Extended bool
	// Clusters, when set, gives a word's cluster plus one (0 = none):
	// the model then has cluster features and uses the tagger's clusters.
	Clusters func(string) int
	// RootEnd puts the root at the end of the buffer instead of the bottom
	// of the stack.
	RootEnd bool
	// VForm refines the tag features of verbs and auxiliaries with their
	// verb form (finite, infinitive, participle), learnt from the FEATS.
	VForm bool
	// Joint scores labelled arc actions with the transition features and
	// has no label classifier (joint.go).
	Joint bool
	// Clause adds Dutch clause features (a finite verb before the word in
	// its clause, punctuation between s0 and n0); needs VForm.
	Clause bool
	// Attach adds attachment features: the head candidate's word with the
	// preposition of the phrase n0 or s0 heads, and the first verb after n0
	// in its clause (a Dutch subordinate clause puts it last).
	Attach bool
	// Silver are extra training trees for the transitions and labels
	// (parsed news, see SelectAgreed); the verb-form classifier learns
	// from the gold sentences only.
	Silver []Sentence
	// Beam > 1 trains a beam-search parser globally (a slow teacher:
	// parse with ParseBeam and the same width).
	Beam int
}

type entry struct {
	cls uint16
	w   float32
	tot float64
	ts  int32
}

type trainer struct {
	idx  map[uint64]int32
	rows [][]entry
	now  int32
}

func (t *trainer) score(fs []uint64, scores *[256]float32) {
	for i := range scores {
		scores[i] = 0
	}
	for _, h := range fs {
		r, ok := t.idx[h]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

func (t *trainer) update(fs []uint64, cls int, d float32) {
	for _, h := range fs {
		r, ok := t.idx[h]
		if !ok {
			r = int32(len(t.rows))
			t.idx[h] = r
			t.rows = append(t.rows, nil)
		}
		row := t.rows[r]
		j := -1
		for k := range row {
			if int(row[k].cls) == cls {
				j = k
				break
			}
		}
		if j < 0 {
			row = append(row, entry{cls: uint16(cls), ts: t.now})
			j = len(row) - 1
			t.rows[r] = row
		}
		e := &row[j]
		e.tot += float64(t.now-e.ts) * float64(e.w)
		e.ts = t.now
		e.w += d
	}
}

// model averages the weights into a Model with hdr's header.
func (t *trainer) model(hdr Model, minW float32) *Model {
	merged := map[uint32]map[uint16]float32{}
	t.addAveraged(merged, 1)
	return buildModel(hdr, merged, minW)
}

// addAveraged adds the averaged weights, times f, to merged (by 32-bit key).
func (t *trainer) addAveraged(merged map[uint32]map[uint16]float32, f float32) {
	keys := make([]uint64, 0, len(t.idx))
	for h := range t.idx {
		keys = append(keys, h)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, h := range keys {
		for _, e := range t.rows[t.idx[h]] {
			tot := e.tot + float64(t.now-e.ts)*float64(e.w)
			avg := float32(tot/float64(t.now)) * f
			if avg == 0 {
				continue
			}
			k := key32(h)
			if merged[k] == nil {
				merged[k] = map[uint16]float32{}
			}
			merged[k][e.cls] += avg
		}
	}
}

// buildModel makes a Model from merged weights, dropping those smaller
// than minW in magnitude.
func buildModel(hdr Model, merged map[uint32]map[uint16]float32, minW float32) *Model {
	m := &hdr
	mk := make([]uint32, 0, len(merged))
	for k := range merged {
		mk = append(mk, k)
	}
	sort.Slice(mk, func(i, j int) bool { return mk[i] < mk[j] })
	rs := make([]sparseRow, 0, len(mk))
	for _, k := range mk {
		row := sparseRow{key: k}
		cs := make([]int, 0, len(merged[k]))
		for c, v := range merged[k] {
			if v >= minW || v <= -minW {
				cs = append(cs, int(c))
			}
		}
		if len(cs) == 0 {
			continue
		}
		sort.Ints(cs)
		for _, c := range cs {
			row.cls = append(row.cls, uint16(c))
			row.vals = append(row.vals, merged[k][uint16(c)])
		}
		rs = append(rs, row)
	}
	m.build(rs)
	return m
}

// Train learns a parser from gold sentences with the dynamic oracle and an
// averaged perceptron. Same data and options give the same model.
func Train(sents []Sentence, opt TrainOptions) (*Model, error) {
	if len(sents) == 0 {
		return nil, fmt.Errorf("train parser: no sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	all := sents
	if len(opt.Silver) > 0 {
		all = append(append(make([]Sentence, 0, len(sents)+len(opt.Silver)), sents...), opt.Silver...)
	}
	labSet := map[string]bool{"root": true}
	for _, s := range all {
		for _, d := range s.Deprels {
			labSet[d] = true
		}
	}
	if nActs+3*len(labSet)+len(vfClasses) > 256 {
		return nil, fmt.Errorf("train parser: %d relations, at most %d supported", len(labSet), 256-nActs)
	}
	labels := make([]string, 0, len(labSet))
	for l := range labSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	labID := map[string]int{}
	for i, l := range labels {
		labID[l] = i
	}
	golds := make([]gold, 0, len(all))
	for _, s := range all {
		n := len(s.Forms)
		if n == 0 || len(s.Heads) != n || len(s.Deprels) != n {
			continue
		}
		var sub []string
		if opt.VForm {
			sub = goldSubtags(s)
		}
		g := gold{ws: makeWords(nil, s.Forms, s.UPOS, s.XPOS, opt.UseXPOS, sub, opt.Clusters)}
		h := make([]int32, n+1)
		g.gl = make([]int32, n+1)
		ok := true
		roots := 0
		for i := 0; i < n; i++ {
			if s.Heads[i] < 0 || s.Heads[i] > n {
				ok = false
			}
			if s.Heads[i] == 0 {
				roots++
			}
			h[i+1] = int32(s.Heads[i])
			g.gl[i+1] = int32(labID[s.Deprels[i]])
		}
		if !ok || roots != 1 {
			continue
		}
		g.gh = projectivize(h)
		if opt.RootEnd {
			g.gh = rootAtEnd(g.gh)
		}
		golds = append(golds, g)
	}
	useClus := opt.Clusters != nil
	hdr := Model{Lang: opt.Lang, UseXPOS: opt.UseXPOS, Extended: opt.Extended, Clusters: useClus, RootEnd: opt.RootEnd, VForm: opt.VForm, Joint: opt.Joint, Clause: opt.Clause && opt.VForm, Attach: opt.Attach, Labels: labels, clus: opt.Clusters}
	hdr.caseLab = int32(hdr.labelID("case"))
	seeds := max(opt.Seeds, 1)
	train := trainSeed
	if opt.Beam > 1 && opt.Joint {
		return nil, fmt.Errorf("train parser: a beam teacher has a label classifier, not joint actions")
	}
	if opt.Beam > 1 {
		train = trainBeamSeed
	}
	if seeds == 1 && !opt.VForm {
		return train(golds, opt, hdr, opt.Seed).model(hdr, opt.MinWeight), nil
	}
	// Perceptrons trained with successive seeds explore different
	// configurations; their averaged weights are averaged again.
	merged := map[uint32]map[uint16]float32{}
	for k := 0; k < seeds; k++ {
		train(golds, opt, hdr, opt.Seed+int64(k)).addAveraged(merged, 1/float32(seeds))
	}
	if opt.VForm {
		acc := trainVerbForms(sents, nActs+len(labels), 8, opt.Seed, merged)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "verb forms: %.2f%% right in the last epoch\n", 100*acc)
		}
	}
	return buildModel(hdr, merged, opt.MinWeight), nil
}

// gold is a training sentence: its words, projective gold heads and labels.
type gold struct {
	ws     []word
	gh, gl []int32
}

// trainSeed runs the perceptron's epochs over golds with one seed.
func trainSeed(golds []gold, opt TrainOptions, hdr Model, seed int64) *trainer {
	useClus := hdr.Clusters
	fset := hdr.feats()
	nlab := len(hdr.Labels)
	rootLab := hdr.labelID("root")
	t := &trainer{idx: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	var scores [256]float32
	cost := make([]int, nActs)
	js := newJointSpec(hdr.Labels)
	// upd moves the weights of labelled action (a, l) by d.
	upd := func(fv []uint64, a, l int, d float32) {
		t.update(fv, a, d)
		if l >= 0 {
			t.update(fv, js.class(a, l), d)
		}
	}
	var fs [nFeat]uint64
	var lf [nLabFeat]uint64
	var c config
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total, lerrs, ltotal := 0, 0, 0, 0
		for _, gi := range order {
			g := &golds[gi]
			ws := g.ws
			c.reset(len(g.ws)-2, opt.RootEnd)
			for !c.done() {
				t.now++
				fv := fs[:features(&fs, &c, ws, fset)]
				t.score(fv, &scores)
				if hdr.Joint {
					pred, pl := bestJoint(&js, &c, scores[:], nil, 0, nil, nil)
					fillCosts(&c, g.gh, cost)
					minC := js.minCost(&c, cost, g.gh, g.gl)
					best, bl := bestJoint(&js, &c, scores[:], cost, minC, g.gh, g.gl)
					pc := cost[pred]
					if pl >= 0 {
						h, d := c.arc(pred)
						pc += labelCost(h, d, pl, g.gh, g.gl)
						if int(g.gh[d]) == h {
							ltotal++
							if int(g.gl[d]) != pl {
								lerrs++
							}
						}
					}
					total++
					next, lab := pred, pl
					if pc != minC {
						errs++
						upd(fv, best, bl, 1)
						upd(fv, pred, pl, -1)
						if ep == 1 || rng.Float64() >= 0.9 {
							next, lab = best, bl
						}
					}
					c.apply(next, lab)
					continue
				}
				pred := bestAction(&c, scores[:], nil, 0)
				minC := fillCosts(&c, g.gh, cost)
				best := bestAction(&c, scores[:], cost, minC)
				total++
				next := pred
				if cost[pred] != minC {
					errs++
					t.update(fv, best, 1)
					t.update(fv, pred, -1)
					if ep == 1 || rng.Float64() >= 0.9 {
						next = best
					}
				}
				lab := -1
				if next == actLeft || next == actRight {
					h, d := c.arc(next)
					if h == c.root() {
						lab = rootLab
					} else {
						lv := lf[:labelFeatures(&lf, &c, ws, h, d, useClus)]
						t.score(lv, &scores)
						lab = bestLabel(scores[:], nlab, rootLab)
						if int(g.gh[d]) == h {
							ltotal++
							if gl := int(g.gl[d]); lab != gl && gl != rootLab {
								lerrs++
								t.update(lv, nActs+gl, 1)
								t.update(lv, nActs+lab, -1)
							}
						}
					}
				}
				c.apply(next, lab)
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d transitions, %.2f%% wrong, labels %.2f%% wrong, %d features", ep, total,
				100*float64(errs)/float64(total), 100*float64(lerrs)/float64(max(ltotal, 1)), len(t.rows))
			if len(opt.Dev) > 0 {
				m := t.model(hdr, 0)
				// gold verb forms: the verb-form classifier is trained
				// after the parser
				r := EvaluateGoldForms(m, opt.Dev)
				fmt.Fprintf(opt.Log, ", dev UAS %.2f LAS %.2f", r.UAS(), r.LAS())
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return t
}

// fillCosts sets the dynamic-oracle cost of each legal action (others get
// a large cost) and returns the minimum. Labels are learnt separately.
func fillCosts(c *config, gh []int32, cost []int) int {
	const inf = 1 << 20
	sh, re, le, ri := c.legal()
	cs, cr, cl, crr := c.costs(gh)
	ok := [nActs]bool{sh, re, le, ri}
	val := [nActs]int{cs, cr, cl, crr}
	minC := inf
	for a := 0; a < nActs; a++ {
		cost[a] = inf
		if ok[a] {
			cost[a] = val[a]
			if val[a] < minC {
				minC = val[a]
			}
		}
	}
	return minC
}

// Result counts attachment scores.
type Result struct {
	Words, Heads, Labels, LabelsFull int
}

// UAS is the percentage of words with the right head.
func (r Result) UAS() float64 { return pct(r.Heads, r.Words) }

// LAS is the percentage of words with the right head and universal relation
// (subtypes ignored, as in the CoNLL 2018 shared task).
func (r Result) LAS() float64 { return pct(r.Labels, r.Words) }

// LASFull also requires the relation subtype.
func (r Result) LASFull() float64 { return pct(r.LabelsFull, r.Words) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Evaluate parses the sentences with their given tags and scores them.
func Evaluate(m *Model, sents []Sentence) Result {
	return evaluate(m, sents, false)
}

// EvaluateGoldForms is Evaluate with the verb forms of the sentences' FEATS
// instead of predicted ones (VForm models).
func EvaluateGoldForms(m *Model, sents []Sentence) Result {
	return evaluate(m, sents, true)
}

func evaluate(m *Model, sents []Sentence, goldForms bool) Result {
	p := NewParser(m)
	var r Result
	for _, s := range sents {
		var sub []string
		if m.VForm && goldForms {
			sub = goldSubtags(s)
		}
		heads, rels := p.parse(s.Forms, s.UPOS, s.XPOS, sub)
		r.Add(s, heads, rels)
	}
	return r
}

// Add scores one parsed sentence against gold s.
func (r *Result) Add(s Sentence, heads []int, rels []string) {
	for i := range s.Forms {
		r.Words++
		if i >= len(heads) || heads[i] != s.Heads[i] {
			continue
		}
		r.Heads++
		if universal(rels[i]) == universal(s.Deprels[i]) {
			r.Labels++
		}
		if rels[i] == s.Deprels[i] {
			r.LabelsFull++
		}
	}
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
