package sqlite

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

// Filter tokens go into the full-text index beside the words, so that a
// search with filters is one FTS5 query (doclists intersected, BM25 over
// the result) instead of a join over every match. "zzk" keeps them apart
// from words: no language writes it.
const filterPrefix = "zzk"

func langToken(lang string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(lang) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return filterPrefix + "l" + b.String()
}

// monthToken is the token of the month of a published date, "" when the
// date does not start with YYYY-MM.
func monthToken(published string) string {
	if !validMonth(published) {
		return ""
	}
	return filterPrefix + "m" + published[:4] + published[5:7]
}

func validMonth(s string) bool {
	if len(s) < 7 || s[4] != '-' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6} {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	m := (s[5]-'0')*10 + s[6] - '0'
	return m >= 1 && m <= 12
}

func entityToken(n int64) string { return filterPrefix + "e" + strconv.FormatInt(n, 10) }

// filterTerms are the filter tokens of an article.
func filterTerms(lang, published string, ents []int64) string {
	var b strings.Builder
	for _, t := range []string{langToken(lang), monthToken(published)} {
		if t != "" {
			b.WriteString(t)
			b.WriteByte(' ')
		}
	}
	for _, n := range ents {
		b.WriteString(entityToken(n))
		b.WriteByte(' ')
	}
	return b.String()
}

// monthsBetween lists the month tokens from the month of from to the month
// of to, both "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nil when there are more
// than max (the caller filters otherwise).
func monthsBetween(from, to string, max int) []string {
	y0, m0, ok0 := monthOf(from, 1)
	y1, m1, ok1 := monthOf(to, 12)
	if !ok0 || !ok1 {
		return nil
	}
	var out []string
	for y, m := y0, m0; y < y1 || (y == y1 && m <= m1); {
		if len(out) == max {
			return nil
		}
		out = append(out, filterPrefix+"m"+strconv.Itoa(y)+twoDigits(m))
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

func twoDigits(m int) string {
	if m < 10 {
		return "0" + strconv.Itoa(m)
	}
	return strconv.Itoa(m)
}

// monthOf reads the year and month of a date; a bare year gives month
// defMonth.
func monthOf(s string, defMonth int) (y, m int, ok bool) {
	if len(s) < 4 {
		return 0, 0, false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 0 {
		return 0, 0, false
	}
	if len(s) == 4 {
		return y, defMonth, true
	}
	if !validMonth(s) {
		return 0, 0, false
	}
	m, _ = strconv.Atoi(s[5:7])
	return y, m, true
}

// ftsTerms is what the full-text index holds for a document: the title's
// words, then every token's lower-cased form and, when it differs, its
// lemma. Indexing both lets "ontmoeten" find "ontmoette" and still lets a
// reader search for the inflected form. Without tokens it falls back to the
// text itself.
func ftsTerms(doc *kroniek.Document) string {
	var b strings.Builder
	b.Grow(len(doc.Title) + len(doc.Text)*2)
	b.WriteString(strings.ToLower(doc.Title))
	b.WriteByte('\n')
	if len(doc.Tokens) == 0 {
		b.WriteString(strings.ToLower(doc.Text))
		return b.String()
	}
	// Token offsets are code points; index the text by code point once.
	var byteAt []int
	if !isASCII(doc.Text) {
		byteAt = make([]int, 0, len(doc.Text)+1)
		for i := range doc.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(doc.Text))
	}
	pos := func(cp int) int {
		if byteAt == nil {
			return min(max(cp, 0), len(doc.Text))
		}
		return byteAt[min(max(cp, 0), len(byteAt)-1)]
	}
	for _, t := range doc.Tokens {
		s, e := pos(t.Start), pos(t.End)
		if e <= s {
			continue
		}
		form := strings.ToLower(doc.Text[s:e])
		if !hasWordRune(form) {
			continue
		}
		b.WriteString(form)
		b.WriteByte(' ')
		if l := strings.ToLower(t.Lemma); l != "" && l != form && l != "_" {
			b.WriteString(l)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// queryWords splits a search query into lower-cased words: runs of letters
// and digits, as FTS5's unicode61 tokenizer sees them.
func queryWords(q string) []string {
	var words []string
	f := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
	})
	for _, w := range f {
		if len(words) == 32 { // a bound on work per query
			break
		}
		words = append(words, w)
	}
	return words
}

// matchExpr turns a user query into an FTS5 expression in which every word
// is a quoted string (so no FTS5 syntax reaches the engine from users) and
// all words must occur. It returns "" for a query without words.
func matchExpr(q string) string {
	words := queryWords(q)
	if len(words) == 0 {
		return ""
	}
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(parts, " AND ")
}

// prefixExpr is matchExpr with every word of four letters or more matching
// as a prefix ("beleefdheid" finds "beleefdheidsvisite"), for quote search.
func prefixExpr(q string) string {
	words := queryWords(q)
	if len(words) == 0 {
		return ""
	}
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		// Short prefixes match half the language: whole words only.
		if utf8.RuneCountInString(w) >= 4 {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " AND ")
}

// withFilters adds filter tokens to a match expression: all of must, and
// one of anyOf when given.
func withFilters(expr string, must, anyOf []string) string {
	for _, t := range must {
		expr += ` AND "` + t + `"`
	}
	if len(anyOf) > 0 {
		expr += ` AND ("` + strings.Join(anyOf, `" OR "`) + `")`
	}
	return expr
}

// snippet returns about width runes of text around the first place where
// one of the query's words (or, for a lemma match, its stem) occurs, cut at
// word boundaries; the start of the text when nothing is found.
func snippet(text, q string, width int) string {
	lower := strings.ToLower(text)
	at := -1
	if len(lower) == len(text) { // offsets agree only when lower-casing kept lengths
		for _, w := range queryWords(q) {
			for _, cand := range []string{w, stem(w)} {
				if cand == "" {
					continue
				}
				if i := indexWord(lower, cand); i >= 0 && (at < 0 || i < at) {
					at = i
					break
				}
			}
		}
	}
	if at < 0 {
		at = 0
	}
	// Start about a third of the width before the match, at a space.
	start := at
	for n := 0; start > 0 && n < width/3; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	if start > 0 {
		if i := strings.IndexByte(text[start:at], ' '); i >= 0 {
			start += i + 1
		}
	}
	end := start
	for n := 0; end < len(text) && n < width; n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	if end < len(text) {
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 {
			end = start + i
		}
	}
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(text) {
		s += "…"
	}
	return s
}

// stem cuts a word to a prefix long enough to be telling, to find the
// inflected form of a lemma ("ontmoeten" → "ontmoet").
func stem(w string) string {
	r := []rune(w)
	if len(r) < 6 {
		return ""
	}
	return string(r[:max(5, len(r)-3)])
}

// indexWord finds w at the start of a word in s.
func indexWord(s, w string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if i == 0 {
			return 0
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return i
		}
		off = i + len(w)
	}
	return -1
}
