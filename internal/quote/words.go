package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

// word is a run of adjacent tokens (so "Jong-un", "zo'n" and "U.S." are one
// word) with sentence-final periods and other punctuation split off.
type word struct {
	start, end int
	text       string
	lower      string
	cap        bool // starts with an upper-case letter
	punct      bool // punctuation only
	first      bool // first word of a sentence or paragraph
	pos        string
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true, "jr": true,
	"sr": true, "st": true, "lt": true, "col": true, "capt": true, "sgt": true, "prof": true, "drs": true, "ir": true,
	"ing": true, "mgr": true, "rev": true, "mw": true, "dhr": true, "mevr": true, "no": true, "vs": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "mt": true, "ft": true, "gen.": true,
}

func isSplitter(s string) bool {
	switch s {
	case ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‚", "/", "…":
		return true
	}
	return false
}

// buildWords joins doc's tokens into words.
func buildWords(t string, toks []kroniek.Token) []word {
	ws := make([]word, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.Start < 0 || tk.End > len(t) || tk.Start >= tk.End {
			continue
		}
		s, e, pos := tk.Start, tk.End, tk.POS
		if !isSplitter(t[s:e]) && t[s:e] != "." {
			for i+1 < len(toks) && toks[i+1].Start == e && toks[i+1].End <= len(t) && toks[i+1].Start < toks[i+1].End {
				nx := t[toks[i+1].Start:toks[i+1].End]
				adjLetter := i+2 < len(toks) && toks[i+2].Start == toks[i+1].End && isWordRune(runeAt(t, toks[i+2].Start))
				switch {
				case nx == "'" || nx == "’":
					if !adjLetter {
						goto done
					}
				case nx == ".":
					w := strings.ToLower(t[s:e])
					single := utf8.RuneCountInString(t[s:e]) == 1 && unicode.IsUpper(runeAt(t, s))
					// "(D-Wis.)": a period right before a closing parenthesis.
					// A period right before a closing parenthesis or a comma
					// ("(D-Wis.)", "R-Ky., said") ends no sentence.
					paren := i+2 < len(toks) && toks[i+2].Start == toks[i+1].End &&
						(t[toks[i+2].Start:toks[i+2].End] == ")" || t[toks[i+2].Start:toks[i+2].End] == ",")
					if !adjLetter && !single && !abbrevs[w] && !strings.Contains(t[s:e], ".") && !paren {
						goto done
					}
				case isSplitter(nx):
					goto done
				}
				i++
				e = toks[i].End
			}
		}
	done:
		ws = append(ws, mkWord(t, s, e, pos))
	}
	for k := range ws {
		if k == 0 {
			ws[k].first = true
			continue
		}
		p := ws[k-1]
		if strings.Contains(t[p.end:ws[k].start], "\n") {
			ws[k].first = true
			continue
		}
		switch p.text {
		case ".", "!", "?", ":", "“", "„", "«", "\"", ",,", "'", "‘":
			ws[k].first = true
		}
		if p.punct && k >= 2 && (p.text == "," && ws[k-2].text == ",") {
			ws[k].first = true
		}
	}
	return ws
}

func mkWord(t string, s, e int, pos string) word {
	w := word{start: s, end: e, text: t[s:e], pos: pos}
	w.lower = strings.ToLower(w.text)
	// "He’s claiming": the clitic does not change the pronoun.
	for _, c := range []string{"’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d"} {
		if b, ok := strings.CutSuffix(w.lower, c); ok && (b == "he" || b == "she" || b == "they" || b == "it") {
			w.lower = b
		}
	}
	r := runeAt(t, s)
	w.cap = unicode.IsUpper(r)
	w.punct = true
	for _, r := range w.text {
		if isWordRune(r) {
			w.punct = false
			break
		}
	}
	return w
}

// wordAt returns the index of the first word starting at or after byte i.
func wordAt(ws []word, i int) int {
	return sort.Search(len(ws), func(k int) bool { return ws[k].start >= i })
}

// sentEnd reports whether w ends a sentence.
func sentEnd(w word) bool {
	return w.text == "." || w.text == "!" || w.text == "?" || w.text == "…"
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "„", "«", "»", "‘", "’", "'", "‚":
		return true
	}
	return false
}
