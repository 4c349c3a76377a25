package parse

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"kroniek/internal/conllu"
)

// ReadCoNLLUv1 reads a Dutch UD v1 treebank (the old LassySmall release) and
// converts each sentence to UD v2 conventions with ConvertV1.
func ReadCoNLLUv1(r io.Reader) ([]Sentence, error) {
	ss, err := conllu.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read conllu v1: %w", err)
	}
	out := make([]Sentence, 0, len(ss))
	for _, s := range ss {
		out = append(out, ConvertV1(s))
	}
	return out, nil
}

// v1Aux are the Dutch verbs that UD v2 LassySmall annotates as auxiliaries
// and v1 made the head of the clause (main verb as xcomp or ccomp).
var v1Aux = map[string]string{
	"hebben": "Part", "zijn": "Part", "worden": "Part",
	"zullen": "Inf", "kunnen": "Inf", "moeten": "Inf", "mogen": "Inf",
}

// v1Clausal are the relations a v1 nominal predicate passes on to the verb
// when it stops being a copula.
var v1Clausal = map[string]bool{
	"nsubj": true, "nsubj:pass": true, "csubj": true, "punct": true, "advmod": true, "aux": true,
	"aux:pass": true, "mark": true, "parataxis": true, "advcl": true, "expl": true, "iobj": true,
	"dobj": true, "ccomp": true, "neg": true, "cop": true,
}

// v1Poss are possessive determiners, PRON with nmod:poss in v2.
var v1Poss = map[string]bool{
	"zijn": true, "hun": true, "mijn": true, "haar": true, "jouw": true, "ons": true,
	"onze": true, "uw": true, "je": true, "z'n": true, "m'n": true, "hum": true, "jullie": true,
}

// ConvertV1 maps a Dutch UD v1 sentence to UD v2: auxiliaries that head their
// main verb become its aux (aux:pass for passive worden) and hand over all
// their dependents, relations are renamed (dobj→obj, name→flat, mwe→fixed,
// neg→advmod, nmod under predicates→obl), punctuation moves from the root
// to its phrase (fixPunct) and v1 tags are renamed (CONJ→CCONJ,
// PART→ADP or SCONJ, possessive DET→PRON). The rules are deterministic;
// words they do not cover keep their v1 annotation.
func ConvertV1(s *conllu.Sentence) Sentence {
	var out Sentence
	var lemma, feats []string
	for _, i := range s.Words() {
		t := &s.Tokens[i]
		h, err := strconv.Atoi(t.Head)
		if err != nil {
			h = -1
		}
		out.Forms = append(out.Forms, t.Form)
		out.UPOS = append(out.UPOS, t.UPOS)
		out.XPOS = append(out.XPOS, t.XPOS)
		out.Heads = append(out.Heads, h)
		out.Deprels = append(out.Deprels, t.Deprel)
		lemma = append(lemma, strings.ToLower(t.Lemma))
		feats = append(feats, t.Feats)
	}
	n := len(out.Forms)
	for _, h := range out.Heads {
		if h < 0 || h > n {
			return out // malformed: Train skips it
		}
	}
	hasTe := func(v int) bool {
		for j := 0; j < n; j++ {
			if out.Heads[j] == v+1 && out.Deprels[j] == "mark" && lemma[j] == "te" {
				return true
			}
		}
		return false
	}
	// Promote main verbs until no auxiliary heads a verb; each step removes
	// one auxiliary head, so this ends.
	for changed := true; changed; {
		changed = false
		for a := 0; a < n && !changed; a++ {
			form, ok := v1Aux[lemma[a]]
			if !ok || out.Deprels[a] == "cop" || (out.UPOS[a] != "VERB" && out.UPOS[a] != "AUX") {
				continue
			}
			v := -1
			for j := 0; j < n; j++ {
				if out.Heads[j] != a+1 || out.UPOS[j] != "VERB" {
					continue
				}
				if d := out.Deprels[j]; d != "xcomp" && d != "ccomp" {
					continue
				}
				vf := feats[j]
				if !strings.Contains(vf, "VerbForm=Part") && !strings.Contains(vf, "VerbForm=Inf") {
					continue
				}
				if form == "Inf" && !strings.Contains(vf, "VerbForm=Inf") {
					continue
				}
				if hasTe(j) {
					continue
				}
				if v < 0 || abs(j-a) < abs(v-a) {
					v = j
				}
			}
			if v < 0 {
				continue
			}
			passive := lemma[a] == "worden" && strings.Contains(feats[v], "VerbForm=Part")
			out.Heads[v], out.Deprels[v] = out.Heads[a], out.Deprels[a]
			out.Heads[a], out.UPOS[a] = v+1, "AUX"
			out.Deprels[a] = "aux"
			if passive {
				out.Deprels[a] = "aux:pass"
			}
			for j := 0; j < n; j++ {
				if out.Heads[j] == a+1 && j != v {
					out.Heads[j] = v + 1
				}
			}
			if passive {
				for j := 0; j < n; j++ {
					if out.Heads[j] == v+1 && out.Deprels[j] == "nsubj" {
						out.Deprels[j] = "nsubj:pass"
					}
				}
			}
			changed = true
		}
	}
	// Only zijn is a copula in v2: worden, blijven, heten... head the clause
	// with the predicate as xcomp and take its clause-level dependents.
	for c := 0; c < n; c++ {
		if out.Deprels[c] != "cop" || lemma[c] == "zijn" || out.Heads[c] == 0 {
			continue
		}
		p := out.Heads[c] - 1
		out.Heads[c], out.Deprels[c], out.UPOS[c] = out.Heads[p], out.Deprels[p], "VERB"
		out.Heads[p], out.Deprels[p] = c+1, "xcomp"
		for j := 0; j < n; j++ {
			if out.Heads[j] == p+1 && v1Clausal[out.Deprels[j]] {
				out.Heads[j] = c + 1
			}
		}
	}
	// v1 hangs a coordinating conjunction on the first conjunct, v2 on the
	// conjunct that follows it.
	for i := 0; i < n; i++ {
		if out.Deprels[i] != "cc" || out.Heads[i] == 0 {
			continue
		}
		h := out.Heads[i]
		for j := i + 1; j < n; j++ {
			if out.Heads[j] == h && out.Deprels[j] == "conj" {
				out.Heads[i] = j + 1
				break
			}
		}
	}
	fixPunct(out.Heads, out.Deprels, out.Forms)
	out.Feats = feats
	v1CopulaForms(out, lemma)
	for i := 0; i < n; i++ {
		switch out.UPOS[i] {
		case "CONJ":
			out.UPOS[i] = "CCONJ"
		case "PART":
			if lemma[i] == "als" {
				out.UPOS[i] = "SCONJ"
			} else {
				out.UPOS[i] = "ADP"
			}
		case "DET":
			if out.Deprels[i] == "det" && v1Poss[lemma[i]] {
				out.UPOS[i], out.Deprels[i] = "PRON", "nmod:poss"
			}
		}
		head := ""
		if h := out.Heads[i]; h > 0 {
			head = out.UPOS[h-1]
		}
		switch out.Deprels[i] {
		case "dobj":
			out.Deprels[i] = "obj"
		case "name":
			out.Deprels[i] = "flat"
		case "mwe":
			// v2 keeps fixed for function-word expressions; names,
			// titles and dates became flat.
			out.Deprels[i] = "flat"
			switch head {
			case "ADP", "ADV", "SCONJ", "CCONJ", "PRON":
				out.Deprels[i] = "fixed"
			}
		case "nummod":
			// v2 tags ordinals (eerste, 20e, negentiende) ADJ amod.
			if f := strings.ToLower(out.Forms[i]); out.UPOS[i] == "NUM" && (strings.HasSuffix(f, "ste") ||
				strings.HasSuffix(f, "de") || (strings.HasSuffix(f, "e") && f[0] >= '0' && f[0] <= '9')) {
				out.UPOS[i], out.Deprels[i] = "ADJ", "amod"
			}
		case "ccomp":
			if head == "NOUN" || head == "PROPN" {
				out.Deprels[i] = "acl"
			}
		case "amod":
			// v2 calls adjectives modifying predicates advmod.
			if head == "VERB" || head == "ADJ" {
				out.Deprels[i] = "advmod"
			}
		case "advmod":
			if (head == "NOUN" || head == "PROPN") && (out.UPOS[i] == "ADV" || out.UPOS[i] == "VERB") {
				out.Deprels[i] = "amod"
			}
		case "neg":
			out.Deprels[i] = "advmod"
		case "nsubjpass":
			out.Deprels[i] = "nsubj:pass"
		case "csubjpass":
			out.Deprels[i] = "csubj:pass"
		case "auxpass":
			out.Deprels[i] = "aux:pass"
		case "compound":
			if out.UPOS[i] == "ADP" && (head == "VERB" || head == "AUX") {
				out.Deprels[i] = "compound:prt"
			}
		case "nmod":
			switch head {
			case "VERB", "AUX", "ADJ", "ADV":
				out.Deprels[i] = "obl"
			}
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var punctPairs = map[string]string{"(": ")", "[": "]", "«": "»", "\"": "\"", "“": "”", "‘": "’", "'": "'", "„": "”"}

// fixPunct reattaches punctuation the v2 way: v1 hangs every mark on the
// root, v2 on the head of the phrase it belongs to. Paired marks go to the
// one word of the enclosed span whose head lies outside it. Other marks look
// at the path from the word before up while it stays left (L) and the same
// on the right (R): when R's top hangs on L, the mark belongs to the right
// phrase (a comma before a conjunct or a clause) and goes to R's top, when L's
// top hangs on R to L's top, otherwise to the higher of the two.
func fixPunct(heads []int, deprels []string, forms []string) {
	repunct(heads, deprels, forms, make([]bool, len(heads)))
}

// fixParsedPunct is fixPunct for a parser's tree, where a mark may have
// dependents: such a mark stays where it is, since moving it could close a
// cycle. A mark without dependents can hang on any other word.
func fixParsedPunct(heads []int, deprels []string, forms []string) {
	keep := make([]bool, len(heads))
	for _, h := range heads {
		if h > 0 && h <= len(heads) {
			keep[h-1] = true
		}
	}
	repunct(heads, deprels, forms, keep)
}

// repunct is fixPunct leaving the marks already done alone.
func repunct(heads []int, deprels []string, forms []string, done []bool) {
	n := len(heads)
	isP := func(i int) bool { return deprels[i] == "punct" }
	depth := func(i int) int {
		d := 0
		for h := heads[i]; h > 0 && d <= n; h = heads[h-1] {
			d++
		}
		return d
	}
	for o := 0; o < n; o++ {
		cl, ok := punctPairs[forms[o]]
		if !isP(o) || done[o] || !ok {
			continue
		}
		c := -1
		for j := o + 1; j < n; j++ {
			if forms[j] == cl && isP(j) && !done[j] {
				c = j
				break
			}
		}
		if c < 0 {
			continue
		}
		top := -1
		for j := o + 1; j < c; j++ {
			if isP(j) {
				continue
			}
			if h := heads[j] - 1; h < o+1 || h >= c {
				if top >= 0 {
					top = -2
					break
				}
				top = j
			}
		}
		if top >= 0 {
			heads[o], heads[c] = top+1, top+1
			done[o], done[c] = true, true
		}
	}
	for p := 0; p < n; p++ {
		if !isP(p) || done[p] {
			continue
		}
		var lp, rp []int
		for j := p - 1; j >= 0; j-- {
			if !isP(j) {
				lp = append(lp, j)
				break
			}
		}
		for j := p + 1; j < n; j++ {
			if !isP(j) {
				rp = append(rp, j)
				break
			}
		}
		for len(lp) > 0 && len(lp) <= n {
			x := lp[len(lp)-1]
			if heads[x] == 0 || heads[x]-1 > p {
				break
			}
			lp = append(lp, heads[x]-1)
		}
		for len(rp) > 0 && len(rp) <= n {
			x := rp[len(rp)-1]
			if heads[x] == 0 || heads[x]-1 < p {
				break
			}
			rp = append(rp, heads[x]-1)
		}
		in := func(path []int, x int) bool {
			for _, y := range path {
				if y == x {
					return true
				}
			}
			return false
		}
		var h int
		switch {
		case len(lp) == 0 && len(rp) == 0:
			continue
		case len(lp) == 0:
			h = rp[len(rp)-1]
		case len(rp) == 0:
			h = lp[len(lp)-1]
		default:
			l, r := lp[len(lp)-1], rp[len(rp)-1]
			switch {
			case in(lp, heads[r]-1):
				h = r
			case in(rp, heads[l]-1):
				h = l
			case depth(l) <= depth(r):
				h = l
			default:
				h = r
			}
		}
		heads[p] = h + 1
	}
}

// v1CopulaForms gives the v1 copulas, which have no FEATS, a verb form:
// participle for ge- forms of another lemma (geweest), infinitive for the
// lemma's own form after te or beside a finite verb of the same clause,
// finite otherwise.
func v1CopulaForms(s Sentence, lemma []string) {
	for i, f := range s.Feats {
		if s.UPOS[i] != "AUX" || strings.Contains(f, "VerbForm=") {
			continue
		}
		form := strings.ToLower(s.Forms[i])
		vf := "Fin"
		switch {
		case strings.HasPrefix(form, "ge") && !strings.HasPrefix(lemma[i], "ge"):
			vf = "Part"
		case form == lemma[i]:
			if i > 0 && strings.ToLower(s.Forms[i-1]) == "te" {
				vf = "Inf"
				break
			}
			for j := 0; j < i; j++ {
				if (s.Heads[j] == s.Heads[i] || s.Heads[i] == j+1 || s.Heads[j] == i+1) && strings.Contains(s.Feats[j], "VerbForm=Fin") {
					vf = "Inf"
				}
			}
		}
		if f == "_" || f == "" {
			s.Feats[i] = "VerbForm=" + vf
		} else {
			s.Feats[i] = f + "|VerbForm=" + vf
		}
	}
}
