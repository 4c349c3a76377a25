package tag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is a 64-bit hash of its template id and
// its values; the model keeps only the hashes.
const (
	fBias = iota + 1
	fWord
	fLower
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fSuf5
	fPre1
	fPre2
	fPre3
	fShape
	fFirstCap
	fAmb
	fPrevW
	fPrevSuf3
	fPrev2W
	fNextW
	fNextSuf3
	fNext2W
	fNextAmb
	fNext2Amb
	fPrevWW
	fNextWW
	fP1
	fP2
	fP1P2
	fP1W
	fP1NextAmb
	fP1Suf3
	fPrevAmb
	fHyphenTail
	fXLex
	fXLexPrev
	fXLexNext
	fXLexNext2
	fP1XLex
	fXLexAmb
	fClauseAmb
	fClauseXLex
	fClauseSuf
	fClus
	fClusPrev
	fClusNext
	fClusSuf
	fP1Clus
	fClusPrevNext
	fCapRatio
	fTitle
	fCapCtx
	fCapCtxR
	fP1P2W     // tried, not used
	fP1NextW   // tried, not used
	fNextNext2 // tried, not used
	fPrevNext
	fShapeLen
	fSuf3Cap // tried, not used
	fWordNextAmb
	fSufNext2W    // tried, not used
	fWordNextAmb2 // tried, not used
	fWordNextClus
	fNextAmbNext2Amb // tried, not used
	fWordNextXLex
	fUnkSufCap
	fPrevAmbWord
	fGaz // tried, not used
	fWordPrev2W
	fWordNext2W
	fWordNextSuf // tried, not used
	fPrevSufWord // tried, not used
	fSufNextW    // tried, not used
)

// mix combines two hashes (splitmix64 finaliser).
func mix(a, b uint64) uint64 {
	x := a*0x9e3779b97f4a7c15 + b + 0x632be59bd9b4e019
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hstr is FNV-1a over s.
func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// word holds the tag-independent facts about one token.
type word struct {
	form, lower string
	hForm       uint64
	hLower      uint64
	hSuf3       uint64
	amb         uint64 // hash of the ambiguity class; 0 = unknown word
	xlex        uint64 // hash of the word's tags in the external lexicon
	clus        uint64 // hash of the word's distributional cluster
	capr        uint64 // how often the word is capitalized inside sentences in raw text, binned
	title       bool   // most words of the sentence are capitalized (a headline)
	ambTag      int    // the tag of an unambiguous frequent word, or -1
	// clauseEnd is the index of the last word before the next punctuation
	// mark (Dutch puts participles and infinitives there), or -1.
	clauseEnd int
}

// isPunctWord reports whether s is made of punctuation and symbols only.
func isPunctWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}

// markClauses sets clauseEnd of every word, and title when most words of
// the sentence are capitalized.
func markClauses(ws []word) {
	caps, letters := 0, 0
	for i := range ws {
		r, _ := utf8.DecodeRuneInString(ws[i].form)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	if letters >= 3 && 10*caps >= 6*letters {
		for i := range ws {
			ws[i].title = true
		}
	}
	end := -1
	for i := len(ws) - 1; i >= 0; i-- {
		if isPunctWord(ws[i].form) {
			end = -1
			ws[i].clauseEnd = -1
			continue
		}
		if end < 0 {
			end = i
		}
		ws[i].clauseEnd = end
		if end == i {
			ws[i].clauseEnd = -1
		}
	}
}

var (
	hUnkAmb = mix(fAmb, hstr("<unk>")) // the ambiguity class of unknown words
	hStart  = hstr("<s>")
	hEnd    = hstr("</s>")
)

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shape maps letters to X/x, digits to d, keeps other characters and
// collapses repeats: "Kim-Jong" → "Xx-Xx", "2019" → "d".
func shape(s string) string {
	var b strings.Builder
	var last rune = -1
	n := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			continue
		}
		last = c
		b.WriteRune(c)
		n++
		if n >= 6 {
			break
		}
	}
	return b.String()
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lower lower-cases s, fast for ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// static appends the tag-independent features of token i to fs.
func static(fs []uint64, ws []word, i int, opt uint64) []uint64 {
	return contextual(local(fs, &ws[i], opt), ws, i, opt)
}

// local appends the features that depend on the word alone, whose scores
// the tagger caches per word form.
func local(fs []uint64, w *word, opt uint64) []uint64 {
	fs = append(fs,
		fBias,
		mix(fLower, w.hLower),
		mix(fSuf3, w.hSuf3),
		mix(fAmb, w.amb),
		mix(fXLex, w.xlex),
		mix(fXLexAmb, mix(w.xlex, w.amb)),
		mix(fClus, w.clus),
		mix(fClusSuf, mix(w.clus, hstr(suffix(w.lower, 2)))),
	)
	if w.form != w.lower {
		fs = append(fs, mix(fWord, w.hForm))
	}
	l := w.lower
	fs = append(fs,
		mix(fSuf1, hstr(suffix(l, 1))),
		mix(fSuf2, hstr(suffix(l, 2))),
		mix(fSuf4, hstr(suffix(l, 4))),
		mix(fSuf5, hstr(suffix(l, 5))),
		mix(fPre1, hstr(prefix(l, 1))),
		mix(fPre2, hstr(prefix(l, 2))),
		mix(fPre3, hstr(prefix(l, 3))),
		mix(fShape, hstr(shape(w.form))),
	)
	fs = append(fs, mix(fShapeLen, mix(hstr(shape(w.form)), uint64(min(utf8.RuneCountInString(w.form), 8)))))
	if j := strings.LastIndexByte(l, '-'); j > 0 && j < len(l)-1 {
		fs = append(fs, mix(fHyphenTail, hstr(suffix(l[j+1:], 4))))
	}
	return fs
}

// contextual appends the features of word i that depend on its position
// and neighbours.
func contextual(fs []uint64, ws []word, i int, opt uint64) []uint64 {
	return neighbours(own(fs, ws, i, opt), ws, i)
}

// own appends the contextual features of word i other than those of
// neighbours.
func own(fs []uint64, ws []word, i int, opt uint64) []uint64 {
	w := &ws[i]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	cp := uint64(0)
	if isCap(w.form) {
		cp = 1
		fs = append(fs, mix(fFirstCap, first))
	}
	if w.title {
		cp |= 2
	}
	fs = append(fs, mix(fCapRatio, w.capr<<8|cp<<1|first), mix(fTitle, cp))
	// Capitalized neighbours: words inside a name.
	pc, nc := uint64(0), uint64(0)
	if i > 0 && isCap(ws[i-1].form) {
		pc = 1
		if i == 1 {
			pc = 2
		}
	}
	if i+1 < len(ws) && isCap(ws[i+1].form) {
		nc = 1
	}
	capCtx := pc<<4 | (cp&1)<<3 | nc<<2 | (cp&2)>>1<<1 | first
	fs = append(fs, mix(fCapCtx, capCtx), mix(fCapCtxR, capCtx<<8|w.capr))
	p1, p1a, p1c, p2 := hStart, hStart, hStart, hStart
	if i > 0 {
		p1, p1a, p1c = ws[i-1].hLower, ws[i-1].amb, ws[i-1].clus
	}
	if i > 1 {
		p2 = ws[i-2].hLower
	}
	n1, n1a, n1x, n1c, n2 := hEnd, hEnd, hEnd, hEnd, hEnd
	if i+1 < len(ws) {
		n1, n1a, n1x, n1c = ws[i+1].hLower, ws[i+1].amb, ws[i+1].xlex, ws[i+1].clus
	}
	if i+2 < len(ws) {
		n2 = ws[i+2].hLower
	}
	fs = append(fs,
		mix(fPrev2W, p2),
		mix(fClusPrevNext, mix(p1c, n1c)),
		mix(fPrevWW, mix(p1, w.hLower)),
		mix(fNextWW, mix(w.hLower, n1)),
	)
	// Tried and not kept (en dev): next two words together, suffix with
	// capitalization, previous two tags with the word, previous tag with the
	// next word.
	fs = append(fs, mix(fPrevNext, mix(p1, n1)))
	if opt != 0 {
		fs = optional(fs, ws, i, opt, p1a, p2, n1a, n1c, n1x, n2)
	}
	return fs
}

// neighbours appends the features that word i takes from one neighbour
// alone (the word before, after, two after, at the end of its clause): they
// depend on that neighbour's form only, so the tagger caches their scores
// per form and role.
func neighbours(fs []uint64, ws []word, i int) []uint64 {
	if e := ws[i].clauseEnd; e > i {
		fs = asClauseEnd(fs, &ws[e])
	}
	if i > 0 {
		fs = asPrev(fs, &ws[i-1])
	} else {
		fs = asPrev(fs, &startWord)
	}
	if i+1 < len(ws) {
		fs = asNext(fs, &ws[i+1])
	} else {
		fs = asNext(fs, &endWord)
	}
	if i+2 < len(ws) {
		fs = asNext2(fs, &ws[i+2])
	} else {
		fs = asNext2(fs, &endWord)
	}
	return fs
}

// startWord and endWord stand for the sentence edges in neighbours.
var (
	startWord = word{hLower: hStart, hSuf3: hStart, amb: hStart, xlex: hStart, clus: hStart}
	endWord   = word{hLower: hEnd, hSuf3: hEnd, amb: hEnd, xlex: hEnd, clus: hEnd}
)

// asPrev appends the features w gives the word after it.
func asPrev(fs []uint64, w *word) []uint64 {
	return append(fs, mix(fPrevW, w.hLower), mix(fPrevSuf3, w.hSuf3), mix(fPrevAmb, w.amb),
		mix(fXLexPrev, w.xlex), mix(fClusPrev, w.clus))
}

// asNext appends the features w gives the word before it.
func asNext(fs []uint64, w *word) []uint64 {
	return append(fs, mix(fNextW, w.hLower), mix(fNextSuf3, w.hSuf3), mix(fNextAmb, w.amb),
		mix(fXLexNext, w.xlex), mix(fClusNext, w.clus))
}

// asNext2 appends the features w gives the word two before it.
func asNext2(fs []uint64, w *word) []uint64 {
	return append(fs, mix(fNext2W, w.hLower), mix(fNext2Amb, w.amb), mix(fXLexNext2, w.xlex))
}

// asClauseEnd appends the features w, the last word of a clause, gives
// the words before it in the clause.
func asClauseEnd(fs []uint64, c *word) []uint64 {
	ge := uint64(0)
	if strings.HasPrefix(c.lower, "ge") {
		ge = 1
	}
	return append(fs,
		mix(fClauseAmb, c.amb),
		mix(fClauseXLex, c.xlex),
		mix(fClauseSuf, mix(hstr(suffix(c.lower, 2)), ge)),
	)
}

// optional appends the optional contextual templates of opt.
func optional(fs []uint64, ws []word, i int, opt uint64, p1a, p2, n1a, n1c, n1x, n2 uint64) []uint64 {
	w := &ws[i]
	if opt&optWordNextAmb != 0 {
		fs = append(fs, mix(fWordNextAmb, mix(w.hLower, n1a)))
	}
	if opt&optWordNextClus != 0 {
		fs = append(fs, mix(fWordNextClus, mix(w.hLower, n1c)))
	}
	if opt&optWordNextXLex != 0 {
		fs = append(fs, mix(fWordNextXLex, mix(w.hLower, n1x)))
	}
	if opt&optPrevAmbWord != 0 {
		fs = append(fs, mix(fPrevAmbWord, mix(p1a, w.hLower)))
	}
	if opt&optWordPrev2W != 0 {
		fs = append(fs, mix(fWordPrev2W, mix(p2, w.hLower)))
	}
	if opt&optWordNext2W != 0 {
		fs = append(fs, mix(fWordNext2W, mix(w.hLower, n2)))
	}
	if opt&optUnkSufCap != 0 && w.amb == hUnkAmb {
		cp := uint64(0)
		if isCap(w.form) {
			cp = 1
		}
		if i == 0 {
			cp |= 2
		}
		if w.title {
			cp |= 4
		}
		for n := 1; n <= 4; n++ {
			fs = append(fs, mix(fUnkSufCap, mix(hstr(suffix(w.lower, n)), cp<<4|uint64(n))))
		}
	}
	return fs
}

// ctx is what the tag-dependent features need of a word.
type ctx struct{ hLower, hSuf3, nextAmb, xlex, clus uint64 }

// ctxOfR is ctxOf for right-to-left tagging: the previous tags are those
// to the right, so the word on the other side is the left one.
func ctxOfR(ws []word, i int) ctx {
	c := ctx{hLower: ws[i].hLower, hSuf3: ws[i].hSuf3, nextAmb: hStart, xlex: ws[i].xlex, clus: ws[i].clus}
	if i > 0 {
		c.nextAmb = ws[i-1].amb
	}
	return c
}

func ctxOf(ws []word, i int) ctx {
	c := ctx{hLower: ws[i].hLower, hSuf3: ws[i].hSuf3, nextAmb: hEnd, xlex: ws[i].xlex, clus: ws[i].clus}
	if i+1 < len(ws) {
		c.nextAmb = ws[i+1].amb
	}
	return c
}

// dynamic appends the features that depend on the previous tags p1, p2
// (tag index + 1; 0 = sentence start).
func dynamic(fs []uint64, c ctx, p1, p2 int) []uint64 {
	return dynamicWord(tagPair(fs, p1, p2), c, p1, p2)
}

// tagPair appends the features of the previous two tags alone, whose
// scores the tagger keeps in a table.
func tagPair(fs []uint64, p1, p2 int) []uint64 {
	a, b := uint64(p1), uint64(p2)
	return append(fs, mix(fP1, a), mix(fP2, b), mix(fP1P2, a<<8|b))
}

// dynamicWord appends the features of the previous tag with the word (p2
// is for second-order templates; none helped so far).
func dynamicWord(fs []uint64, c ctx, p1, p2 int) []uint64 {
	return append(dynForm(fs, c, p1), dynNext(c, p1))
}

// dynForm appends the features of the previous tag with facts of the word
// itself, whose scores the tagger caches per (form, previous tag).
func dynForm(fs []uint64, c ctx, p1 int) []uint64 {
	a := uint64(p1)
	return append(fs,
		mix(fP1W, mix(a, c.hLower)),
		mix(fP1Suf3, mix(a, c.hSuf3)),
		mix(fP1XLex, mix(a, c.xlex)),
		mix(fP1Clus, mix(a, c.clus)),
	)
}

// dynNext is the feature of the previous tag with the ambiguity class of
// the word on the other side.
func dynNext(c ctx, p1 int) uint64 { return mix(fP1NextAmb, mix(uint64(p1), c.nextAmb)) }

// Optional feature templates, switched on per model (TrainOptions.Features)
// so that models trained without them keep their bytes and output.
const (
	optWordNextAmb  uint64 = 1 << iota // the word with the next word's ambiguity class
	optWordNextClus                    // the word with the next word's cluster
	optWordNextXLex                    // the word with the next word's lexicon tags
	optPrevAmbWord                     // the previous word's ambiguity class with the word
	optWordPrev2W                      // the word with the word two to the left
	optWordNext2W                      // the word with the word two to the right
	optUnkSufCap                       // unknown words: suffixes with capitalization and position
	optBidir                           // a right-to-left perceptron too; the tagger sums both directions' scores
	optAll          = 1<<iota - 1
)

// optNames name the optional templates for `kroniek train pos --features`.
var optNames = map[string]uint64{
	"wna": optWordNextAmb, "wnc": optWordNextClus, "wnx": optWordNextXLex, "paw": optPrevAmbWord,
	"wp2": optWordPrev2W, "wn2": optWordNext2W, "unk": optUnkSufCap, "bidir": optBidir,
}

// ParseFeatures turns a comma-separated list of optional template names
// into the bits TrainOptions.Features takes.
func ParseFeatures(s string) (uint64, error) {
	opt := uint64(0)
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		b, ok := optNames[n]
		if !ok {
			return 0, fmt.Errorf("unknown feature template %q", n)
		}
		opt |= b
	}
	return opt, nil
}
