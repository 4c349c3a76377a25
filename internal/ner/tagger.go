package ner

// Tagger recognises named entities: a first pass over each sentence and a
// second pass that also sees what the first pass found elsewhere in the
// document.
type Tagger struct {
	res  *Resources
	m1   *linear
	m2   *linear  // nil: single pass
	keys []uint64 // feature keys by row, while training
}

// docState holds reusable buffers for tagging one document.
type docState struct {
	toks   []tok
	bounds []int // sentence s is toks[bounds[s]:bounds[s+1]]
	lab    []uint8
	buf    []byte
	dec    decoder
	votes  map[string]*vote
	pool   []vote
}

// newDocState returns empty buffers.
func newDocState() *docState { return &docState{votes: map[string]*vote{}} }

// prepare loads the words of a document's sentences into st.
func (t *Tagger) prepare(st *docState, sents [][]string) {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if cap(st.toks) < n {
		st.toks = make([]tok, n, n+n/2)
		st.lab = make([]uint8, n, n+n/2)
	}
	st.toks, st.lab = st.toks[:n], st.lab[:n]
	st.bounds = append(st.bounds[:0], 0)
	off := 0
	for _, s := range sents {
		st.buf = t.res.prepare(st.toks[off:off+len(s)], s, st.buf)
		off += len(s)
		st.bounds = append(st.bounds, off)
	}
}

// run tags the prepared document; labels end up in st.lab.
func (t *Tagger) run(st *docState) {
	for s := 0; s+1 < len(st.bounds); s++ {
		a, b := st.bounds[s], st.bounds[s+1]
		t.m1.tag(&st.dec, st.toks[a:b], false, st.lab[a:b])
	}
	if t.m2 == nil {
		return
	}
	st.docBits()
	for s := 0; s+1 < len(st.bounds); s++ {
		a, b := st.bounds[s], st.bounds[s+1]
		t.m2.tag(&st.dec, st.toks[a:b], true, st.lab[a:b])
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
	capMid, low int32
}

// Document bits.
const (
	dType    = 0 // +t: the form is inside a type-t entity elsewhere
	dMajor   = 4 // +t: t is the most frequent type elsewhere
	dCapMid  = 8 // capitalised mid-sentence elsewhere
	dLowElse = 9 // written in lower case elsewhere
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
	own := func(i, first int) (typ int, capMid, low bool) {
		t := &st.toks[i]
		typ = -1
		if l := st.lab[i]; l != 0 {
			typ = int(l-1) / 2
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
			v := get(t.low)
			typ, capMid, low := own(i, st.bounds[s])
			if typ >= 0 {
				v.typ[typ]++
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
			v := *st.votes[t.low]
			typ, capMid, low := own(i, st.bounds[s])
			if typ >= 0 {
				v.typ[typ]--
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
