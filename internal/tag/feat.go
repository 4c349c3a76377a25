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
	if e := w.clauseEnd; e > i {
		c := &ws[e]
		ge := uint64(0)
		if strings.HasPrefix(c.lower, "ge") {
			ge = 1
		}
		fs = append(fs,
			mix(fClauseAmb, c.amb),
			mix(fClauseXLex, c.xlex),
			mix(fClauseSuf, mix(hstr(suffix(c.lower, 2)), ge)),
		)
	}
	p1, p1s, p1a, p1x, p1c, p2 := hStart, hStart, hStart, hStart, hStart, hStart
	if i > 0 {
		p1, p1s, p1a, p1x, p1c = ws[i-1].hLower, ws[i-1].hSuf3, ws[i-1].amb, ws[i-1].xlex, ws[i-1].clus
	}
	if i > 1 {
		p2 = ws[i-2].hLower
	}
	n1, n1s, n1a, n1x, n1c, n2, n2a, n2x := hEnd, hEnd, hEnd, hEnd, hEnd, hEnd, hEnd, hEnd
	if i+1 < len(ws) {
		n1, n1s, n1a, n1x, n1c = ws[i+1].hLower, ws[i+1].hSuf3, ws[i+1].amb, ws[i+1].xlex, ws[i+1].clus
	}
	if i+2 < len(ws) {
		n2, n2a, n2x = ws[i+2].hLower, ws[i+2].amb, ws[i+2].xlex
	}
	fs = append(fs,
		mix(fPrevW, p1),
		mix(fPrevSuf3, p1s),
		mix(fPrevAmb, p1a),
		mix(fPrev2W, p2),
		mix(fNextW, n1),
		mix(fNextSuf3, n1s),
		mix(fNext2W, n2),
		mix(fNextAmb, n1a),
		mix(fNext2Amb, n2a),
		mix(fXLexPrev, p1x),
		mix(fClusPrev, p1c),
		mix(fClusNext, n1c),
		mix(fClusPrevNext, mix(p1c, n1c)),
		mix(fXLexNext, n1x),
		mix(fXLexNext2, n2x),
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
	a := uint64(p1)
	return append(fs,
		mix(fP1W, mix(a, c.hLower)),
		mix(fP1NextAmb, mix(a, c.nextAmb)),
		mix(fP1Suf3, mix(a, c.hSuf3)),
		mix(fP1XLex, mix(a, c.xlex)),
		mix(fP1Clus, mix(a, c.clus)),
	)
}

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
