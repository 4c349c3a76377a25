package tag

// Beam search over tag sequences. A state is the last two tags, which is all
// the features see, so hypotheses with the same state are merged (the best
// one stays).

type hyp struct {
	score  float32
	tag    int  // tag index at this position
	prev   int  // index of the hypothesis at the previous position, -1 at the start
	p1, p2 int  // tag+1 of this and the previous position
	gold   bool // the gold prefix (training)
}

// beamer holds the buffers of one search.
type beamer struct {
	beams [][]hyp
	buf   []float32
}

// search tags n words with beam width w. fix(i) returns a fixed tag or -1;
// score(i, p1, p2, out) fills out with the tag scores at i given the
// previous tags. With gold set, it stops after the first position whose
// beam lost the gold prefix and returns that prefix length (early update);
// otherwise stop is n.
func (b *beamer) search(n, nt, w int, fix func(int) int, score func(i, p1, p2 int, out []float32), gold []int) (best []int, stop int) {
	if cap(b.buf) < nt {
		b.buf = make([]float32, nt)
	}
	buf := b.buf[:nt]
	for len(b.beams) < n {
		b.beams = append(b.beams, make([]hyp, 0, w))
	}
	prev := []hyp{{prev: -1, gold: true}}
	stop = n
	for i := 0; i < n; i++ {
		cur := b.beams[i][:0]
		push := func(h hyp) {
			// Merge with a hypothesis of the same state.
			for k := range cur {
				if cur[k].p1 == h.p1 && cur[k].p2 == h.p2 {
					if h.score > cur[k].score || (h.score == cur[k].score && h.gold) {
						cur[k] = h
					}
					return
				}
			}
			if len(cur) < w {
				cur = append(cur, h)
			} else {
				worst := 0
				for k := range cur {
					if cur[k].score < cur[worst].score {
						worst = k
					}
				}
				if h.score <= cur[worst].score {
					return
				}
				cur[worst] = h
			}
		}
		f := fix(i)
		for pi, h := range prev {
			start := -1
			if i > 0 {
				start = pi
			}
			if f >= 0 {
				push(hyp{score: h.score, tag: f, prev: start, p1: f + 1, p2: h.p1, gold: h.gold && (gold == nil || gold[i] == f)})
				continue
			}
			score(i, h.p1, h.p2, buf)
			for j, s := range buf {
				push(hyp{score: h.score + s, tag: j, prev: start, p1: j + 1, p2: h.p1, gold: h.gold && gold != nil && gold[i] == j})
			}
		}
		b.beams[i] = cur
		prev = cur
		if gold != nil {
			in := false
			for _, h := range cur {
				in = in || h.gold
			}
			if !in {
				stop = i + 1
				break
			}
		}
	}
	// Backtrack from the best hypothesis at the last position searched.
	last := b.beams[stop-1]
	bi := 0
	for k := range last {
		if last[k].score > last[bi].score {
			bi = k
		}
	}
	best = make([]int, stop)
	for i := stop - 1; i >= 0; i-- {
		h := b.beams[i][bi]
		best[i] = h.tag
		bi = h.prev
	}
	return best, stop
}
