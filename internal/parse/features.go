package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word holds the hashed attributes of one token that features combine.
type word struct {
	w, p, x, suf uint64
	c            uint64 // distributional cluster (the tagger's), or the tag when the word has none
	// fin is 17 when a finite verb comes before the word in its stretch
	// between punctuation and subordinators, else 16; pc counts the
	// punctuation up to the word (Clause features)
	fin uint64
	pc  int32
	// nvw, nvx: the word and tag of the first verb after this word
	// before punctuation, hNone without one (Attach features)
	nvw, nvx uint64
}

const (
	hNone = 1
	hRoot = 2 // the bottom of the stack
	hEnd  = 3 // the root, at the end of the buffer
)

func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h
}

func hashString(seed uint64, s string) uint64 {
	h := seed*0x100000001b3 ^ 0xcbf29ce484222325
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return mix(h, seed) | 4 // never hNone or hRoot
}

// normWord lowercases and maps digits to 0 so numbers share features.
func normWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return unicode.ToLower(r)
	}, s)
}

func suffix(s string, n int) string {
	k := 0
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		k++
		if k == n || i == 0 {
			return s[i:]
		}
	}
	return s
}

// makeWords hashes the attributes of each word; clus, when not nil, gives a
// word's cluster plus one (0 = none); sub, when not nil, refines the tag
// features of a word whose sub is not empty (the verb form of a verb).
func makeWords(dst []word, forms, upos, xpos []string, useX bool, sub []string, clus func(string) int) []word {
	dst = append(dst[:0], word{w: hRoot, p: hRoot, x: hRoot, suf: hRoot, c: hRoot, fin: 16})
	fin, pc := false, int32(0)
	for i, f := range forms {
		nw := normWord(f)
		var wd word
		wd.w = hashString(1, nw)
		wd.p = hashString(2, at(upos, i))
		if useX {
			wd.x = hashString(3, at(xpos, i))
		} else if sub != nil && i < len(sub) && sub[i] != "" {
			wd.x = hashString(3, at(upos, i)+"|"+sub[i])
		} else {
			wd.x = wd.p
		}
		wd.suf = hashString(4, suffix(nw, 3))
		wd.c = wd.p
		if clus != nil {
			if k := clus(f); k > 0 {
				wd.c = mix(5, uint64(k)) | 4
			}
		}
		wd.fin = 16
		if fin {
			wd.fin = 17
		}
		switch u := at(upos, i); {
		case u == "PUNCT":
			pc++
			fin = false
		case u == "SCONJ":
			fin = false
		case (u == "VERB" || u == "AUX") && sub != nil && i < len(sub) && sub[i] == "Fin":
			fin = true
		}
		wd.pc = pc
		dst = append(dst, wd)
	}
	dst = append(dst, word{w: hEnd, p: hEnd, x: hEnd, suf: hEnd, c: hEnd, fin: 16, pc: pc, nvw: hNone, nvx: hNone})
	// right to left: the next verb before punctuation
	nvw, nvx := uint64(hNone), uint64(hNone)
	for i := len(forms); i >= 1; i-- {
		dst[i].nvw, dst[i].nvx = nvw, nvx
		switch at(upos, i-1) {
		case "PUNCT":
			nvw, nvx = hNone, hNone
		case "VERB", "AUX":
			nvw, nvx = dst[i].w, dst[i].x
		}
	}
	dst[0].nvw, dst[0].nvx = hNone, hNone
	return dst
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "_"
}

var noWord = word{w: hNone, p: hNone, x: hNone, suf: hNone, c: hNone, nvw: hNone, nvx: hNone}

// featSet says which feature groups a model computes besides the base set.
type featSet struct {
	ext, clus, clause, attach bool
	caseLab                   int32 // label id of case, for attach
}

func (m *Model) feats() featSet {
	return featSet{ext: m.Extended, clus: m.Clusters, clause: m.Clause, attach: m.Attach, caseLab: m.caseLab}
}

// Models use the nBase base transition features, then the nClus cluster
// features when trained with TrainOptions.Clusters, the nClause clause
// features with TrainOptions.Clause, the nAttach attachment features with
// TrainOptions.Attach, then the nExt extended ones when trained with
// TrainOptions.Extended; nFeat bounds them all.
const (
	nBase   = 50
	nClus   = 12
	nExt    = 24
	nClause = 4
	nAttach = 6
	nFeat   = nBase + nClus + nClause + nAttach + nExt
)

// features computes the feature hashes of configuration c, after Zhang &
// Nivre (2011): words, tags, distance, valency, labels and label sets of the
// stack top, the buffer front and their neighbourhood; with clus, word
// clusters in place of words (Koo et al. 2008). It returns how many it set.
func features(dst *[nFeat]uint64, c *config, ws []word, fs featSet) int {
	last := c.n // the last token in the buffer: the root when it is at the end
	if c.end {
		last++
	}
	get := func(i int32) word {
		if i < 0 || int(i) > last {
			return noWord
		}
		return ws[i]
	}
	lab := func(i int32) uint64 {
		if i < 0 || c.lab[i] < 0 {
			return hNone
		}
		return uint64(c.lab[i]) + 16
	}
	s0i := int32(c.s0())
	var s1i int32 = -1
	if len(c.stack) > 1 {
		s1i = c.stack[len(c.stack)-2]
	}
	n0i := int32(-1)
	if c.b <= last {
		n0i = int32(c.b)
	}
	n1i, n2i := int32(-1), int32(-1)
	if c.b+1 <= last {
		n1i = int32(c.b + 1)
	}
	if c.b+2 <= last {
		n2i = int32(c.b + 2)
	}
	s0, n0, n1, n2, s1 := get(s0i), get(n0i), get(n1i), get(n2i), get(s1i)
	var s0hi, s0h2i int32 = -1, -1
	if c.head[s0i] >= 0 {
		s0hi = c.head[s0i]
		if c.head[s0hi] >= 0 {
			s0h2i = c.head[s0hi]
		}
	}
	s0h, s0h2 := get(s0hi), get(s0h2i)
	s0l, s0l2, s0r, s0r2 := get(c.l1[s0i]), get(c.l2[s0i]), get(c.r1[s0i]), get(c.r2[s0i])
	var n0l, n0l2 word = noWord, noWord
	var n0ll, n0l2l uint64 = hNone, hNone
	var n0vl, n0sl uint64 = hNone, hNone
	if n0i >= 0 {
		n0l, n0l2 = get(c.l1[n0i]), get(c.l2[n0i])
		n0ll, n0l2l = lab(c.l1[n0i]), lab(c.l2[n0i])
		n0vl, n0sl = uint64(c.nl[n0i])+16, c.ls[n0i]+16
	}
	d := uint64(hNone)
	if n0i >= 0 {
		dd := int(n0i - s0i)
		if s0i == 0 {
			dd = 0
		}
		if dd > 5 {
			dd = 5
			if int(n0i-s0i) > 10 {
				dd = 6
			}
		}
		d = uint64(dd) + 16
	}
	s0vl, s0vr := uint64(c.nl[s0i])+16, uint64(c.nr[s0i])+16
	s0sl, s0sr := c.ls[s0i]+16, c.rs[s0i]+16
	s0lab := lab(s0i)

	// single words
	dst[0] = h1(0, s0.w)
	dst[1] = h1(1, s0.p)
	dst[2] = h2(2, s0.w, s0.x)
	dst[3] = h1(3, n0.w)
	dst[4] = h1(4, n0.p)
	dst[5] = h2(5, n0.w, n0.x)
	dst[6] = h1(6, n1.w)
	dst[7] = h1(7, n1.p)
	dst[8] = h2(8, n1.w, n1.x)
	dst[9] = h1(9, n2.p)
	// pairs
	dst[10] = h4(10, s0.w, s0.x, n0.w, n0.x)
	dst[11] = h3(11, s0.w, s0.x, n0.x)
	dst[12] = h3(12, s0.x, n0.w, n0.x)
	dst[13] = h2(13, s0.w, n0.w)
	dst[14] = h2(14, s0.x, n0.x)
	dst[15] = h2(15, n0.x, n1.x)
	// triples
	dst[16] = h3(16, n0.x, n1.x, n2.x)
	dst[17] = h3(17, s0.x, n0.x, n1.x)
	dst[18] = h3(18, s0h.x, s0.x, n0.x)
	dst[19] = h3(19, s0.x, s0l.x, n0.x)
	dst[20] = h3(20, s0.x, s0r.x, n0.x)
	dst[21] = h3(21, s0.x, n0.x, n0l.x)
	// distance
	dst[22] = h2(22, s0.x, d)
	dst[23] = h2(23, n0.x, d)
	dst[24] = h3(24, s0.x, n0.x, d)
	// valency
	dst[25] = h2(25, s0.x, s0vr)
	dst[26] = h2(26, s0.x, s0vl)
	dst[27] = h2(27, n0.x, n0vl)
	// unigrams of the neighbourhood
	dst[28] = h1(28, s0h.x)
	dst[29] = h1(29, s0lab)
	dst[30] = h1(30, s0l.x)
	dst[31] = h1(31, lab(c.l1[s0i]))
	dst[32] = h1(32, s0r.x)
	dst[33] = h1(33, lab(c.r1[s0i]))
	dst[34] = h1(34, n0l.x)
	dst[35] = h1(35, n0ll)
	// third order
	dst[36] = h3(36, s0.x, s0l.x, s0l2.x)
	dst[37] = h3(37, s0.x, s0r.x, s0r2.x)
	dst[38] = h3(38, s0.x, s0h.x, s0h2.x)
	dst[39] = h3(39, n0.x, n0l.x, n0l2.x)
	// label sets
	dst[40] = h2(40, s0.x, s0sr)
	dst[41] = h2(41, s0.x, s0sl)
	dst[42] = h2(42, n0.x, n0sl)
	// extras: second stack item, suffixes, coarse tags, arc state
	dst[43] = h1(43, s1.x)
	dst[44] = h3(44, s1.x, s0.x, n0.x)
	dst[45] = h1(45, n0.suf)
	dst[46] = h1(46, s0.suf)
	dst[47] = h3(47, s0.x, s0lab, n0.x)
	dst[48] = h3(48, n0.x, n0vl, n0ll)
	dst[49] = biasFeature
	n := nBase
	if fs.clus {
		f := dst[n : n+nClus]
		f[0] = h1(100, s0.c)
		f[1] = h1(101, n0.c)
		f[2] = h1(102, n1.c)
		f[3] = h2(103, s0.c, n0.c)
		f[4] = h2(104, s0.c, n0.x)
		f[5] = h2(105, s0.x, n0.c)
		f[6] = h3(106, s0.c, n0.c, d)
		f[7] = h2(107, n0.c, n1.c)
		f[8] = h2(108, s0h.c, s0.c)
		f[9] = h2(109, s1.c, s0.c)
		f[10] = h2(110, n0.c, n0.x)
		f[11] = h2(111, s0.c, s0.x)
		n += nClus
	}
	if fs.clause {
		// a finite verb already in the clause before n0 or s0 (Dutch
		// main and subordinate clause order), punctuation between them
		pb := uint64(16)
		if n0i >= 0 && s0i > 0 && ws[n0i].pc-ws[s0i].pc > 0 {
			pb = 17
		}
		f := dst[n : n+nClause]
		f[0] = h3(120, n0.x, n0.fin, s0.x)
		f[1] = h3(121, s0.x, s0.fin, n0.x)
		f[2] = h3(122, s0.x, n0.x, pb)
		f[3] = h2(123, n0.x, n0.fin)
		n += nClause
	}
	if fs.attach {
		// Prepositional phrases: in UD the preposition is the phrase
		// head's leftmost dependent (case), known before the phrase is
		// attached; the candidate head's word with it is the lexical
		// preference (vroeg om, man met). A verb still to come in the
		// clause is the other candidate for n0.
		prep := func(i int32) uint64 {
			if i < 0 {
				return hNone
			}
			if l := c.l1[i]; l >= 0 && fs.caseLab >= 0 && c.lab[l] == fs.caseLab {
				return ws[l].w
			}
			return hNone
		}
		// Only configurations with a prepositional phrase at n0 or s0
		// get the lexical templates: they are a minority, and each
		// lookup costs (the joint rows carry relation weights).
		n0p, s0p := prep(n0i), prep(s0i)
		dst[n] = h3(134, s0.x, n0.x, n0.nvx)
		n++
		if n0p != hNone {
			dst[n] = h3(130, s0.w, n0p, n0.x)
			dst[n+1] = h3(131, s0.x, n0p, n0.w)
			dst[n+2] = h3(132, s0h.w, s0.x, n0p)
			dst[n+3] = h3(133, n0.nvw, n0p, s0.x)
			n += 4
		}
		if s0p != hNone {
			dst[n] = h3(135, n0.w, s0p, s0.x)
			n++
		}
	}
	if !fs.ext {
		return n
	}
	e := dst[n : n+nExt]
	// extended set: more words, third-order labels, stack size
	e[0] = h1(50, n2.w)
	e[1] = h3(51, s0.w, s0.x, n0.w)
	e[2] = h3(52, s0.w, n0.w, n0.x)
	e[3] = h2(53, s0.w, d)
	e[4] = h2(54, n0.w, d)
	e[5] = h3(55, s0.w, n0.w, d)
	e[6] = h1(56, s0h.w)
	e[7] = h1(57, s0l.w)
	e[8] = h1(58, s0r.w)
	e[9] = h1(59, n0l.w)
	e[10] = h1(60, s0h2.x)
	e[11] = h1(61, lab(s0hi))
	e[12] = h1(62, s0l2.x)
	e[13] = h1(63, lab(c.l2[s0i]))
	e[14] = h1(64, s0r2.x)
	e[15] = h1(65, lab(c.r2[s0i]))
	e[16] = h1(66, n0l2.x)
	e[17] = h1(67, n0l2l)
	e[18] = h1(68, s1.w)
	e[19] = h2(69, n0.suf, s0.x)
	e[20] = h2(70, s0.suf, n0.x)
	e[21] = h2(71, n0.w, n1.w)
	e[22] = h2(72, s0.w, s0lab)
	e[23] = h1(73, uint64(len(c.stack))+16)
	return n + nExt
}

// biasFeature is the constant transition feature, features()[nBase-1].
var biasFeature = h1(49, 0)

func tseed(t int) uint64 { return uint64(t+1) * 0x2545F4914F6CDD1D }

func h1(t int, a uint64) uint64          { return mix(tseed(t), a) }
func h2(t int, a, b uint64) uint64       { return mix(mix(tseed(t), a), b) }
func h3(t int, a, b, c uint64) uint64    { return mix(mix(mix(tseed(t), a), b), c) }
func h4(t int, a, b, c, d uint64) uint64 { return mix(mix(mix(mix(tseed(t), a), b), c), d) }

// Arc labels use nLabBase features, and nLabClus more with clusters.
const (
	nLabBase = 26
	nLabClus = 5
	nLabFeat = nLabBase + nLabClus
)

// labelFeatures computes the features for labelling the arc h -> d: the two
// words, direction and distance, and the dependents each already has.
func labelFeatures(dst *[nLabFeat]uint64, c *config, ws []word, h, d int, clus bool) int {
	hw, dw := ws[h], ws[d]
	dir := uint64(17)
	if h > d {
		dir = 18
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	switch {
	case dist > 10:
		dist = 7
	case dist > 5:
		dist = 6
	case dist > 3:
		dist = 5
	}
	dd := uint64(dist) + 16
	nb := func(i int) word {
		if i < 1 || i > c.n {
			return noWord
		}
		return ws[i]
	}
	next, prev := nb(d+1), nb(d-1)
	lab := func(i int32) uint64 {
		if i < 0 || c.lab[i] < 0 {
			return hNone
		}
		return uint64(c.lab[i]) + 16
	}
	hl := lab(int32(h))
	hls := c.ls[h] | c.rs[h]<<1 + 16
	dls, drs := c.ls[d]+16, c.rs[d]+16
	nk := uint64(c.nl[d]+c.nr[d]) + 16
	var dlx uint64 = hNone
	if c.l1[d] >= 0 {
		dlx = ws[c.l1[d]].x
	}
	first := uint64(16)
	if d == 1 {
		first = 17
	}
	const o = 1000 // template ids apart from the transition features
	dst[0] = h2(o+0, dw.w, dir)
	dst[1] = h2(o+1, dw.x, dir)
	dst[2] = h2(o+2, hw.w, dir)
	dst[3] = h2(o+3, hw.x, dir)
	dst[4] = h3(o+4, dw.x, hw.x, dir)
	dst[5] = h3(o+5, dw.w, hw.x, dir)
	dst[6] = h3(o+6, dw.x, hw.w, dir)
	dst[7] = h3(o+7, dw.w, hw.w, dir)
	dst[8] = h4(o+8, dw.x, hw.x, dir, dd)
	dst[9] = h3(o+9, dw.suf, hw.x, dir)
	dst[10] = h3(o+10, hw.suf, dw.x, dir)
	dst[11] = h3(o+11, dw.x, dls, dir)
	dst[12] = h3(o+12, dw.x, drs, dir)
	dst[13] = h4(o+13, dw.x, hw.x, next.x, dir)
	dst[14] = h4(o+14, dw.x, hw.x, prev.x, dir)
	dst[15] = h3(o+15, hw.x, hl, dir)
	dst[16] = h4(o+16, dw.x, hw.x, hl, dir)
	dst[17] = h4(o+17, dw.x, hw.x, hls, dir)
	dst[18] = h3(o+18, dw.x, nk, dir)
	dst[19] = h4(o+19, dw.x, lab(c.l1[d]), lab(c.r1[d]), dir)
	dst[20] = h1(o+20, dir)
	dst[21] = h4(o+21, dw.w, dw.x, hw.x, dir)
	dst[22] = h4(o+22, dw.w, hw.w, dw.x, hw.x)
	dst[23] = h3(o+23, dw.p, hw.p, dir)
	dst[24] = h3(o+24, dw.x, dlx, dir)
	dst[25] = h4(o+25, dw.x, hw.x, first, dir)
	if !clus {
		return nLabBase
	}
	f := dst[nLabBase:]
	f[0] = h2(o+100, dw.c, dir)
	f[1] = h2(o+101, hw.c, dir)
	f[2] = h3(o+102, dw.c, hw.c, dir)
	f[3] = h3(o+103, dw.c, hw.x, dir)
	f[4] = h3(o+104, dw.x, hw.c, dir)
	return nLabFeat
}
