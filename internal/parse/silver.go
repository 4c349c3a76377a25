package parse

// Up-training and tri-training on unlabelled text (Søgaard & Rishøj 2010,
// Weiss et al. 2015): several differently built parsers ("teachers") parse
// raw news; the sentences on which enough of them agree on every head and
// label become extra ("silver") training trees for the fast parser. The
// treebanks are mostly Wikipedia while the parser reads news. On
// alpino-dev it gave no gain (docs/quality.md): the teachers, trained on
// the same treebanks, agree on their errors.

// ParseSilver parses sents (forms and predicted tags; heads and relations
// are ignored) with m and returns copies carrying m's heads and relations.
// For a VForm model, Feats carry the predicted verb forms (as
// "VerbForm=Fin"), so that a student learns from the forms it will see
// at run time.
func ParseSilver(m *Model, sents []Sentence) []Sentence {
	p := NewParser(m)
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		heads, rels := p.parse(s.Forms, s.UPOS, s.XPOS, nil)
		o := Sentence{Forms: s.Forms, UPOS: s.UPOS, XPOS: s.XPOS, Heads: heads, Deprels: rels}
		if m.VForm {
			o.Feats = make([]string, len(s.Forms))
			for k, vf := range p.verbForms(s.Forms, s.UPOS) {
				if vf != "" {
					o.Feats[k] = "VerbForm=" + vf
				}
			}
		} else {
			o.Feats = s.Feats
		}
		out[i] = o
	}
	return out
}

// SelectAgreed returns, in order, the sentences of minLen to maxLen words
// (0: no limit) on which at least minAgree of the teachers' parses (each
// teachers[t][i] a parse of sentence i) agree on every head and relation,
// with that tree. The first teacher's verb forms are kept when it is among
// those that agree, else those of the first agreeing one.
func SelectAgreed(teachers [][]Sentence, minAgree, minLen, maxLen int) []Sentence {
	var out []Sentence
	for _, i := range agreed(teachers, minAgree, minLen, maxLen) {
		out = append(out, teachers[i.teacher][i.sent])
	}
	return out
}

type agreedTree struct{ sent, teacher int }

func agreed(teachers [][]Sentence, minAgree, minLen, maxLen int) []agreedTree {
	if len(teachers) == 0 {
		return nil
	}
	minAgree = max(minAgree, 1)
	var out []agreedTree
	for i := range teachers[0] {
		n := len(teachers[0][i].Forms)
		if n == 0 || n < minLen || (maxLen > 0 && n > maxLen) {
			continue
		}
		for a := range teachers {
			agree := 1
			for b := range teachers {
				if b != a && sameTree(teachers[a][i], teachers[b][i]) {
					agree++
				}
			}
			if agree >= minAgree {
				out = append(out, agreedTree{i, a})
				break
			}
		}
	}
	return out
}

func sameTree(a, b Sentence) bool {
	if len(a.Heads) != len(b.Heads) || len(a.Deprels) != len(b.Deprels) {
		return false
	}
	for k := range a.Heads {
		if a.Heads[k] != b.Heads[k] || a.Deprels[k] != b.Deprels[k] {
			return false
		}
	}
	return true
}

// Reverse returns the sentences with their words in reverse order and the
// heads renumbered, for a right-to-left teacher: trained and run on
// reversed sentences, a left-to-right parser makes other errors than one
// reading forwards (its parses are reversed back with Reverse).
func Reverse(sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		n := len(s.Forms)
		r := Sentence{Forms: revStrings(s.Forms), UPOS: revStrings(s.UPOS), XPOS: revStrings(s.XPOS),
			Feats: revStrings(s.Feats), Deprels: revStrings(s.Deprels)}
		if s.Heads != nil {
			r.Heads = make([]int, len(s.Heads))
			for k, h := range s.Heads {
				if h > 0 && h <= n {
					h = n + 1 - h
				}
				r.Heads[len(s.Heads)-1-k] = h
			}
		}
		out[i] = r
	}
	return out
}

func revStrings(s []string) []string {
	if s == nil {
		return nil
	}
	r := make([]string, len(s))
	for i, x := range s {
		r[len(s)-1-i] = x
	}
	return r
}

// SelectTriTraining returns the sentences of minLen to maxLen words on
// which at least minAgree of the other teachers (teachers[1:]) agree on
// every head and relation while the first teacher, the student's own
// configuration, parses them otherwise (Zhou & Li 2005): only those trees
// teach the student something it does not already do.
func SelectTriTraining(teachers [][]Sentence, minAgree, minLen, maxLen int) []Sentence {
	if len(teachers) < 2 {
		return nil
	}
	var out []Sentence
	for _, i := range agreed(teachers[1:], minAgree, minLen, maxLen) {
		if t := teachers[1+i.teacher][i.sent]; !sameTree(t, teachers[0][i.sent]) {
			out = append(out, t)
		}
	}
	return out
}
