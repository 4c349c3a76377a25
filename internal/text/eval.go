package text

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"kroniek/internal/conllu"
)

// Score counts matches of predicted against gold spans.
type Score struct {
	Gold, Pred, Match int
}

// P is precision in percent.
func (s Score) P() float64 { return pct(s.Match, s.Pred) }

// R is recall in percent.
func (s Score) R() float64 { return pct(s.Match, s.Gold) }

// F1 is the harmonic mean of P and R, in percent.
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// EvalResult is the outcome of EvalCoNLLU.
type EvalResult struct {
	Docs      int
	Tokens    Score
	Sentences Score
}

type span struct{ a, b int }

// goldDoc is a document rebuilt from a treebank.
type goldDoc struct {
	id     string
	text   strings.Builder
	tokens []span
	sents  []span
	par    string
}

var dutchPar = regexp.MustCompile(`^(.*)\.p\.(\d+)\.s\.\d+$`)

// docAndPar derives the document and paragraph of a sentence: from
// "# newdoc"/"# newpar" comments (English EWT) or from Lassy sentence ids
// like "wiki-1181.p.10.s.1" (Dutch).
func docAndPar(s *conllu.Sentence, prevDoc, prevPar string) (doc, par string) {
	doc, par = prevDoc, prevPar
	for _, c := range s.Comments {
		c = strings.TrimSpace(strings.TrimPrefix(c, "#"))
		if strings.HasPrefix(c, "newdoc") {
			doc = c
			par = ""
		}
		if strings.HasPrefix(c, "newpar") {
			par = c
		}
	}
	id := s.Comment("sent_id")
	if i := strings.LastIndexByte(id, '\\'); i >= 0 {
		id = id[i+1:]
	}
	if m := dutchPar.FindStringSubmatch(id); m != nil {
		return m[1], m[2]
	}
	return doc, par
}

// EvalCoNLLU rebuilds the raw text of every document in a CoNLL-U treebank
// from its "# text" lines (sentences of a paragraph joined by a space, or
// by a line break after a sentence without final punctuation; paragraphs by
// a blank line), runs the tokenizer and sentence splitter,
// and scores token and sentence spans against the treebank; a multiword
// token counts as its surface token.
func EvalCoNLLU(r io.Reader, lang string) (EvalResult, error) {
	return EvalCoNLLUVerbose(r, lang, nil)
}

// EvalCoNLLUVerbose is EvalCoNLLU that reports each miss (kind "token" or
// "sentence", "+" predicted only or "-" gold only, and its text) to miss.
func EvalCoNLLUVerbose(r io.Reader, lang string, miss func(kind, text string)) (EvalResult, error) {
	var res EvalResult
	rd := conllu.NewReader(r)
	var cur *goldDoc
	flush := func() {
		if cur == nil {
			return
		}
		res.Docs++
		text := cur.text.String()
		toks, sents := Segment(text, lang)
		gold := map[span]bool{}
		for _, t := range cur.tokens {
			gold[t] = true
		}
		res.Tokens.Gold += len(cur.tokens)
		res.Tokens.Pred += len(toks)
		pt := map[span]bool{}
		for _, t := range toks {
			pt[span{t.Start, t.End}] = true
			if gold[span{t.Start, t.End}] {
				res.Tokens.Match++
			} else if miss != nil {
				miss("+token", around(text, t.Start, t.End))
			}
		}
		if miss != nil {
			for _, t := range cur.tokens {
				if !pt[t] {
					miss("-token", around(text, t.a, t.b))
				}
			}
		}
		gs := map[span]bool{}
		for _, s := range cur.sents {
			gs[s] = true
		}
		res.Sentences.Gold += len(cur.sents)
		res.Sentences.Pred += len(sents)
		ps := map[span]bool{}
		for _, s := range sents {
			ps[span{s.Start, s.End}] = true
			if gs[span{s.Start, s.End}] {
				res.Sentences.Match++
			} else if miss != nil {
				miss("+sent", text[s.Start:s.End])
			}
		}
		if miss != nil {
			for _, s := range cur.sents {
				if !ps[s] {
					miss("-sent", text[s.a:s.b])
				}
			}
		}
		cur = nil
	}
	prevDoc, prevPar := "", ""
	for {
		s, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return res, fmt.Errorf("eval tokens: %w", err)
		}
		doc, par := docAndPar(s, prevDoc, prevPar)
		if cur == nil || doc != prevDoc {
			flush()
			cur = &goldDoc{id: doc}
		} else if par != prevPar {
			cur.text.WriteString("\n\n")
		} else if endsSentence(cur.text.String()) {
			cur.text.WriteString(" ")
		} else {
			// A "sentence" without final punctuation (a list item, a
			// heading, a signature) stands on a line of its own in text.
			cur.text.WriteString("\n")
		}
		prevDoc, prevPar = doc, par
		addSentence(cur, s)
	}
	flush()
	return res, nil
}

// endsSentence reports whether text ends in sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " ”’\"')]»'")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…:;", r)
}

// addSentence appends a sentence's text to the document and records its
// gold surface tokens by locating each form in the text in order.
func addSentence(d *goldDoc, s *conllu.Sentence) {
	var forms []string
	skipTo := 0
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if strings.Contains(t.ID, ".") {
			continue
		}
		if a, b, ok := strings.Cut(t.ID, "-"); ok {
			forms = append(forms, t.Form)
			var hi int
			fmt.Sscanf(b, "%d", &hi)
			_ = a
			skipTo = hi
			continue
		}
		var id int
		fmt.Sscanf(t.ID, "%d", &id)
		if id <= skipTo {
			continue
		}
		forms = append(forms, t.Form)
	}
	text := s.Comment("text")
	if text == "" {
		text = strings.Join(forms, " ")
	}
	base := d.text.Len()
	d.text.WriteString(text)
	cur := 0
	first, last := -1, -1
	for _, f := range forms {
		k := strings.Index(text[cur:], f)
		if k < 0 {
			continue // a form not in the text (normalised in the treebank): unmatched gold
		}
		a := base + cur + k
		d.tokens = append(d.tokens, span{a, a + len(f)})
		if first < 0 {
			first = a
		}
		last = a + len(f)
		cur += k + len(f)
	}
	if first >= 0 {
		d.sents = append(d.sents, span{first, last})
	}
}

func around(text string, a, b int) string {
	lo, hi := a-20, b+20
	if lo < 0 {
		lo = 0
	}
	if hi > len(text) {
		hi = len(text)
	}
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return fmt.Sprintf("%q in %q", text[a:b], text[lo:hi])
}
