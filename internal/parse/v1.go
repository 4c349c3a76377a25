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

// v1Quant are the quantifier lemmas v1 tags PRON nmod and v2 ADV advmod
// (amod on a noun).
var v1Quant = map[string]bool{"veel": true, "weinig": true, "teveel": true}

// v1PredVerbs take an adjective predicate of their object or subject
// (maakte het beter, bleek ziek), xcomp in v2 LassySmall.
var v1PredVerbs = map[string]bool{
	"maken": true, "stellen": true, "achten": true, "verklaren": true, "vinden": true,
	"raken": true, "blijken": true, "blijven": true,
}

// v1ZichObj are the verbs whose zich v2 LassySmall calls obj (a real
// object: zich noemen, zich laten); every other zich object is expl:pv.
var v1ZichObj = map[string]bool{
	"trekken": true, "terugtrekken": true, "onthouden": true, "noemen": true, "laten": true,
	"houden": true, "bezighouden": true, "verzekeren": true, "verstoppen": true, "vermaken": true,
	"verfrissen": true, "vatten": true, "roepen": true, "uitroepen": true, "steunen": true,
	"inspinnen": true, "inschrijven": true, "handhaven": true, "draaien": true,
	"splitsen": true, "afsplitsen": true, "verschaffen": true,
}

// v1ZijnVerbs are the verbs whose participle takes zijn as a plain
// auxiliary in v2 LassySmall (is gekomen, is gestorven); after any other
// participle zijn is aux:pass. Separable verbs match by their last part
// (binnenkomen, uitgroeien).
var v1ZijnVerbs = []string{
	"springen", "beginnen", "belanden", "betrekken", "bewegen", "dringen", "komen", "blijven",
	"breken", "dalen", "gaan", "gebeuren", "groeien", "kruipen", "lopen", "raken", "lukken",
	"ontsnappen", "ontstaan", "schitteren", "sterven", "stijgen", "stoppen", "trouwen",
	"kristalliseren", "vallen", "verschijnen", "verwateren", "worden", "zijn",
}

func v1Unaccusative(lemma string) bool {
	lemma = strings.ReplaceAll(lemma, "_", "")
	for _, v := range v1ZijnVerbs {
		if strings.HasSuffix(lemma, v) {
			return true
		}
	}
	return false
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
// PART→ADP or SCONJ, possessive DET→PRON). Where v1's label does not
// decide the v2 one, the word's dependents do (a copula makes a predicate, a
// determiner a nominalised head, te without a subject an xcomp); the few word
// lists come from the UD 2 LassySmall files. The rules are deterministic;
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
	// v1 tags geboren after worden or zijn as an adjective predicate; v2 makes
	// it the passive participle that heads the clause.
	for j := 0; j < n; j++ {
		if h := out.Heads[j]; h > 0 && lemma[j] == "geboren" && out.UPOS[j] == "ADJ" &&
			(out.Deprels[j] == "xcomp" || out.Deprels[j] == "ccomp") && (lemma[h-1] == "worden" || lemma[h-1] == "zijn") {
			out.UPOS[j] = "VERB"
			feats[j] = addFeat(feats[j], "VerbForm=Part")
		}
	}
	// Only zijn is a copula in v2: worden, blijven, heten... head the clause
	// with the predicate as xcomp and take its clause-level dependents,
	// including the prepositional phrases before the predicate (a noun's own
	// PPs follow it). This runs before the auxiliaries are promoted, so that
	// "zou ... worden" and "is ... geworden" end up with worden as the head.
	for c := 0; c < n; c++ {
		if out.Deprels[c] != "cop" || lemma[c] == "zijn" || out.Heads[c] == 0 {
			continue
		}
		p := out.Heads[c] - 1
		out.Heads[c], out.Deprels[c], out.UPOS[c] = out.Heads[p], out.Deprels[p], "VERB"
		out.Heads[p], out.Deprels[p] = c+1, "xcomp"
		for j := 0; j < n; j++ {
			if out.Heads[j] == p+1 && (v1Clausal[out.Deprels[j]] || (out.Deprels[j] == "nmod" && j < p)) {
				out.Heads[j] = c + 1
			}
		}
		if !strings.Contains(feats[c], "VerbForm=") {
			feats[c] = addFeat(feats[c], "VerbForm="+v1VerbForm(out.Forms, out.Heads, feats, lemma, c))
		}
	}
	// predCopForm is the verb form of predicate p's copula ("" without one):
	// v1 copulas have no FEATS, so it goes by the form (geweest, zijn).
	predCopForm := func(p int) string {
		for j := 0; j < n; j++ {
			if out.Heads[j] != p+1 || out.Deprels[j] != "cop" {
				continue
			}
			switch f := strings.ToLower(out.Forms[j]); {
			case f == lemma[j]:
				return "VerbForm=Inf"
			case strings.HasPrefix(f, "ge") && !strings.HasPrefix(lemma[j], "ge"):
				return "VerbForm=Part"
			}
		}
		return ""
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
				if out.Heads[j] != a+1 {
					continue
				}
				if d := out.Deprels[j]; d != "xcomp" && d != "ccomp" {
					continue
				}
				vf := feats[j]
				if out.UPOS[j] != "VERB" {
					// A predicate with its own copula (was ...
					// geweest, zou ... zijn) heads the clause in v2.
					if vf = predCopForm(j); vf == "" {
						continue
					}
				}
				if !strings.Contains(vf, "VerbForm=Part") && !strings.Contains(vf, "VerbForm=Inf") {
					continue
				}
				if form == "Inf" && !strings.Contains(vf, "VerbForm=Inf") {
					continue
				}
				if hasTe(j) && lemma[a] != "zijn" {
					// zijn is the auxiliary of a te-infinitive in v2
					// (is te zien); other verbs govern it.
					continue
				}
				if v < 0 || abs(j-a) < abs(v-a) {
					v = j
				}
			}
			if v < 0 {
				continue
			}
			// worden with a participle is passive, and so is zijn unless
			// the verb is one of motion or change (is gekomen).
			passive := out.UPOS[v] == "VERB" && strings.Contains(feats[v], "VerbForm=Part") &&
				(lemma[a] == "worden" || (lemma[a] == "zijn" && !v1Unaccusative(lemma[v])))
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
	// v1 hangs a coordinating conjunction on the first conjunct, v2 on the
	// conjunct that follows it.
	for i := 0; i < n; i++ {
		if out.Deprels[i] != "cc" || out.Heads[i] == 0 {
			continue
		}
		h := out.Heads[i]
		if i < h-1 {
			// Before its head (zowel ... als, en ... en): it stays on
			// the first conjunct, zowel as cc:preconj.
			if lemma[i] == "zowel" {
				out.Deprels[i] = "cc:preconj"
			}
			continue
		}
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
	// What the relabelling asks about a word's dependents: a copula makes
	// it a predicate, a case marker a PP, a determiner a noun (de jongste,
	// het schilderen), a subject or a mark other than te a clause of its
	// own.
	pred, hasCase, hasDet := make([]bool, n), make([]bool, n), make([]bool, n)
	ownClause, hasTeMark, hasMark := make([]bool, n), make([]bool, n), make([]bool, n)
	passive, finite, byDoor := make([]bool, n), make([]bool, n), make([]bool, n)
	for j := 0; j < n; j++ {
		h := out.Heads[j] - 1
		if h < 0 {
			continue
		}
		d := out.Deprels[j]
		if (d == "cop" || strings.HasPrefix(d, "aux")) && strings.Contains(out.Feats[j], "VerbForm=Fin") {
			finite[h] = true
		}
		switch {
		case d == "aux:pass" || d == "auxpass":
			passive[h] = true
		case d == "cop":
			pred[h] = true
		case d == "case":
			hasCase[h] = true
			byDoor[h] = byDoor[h] || lemma[j] == "door"
		case d == "det":
			hasDet[h] = true
		case strings.HasPrefix(d, "nsubj") || strings.HasPrefix(d, "csubj"):
			ownClause[h] = true
		case d == "mark" && lemma[j] == "te":
			hasTeMark[h] = true
		case d == "mark":
			ownClause[h], hasMark[h] = true, true
		}
	}
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
		if out.UPOS[i] == "NUM" && v1Ordinal(out.Forms[i]) {
			out.UPOS[i] = "ADJ" // voor het eerst, de Tweede Kamer
			if out.Deprels[i] == "nummod" {
				out.Deprels[i] = "amod"
			}
		}
		head, headLemma, headRel := "", "", ""
		if h := out.Heads[i]; h > 0 {
			head, headLemma, headRel = out.UPOS[h-1], lemma[h-1], out.Deprels[h-1]
		}
		nominal := head == "NOUN" || head == "PROPN" || head == "NUM"
		switch out.Deprels[i] {
		case "det":
			// v1 calls a genitive name (Ensors, Jans) and a number before a
			// noun det; v2 nmod:poss and nummod.
			switch out.UPOS[i] {
			case "PROPN", "NOUN":
				out.Deprels[i] = "nmod:poss"
			case "NUM":
				out.Deprels[i] = "nummod"
			}
		case "dobj", "iobj":
			switch {
			case hasCase[i]:
				out.Deprels[i] = "obl" // waar ... op, aan hem: a PP
			case out.Deprels[i] == "dobj" && lemma[i] == "zich" && !v1ZichObj[headLemma]:
				// v2 calls inherent reflexives expl:pv; the verbs
				// whose zich is a real object are few.
				out.Deprels[i] = "expl:pv"
			case out.Deprels[i] == "dobj":
				out.Deprels[i] = "obj"
			}
		case "acl":
			// v1 calls a bare noun after a noun (de firma X) acl, v2 nmod;
			// in brackets it stays acl.
			switch {
			case nominal && (out.UPOS[i] == "NOUN" || out.UPOS[i] == "PROPN") && !hasCase[i] && (i == 0 || out.Forms[i-1] != "("):
				out.Deprels[i] = "nmod"
			case !hasMark[i] && (finite[i] || strings.Contains(out.Feats[i], "VerbForm=Fin")):
				// A finite clause on a noun without dat or of is a
				// relative clause.
				out.Deprels[i] = "acl:relcl"
			}
		case "appos":
			// A noun in brackets after a noun is nmod in v2, a phrase after
			// a dash following the root (a heading) parataxis.
			if i > 0 && out.Forms[i-1] == "(" && (out.UPOS[i] == "NOUN" || out.UPOS[i] == "PROPN" || out.UPOS[i] == "X") {
				out.Deprels[i] = "nmod"
			} else if i > 0 && out.Forms[i-1] == "-" && headRel == "root" {
				out.Deprels[i] = "parataxis"
			}
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
			// Punctuation inside a name or expression is SYM in v2.
			if out.UPOS[i] == "PUNCT" {
				out.UPOS[i] = "SYM"
			}
		case "ccomp":
			switch {
			case head == "NOUN" || head == "PROPN":
				out.Deprels[i] = "acl"
			case head == "VERB" && out.UPOS[i] == "VERB" && hasTeMark[i] && !ownClause[i] && !hasCase[i] &&
				strings.Contains(out.Feats[i], "VerbForm=Inf"):
				// A te-infinitive without a subject of its own
				// (probeert te winnen) is xcomp in v2.
				out.Deprels[i] = "xcomp"
			}
		case "amod":
			switch {
			case (head == "VERB" || head == "ADJ") && hasDet[out.Heads[i]-1]:
				// het lange aandringen, de Vlaamse gewestelijke: a
				// nominalised head keeps its amod.
			case head == "VERB" && (out.UPOS[i] == "NOUN" || out.UPOS[i] == "PROPN" || out.UPOS[i] == "VERB" ||
				(out.UPOS[i] == "ADJ" && v1PredVerbs[headLemma])):
				// A predicate of the object or subject (noemde hem een
				// racist, maakte het beter) is xcomp in v2.
				out.Deprels[i] = "xcomp"
			case head == "VERB" || head == "ADJ":
				// v2 calls adjectives modifying predicates advmod.
				out.Deprels[i] = "advmod"
			case (head == "NOUN" || head == "PROPN") && out.UPOS[i] == "VERB":
				out.Deprels[i] = "acl"
			}
		case "advmod":
			// Adverbs on a nominal predicate (is ook lid) stay advmod.
			if (head == "NOUN" || head == "PROPN") && (out.UPOS[i] == "VERB" || (out.UPOS[i] == "ADV" && !pred[out.Heads[i]-1])) {
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
			// v2 calls every separable particle compound:prt (terug,
			// samen, plaats in plaatsvinden).
			if head == "VERB" || head == "AUX" {
				out.Deprels[i] = "compound:prt"
			}
		case "nmod":
			switch {
			case v1Quant[lemma[i]] && !hasCase[i]:
				// veel, meer, meest, weinig without a preposition are
				// adverbs in v2.
				out.UPOS[i], out.Deprels[i] = "ADV", "advmod"
				if nominal {
					out.Deprels[i] = "amod"
				}
			case (head == "VERB" || head == "ADJ") && hasDet[out.Heads[i]-1]:
				// de jongste van de provincies: a noun's modifier.
			case head == "VERB" || head == "AUX" || head == "ADJ" || head == "ADV":
				out.Deprels[i] = "obl"
				if byDoor[i] && passive[out.Heads[i]-1] {
					out.Deprels[i] = "obl:agent" // door in a passive clause
				}
			case nominal && pred[out.Heads[i]-1] && i < out.Heads[i]-1:
				// A noun's own PPs follow it; one before a nominal
				// predicate belongs to the clause.
				out.Deprels[i] = "obl"
			}
		}
	}
	return out
}

// v1Ordinal reports whether a v1 NUM is an ordinal (eerste, eerst,
// twintigste, derde, 20e), which v2 tags ADJ.
func v1Ordinal(form string) bool {
	f := strings.ToLower(form)
	return f != "" && (strings.HasSuffix(f, "ste") || strings.HasSuffix(f, "de") || f == "eerst" ||
		(strings.HasSuffix(f, "e") && f[0] >= '0' && f[0] <= '9'))
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

// v1CopulaForms gives the v1 copulas, which have no FEATS, a verb form
// (v1VerbForm).
func v1CopulaForms(s Sentence, lemma []string) {
	for i, f := range s.Feats {
		if s.UPOS[i] != "AUX" || strings.Contains(f, "VerbForm=") {
			continue
		}
		s.Feats[i] = addFeat(f, "VerbForm="+v1VerbForm(s.Forms, s.Heads, s.Feats, lemma, i))
	}
}

// v1VerbForm guesses the verb form of a v1 copula: participle for ge- forms
// of another lemma (geweest), infinitive for the lemma's own form after te
// or beside a finite verb of the same clause, finite otherwise.
func v1VerbForm(forms []string, heads []int, feats, lemma []string, i int) string {
	form := strings.ToLower(forms[i])
	switch {
	case strings.HasPrefix(form, "ge") && !strings.HasPrefix(lemma[i], "ge"):
		return "Part"
	case form == lemma[i]:
		if i > 0 && strings.ToLower(forms[i-1]) == "te" {
			return "Inf"
		}
		for j := 0; j < i; j++ {
			if (heads[j] == heads[i] || heads[i] == j+1 || heads[j] == i+1) && strings.Contains(feats[j], "VerbForm=Fin") {
				return "Inf"
			}
		}
	}
	return "Fin"
}

// addFeat appends one feature to a FEATS column.
func addFeat(f, feat string) string {
	if f == "_" || f == "" {
		return feat
	}
	return f + "|" + feat
}
