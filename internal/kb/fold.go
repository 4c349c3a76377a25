package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold maps a name to its lookup key: lower case, Latin diacritics removed,
// dots dropped, hyphens, underscores and runs of space made one space, and
// typographic apostrophes made plain. "Oekraïne", "oekraine" and
// "OEKRAÏNE" share a key, as do "U.S." and "US", "Noord-Korea" and
// "Noord Korea".
func Fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '-' || r == '_' || r == '‐' || r == '‑' || r == '–' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’' || r == '‘' || r == '`' || r == '´':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		r = unicode.ToLower(r)
		if base, ok := plain[r]; ok {
			b.WriteString(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plain holds the base letters of the accented Latin letters common in
// European and transliterated names.
var plain = func() map[rune]string {
	m := map[rune]string{}
	add := func(base string, letters string) {
		for _, r := range letters {
			m[r] = base
		}
	}
	add("a", "àáâãäåāăą")
	add("ae", "æ")
	add("c", "çćĉċč")
	add("d", "ďđð")
	add("e", "èéêëēĕėęě")
	add("g", "ĝğġģ")
	add("h", "ĥħ")
	add("i", "ìíîïĩīĭįı")
	add("j", "ĵ")
	add("k", "ķ")
	add("l", "ĺļľŀł")
	add("n", "ñńņňŉ")
	add("o", "òóôõöøōŏő")
	add("oe", "œ")
	add("r", "ŕŗř")
	add("s", "śŝşšș")
	add("ss", "ß")
	add("t", "ţťŧț")
	add("u", "ùúûüũūŭůűų")
	add("w", "ŵ")
	add("y", "ýÿŷ")
	add("z", "źżž")
	add("th", "þ")
	return m
}()

// folded reports whether s is already its own fold (lower-case ASCII, single
// inner spaces, no dots or hyphens), the common case, which needs no copy.
func folded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '\'':
		case c == ' ':
			if s[i-1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}
