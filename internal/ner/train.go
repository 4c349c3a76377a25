package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs     int       // perceptron passes over the data (default 10)
	Folds      int       // jackknife folds for training names and first-pass labels (default 5)
	Seed       uint64    // shuffling seed
	MinCount   int       // drop features seen fewer times (default 1)
	SinglePass bool      // no document-level second pass
	Bag        int       // final models average this many runs with different seeds (default 3)
	Dev        []Doc     // scored after training when set
	Log        io.Writer // progress, or nil
}

// tdoc is a training document with prepared tokens and features.
type tdoc struct {
	fold   int
	st     *docState
	gold   []uint8
	feats  [][]int32 // per token: feature rows
	feats2 [][]int32 // per token: document feature rows
	jack   []uint8   // jackknifed first-pass labels
}

// AddNames adds the entity names of docs to g: each name in its type's
// training category, first and last names of people too.
func AddNames(g *Gazetteer, docs []Doc) {
	for _, d := range docs {
		for _, s := range d.Sents {
			for _, c := range Chunks(s.Tags) {
				t := typeIndex(c.Type)
				if t < 0 {
					continue
				}
				g.Add(gazTrain[t], strings.Join(s.Words[c.Start:c.End], " "))
				if t == 0 && c.End-c.Start > 1 {
					g.Add(GazPerFirst, s.Words[c.Start])
					g.Add(GazPerLast, s.Words[c.End-1])
				}
			}
		}
	}
}

// Train trains a tagger on docs. res.Gaz holds the external gazetteer;
// names from the training data are added to it, jackknifed so that the
// model does not learn to trust names it has always seen.
func Train(docs []Doc, res *Resources, o TrainOptions) (*Tagger, error) {
	if o.Epochs == 0 {
		o.Epochs = 10
	}
	if o.Folds < 2 {
		o.Folds = 5
	}
	if o.MinCount == 0 {
		o.MinCount = 1
	}
	if o.Bag == 0 {
		o.Bag = 3
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	if res.Gaz == nil {
		res.Gaz = NewGazetteer()
	}
	start := time.Now()
	full := res.Gaz.Clone()
	AddNames(full, docs)
	foldGaz := make([]*Gazetteer, o.Folds)
	for k := range foldGaz {
		var other []Doc
		for i, d := range docs {
			if i%o.Folds != k {
				other = append(other, d)
			}
		}
		foldGaz[k] = res.Gaz.Clone()
		AddNames(foldGaz[k], other)
	}
	// Prepare tokens and first-pass features.
	var tds []*tdoc
	count := map[uint64]int32{}
	var hashes [][][]uint64
	var fbuf []uint64
	for i, d := range docs {
		td := &tdoc{fold: i % o.Folds, st: newDocState()}
		r := &Resources{Clusters: res.Clusters, Gaz: foldGaz[td.fold], Roles: res.Roles}
		t := &Tagger{res: r}
		sents := make([][]string, len(d.Sents))
		for s := range d.Sents {
			sents[s] = d.Sents[s].Words
			for _, tag := range d.Sents[s].Tags {
				td.gold = append(td.gold, uint8(labelIndex(tag)))
			}
		}
		t.prepare(td.st, sents)
		hs := make([][]uint64, len(td.st.toks))
		for s := 0; s+1 < len(td.st.bounds); s++ {
			a, b := td.st.bounds[s], td.st.bounds[s+1]
			for j := a; j < b; j++ {
				fbuf = features(td.st.toks[a:b], j-a, fbuf[:0])
				hs[j] = append([]uint64(nil), fbuf...)
				for _, h := range fbuf {
					count[h]++
				}
			}
		}
		hashes = append(hashes, hs)
		tds = append(tds, td)
	}
	idx := map[uint64]int32{}
	var keys []uint64
	rowsOf := func(hs []uint64, out []int32) []int32 {
		for _, h := range hs {
			if r, ok := idx[h]; ok {
				out = append(out, r)
			} else if count[h] >= int32(o.MinCount) {
				idx[h] = int32(len(keys))
				keys = append(keys, h)
				out = append(out, idx[h])
			}
		}
		return out
	}
	for i, td := range tds {
		td.feats = make([][]int32, len(hashes[i]))
		for j, hs := range hashes[i] {
			td.feats[j] = rowsOf(hs, nil)
		}
	}
	hashes = nil
	logf("ner: %d docs, %d tokens, %d first-pass features (%s)", len(docs), Tokens(docs), len(keys), time.Since(start).Round(time.Millisecond))

	p := newPerceptron(len(keys))
	var m1 *linear
	if !o.SinglePass {
		// Jackknife: first-pass labels for each fold from a model trained on the others.
		for k := 0; k < o.Folds; k++ {
			var train []*tdoc
			for _, td := range tds {
				if td.fold != k {
					train = append(train, td)
				}
			}
			p.reset(len(keys))
			p.train(train, o.Epochs, o.Seed+uint64(k)+1, false)
			m := p.average()
			for _, td := range tds {
				if td.fold == k {
					td.jack = m.tagRows(td)
				}
			}
			logf("ner: fold %d done (%s)", k, time.Since(start).Round(time.Millisecond))
		}
	}
	m1 = p.bag(tds, len(keys), o, 0, false)
	e1 := m1.build(keys)
	tagger := &Tagger{res: &Resources{Clusters: res.Clusters, Gaz: full, Roles: res.Roles}, m1: m1}
	tagger.setJoint(e1, nil, m1.scale, 1)
	if o.Dev != nil {
		logf("ner: first pass dev F1 %.2f (%s)", Evaluate(tagger, o.Dev).f1(), time.Since(start).Round(time.Millisecond))
	}
	if o.SinglePass {
		tagger.keys = keys
		return tagger, nil
	}
	// Second pass: the local features again plus document bits from the
	// jackknifed first-pass labels.
	idx2 := map[uint64]int32{}
	var keys2 []uint64
	for _, td := range tds {
		copy(td.st.lab, td.jack)
		td.st.docBits()
		td.feats2 = make([][]int32, len(td.st.toks))
		for s := 0; s+1 < len(td.st.bounds); s++ {
			a, b := td.st.bounds[s], td.st.bounds[s+1]
			for j := a; j < b; j++ {
				td.feats2[j] = append([]int32(nil), td.feats[j]...)
				fbuf = docFeatures(td.st.toks[a:b], j-a, fbuf[:0])
				for _, h := range fbuf {
					r, ok := idx2[h]
					if !ok {
						r = int32(len(keys2))
						idx2[h] = r
						keys2 = append(keys2, h)
					}
					td.feats2[j] = append(td.feats2[j], int32(len(keys))+r)
				}
			}
		}
	}
	logf("ner: %d second-pass document features", len(keys2))
	m := p.bag(tds, len(keys)+len(keys2), o, 100, true)
	m2 := &linear{w: m.w[:len(keys)*nLabels], trans: m.trans}
	m2doc := &linear{w: m.w[len(keys)*nLabels:]}
	e2 := m2.build(keys)
	m2doc.build(keys2)
	tagger.m2, tagger.m2doc = m2, m2doc
	tagger.setJoint(e1, e2, m1.scale, m2.scale)
	tagger.keys, tagger.keys2 = keys, keys2
	if o.Dev != nil {
		logf("ner: second pass dev F1 %.2f (%s)", Evaluate(tagger, o.Dev).f1(), time.Since(start).Round(time.Millisecond))
	}
	return tagger, nil
}

func (s *Score) f1() float64 { _, _, f := s.PRF(""); return f }

// Evaluate tags docs and scores them against their gold tags.
func Evaluate(t *Tagger, docs []Doc) *Score {
	sc := NewScore()
	for _, d := range docs {
		sents := make([][]string, len(d.Sents))
		for i, s := range d.Sents {
			sents[i] = s.Words
		}
		pred := t.TagDoc(sents)
		for i, s := range d.Sents {
			sc.Add(s.Tags, pred[i])
		}
	}
	return sc
}

// perceptron is a structured averaged perceptron over feature rows.
type perceptron struct {
	w      []float32
	u      []float64 // sum of c*update, for averaging
	tw     [nLabels + 1][nLabels]float32
	tu     [nLabels + 1][nLabels]float64
	c      float64
	scores [][nLabels]float32
	back   [][nLabels]uint8
	pred   []uint8
}

func newPerceptron(rows int) *perceptron { p := &perceptron{}; p.reset(rows); return p }

func (p *perceptron) reset(rows int) {
	if cap(p.w) >= rows*nLabels {
		p.w = p.w[:rows*nLabels]
		p.u = p.u[:rows*nLabels]
		clear(p.w)
		clear(p.u)
	} else {
		p.w = make([]float32, rows*nLabels)
		p.u = make([]float64, rows*nLabels)
	}
	p.tw, p.tu = [nLabels + 1][nLabels]float32{}, [nLabels + 1][nLabels]float64{}
	p.c = 1
}

func (p *perceptron) decode(feats [][]int32, base [][nLabels]float32, w []float32, trans *[nLabels + 1][nLabels]float32) []uint8 {
	n := len(feats)
	if cap(p.scores) < n {
		p.scores = make([][nLabels]float32, n)
		p.back = make([][nLabels]uint8, n)
		p.pred = make([]uint8, n)
	}
	for j, fs := range feats {
		var s [nLabels]float32
		if base != nil {
			s = base[j]
		}
		for _, r := range fs {
			row := w[int(r)*nLabels : int(r)*nLabels+nLabels]
			for l := range s {
				s[l] += row[l]
			}
		}
		p.scores[j] = s
	}
	viterbi(p.scores[:n], trans, p.back[:n], p.pred[:n])
	return p.pred[:n]
}

func (p *perceptron) update(fs []int32, l int, d float32) {
	cd := p.c * float64(d)
	for _, r := range fs {
		i := int(r)*nLabels + l
		p.w[i] += d
		p.u[i] += cd
	}
}

// train runs the perceptron over docs: the local features, or with second
// the document features on top of the jackknifed first-pass scores.
func (p *perceptron) train(docs []*tdoc, epochs int, seed uint64, second bool) {
	type sref struct{ d, a, b int }
	var sents []sref
	for i, td := range docs {
		for s := 0; s+1 < len(td.st.bounds); s++ {
			sents = append(sents, sref{i, td.st.bounds[s], td.st.bounds[s+1]})
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		for _, s := range sents {
			td := docs[s.d]
			feats, gold := td.feats[s.a:s.b], td.gold[s.a:s.b]
			var pred []uint8
			if second {
				feats = td.feats2[s.a:s.b]
			}
			pred = p.decode(feats, nil, p.w, &p.tw)
			for j := range gold {
				g, z := int(gold[j]), int(pred[j])
				if g != z {
					p.update(feats[j], g, 1)
					p.update(feats[j], z, -1)
				}
				pg, pz := nLabels, nLabels
				if j > 0 {
					pg, pz = int(gold[j-1]), int(pred[j-1])
				}
				if g != z || pg != pz {
					p.tw[pg][g]++
					p.tu[pg][g] += p.c
					p.tw[pz][z]--
					p.tu[pz][z] -= p.c
				}
			}
			p.c++
		}
	}
}

// bag trains o.Bag models with different seeds and averages them: the
// perceptron depends on the order of the data, and the mean of linear
// models is a linear model, so this costs nothing at run time.
func (p *perceptron) bag(docs []*tdoc, rows int, o TrainOptions, seed uint64, second bool) *linear {
	var sum *linear
	for k := 0; k < o.Bag; k++ {
		p.reset(rows)
		p.train(docs, o.Epochs, o.Seed+seed+uint64(k)*1000, second)
		m := p.average()
		if sum == nil {
			sum = m
			continue
		}
		for i, x := range m.w {
			sum.w[i] += x
		}
		for a := range m.trans {
			for b := range m.trans[a] {
				sum.trans[a][b] += m.trans[a][b]
			}
		}
	}
	f := 1 / float32(o.Bag)
	for i := range sum.w {
		sum.w[i] *= f
	}
	for a := range sum.trans {
		for b := range sum.trans[a] {
			sum.trans[a][b] *= f
		}
	}
	return sum
}

// average returns the averaged weights as a model (without lookup table).
func (p *perceptron) average() *linear {
	m := &linear{w: make([]float32, len(p.w))}
	for i := range p.w {
		m.w[i] = float32(float64(p.w[i]) - p.u[i]/p.c)
	}
	for a := range p.tw {
		for b := range p.tw[a] {
			m.trans[a][b] = float32(float64(p.tw[a][b]) - p.tu[a][b]/p.c)
		}
	}
	return m
}

// tagRows labels a training document from its feature rows.
func (m *linear) tagRows(td *tdoc) []uint8 {
	p := &perceptron{}
	out := make([]uint8, len(td.gold))
	for s := 0; s+1 < len(td.st.bounds); s++ {
		a, b := td.st.bounds[s], td.st.bounds[s+1]
		copy(out[a:b], p.decode(td.feats[a:b], nil, m.w, &m.trans))
	}
	return out
}
