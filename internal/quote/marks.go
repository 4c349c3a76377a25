package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cand is a stretch of text between quotation marks. Offsets are bytes.
type cand struct {
	open, close int // start of the opening mark, end of the closing mark
	start, end  int // the words inside, without marks and outer spaces
	single      bool
	closed      bool // false: runs to the end of its paragraph
}

// maxQuote bounds a candidate's length so a stray mark cannot swallow a page.
const maxQuote = 6000

func runeAt(t string, i int) rune {
	if i < 0 || i >= len(t) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return r
}

func runeBefore(t string, i int) rune {
	if i <= 0 || i > len(t) {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// openCtx: a straight mark opens when nothing word-like stands before it and
// something non-space follows.
func openCtx(t string, i, size int) bool {
	b, a := runeBefore(t, i), runeAt(t, i+size)
	if isWordRune(b) || b == '.' || b == ',' || b == '!' || b == '?' {
		return false
	}
	return !unicode.IsSpace(a) && i+size < len(t)
}

// closeCtx: a straight mark closes when something non-space stands before it
// and nothing word-like follows.
func closeCtx(t string, i, size int) bool {
	b, a := runeBefore(t, i), runeAt(t, i+size)
	return !unicode.IsSpace(b) && i > 0 && !isWordRune(a)
}

// paraEnd returns the end of the paragraph that holds i.
// The search stops past maxQuote: no quote runs longer.
func paraEnd(t string, i int) int {
	end := min(len(t), i+maxQuote+1)
	if j := strings.IndexByte(t[i:end], '\n'); j >= 0 {
		return i + j
	}
	return end
}

// findMarks finds every candidate quote: double-mark styles first (“…”, „…”,
// «…», "…", ,,…”), then single-mark styles (‘…’, '…', ‚…‘) outside them.
func findMarks(t string) []cand {
	var out []cand
	// The double-mark quotes come in text order and do not overlap, and i
	// only grows: one cursor walks them.
	cur := 0
	covered := func(i int) bool {
		for cur < len(out) && out[cur].close <= i {
			cur++
		}
		return cur < len(out) && i >= out[cur].open
	}
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		var closers []string
		osize := size
		switch {
		case r == '“':
			closers = []string{"”", "“", "\""}
		case r == '„':
			closers = []string{"”", "“", "\""}
		case r == '«':
			closers = []string{"»"}
		case r == '"' && openCtx(t, i, 1):
			closers = []string{"\"", "”"}
		case r == '\'' && strings.HasPrefix(t[i:], "''") && openCtx(t, i, 2):
			// ''…'' as some newspapers' plain-text double quotes.
			osize = 2
			closers = []string{"''", "\"", "”"}
		case r == ',' && strings.HasPrefix(t[i:], ",,") && openCtx(t, i, 2) && !strings.HasPrefix(t[i:], ",,,"):
			osize = 2
			closers = []string{"''", "\"", "”", "’’", "“"}
		}
		if closers == nil {
			i += size
			continue
		}
		c, next := scanClose(t, i, osize, closers, false)
		if c.end > c.start {
			out = append(out, c)
		}
		i = next
	}
	// Single marks, only outside the double-mark quotes.
	nDouble := len(out)
	doubles := out[:nDouble:nDouble]
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if cur < nDouble && covered(i) {
			i += size
			continue
		}
		var closers []string
		switch {
		case r == '‘' && !isWordRune(runeBefore(t, i)):
			closers = []string{"’", "'"}
		case r == '‚' && !isWordRune(runeBefore(t, i)):
			closers = []string{"‘", "’"}
		case r == '\'' && openCtx(t, i, 1) && !clitic(t, i+1):
			closers = []string{"'", "’"}
		}
		if closers == nil {
			i += size
			continue
		}
		c, next := scanClose(t, i, size, closers, true)
		if c.end > c.start && !overlapsAny(doubles, c) {
			out = append(out, c)
		}
		i = next
	}
	sortCands(out)
	return out
}

// overlapsAny reports whether c overlaps one of cs (sorted, disjoint).
func overlapsAny(cs []cand, c cand) bool {
	k := sort.Search(len(cs), func(k int) bool { return cs[k].close > c.open })
	return k < len(cs) && cs[k].open < c.close
}

func sortCands(cs []cand) {
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].open < cs[b].open })
}

// clitic reports a Dutch elided article or year ('s avonds, 't, 'n, '90) at i.
func clitic(t string, i int) bool {
	r := runeAt(t, i)
	if unicode.IsDigit(r) {
		return true
	}
	if r == 's' || r == 't' || r == 'n' {
		return !isWordRune(runeAt(t, i+1))
	}
	return false
}

// scanClose looks for the closing mark of a quote opened at i (osize bytes)
// within its paragraph. It returns the candidate and where scanning resumes.
func scanClose(t string, i, osize int, closers []string, single bool) (cand, int) {
	from := i + osize
	pe := paraEnd(t, from)
	limit := pe
	if limit-from > maxQuote {
		limit = from + maxQuote
	}
	c := cand{open: i, single: single}
	stop := pe
	for j := from; j < limit; {
		r, size := utf8.DecodeRuneInString(t[j:])
		for _, cl := range closers {
			if !strings.HasPrefix(t[j:], cl) {
				continue
			}
			if cl == "\"" || cl == "'" || cl == "’" || cl == "''" {
				if !closeCtx(t, j, len(cl)) {
					continue
				}
				// A straight single mark after an s may be a possessive; it
				// still closes when the quote has begun a while ago.
			}
			if cl == "“" && unicode.IsSpace(runeBefore(t, j)) {
				continue // “ closes only German-style „…“, right after a word
			}
			c.close = j + len(cl)
			c.closed = true
			c.start, c.end = trim(t, from, j)
			return c, c.close
		}
		// A new opening straight double mark in opening position means the
		// previous one was never closed.
		if !single && r == '"' && openCtx(t, j, 1) && !closeCtx(t, j, 1) && j > from+1 {
			stop = j
			break
		}
		j += size
	}
	if single {
		// An unclosed single mark is an apostrophe, not a quote.
		return cand{}, i + osize
	}
	c.close = stop
	c.start, c.end = trim(t, from, stop)
	if c.close-c.open > maxQuote {
		return cand{}, i + osize
	}
	return c, stop
}

func trim(t string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(t[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(t[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}
