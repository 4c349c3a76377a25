package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are the IOB2 tags in model order. Type t (PER, ORG, LOC, MISC) has
// B = 1+2t and I = 2+2t.
var Labels = [nLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// Types are the entity types in model order.
var Types = [4]string{"PER", "ORG", "LOC", "MISC"}

const nLabels = 9

func labelIndex(tag string) int {
	for i, l := range Labels {
		if l == tag {
			return i
		}
	}
	return 0
}

func typeIndex(t string) int {
	for i, x := range Types {
		if x == t {
			return i
		}
	}
	return -1
}

// Feature hashing: a feature is a 64-bit hash of its template id and values,
// computed without allocating.
const (
	fnvOff   = 14695981039346656037
	fnvPrime = 1099511628211
)

func hstart(t uint64) uint64 { return (fnvOff ^ t) * fnvPrime }

func hadd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff // separator, so ("ab","c") != ("a","bc")
	h *= fnvPrime
	return h
}

func hnum(h uint64, n uint64) uint64 {
	for k := 0; k < 4; k++ {
		h ^= n & 0xffff
		h *= fnvPrime
		n >>= 16
	}
	return h
}

// fin mixes the bits so open addressing spreads well (splitmix64 finaliser).
func fin(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	if h == 0 {
		h = 1 // 0 marks an empty slot
	}
	return h
}

// Token flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fAllDigit
	fHasHyphen
	fPunct
	fHasLower
	fHeadline // the sentence is mostly capitals
	fRole     // a role noun, or a compound ending in one
)

// tok is the per-token information features are built from.
type tok struct {
	w, low  string
	shape   string
	short   string
	flags   uint16
	cl      uint32 // packed cluster ids, 0 = unknown
	gaz     uint32 // gazetteer bits: category c begins (bit 2c) or continues (bit 2c+1) a match
	doc     uint32 // document-level bits (second pass)
	prev    uint8  // first-pass label (second pass), 0 = O
	headCl  uint32 // cluster of the compound head
	head    int    // byte offset in low of a known compound head (Korea|kenner), 0 = none
	pre, su [4]int // byte lengths of the 1..4 rune prefixes/suffixes of low
}

func shapeOf(buf []byte, w string) (full, short string, flags uint16, b []byte) {
	b = buf[:0]
	var letters, upper, digits, n int
	for i, r := range w {
		n++
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			if i == 0 {
				flags |= fInitCap
			}
		case unicode.IsLower(r):
			c = 'x'
			letters++
			flags |= fHasLower
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			digits++
		case r == '-':
			c = '-'
			flags |= fHasHyphen
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if len(b) < 8 {
			b = append(b, c)
		}
	}
	full = string(b)
	// The short shape collapses runs: Xxxxx -> Xx.
	s := b[len(b):]
	for i := 0; i < len(b); i++ {
		if i == 0 || b[i] != b[i-1] {
			s = append(s, b[i])
		}
	}
	short = string(s)
	if letters > 0 && upper == letters && letters > 1 {
		flags |= fAllCaps
	}
	if digits > 0 {
		flags |= fHasDigit
		if digits == n {
			flags |= fAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		flags |= fPunct
	}
	return full, short, flags, b
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// affixes fills the byte lengths of the 1..4 rune prefixes and suffixes.
func affixes(t *tok) {
	s := t.low
	i, k := 0, 0
	for k < 4 {
		if i >= len(s) {
			t.pre[k] = len(s)
		} else {
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			t.pre[k] = i
		}
		k++
	}
	j := len(s)
	for k = 0; k < 4; k++ {
		if j > 0 {
			_, sz := utf8.DecodeLastRuneInString(s[:j])
			j -= sz
		}
		t.su[k] = len(s) - j
	}
}

// prepare fills toks (len(words)) with the per-token information of a
// sentence, without document bits and first-pass labels. buf is scratch.
func (r *Resources) prepare(toks []tok, words []string, buf []byte) []byte {
	for i, w := range words {
		buf = r.tokOf(&toks[i], w, buf)
	}
	r.finish(toks)
	return buf
}

// tokOf fills t with what depends on the word w alone.
func (r *Resources) tokOf(t *tok, w string, buf []byte) []byte {
	*t = tok{w: w, low: lower(w)}
	t.shape, t.short, t.flags, buf = shapeOf(buf, w)
	affixes(t)
	if r != nil {
		t.cl = r.Clusters[t.low]
		if t.flags&fPunct == 0 && r.role(t.low) {
			t.flags |= fRole
		}
		if t.cl == 0 && len(t.low) >= 7 {
			if t.head = r.compoundHead(t.low); t.head > 0 {
				t.headCl = r.Clusters[t.low[t.head:]]
			}
		}
	}
	return buf
}

// finish adds to a sentence's toks what depends on the sentence: the
// headline flag and the gazetteer bits.
func (r *Resources) finish(toks []tok) {
	caps, letterToks := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.flags&(fHasLower|fAllCaps) != 0 {
			letterToks++
			if t.flags&fAllCaps != 0 {
				caps++
			}
		}
	}
	if letterToks >= 2 && caps*10 >= letterToks*7 {
		for i := range toks {
			toks[i].flags |= fHeadline
		}
	}
	if r != nil && r.Gaz != nil {
		r.Gaz.mark(toks)
	}
}

// Feature template ids.
const (
	tBias = iota + 1
	tWord
	tLow
	tPre
	tSuf
	tShape
	tShort
	tFlags
	tFirst
	tLast
	tLowM1
	tLowP1
	tLowM2
	tLowP2
	tBiM1
	tBiP1
	tShapeM1
	tShapeP1
	tShort3
	tCl
	tClM1
	tClP1
	tClM2
	tClP2
	tGaz
	tGazM1
	tGazP1
	tDoc
	tDocCap
	tPrev
	tPrevM1
	tPrevP1
	tWordCapFirst
	tClBi
	tLowFlags
	tHead
	tHeadCl
	tRole
	tRoleM1
	tCaps
)

const pad = "<s>"

// features appends the local feature hashes of token i to out: those of
// the word alone (which a tagger may cache per form) and those of its
// context.
func features(toks []tok, i int, out []uint64) []uint64 {
	return contextFeatures(toks, i, wordFeatures(&toks[i], out))
}

// wordFeatures and contextFeatures split features for tagging: the first
// appends those of token i that depend on its word alone (and the
// sentence's headline flag), whose scores the tagger caches per form; the
// second the rest. Together they are features(toks, i) in another order
// (TestSplitFeatures); training keeps that order.
func wordFeatures(t *tok, out []uint64) []uint64 {
	out = append(out,
		fin(hstart(tBias)),
		fin(hadd(hstart(tWord), t.w)),
		fin(hadd(hstart(tLow), t.low)),
		fin(hadd(hstart(tShape), t.shape)),
		fin(hnum(hstart(tFlags), uint64(t.flags))),
	)
	for k := 1; k < 4; k++ {
		if t.pre[k] < len(t.low) || k == 1 {
			out = append(out, fin(hnum(hadd(hstart(tPre), t.low[:t.pre[k]]), uint64(k))))
		}
		if t.su[k] < len(t.low) || k == 1 {
			out = append(out, fin(hnum(hadd(hstart(tSuf), t.low[len(t.low)-t.su[k]:]), uint64(k))))
		}
	}
	if t.cl != 0 {
		for k := uint64(0); k < 3; k++ {
			out = append(out, fin(hnum(hnum(hstart(tCl), k), uint64(clusterLevel(t.cl, int(k))))))
		}
		out = append(out, fin(hnum(hnum(hstart(tCl), 9), uint64(clusterLevel(t.cl, 0))<<8|uint64(t.flags&(fInitCap|fAllCaps)))))
	}
	if t.flags&fRole != 0 {
		out = append(out, fin(hnum(hstart(tRole), uint64(t.flags&(fInitCap|fAllCaps)))))
	}
	if t.head > 0 {
		h := t.low[t.head:]
		caps := uint64(t.flags & (fInitCap | fAllCaps))
		out = append(out,
			fin(hnum(hadd(hstart(tHead), h), caps)),
			fin(hnum(hstart(tHeadCl), uint64(clusterLevel(t.headCl, 0))<<8|caps)),
		)
	}
	return out
}

func contextFeatures(toks []tok, i int, out []uint64) []uint64 {
	t := &toks[i]
	n := len(toks)
	var p1, m1, p2, m2 *tok
	if i > 0 {
		m1 = &toks[i-1]
	}
	if i > 1 {
		m2 = &toks[i-2]
	}
	if i+1 < n {
		p1 = &toks[i+1]
	}
	if i+2 < n {
		p2 = &toks[i+2]
	}
	low := func(x *tok) string {
		if x == nil {
			return pad
		}
		return x.low
	}
	shape := func(x *tok) string {
		if x == nil {
			return pad
		}
		return x.short
	}
	out = append(out,
		fin(hadd(hstart(tLowM1), low(m1))),
		fin(hadd(hstart(tLowP1), low(p1))),
		fin(hadd(hstart(tLowM2), low(m2))),
		fin(hadd(hstart(tLowP2), low(p2))),
		fin(hadd(hadd(hstart(tBiM1), low(m1)), t.low)),
		fin(hadd(hadd(hstart(tBiP1), t.low), low(p1))),
		fin(hadd(hadd(hstart(tShapeM1), shape(m1)), t.short)),
		fin(hadd(hadd(hstart(tShapeP1), t.short), shape(p1))),
		fin(hadd(hadd(hadd(hstart(tShort3), shape(m1)), t.short), shape(p1))),
		fin(hadd(hnum(hstart(tLowFlags), uint64(t.flags&(fInitCap|fAllCaps|fHeadline))), low(m1))),
	)
	if i == 0 {
		out = append(out, fin(hnum(hstart(tFirst), uint64(t.flags))))
	}
	if i == n-1 {
		out = append(out, fin(hstart(tLast)))
	}
	cl := func(x *tok, lvl int) uint64 {
		if x == nil {
			return 1 << 20
		}
		return uint64(clusterLevel(x.cl, lvl))
	}
	for k := 0; k < 2; k++ {
		out = append(out,
			fin(hnum(hnum(hstart(tClM1), uint64(k)), cl(m1, k))),
			fin(hnum(hnum(hstart(tClP1), uint64(k)), cl(p1, k))),
		)
	}
	out = append(out,
		fin(hnum(hstart(tClM2), cl(m2, 1))),
		fin(hnum(hstart(tClP2), cl(p2, 1))),
		fin(hnum(hnum(hstart(tClBi), cl(m1, 1)), cl(t, 1))),
	)
	if t.cl != 0 {
		f := uint64(t.flags & (fInitCap | fAllCaps | fHeadline))
		if i == 0 {
			f |= 1 << 12
		}
		pc := uint64(0xff)
		if p1 != nil {
			pc = uint64(clusterLevel(p1.cl, 3))
		}
		out = append(out,
			fin(hnum(hnum(hstart(tCaps), uint64(clusterLevel(t.cl, 3))), f)),
			fin(hnum(hnum(hnum(hstart(tCaps), uint64(clusterLevel(t.cl, 3))), f), pc)),
		)
	}
	if m1 != nil && m1.flags&fRole != 0 {
		out = append(out, fin(hnum(hstart(tRoleM1), uint64(t.flags&(fInitCap|fAllCaps)))))
	}
	gaz := func(tmpl uint64, bits uint32) {
		for bits != 0 {
			b := uint64(bitsTrailing(bits))
			bits &= bits - 1
			out = append(out, fin(hnum(hstart(tmpl), b)))
		}
	}
	gaz(tGaz, t.gaz)
	if m1 != nil {
		gaz(tGazM1, m1.gaz)
	}
	if p1 != nil {
		gaz(tGazP1, p1.gaz)
	}
	return out
}

// docFeatures appends the second-pass feature hashes of token i: what the
// first pass found for the same word elsewhere in the document.
func docFeatures(toks []tok, i int, out []uint64) []uint64 {
	t := &toks[i]
	var m1, p1 *tok
	if i > 0 {
		m1 = &toks[i-1]
	}
	if i+1 < len(toks) {
		p1 = &toks[i+1]
	}
	out = append(out, fin(hstart(tBias)))
	d := t.doc
	for d != 0 {
		b := uint64(bitsTrailing(d))
		d &= d - 1
		out = append(out,
			fin(hnum(hstart(tDoc), b)),
			fin(hnum(hnum(hstart(tDocCap), b), uint64(t.flags&(fInitCap|fAllCaps|fHeadline)))),
		)
		if i == 0 {
			out = append(out, fin(hnum(hnum(hstart(tDocCap), b), 1<<10)))
		}
	}
	out = append(out, fin(hnum(hstart(tPrev), uint64(t.prev))))
	pm, pp := uint64(99), uint64(99)
	if m1 != nil {
		pm = uint64(m1.prev)
	}
	if p1 != nil {
		pp = uint64(p1.prev)
	}
	out = append(out,
		fin(hnum(hnum(hstart(tPrevM1), pm), uint64(t.prev))),
		fin(hnum(hnum(hstart(tPrevP1), pp), uint64(t.prev))),
	)
	return out
}

func bitsTrailing(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// compoundHead finds the longest known word (at least 4 bytes) that ends
// low after a first part of at least 3 bytes, as in Dutch compounds; it
// returns its offset, or 0.
func (r *Resources) compoundHead(low string) int {
	for k := 3; k+4 <= len(low); k++ {
		if !utf8.RuneStart(low[k]) {
			continue
		}
		if _, ok := r.Clusters[low[k:]]; ok {
			return k
		}
	}
	return 0
}
