package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

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
