package ner

import "strings"

// Tagger recognises named entities: a first pass over each sentence and a
// second pass that also sees what the first pass found elsewhere in the
// document. Both passes score the same local features, so one lookup in
// the joint table serves both.
type Tagger struct {
	res   *Resources
	m1    *linear // first pass (transitions; weights while training)
	m2    *linear // second pass, local features; nil: single pass
	m2doc *linear // second pass, document features
	j     joint
	keys  []uint64 // local feature keys by row, while training
	keys2 []uint64 // document feature keys by row, while training
}

// joint holds the local feature weights of both passes side by side.
type joint struct {
	table []jentry
	mask  uint64
	scale [2]float32
}

type jentry struct {
	key uint64
	w   [2][nLabels]int16
}

func (j *joint) lookup(h uint64) *jentry {
	i := h & j.mask
	for {
		e := &j.table[i]
		if e.key == h {
			return e
		}
		if e.key == 0 {
			return nil
		}
		i = (i + 1) & j.mask
	}
}

// touch loads the home slot of every key and returns a value computed from
// them (the caller keeps it, so the loads stay). The loads do not depend on
// each other, so the CPU overlaps their cache misses, and the lookups that
// follow find the slots cached instead of waiting for one at a time.
func (j *joint) touch(hs []uint64) uint64 {
	var sum uint64
	for _, h := range hs {
		sum += j.table[h&j.mask].key
	}
	return sum
}

// sums returns the summed weights of hs for both passes.
func (j *joint) sums(hs []uint64) (s [2][nLabels]int32) {
	for _, h := range hs {
		if e := j.lookup(h); e != nil {
			for l := range s[0] {
				s[0][l] += int32(e.w[0][l])
				s[1][l] += int32(e.w[1][l])
			}
		}
	}
	return s
}

// setJoint builds the joint table from the passes' entries.
func (t *Tagger) setJoint(e1, e2 []entry, s1, s2 float32) {
	ents := make([]jentry, 0, len(e1)+len(e2))
	for _, e := range e1 {
		ents = append(ents, jentry{key: e.key, w: [2][nLabels]int16{e.w}})
	}
	add2 := func(i int, ok bool, e entry) {
		if ok {
			ents[i].w[1] = e.w
		} else {
			ents = append(ents, jentry{key: e.key, w: [2][nLabels]int16{1: e.w}})
		}
	}
	if sortedEntries(e1) && sortedEntries(e2) {
		// Read models list keys in order: a merge finds the shared ones
		// without a map of a million keys.
		i := 0
		for _, e := range e2 {
			for i < len(e1) && e1[i].key < e.key {
				i++
			}
			add2(i, i < len(e1) && e1[i].key == e.key, e)
		}
	} else {
		pos := make(map[uint64]int, len(e1))
		for i, e := range e1 {
			pos[e.key] = i
		}
		for _, e := range e2 {
			i, ok := pos[e.key]
			add2(i, ok, e)
		}
	}
	size := 16
	for size*3 < len(ents)*4 {
		size <<= 1
	}
	t.j = joint{table: make([]jentry, size), mask: uint64(size - 1), scale: [2]float32{s1, s2}}
	for _, e := range ents {
		i := e.key & t.j.mask
		for t.j.table[i].key != 0 {
			i = (i + 1) & t.j.mask
		}
		t.j.table[i] = e
	}
}

// sortedEntries reports whether es's keys strictly increase.
func sortedEntries(es []entry) bool {
	for i := 1; i < len(es); i++ {
		if es[i-1].key >= es[i].key {
			return false
		}
	}
	return true
}

// docState holds reusable buffers for tagging one document.
type docState struct {
	toks   []tok
	bounds []int // sentence s is toks[bounds[s]:bounds[s+1]]
	lab    []uint8
	scores [][nLabels]float32 // first pass
	score2 [][nLabels]float32 // second pass
	buf    []byte
	dec    decoder
	votes  map[string]*vote
	pool   []vote
	// words, when not nil, numbers the word forms seen (up to maxForms,
	// then it starts over) and forms holds each one's facts and cached
	// scores; ids is the number of each token. Only the stage's pooled
	// states keep one: training and TagDoc work without.
	words map[string]int32
	forms []formEntry
	ids   []int32
}

// maxForms bounds the forms a docState remembers.
const maxForms = 1 << 15

// formEntry is what a docState keeps of one word form: its tok without
// the sentence's bits, and the summed weights of its wordFeatures for
// both passes, per value of the headline flag (computed when have).
type formEntry struct {
	t    tok
	have [2]bool
	sum  [2][2][nLabels]int32
}

// newDocState returns empty buffers.
func newDocState() *docState { return &docState{votes: map[string]*vote{}} }

// newCachingDocState returns empty buffers that cache per word form.
func newCachingDocState() *docState {
	st := newDocState()
	st.words = map[string]int32{}
	return st
}

// prepare loads the words of a document's sentences into st.
func (t *Tagger) prepare(st *docState, sents [][]string) {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if cap(st.toks) < n {
		st.toks = make([]tok, n, n+n/2)
		st.lab = make([]uint8, n, n+n/2)
		st.scores = make([][nLabels]float32, n, n+n/2)
		st.score2 = make([][nLabels]float32, n, n+n/2)
	}
	st.toks, st.lab, st.scores, st.score2 = st.toks[:n], st.lab[:n], st.scores[:n], st.score2[:n]
	st.bounds = append(st.bounds[:0], 0)
	if st.words != nil {
		t.prepareCached(st, sents)
		return
	}
	off := 0
	for _, s := range sents {
		st.buf = t.res.prepare(st.toks[off:off+len(s)], s, st.buf)
		off += len(s)
		st.bounds = append(st.bounds, off)
	}
}

// prepareCached is prepare with st's form cache: a word's tok is computed
// once per form.
func (t *Tagger) prepareCached(st *docState, sents [][]string) {
	// Start over between documents only: the numbers of a document's
	// tokens stay valid while it is tagged.
	if len(st.forms) >= maxForms {
		clear(st.words)
		clear(st.forms)
		st.forms = st.forms[:0]
	}
	st.ids = st.ids[:0]
	off := 0
	for _, s := range sents {
		for i, w := range s {
			id, ok := st.words[w]
			if !ok {
				// The key is copied: w may be a slice of a large text.
				w = strings.Clone(w)
				id = int32(len(st.forms))
				st.forms = append(st.forms, formEntry{})
				st.buf = t.res.tokOf(&st.forms[id].t, w, st.buf)
				st.words[w] = id
			}
			st.ids = append(st.ids, id)
			st.toks[off+i] = st.forms[id].t
		}
		t.res.finish(st.toks[off : off+len(s)])
		off += len(s)
		st.bounds = append(st.bounds, off)
	}
}

// run tags the prepared document; labels end up in st.lab.
func (t *Tagger) run(st *docState) {
	d := &st.dec
	for s := 0; s+1 < len(st.bounds); s++ {
		a, b := st.bounds[s], st.bounds[s+1]
		toks := st.toks[a:b]
		for i := range toks {
			var acc1, acc2 [nLabels]int32
			if st.words != nil {
				// The word's own features from the form cache; integer
				// sums, so the grouping changes no score.
				e := &st.forms[st.ids[a+i]]
				hl := 0
				if toks[i].flags&fHeadline != 0 {
					hl = 1
				}
				if !e.have[hl] {
					d.feats = wordFeatures(&toks[i], d.feats[:0])
					e.sum[hl] = t.j.sums(d.feats)
					e.have[hl] = true
				}
				acc1, acc2 = e.sum[hl][0], e.sum[hl][1]
				d.feats = contextFeatures(toks, i, d.feats[:0])
			} else {
				d.feats = features(toks, i, d.feats[:0])
			}
			d.sink += t.j.touch(d.feats)
			for _, h := range d.feats {
				if e := t.j.lookup(h); e != nil {
					for l := range acc1 {
						acc1[l] += int32(e.w[0][l])
						acc2[l] += int32(e.w[1][l])
					}
				}
			}
			for l := range acc1 {
				st.scores[a+i][l] = float32(acc1[l]) * t.j.scale[0]
				st.score2[a+i][l] = float32(acc2[l]) * t.j.scale[1]
			}
		}
		d.viterbi(st.scores[a:b], &t.m1.trans, st.lab[a:b])
	}
	if t.m2 == nil {
		return
	}
	st.docBits()
	for s := 0; s+1 < len(st.bounds); s++ {
		a, b := st.bounds[s], st.bounds[s+1]
		toks := st.toks[a:b]
		for i := range toks {
			d.feats = docFeatures(toks, i, d.feats[:0])
			t.m2doc.score(d.feats, &st.score2[a+i])
		}
		d.viterbi(st.score2[a:b], &t.m2.trans, st.lab[a:b])
	}
	t.extend(st)
}

// extend lengthens an ORG chunk to the end of a listed organisation name
// that starts with it over words the model left out, typically lower-case
// parts ("Witte huis"): the curated list is more reliable there than the
// model, which rarely saw such names in training.
func (t *Tagger) extend(st *docState) {
	g := t.res.Gaz
	if g == nil {
		return
	}
	const org = 3 // B-ORG
	for s := 0; s+1 < len(st.bounds); s++ {
		a, b := st.bounds[s], st.bounds[s+1]
		for i := a; i < b; i++ {
			if st.lab[i] != org {
				continue
			}
			end := i + 1
			for end < b && st.lab[end] == org+1 {
				end++
			}
			h := hstart(0x9a2)
			best := 0
			for j := i; j < b && j-i < g.maxLen; j++ {
				h = hadd(h, st.toks[j].low)
				bits := g.m[fin(h)]
				if bits&(1<<GazOrgList) != 0 {
					best = j + 1
				}
				if bits&prefixBit == 0 {
					break
				}
			}
			if best <= end {
				continue
			}
			ok := true
			for k := end; k < best; k++ {
				ok = ok && st.lab[k] == 0
			}
			if ok {
				for k := end; k < best; k++ {
					st.lab[k] = org + 1
				}
			}
		}
	}
}

// TagDoc returns IOB2 tags for the sentences of one document.
func (t *Tagger) TagDoc(sents [][]string) [][]string {
	st := newDocState()
	t.prepare(st, sents)
	t.run(st)
	out := make([][]string, len(sents))
	for s := range sents {
		a, b := st.bounds[s], st.bounds[s+1]
		out[s] = make([]string, b-a)
		for i := a; i < b; i++ {
			out[s][i-a] = Labels[st.lab[i]]
		}
	}
	return out
}

// vote counts how a word form was labelled and capitalised in a document.
type vote struct {
	typ         [4]int32
	first, last [4]int32 // first or last word of a longer entity
	capMid, low int32
}

// Document bits.
const (
	dType    = 0  // +t: the form is inside a type-t entity elsewhere
	dMajor   = 4  // +t: t is the most frequent type elsewhere
	dCapMid  = 8  // capitalised mid-sentence elsewhere
	dLowElse = 9  // written in lower case elsewhere
	dFirst   = 10 // +t: first word of a longer type-t entity elsewhere
	dLast    = 14 // +t: last word of a longer type-t entity elsewhere
)

// docBits sets tok.prev from st.lab and computes the document bits.
func (st *docState) docBits() {
	clear(st.votes)
	st.pool = st.pool[:0]
	if cap(st.pool) < len(st.toks) {
		st.pool = make([]vote, 0, len(st.toks))
	}
	get := func(w string) *vote {
		v := st.votes[w]
		if v == nil {
			st.pool = append(st.pool, vote{})
			v = &st.pool[len(st.pool)-1]
			st.votes[w] = v
		}
		return v
	}
	own := func(i, first, end int) (typ int, capMid, low, isFirst, isLast bool) {
		t := &st.toks[i]
		typ = -1
		if l := st.lab[i]; l != 0 {
			typ = int(l-1) / 2
			cont := i+1 < end && st.lab[i+1] == uint8(2+2*typ)
			isFirst = l%2 == 1 && cont
			isLast = l%2 == 0 && !cont
		}
		capMid = i != first && t.flags&fInitCap != 0 && t.flags&fHeadline == 0
		low = t.flags&fHasLower != 0 && t.flags&fInitCap == 0
		return
	}
	for s := 0; s+1 < len(st.bounds); s++ {
		for i := st.bounds[s]; i < st.bounds[s+1]; i++ {
			t := &st.toks[i]
			t.prev = st.lab[i]
			if t.flags&fPunct != 0 {
				continue
			}
			v := get(voteKey(t.low))
			typ, capMid, low, isFirst, isLast := own(i, st.bounds[s], st.bounds[s+1])
			if typ >= 0 {
				v.typ[typ]++
				if isFirst {
					v.first[typ]++
				}
				if isLast {
					v.last[typ]++
				}
			}
			if capMid {
				v.capMid++
			}
			if low {
				v.low++
			}
		}
	}
	for s := 0; s+1 < len(st.bounds); s++ {
		for i := st.bounds[s]; i < st.bounds[s+1]; i++ {
			t := &st.toks[i]
			t.doc = 0
			if t.flags&fPunct != 0 {
				continue
			}
			v := *st.votes[voteKey(t.low)]
			typ, capMid, low, isFirst, isLast := own(i, st.bounds[s], st.bounds[s+1])
			if typ >= 0 {
				v.typ[typ]--
				if isFirst {
					v.first[typ]--
				}
				if isLast {
					v.last[typ]--
				}
			}
			for k := range v.first {
				if v.first[k] > 0 {
					t.doc |= 1 << (dFirst + k)
				}
				if v.last[k] > 0 {
					t.doc |= 1 << (dLast + k)
				}
			}
			if capMid {
				v.capMid--
			}
			if low {
				v.low--
			}
			best, arg := int32(0), -1
			for k, c := range v.typ {
				if c > 0 {
					t.doc |= 1 << (dType + k)
					if c > best {
						best, arg = c, k
					}
				}
			}
			if arg >= 0 {
				t.doc |= 1 << (dMajor + arg)
			}
			if v.capMid > 0 {
				t.doc |= 1 << dCapMid
			}
			if v.low > 0 {
				t.doc |= 1 << dLowElse
			}
		}
	}
}

// voteKey is the form a word votes under: a possessive counts for its name
// (Kim's for Kim).
func voteKey(low string) string {
	for _, suf := range []string{"'s", "’s"} {
		if len(low) > len(suf)+1 && low[len(low)-len(suf):] == suf {
			return low[:len(low)-len(suf)]
		}
	}
	return low
}
