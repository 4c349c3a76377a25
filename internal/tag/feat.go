package tag

import (
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
	ambTag      int    // the tag of an unambiguous frequent word, or -1
}

var (
	hStart = hstr("<s>")
	hEnd   = hstr("</s>")
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
func static(fs []uint64, ws []word, i int) []uint64 {
	w := &ws[i]
	fs = append(fs,
		fBias,
		mix(fLower, w.hLower),
		mix(fSuf3, w.hSuf3),
		mix(fAmb, w.amb),
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
	if isCap(w.form) {
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		fs = append(fs, mix(fFirstCap, first))
	}
	if j := strings.LastIndexByte(l, '-'); j > 0 && j < len(l)-1 {
		fs = append(fs, mix(fHyphenTail, hstr(suffix(l[j+1:], 4))))
	}
	p1, p1s, p1a, p2 := hStart, hStart, hStart, hStart
	if i > 0 {
		p1, p1s, p1a = ws[i-1].hLower, ws[i-1].hSuf3, ws[i-1].amb
	}
	if i > 1 {
		p2 = ws[i-2].hLower
	}
	n1, n1s, n1a, n2, n2a := hEnd, hEnd, hEnd, hEnd, hEnd
	if i+1 < len(ws) {
		n1, n1s, n1a = ws[i+1].hLower, ws[i+1].hSuf3, ws[i+1].amb
	}
	if i+2 < len(ws) {
		n2, n2a = ws[i+2].hLower, ws[i+2].amb
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
		mix(fPrevWW, mix(p1, w.hLower)),
		mix(fNextWW, mix(w.hLower, n1)),
	)
	return fs
}

// ctx is what the tag-dependent features need of a word.
type ctx struct{ hLower, hSuf3, nextAmb uint64 }

func ctxOf(ws []word, i int) ctx {
	c := ctx{hLower: ws[i].hLower, hSuf3: ws[i].hSuf3, nextAmb: hEnd}
	if i+1 < len(ws) {
		c.nextAmb = ws[i+1].amb
	}
	return c
}

// dynamic appends the features that depend on the previous tags p1, p2
// (tag index + 1; 0 = sentence start).
func dynamic(fs []uint64, c ctx, p1, p2 int) []uint64 {
	a, b := uint64(p1), uint64(p2)
	return append(fs,
		mix(fP1, a),
		mix(fP2, b),
		mix(fP1P2, a<<8|b),
		mix(fP1W, mix(a, c.hLower)),
		mix(fP1NextAmb, mix(a, c.nextAmb)),
		mix(fP1Suf3, mix(a, c.hSuf3)),
	)
}
