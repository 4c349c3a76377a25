// Package text splits article text into tokens and sentences, with byte
// offsets into the original text. It never changes the text: every token is
// a slice of it, and tokens never contain white space.
//
// The conventions follow the Universal Dependencies treebanks, which are also
// what the evaluation measures: quotation marks, brackets and sentence
// punctuation are tokens of their own; Dutch ,, opens a quote; hyphenated
// words, numbers (0,25 1.000 10.30 3-1), URLs, e-mail addresses, hashtags and
// known abbreviations stay whole; Dutch word-internal apostrophes stay
// (zo'n, auto's, Kim's); English verb contractions stay whole (don't, it's:
// one surface token, as are possessives) and English hyphenated compounds
// are split (wheel - chair), as the English treebank does.
package text

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// Tokenizer holds the language-specific lists a language needs.
type Tokenizer struct {
	lang   string
	abbrev map[string]bool
}

var (
	tokMu      sync.Mutex
	tokenizers = map[string]*Tokenizer{}
)

// For returns the tokenizer for a language ("nl", "en"); any other
// language gets one that knows the abbreviations of both.
func For(lang string) *Tokenizer {
	tokMu.Lock()
	defer tokMu.Unlock()
	if t, ok := tokenizers[lang]; ok {
		return t
	}
	t := &Tokenizer{lang: lang, abbrev: map[string]bool{}}
	switch lang {
	case "nl":
		addAll(t.abbrev, nl.TextAbbreviations)
	case "en":
		addAll(t.abbrev, en.TextAbbreviations)
	default:
		addAll(t.abbrev, nl.TextAbbreviations)
		addAll(t.abbrev, en.TextAbbreviations)
	}
	tokenizers[lang] = t
	return t
}

func addAll(m map[string]bool, words []string) {
	for _, w := range words {
		m[w] = true
	}
}

// Tokenize splits s into tokens with byte offsets, with lang's conventions.
func Tokenize(s, lang string) []kroniek.Token {
	return For(lang).Tokenize(s)
}

// Tokenize splits s into tokens with byte offsets. Sent is left 0.
func (t *Tokenizer) Tokenize(s string) []kroniek.Token {
	toks := make([]kroniek.Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		// Skip white space.
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			c := s[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		toks = t.chunk(s, i, j, toks)
		i = j
	}
	return toks
}

var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// isSpace reports white space, including the zero-width and invisible
// characters that would otherwise end up inside tokens.
func isSpace(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

func tok(s string, a, b int) kroniek.Token {
	return kroniek.Token{Start: a, End: b, Text: s[a:b]}
}

// chunk splits the white-space-free stretch s[a:b] into tokens.
func (t *Tokenizer) chunk(s string, a, b int, toks []kroniek.Token) []kroniek.Token {
	// Fast path: a plain word or number of letters, digits and (in Dutch)
	// inner hyphens, the bulk of any text.
	if plain(s[a:b], t.lang == "en") {
		return append(toks, tok(s, a, b))
	}
	// Leading punctuation.
	for a < b {
		n := t.leading(s[a:b])
		if n == 0 {
			break
		}
		toks = append(toks, tok(s, a, a+n))
		a += n
	}
	if a >= b {
		return toks
	}

	// Whole tokens that may contain punctuation: URLs and e-mail addresses.
	if isURLOrMail(s[a:b]) {
		e := b
		for e > a {
			r, n := utf8.DecodeLastRuneInString(s[a:e])
			if !strings.ContainsRune(".,;:!?)]}\"'”’»>", r) {
				break
			}
			e -= n
		}
		toks = append(toks, tok(s, a, e))
		for k := e; k < b; {
			_, n := utf8.DecodeRuneInString(s[k:])
			toks = append(toks, tok(s, k, k+n))
			k += n
		}
		return toks
	}

	// Trailing punctuation, collected in reverse.
	var trail [8]kroniek.Token
	nt := 0
	for a < b && nt < len(trail) {
		n := t.trailing(s[a:b])
		if n == 0 {
			break
		}
		trail[nt] = tok(s, b-n, b)
		nt++
		b -= n
	}
	if a < b {
		toks = t.core(s, a, b, toks)
	}
	for k := nt - 1; k >= 0; k-- {
		toks = append(toks, trail[k])
	}
	return toks
}

func plain(w string, en bool) bool {
	if !isAlnumASCII(w[0]) || !isAlnumASCII(w[len(w)-1]) {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		c := w[i]
		if !isAlnumASCII(c) && !(c == '-' && !en) {
			return false
		}
	}
	return true
}

func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isURLOrMail(w string) bool {
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	if at > 0 && at < len(w)-1 {
		dot := strings.LastIndexByte(w, '.')
		return dot > at+1 && dot < len(w)-1 && isAlnumByte(w[at-1]) && isAlnumByte(w[at+1])
	}
	return false
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// leading returns the length of a punctuation token at the start of w, or 0.
func (t *Tokenizer) leading(w string) int {
	if len(w) >= 2 && (w[:2] == ",," || w[:2] == "``" || w[:2] == "''") {
		return 2
	}
	if strings.HasPrefix(w, "...") {
		return dots(w)
	}
	r, n := utf8.DecodeRuneInString(w)
	if n := emoticon(w); n > 0 {
		return n
	}
	if r < utf8.RuneSelf && punctRun[r] && len(w) > 1 && rune(w[1]) == r {
		k := 1
		for k < len(w) && rune(w[k]) == r {
			k++
		}
		return k
	}
	switch r {
	case '“', '‘', '„', '‚', '«', '»', '"', '(', '[', '{', '¿', '¡', '`', '*', '…', '—', '–', '•', '·', '<', '>', '|', '”', ',', ';', ':', '!', '?', '/', '=', '+', '~':
		return n
	case '\'', '’':
		if n < len(w) && apostropheWord(w[n:]) {
			return 0
		}
		return n
	case '€', '$', '£', '¥':
		return n
	case '-':
		if n < len(w) && (isDigit(w[n]) || w[n] == '-') {
			if w[n] == '-' {
				return 2 // "--"
			}
			return 0 // a negative number
		}
		return n
	case '.':
		return n
	case '#', '@':
		return 0
	}
	return 0
}

// punctRun marks ASCII punctuation whose runs (***, !!!, $$$, <<) are one token.
var punctRun = [128]bool{'*': true, '!': true, '?': true, '=': true, '~': true, '-': true, '.': true, '#': true,
	'$': true, '<': true, '>': true, '+': true, '_': true, '^': true, '/': true, ':': true, ')': true, '(': true}

// emoticons are kept whole.
var emoticons = []string{":-)", ":-(", ":-D", ":-P", ";-)", ":)", ":(", ":D", ":P", ";)", ":/", ":-/", "<3"}

func emoticon(w string) int {
	if w[0] != ':' && w[0] != ';' && w[0] != '<' {
		return 0
	}
	for _, e := range emoticons {
		if strings.HasPrefix(w, e) && (len(w) == len(e) || !isAlnumByte(w[len(e)])) {
			return len(e)
		}
	}
	return 0
}

// apostropheWord reports whether w (what follows a leading apostrophe) makes
// a word with it: Dutch 's, 't, 'n, 'k and years like '80.
func apostropheWord(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		k := 0
		for k < len(w) && isDigit(w[k]) {
			k++
		}
		return k == 2 && (k == len(w) || !isLetterAt(w, k))
	}
	switch w[0] {
	case 's', 't', 'n', 'k', 'S', 'T':
		return len(w) == 1 || !isLetterAt(w, 1)
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetterAt(w string, k int) bool {
	r, _ := utf8.DecodeRuneInString(w[k:])
	return unicode.IsLetter(r)
}

func dots(w string) int {
	k := 0
	for k < len(w) && w[k] == '.' {
		k++
	}
	return k
}

// trailing returns the length of a punctuation token at the end of w, or 0.
func (t *Tokenizer) trailing(w string) int {
	if strings.HasSuffix(w, "''") && len(w) > 2 {
		return 2
	}
	if strings.HasSuffix(w, "...") {
		k := 0
		for k < len(w) && w[len(w)-1-k] == '.' {
			k++
		}
		if k == len(w) {
			return 0
		}
		return k
	}
	r, n := utf8.DecodeLastRuneInString(w)
	if n == len(w) {
		return 0
	}
	if r == ')' || r == '(' || r == 'D' || r == 'P' || r == '/' || r == '3' {
		for _, e := range emoticons {
			if strings.HasSuffix(w, e) && len(w) > len(e) {
				return len(e)
			}
		}
	}
	if r < utf8.RuneSelf && punctRun[r] && len(w) > 1 && rune(w[len(w)-2]) == r {
		k := 1
		for k < len(w) && rune(w[len(w)-1-k]) == r {
			k++
		}
		if k == len(w) {
			return 0
		}
		return k
	}
	switch r {
	case '”', '’', '"', '»', '«', ')', ']', '}', ',', ';', '!', '?', '…', '*', '“', '„', '>', '|':
		if r == '’' && t.lang != "en" {
			return n
		}
		return n
	case ':':
		return n
	case '\'':
		// Keep English "goin'"? Rare in news; a trailing apostrophe is
		// almost always a closing quote or a plural possessive.
		return n
	case '%':
		if t.lang == "en" {
			return n
		}
		return 0
	case '-', '—', '–':
		if strings.HasSuffix(w, "--") && len(w) > 2 {
			return 2
		}
		// "Noord- en Zuid-Korea": the hyphen stays with its word.
		if r == '-' && len(w) > 1 {
			return 0
		}
		return n
	case '.':
		core := w[:len(w)-1]
		if t.keepPeriod(core) {
			return 0
		}
		return n
	}
	return 0
}

// keepPeriod reports whether core+"." is an abbreviation or initial whose
// period belongs to the word.
func (t *Tokenizer) keepPeriod(core string) bool {
	if core == "" {
		return false
	}
	// Single letter: an initial (J.) or a list letter.
	if r, n := utf8.DecodeRuneInString(core); n == len(core) && unicode.IsLetter(r) {
		return true
	}
	lower := strings.ToLower(core)
	if t.abbrev[lower] {
		return true
	}
	// Dotted abbreviations: U.S, o.a, p.m — letters separated by periods.
	if strings.IndexByte(core, '.') > 0 {
		ok := true
		for _, part := range strings.Split(core, ".") {
			if part == "" || utf8.RuneCountInString(part) > 3 {
				ok = false
				break
			}
			for _, r := range part {
				if !unicode.IsLetter(r) {
					ok = false
					break
				}
			}
		}
		return ok
	}
	return false
}

// core splits the inside of a chunk: English clitics and punctuation that
// does not belong inside a word.
func (t *Tokenizer) core(s string, a, b int, toks []kroniek.Token) []kroniek.Token {
	return t.inner(s, a, b, toks)
}

// enPrefix: English prefixes that keep their hyphen (e-mail, non-Microsoft,
// re-wording), where the treebank keeps the word whole.
func enPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "e", "non", "re", "mis", "counter", "co", "pre", "post", "anti", "multi", "semi", "sub", "inter", "ex", "mid", "x":
		return true
	}
	return false
}

// inner splits s[a:b] at punctuation that never sits inside a word:
// quotes, brackets, and , ; : ! ? not between digits.
func (t *Tokenizer) inner(s string, a, b int, toks []kroniek.Token) []kroniek.Token {
	start := a
	for k := a; k < b; {
		c := s[k]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[k:])
		}
		split := false
		switch r {
		case '“', '”', '„', '«', '»', '"', '(', ')', '[', ']', '{', '}', '…', '—', ';', '!', '?', '|':
			split = true
		case '–':
			split = !(k > a && isDigit(s[k-1]) && k+n < b && isDigit(s[k+n]))
		case '-', '/':
			// English UD splits hyphenated compounds (wheel - chair) and
			// and/or, but not numbers (303-832-8160, 3/4).
			split = t.lang == "en" && k > a && k+1 < b && rune(s[k+1]) != r && s[k-1] != '-' && s[k-1] != '/' &&
				(isLetterAt(s, k+1) || !isDigit(s[k-1])) && !(r == '-' && enPrefix(s[start:k]))
		case ',', ':':
			// 0,25 and 10:30 stay whole; so do URL-like a:b inside words.
			split = !(k > a && k+1 < b && isDigit(s[k-1]) && isDigit(s[k+1]))
		case '.':
			if k+2 < b && s[k+1] == '.' && s[k+2] == '.' {
				if k > start {
					toks = append(toks, tok(s, start, k))
				}
				d := dots(s[k:b])
				toks = append(toks, tok(s, k, k+d))
				k += d
				start = k
				continue
			}
		}
		if split {
			if k > start {
				toks = append(toks, tok(s, start, k))
			}
			toks = append(toks, tok(s, k, k+n))
			start = k + n
		}
		k += n
	}
	if start < b {
		toks = append(toks, tok(s, start, b))
	}
	return toks
}

// Segment tokenizes s and splits it into sentences; it sets each token's Sent.
func Segment(s, lang string) ([]kroniek.Token, []kroniek.Sentence) {
	t := For(lang)
	toks := t.Tokenize(s)
	return toks, t.Sentences(s, toks)
}

// Sentences groups toks (from Tokenize on s) into sentences and sets Sent.
func (t *Tokenizer) Sentences(s string, toks []kroniek.Token) []kroniek.Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]kroniek.Sentence, 0, len(toks)/15+1)
	first := 0
	quotes := 0 // straight double quotes seen in the paragraph: odd = one is open
	end := func(last int) {
		sents = append(sents, kroniek.Sentence{Start: toks[first].Start, End: toks[last].End})
		for k := first; k <= last; k++ {
			toks[k].Sent = len(sents) - 1
		}
		first = last + 1
	}
	for i := 0; i < len(toks); i++ {
		if i == len(toks)-1 {
			end(i)
			break
		}
		if toks[i].Text == "\"" {
			quotes++
		}
		gap := s[toks[i].End:toks[i+1].Start]
		nl := strings.Count(gap, "\n")
		if nl >= 2 || nl == 1 && blankLine(gap) {
			end(i)
			quotes = 0
			continue
		}
		if !isFinal(toks[i].Text) && !t.finalAbbrev(toks[i].Text) {
			if nl == 1 && newlineBreak(toks[i].Text, toks[i+1].Text) {
				end(i)
			}
			continue
		}
		// Absorb closing quotes and brackets that hug the punctuation.
		last := i
		for last+1 < len(toks) && isCloser(toks[last+1].Text) {
			nx := toks[last+1].Text
			hug := toks[last+1].Start == toks[last].End
			gap := s[toks[last].End:toks[last+1].Start]
			if !hug && (strings.Contains(gap, "\n") || !alwaysCloser(nx) && !(nx == "\"" && quotes%2 == 1) && !openQuote(toks[first:last+1], nx)) {
				break
			}
			if nx == "\"" {
				quotes++
			}
			last++
		}
		if last == len(toks)-1 {
			end(last)
			break
		}
		next := toks[last+1].Text
		gap = s[toks[last].End:toks[last+1].Start]
		if gap == "" && !isOpener(next) {
			i = last
			continue // "3.5", "a.b" split oddly: no break without space
		}
		if strings.Contains(gap, "\n") || startsSentence(next) {
			end(last)
		}
		i = last
	}
	return sents
}

func blankLine(gap string) bool {
	k := strings.IndexByte(gap, '\n')
	return strings.TrimSpace(gap[k+1:]) == "" && strings.Count(gap, "\n") >= 2
}

func isFinal(w string) bool {
	switch w {
	case ".", "!", "?", "…", "?!", "!?":
		return true
	}
	return len(w) >= 2 && strings.Trim(w, ".!?") == ""
}

// finalAbbrev: abbreviations that often end a sentence (etc.) end one when
// a capitalised word follows.
func (t *Tokenizer) finalAbbrev(w string) bool {
	switch strings.ToLower(w) {
	case "etc.", "enz.", "e.d.", "e.a.", "jr.", "inc.", "ltd.", "co.", "corp.":
		return true
	}
	return false
}

func isCloser(w string) bool {
	switch w {
	case "”", "’", "\"", "'", "»", ")", "]", "}", "''", "›":
		return true
	}
	return false
}

// alwaysCloser: marks that only ever close a quote or bracket.
func alwaysCloser(w string) bool {
	switch w {
	case "''", "”", ")", "]", "}":
		return true
	}
	return false
}

// openQuote reports whether a straight quote mark q would close a quote
// opened earlier in the sentence: an odd number of them so far.
func openQuote(sent []kroniek.Token, q string) bool {
	n := 0
	for _, t := range sent {
		if t.Text == q {
			n++
		}
	}
	return n%2 == 1
}

func isOpener(w string) bool {
	switch w {
	case "“", "‘", "„", "\"", "'", "«", "»", "(", "[", ",,", "``", "‹":
		return true
	}
	return false
}

// startsSentence reports whether a token can start a sentence after final
// punctuation: a capital, a digit, an opening quote or bracket, a dash.
func startsSentence(w string) bool {
	if isOpener(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsTitle(r):
		return true
	case r == '-' || r == '–' || r == '—' || r == '•' || r == '*' || r == '\'' || r == '’' || r == '#' || r == '@':
		return true
	}
	return false
}

// newlineBreak decides a single line break without final punctuation: it
// ends a sentence unless the line visibly continues (a comma, a hyphen).
func newlineBreak(prev, next string) bool {
	switch prev {
	case ",", ";", "-", "–", "(", "„", ",,", "“", "&", "/":
		return false
	}
	return true
}

// Stage fills doc.Tokens and doc.Sentences.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "text" }

// Annotate implements pipeline.Stage.
func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	doc.Tokens, doc.Sentences = Segment(doc.Text, doc.Lang)
	return nil
}
