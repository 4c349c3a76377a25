package parse

import (
	"math/rand"
	"sort"
)

// A beam-search parser trained globally (Zhang & Clark 2008; Zhang & Nivre
// 2011: structured perceptron with early update) as a slow teacher for
// up-training: it keeps the Beam best transition sequences instead of one,
// so it is several times slower than the greedy parser the pipeline runs,
// but it can recover from an early mistake. Labels come from the greedy
// label classifier, trained on the gold path.

// beamItem is one partial parse: its configuration, summed score, whether
// every action so far was zero-cost, and its (action, label) history.
type beamItem struct {
	c     config
	score float32
	gold  bool
	hist  []int32 // action<<16 | label+1
}

func (c *config) copyFrom(o *config) {
	c.n, c.b, c.end = o.n, o.b, o.end
	c.stack = append(c.stack[:0], o.stack...)
	c.head = append(c.head[:0], o.head...)
	c.lab = append(c.lab[:0], o.lab...)
	c.l1 = append(c.l1[:0], o.l1...)
	c.l2 = append(c.l2[:0], o.l2...)
	c.r1 = append(c.r1[:0], o.r1...)
	c.r2 = append(c.r2[:0], o.r2...)
	c.nl = append(c.nl[:0], o.nl...)
	c.nr = append(c.nr[:0], o.nr...)
	c.ls = append(c.ls[:0], o.ls...)
	c.rs = append(c.rs[:0], o.rs...)
}

type beamCand struct {
	from   int
	act    int
	score  float32
	gold   bool
	serial int // candidate order, for deterministic ties
}

// beamScorer scores transition or label features into scores.
type beamScorer func(fs []uint64, scores *[256]float32)

// beamSearch runs the beam over the words ws of an n-word sentence. With gh
// (training), it stops early when no zero-cost sequence is left in the
// beam and returns the best item and the best zero-cost one (nil when the
// best item is zero-cost at the end).
func beamSearch(ws []word, n int, width int, end bool, fset featSet, score, labScore beamScorer, nlab, rootLab int, gh []int32) (best, goldRef *beamItem) {
	var fs [nFeat]uint64
	var lf [nLabFeat]uint64
	var scores [256]float32
	cost := make([]int, nActs)
	start := &beamItem{gold: true}
	start.c.reset(n, end)
	beam := []*beamItem{start}
	var cands []beamCand
	for {
		if beam[0].c.done() {
			break
		}
		cands = cands[:0]
		for bi, it := range beam {
			if it.c.done() {
				// finished items wait for the others with no action
				cands = append(cands, beamCand{from: bi, act: -1, score: it.score, gold: it.gold, serial: len(cands)})
				continue
			}
			nf := features(&fs, &it.c, ws, fset)
			score(fs[:nf], &scores)
			sh, re, le, ri := it.c.legal()
			ok := [nActs]bool{sh, re, le, ri}
			minC := 0
			if gh != nil && it.gold {
				minC = fillCosts(&it.c, gh, cost)
			}
			any := false
			for a := 0; a < nActs; a++ {
				if !ok[a] {
					continue
				}
				any = true
				g := gh != nil && it.gold && cost[a] == minC && minC == 0
				cands = append(cands, beamCand{from: bi, act: a, score: it.score + scores[a], gold: g, serial: len(cands)})
			}
			if !any {
				cands = append(cands, beamCand{from: bi, act: actShift, score: it.score, gold: false, serial: len(cands)})
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			if cands[i].score != cands[j].score {
				return cands[i].score > cands[j].score
			}
			return cands[i].serial < cands[j].serial
		})
		keep := cands
		if len(keep) > width {
			keep = keep[:width]
		}
		var goldCand *beamCand
		if gh != nil {
			inBeam := false
			for i := range keep {
				if keep[i].gold {
					inBeam = true
					break
				}
			}
			if !inBeam {
				for i := range cands {
					if cands[i].gold {
						goldCand = &cands[i]
						break
					}
				}
			}
		}
		expand := func(cd *beamCand) *beamItem {
			from := beam[cd.from]
			it := &beamItem{score: cd.score, gold: cd.gold}
			it.c.copyFrom(&from.c)
			it.hist = append(make([]int32, 0, len(from.hist)+1), from.hist...)
			if cd.act < 0 {
				return it
			}
			lab := -1
			if cd.act == actLeft || cd.act == actRight {
				h, d := it.c.arc(cd.act)
				if h == it.c.root() {
					lab = rootLab
				} else {
					nf := labelFeatures(&lf, &it.c, ws, h, d, fset.clus)
					labScore(lf[:nf], &scores)
					lab = bestLabel(scores[:], nlab, rootLab)
				}
			}
			it.c.apply(cd.act, lab)
			it.hist = append(it.hist, int32(cd.act)<<16|int32(lab+1))
			return it
		}
		if goldCand != nil {
			// early update: the gold sequence fell out of the beam
			return expand(&keep[0]), expand(goldCand)
		}
		next := make([]*beamItem, 0, len(keep))
		for i := range keep {
			next = append(next, expand(&keep[i]))
		}
		beam = next
	}
	best = beam[0]
	if gh != nil && !best.gold {
		for _, it := range beam[1:] {
			if it.gold {
				return best, it
			}
		}
	}
	return best, nil
}

// replayUpdate adds d times the transition features of the actions of
// hist, replayed from the start, to t.
func replayUpdate(t *trainer, ws []word, n int, end bool, fset featSet, hist []int32, d float32) {
	var fs [nFeat]uint64
	var c config
	c.reset(n, end)
	for _, h := range hist {
		a, lab := int(h>>16), int(h&0xffff)-1
		nf := features(&fs, &c, ws, fset)
		t.update(fs[:nf], a, d)
		c.apply(a, lab)
	}
}

// trainBeamSeed is trainSeed with a globally trained beam of width opt.Beam.
func trainBeamSeed(golds []gold, opt TrainOptions, hdr Model, seed int64) *trainer {
	useClus := hdr.Clusters
	nlab := len(hdr.Labels)
	rootLab := hdr.labelID("root")
	t := &trainer{idx: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	var lf [nLabFeat]uint64
	var scores [256]float32
	cost := make([]int, nActs)
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	score := func(fs []uint64, sc *[256]float32) { t.score(fs, sc) }
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, gi := range order {
			g := &golds[gi]
			n := len(g.ws) - 2
			t.now++
			best, ref := beamSearch(g.ws, n, opt.Beam, opt.RootEnd, hdr.feats(), score, score, nlab, rootLab, g.gh)
			if ref != nil {
				replayUpdate(t, g.ws, n, opt.RootEnd, hdr.feats(), ref.hist, 1)
				replayUpdate(t, g.ws, n, opt.RootEnd, hdr.feats(), best.hist, -1)
			}
			// Labels: the greedy label classifier along a zero-cost path.
			var c config
			c.reset(n, opt.RootEnd)
			for !c.done() {
				minC := fillCosts(&c, g.gh, cost)
				a := -1
				for _, x := range [...]int{actLeft, actRight, actReduce, actShift} {
					if cost[x] == minC {
						a = x
						break
					}
				}
				lab := -1
				if a == actLeft || a == actRight {
					h, d := c.arc(a)
					if h == c.root() {
						lab = rootLab
					} else {
						lv := lf[:labelFeatures(&lf, &c, g.ws, h, d, useClus)]
						t.score(lv, &scores)
						lab = bestLabel(scores[:], nlab, rootLab)
						if gl := int(g.gl[d]); int(g.gh[d]) == h && lab != gl && gl != rootLab {
							t.update(lv, nActs+gl, 1)
							t.update(lv, nActs+lab, -1)
						}
					}
				}
				c.apply(a, lab)
			}
		}
	}
	return t
}

// ParseBeam parses sents (forms and tags) with m and a beam of the given
// width, as ParseSilver does greedily; for models trained with
// TrainOptions.Beam.
func ParseBeam(m *Model, sents []Sentence, width int) []Sentence {
	p := NewParser(m)
	var isc [256]int32
	score := func(fs []uint64, sc *[256]float32) {
		m.score(fs, &isc, &p.sink)
		for i := 0; i < m.nscore; i++ {
			sc[i] = float32(isc[i])
		}
	}
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		n := len(s.Forms)
		o := Sentence{Forms: s.Forms, UPOS: s.UPOS, XPOS: s.XPOS, Heads: make([]int, n), Deprels: make([]string, n), Feats: s.Feats}
		var sub []string
		if m.VForm {
			sub = append([]string(nil), p.verbForms(s.Forms, s.UPOS)...)
			o.Feats = make([]string, n)
			for k, vf := range sub {
				if vf != "" {
					o.Feats[k] = "VerbForm=" + vf
				}
			}
		}
		if n > 0 {
			ws := makeWords(nil, s.Forms, s.UPOS, s.XPOS, m.UseXPOS, sub, m.clus)
			best, _ := beamSearch(ws, n, width, m.RootEnd, m.feats(), score, score, len(m.Labels), m.rootLab, nil)
			c := &best.c
			c.finish(m.rootLab, m.restLab)
			for k := 1; k <= n; k++ {
				o.Heads[k-1] = int(c.head[k])
				if c.end && o.Heads[k-1] == c.root() {
					o.Heads[k-1] = 0
				}
				if l := c.lab[k]; l >= 0 && int(l) < len(m.Labels) {
					o.Deprels[k-1] = m.Labels[l]
				} else {
					o.Deprels[k-1] = "dep"
				}
			}
			if m.Lang == "nl" {
				// as Parser.parse does
				fixParsedPunct(o.Heads, o.Deprels, s.Forms)
			}
		}
		out[i] = o
	}
	return out
}
