package parse

import (
	"math/rand"
	"strings"
)

// featVerbForm returns the verb form of a verb or auxiliary from its FEATS
// ("Fin", "Inf", "Part"), or "" for other words.
func featVerbForm(upos, feats string) string {
	if upos != "VERB" && upos != "AUX" {
		return ""
	}
	i := strings.Index(feats, "VerbForm=")
	if i < 0 {
		return ""
	}
	v := feats[i+len("VerbForm="):]
	if j := strings.IndexByte(v, '|'); j >= 0 {
		v = v[:j]
	}
	return v
}

// goldSubtags returns the tag refinements of s from its FEATS.
func goldSubtags(s Sentence) []string {
	sub := make([]string, len(s.Forms))
	for i := range sub {
		sub[i] = featVerbForm(at(s.UPOS, i), at(s.Feats, i))
	}
	return sub
}

// vfClasses are the verb forms a VForm model predicts; their classes
// follow the labels' (nActs+len(Labels)+k).
var vfClasses = [...]string{"Fin", "Inf", "Part"}

const nVFFeat = 18

// vfFeatures computes the features for the verb form of word i (lower-case
// forms lw): its affixes, where a ge- sits, the words and tags around it,
// te before it and the verbs before and after it in its stretch between
// punctuation (Dutch verb clusters: one finite verb, the rest infinitives
// and participles).
func vfFeatures(dst *[nVFFeat]uint64, lw, upos []string, i int) int {
	w := lw[i]
	get := func(j int) (string, string) {
		if j < 0 || j >= len(lw) {
			return "<s>", "<s>"
		}
		return lw[j], upos[j]
	}
	pw, pu := get(i - 1)
	ppw, _ := get(i - 2)
	nw, nu := get(i + 1)
	ge := -1
	if k := strings.Index(w, "ge"); k >= 0 && k <= 6 && len(w) > k+3 {
		ge = k
	}
	te := uint64(16)
	if pw == "te" || ppw == "te" {
		te = 17
	}
	before, after := 0, 0
	for j := i - 1; j >= 0 && upos[j] != "PUNCT"; j-- {
		if upos[j] == "VERB" || upos[j] == "AUX" {
			before++
		}
	}
	for j := i + 1; j < len(lw) && upos[j] != "PUNCT"; j++ {
		if upos[j] == "VERB" || upos[j] == "AUX" {
			after++
		}
	}
	before, after = min(before, 3), min(after, 3)
	const o = 2000
	u := hashString(2, upos[i])
	dst[0] = h1(o+0, hashString(1, w))
	dst[1] = h2(o+1, hashString(4, suffix(w, 1)), u)
	dst[2] = h2(o+2, hashString(4, suffix(w, 2)), u)
	dst[3] = h2(o+3, hashString(4, suffix(w, 3)), u)
	dst[4] = h1(o+4, hashString(4, suffix(w, 4)))
	dst[5] = h1(o+5, hashString(6, prefix(w, 2)))
	dst[6] = h3(o+6, uint64(ge+20), hashString(4, suffix(w, 1)), u)
	dst[7] = h1(o+7, u)
	dst[8] = h1(o+8, hashString(1, pw))
	dst[9] = h2(o+9, hashString(2, pu), u)
	dst[10] = h2(o+10, hashString(2, nu), u)
	dst[11] = h1(o+11, hashString(1, nw))
	dst[12] = h3(o+12, uint64(before+16), uint64(after+16), u)
	dst[13] = h2(o+13, te, hashString(4, suffix(w, 2)))
	dst[14] = h3(o+14, hashString(2, nu), hashString(4, suffix(w, 2)), u)
	dst[15] = h3(o+15, uint64(before+16), hashString(4, suffix(w, 2)), u)
	dst[16] = h3(o+16, hashString(1, pw), hashString(4, suffix(w, 2)), u)
	dst[17] = h1(o+17, 0)
	return nVFFeat
}

func prefix(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// verbForms predicts the verb form of each verb and auxiliary.
func (p *Parser) verbForms(forms, upos []string) []string {
	m := p.m
	p.lw = p.lw[:0]
	for _, f := range forms {
		p.lw = append(p.lw, normWord(f))
	}
	if len(upos) < len(forms) {
		up := make([]string, len(forms))
		copy(up, upos)
		upos = up
	}
	sub := p.sub[:0]
	base := nActs + len(m.Labels)
	for i := range forms {
		vf := ""
		if u := upos[i]; u == "VERB" || u == "AUX" {
			nf := vfFeatures(&p.vf, p.lw, upos, i)
			m.score(p.vf[:nf], &p.scores, &p.sink)
			best := 0
			for k := 1; k < len(vfClasses); k++ {
				if p.scores[base+k] > p.scores[base+best] {
					best = k
				}
			}
			vf = vfClasses[best]
		}
		sub = append(sub, vf)
	}
	p.sub = sub
	return sub
}

// trainVerbForms trains the verb-form classifier on the gold verb forms of
// sents (an averaged perceptron) and adds its weights to merged.
func trainVerbForms(sents []Sentence, base int, epochs int, seed int64, merged map[uint32]map[uint16]float32) (acc float64) {
	type ex struct {
		s, i, cls int
	}
	var exs []ex
	lws := make([][]string, len(sents))
	for si, s := range sents {
		for i := range s.Forms {
			vf := featVerbForm(at(s.UPOS, i), at(s.Feats, i))
			for k, c := range vfClasses {
				if vf == c {
					exs = append(exs, ex{si, i, k})
				}
			}
		}
	}
	for _, e := range exs {
		if lws[e.s] == nil {
			for _, f := range sents[e.s].Forms {
				lws[e.s] = append(lws[e.s], normWord(f))
			}
		}
	}
	t := &trainer{idx: map[uint64]int32{}}
	rng := rand.New(rand.NewSource(seed))
	var fs [nVFFeat]uint64
	var scores [256]float32
	right := 0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		right = 0
		for _, e := range exs {
			t.now++
			fv := fs[:vfFeatures(&fs, lws[e.s], sents[e.s].UPOS, e.i)]
			t.score(fv, &scores)
			best := 0
			for k := 1; k < len(vfClasses); k++ {
				if scores[base+k] > scores[base+best] {
					best = k
				}
			}
			if best == e.cls {
				right++
				continue
			}
			t.update(fv, base+e.cls, 1)
			t.update(fv, base+best, -1)
		}
	}
	t.addAveraged(merged, 1)
	return float64(right) / float64(max(len(exs), 1))
}

// VerbFormAccuracy returns how many of the sents' verbs and auxiliaries (by
// their given tags) a VForm model gives the verb form of their FEATS, and
// how many there are.
func VerbFormAccuracy(m *Model, sents []Sentence) (right, total int) {
	if !m.VForm {
		return 0, 0
	}
	p := NewParser(m)
	for _, s := range sents {
		sub := p.verbForms(s.Forms, s.UPOS)
		for i, g := range goldSubtags(s) {
			if g == "" || sub[i] == "" {
				continue
			}
			total++
			if g == sub[i] {
				right++
			}
		}
	}
	return right, total
}
