// Package timex finds time expressions in Dutch and English news text and
// normalises them to TimeML TIMEX3 values, resolved against the article's
// publication date (its document creation time). It is rule-based,
// deterministic and never looks at the machine's clock or time zone.
package timex

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/text"
)

// Stage fills doc.Times with byte offsets into doc.Text.
type Stage struct{}

// Name is "timex".
func (Stage) Name() string { return "timex" }

// Annotate finds and resolves the document's time expressions.
func (Stage) Annotate(ctx context.Context, doc *kroniek.Document) error {
	toks := doc.Tokens
	if len(toks) == 0 && doc.Text != "" {
		toks, _ = text.Segment(doc.Text, doc.Lang)
	}
	doc.Times = Extract(doc.Text, toks, doc.Lang, doc.Published)
	if doc.Published != "" {
		if _, ok := parseDCT(doc.Published); !ok {
			doc.Diag(kroniek.Warning, "timex: published date "+doc.Published+" not understood; relative times left unresolved")
		}
	}
	return nil
}

// Extract returns the time expressions in text (tokens from text.Segment,
// byte offsets) resolved against published. lang is "nl" or "en" (anything
// else is treated as English).
func Extract(text string, toks []kroniek.Token, lang, published string) []kroniek.Time {
	e := newExtractor(text, toks, lang, published)
	return e.run()
}

// unit is a piece of a token: a run of letters, of digits, or one other
// character. Working on pieces makes the rules independent of how the
// tokenizer treats "Sept.", "10:30" or "third-quarter".
type unit struct {
	s          string // lower case
	start, end int    // byte offsets
	gap        bool   // whitespace (or nothing at all) before
	sent       int
	tok        int
	lx         []lexeme
	num        int // value when all digits (at most 9), else -1
	nd         int // number of digits
	upper      bool
}

type extractor struct {
	text   string
	toks   []kroniek.Token
	lx     *lexicon
	nl     bool
	u      []unit
	dct    tval
	hasDCT bool
	ref    tval
	// refExplicit: ref was written with its year ("november 2017").
	refExplicit bool
	// topicQ is the first quarter the article names: earnings reports
	// name the quarter they are about before any comparison.
	topicQ  tval
	results []kroniek.Time
}

func newExtractor(txt string, toks []kroniek.Token, lang, published string) *extractor {
	e := &extractor{text: txt, toks: toks, lx: lexiconFor(lang), nl: lang == "nl"}
	e.dct, e.hasDCT = parseDCT(published)
	e.ref = e.dct
	e.units()
	return e
}

func (e *extractor) units() {
	e.u = make([]unit, 0, len(e.toks)+len(e.toks)/4)
	prevEnd := -1
	for ti, t := range e.toks {
		if t.Start < 0 || t.End > len(e.text) || t.Start >= t.End {
			continue
		}
		s := e.text[t.Start:t.End]
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			cls := runeClass(r)
			j := i + size
			if cls != 0 {
				for j < len(s) {
					r2, s2 := utf8.DecodeRuneInString(s[j:])
					if runeClass(r2) != cls {
						break
					}
					j += s2
				}
			}
			start := t.Start + i
			u := unit{start: start, end: t.Start + j, sent: t.Sent, tok: ti, num: -1}
			u.gap = prevEnd < 0 || start > prevEnd
			raw := s[i:j]
			u.upper = unicode.IsUpper(r)
			if cls == 2 {
				u.s = raw
				u.nd = len(raw)
				if len(raw) <= 9 {
					n := 0
					for k := 0; k < len(raw); k++ {
						n = n*10 + int(raw[k]-'0')
					}
					u.num = n
				}
			} else {
				u.s = lower(raw)
			}
			if cls == 1 {
				u.lx = e.lookup(u.s)
			}
			e.u = append(e.u, u)
			prevEnd = u.end
			i = j
		}
	}
}

// runeClass: 1 letters, 2 ASCII digits, 0 anything else (one unit each).
func runeClass(r rune) int {
	if r >= '0' && r <= '9' {
		return 2
	}
	if unicode.IsLetter(r) {
		return 1
	}
	return 0
}

func (e *extractor) lookup(w string) []lexeme {
	if l, ok := e.lx.words[w]; ok {
		return l
	}
	if e.nl && len(w) > 6 && (strings.Contains(w, "tig") || strings.Contains(w, "honderd") || strings.Contains(w, "duizend")) {
		if v, ok := dutchNumber(w, e.lx); ok {
			return []lexeme{{kind: kNum, f: v}}
		}
	}
	return nil
}

// Helpers over units.

func (e *extractor) ok(i int) bool { return i >= 0 && i < len(e.u) }

func (e *extractor) has(i, kind int) (lexeme, bool) {
	if !e.ok(i) {
		return lexeme{}, false
	}
	for _, l := range e.u[i].lx {
		if l.kind == kind {
			return l, true
		}
	}
	return lexeme{}, false
}

func (e *extractor) w(i int) string {
	if !e.ok(i) {
		return ""
	}
	return e.u[i].s
}

func (e *extractor) is(i int, words ...string) bool {
	if !e.ok(i) {
		return false
	}
	for _, w := range words {
		if e.u[i].s == w {
			return true
		}
	}
	return false
}

// tight reports whether unit i follows unit i-1 without a space.
func (e *extractor) tight(i int) bool { return e.ok(i) && !e.u[i].gap }

// sameSent reports whether units i and j are in one sentence.
func (e *extractor) sameSent(i, j int) bool {
	return e.ok(i) && e.ok(j) && e.u[i].sent == e.u[j].sent
}

// cand is a recognised expression over units [start, end).
type cand struct {
	start, end int
	typ, val   string
	tv         tval
	anchor     bool // tv becomes the reference time for later expressions
	explicit   bool // the year was written out
}

func (e *extractor) run() []kroniek.Time {
	var out []kroniek.Time
	for i := 0; i < len(e.u); {
		if !e.canStart(i) {
			i++
			continue
		}
		c, ok := e.best(i)
		if !ok || c.val == "" {
			i++
			continue
		}
		s, t := e.u[c.start].start, e.u[c.end-1].end
		out = append(out, kroniek.Time{Start: s, End: t, Text: e.text[s:t], Type: c.typ, Value: c.val})
		if c.anchor {
			e.ref = c.tv
			e.refExplicit = c.explicit
			if c.tv.g == gQuarter && e.topicQ.g == 0 {
				e.topicQ = c.tv
			}
		}
		i = c.end
	}
	return out
}

type matcher func(e *extractor, i int) (cand, bool)

var matchers = []matcher{
	(*extractor).mDeictic,
	(*extractor).mWeekday,
	(*extractor).mAbsDate,
	(*extractor).mRel,
	(*extractor).mDur,
	(*extractor).mSet,
	(*extractor).mClock,
	(*extractor).mQuarter,
	(*extractor).mHoliday,
	(*extractor).mMisc,
	(*extractor).mPeriod,
}

// best returns the longest expression starting at unit i, with an English
// leading "the" or a modifier (early, eind, medio) included.
func (e *extractor) best(i int) (cand, bool) {
	c, ok := e.withMod(i)
	if !e.nl && e.is(i, "the") {
		// "the 2020 election": no article before a bare year. Not
		// recursive, so a run of "the the the" stays linear.
		if c2, ok2 := e.withMod(i + 1); ok2 && c2.start == i+1 && (!ok || c2.end > c.end) && !(c2.tv.g == gYear && c2.end == i+2) {
			c2.start = i
			return c2, true
		}
	}
	return c, ok
}

// withMod returns the longest expression at i, with a leading modifier
// that keeps the value included.
func (e *extractor) withMod(i int) (cand, bool) {
	c, ok := e.core(i)
	// A modifier that keeps the value: "eind februari", "early next year".
	if l, isMod := e.has(i, kMod); isMod || e.has2(i, kBefore, kAfter) {
		j := i + 1
		if e.is(j, "of", "van", "in") || (e.is(j, "-") && e.tight(j) && e.tight(j+1)) {
			j++
		}
		if _, d := e.has(j, kDet); d {
			j++
		}
		if c2, ok2 := e.core(j); ok2 && (c2.typ == kroniek.DATE || c2.typ == kroniek.TIME) && !strings.HasPrefix(c2.val, "P") && strings.Contains("0123456789", c2.val[:1]) {
			if isMod && l.s == "MID" && e.is(i, "half") && !e.nl {
				// "half" is only a modifier in Dutch (half april).
			} else if isMod && (l.s == "BEFORE" || l.s == "AFTER") && j != i+2 {
				// pre and post only as prefixes: post-1959, not "the Post Sunday".
			} else if (!ok || c2.end > c.end) && (isMod || j == i+1 || e.is(i+1, "in")) {
				c2.start = i
				c, ok = c2, true
			}
		} else if e.is(j-1, "the", "het", "de") && e.hasDCT && !ok {
			// the end of the year, earlier in the year, eind van het jaar.
			if u, isU := e.has(j, kUnit); isU && (e.is(i+1, "of", "van", "in") || j == i+1) {
				var v tval
				switch u.s {
				case "Y":
					v = e.dct.with(gYear)
				case "M":
					v = e.fromDCT(e.dct.with(gMonth))
				case "W":
					v = e.fromDCT(e.dct.with(gWeek))
				case "Q":
					v = e.dct.with(gQuarter)
				}
				if v.g != gNone {
					c, ok = e.date(i, j+1, v, false), true
				}
			}
		}
	}
	return c, ok
}

func (e *extractor) has2(i, k1, k2 int) bool {
	_, a := e.has(i, k1)
	_, b := e.has(i, k2)
	return a || b
}

func (e *extractor) core(i int) (cand, bool) {
	var best cand
	found := false
	if !e.ok(i) {
		return best, false
	}
	for _, m := range matchers {
		if c, ok := m(e, i); ok && c.end > i && c.end <= len(e.u) && (!found || c.end > best.end) {
			best, found = c, true
		}
	}
	return best, found
}

// fromDCT resolves v computed from the publication date: never finer than
// the date's own precision (a month-only date gives "2023-09" for "komende
// week").
func (e *extractor) fromDCT(v tval) tval {
	if e.dct.g < gDay && v.g > e.dct.g && v.g > gQuarter {
		return e.dct
	}
	if e.dct.g == gYear && v.g > gYear {
		return e.dct
	}
	return v
}

// date makes a DATE or TIME candidate from a resolved value.
func (e *extractor) date(start, end int, v tval, anchor bool) cand {
	typ := kroniek.DATE
	if v.g == gPod || v.g == gClock {
		typ = kroniek.TIME
	}
	return cand{start: start, end: end, typ: typ, val: v.String(), tv: v, anchor: anchor}
}

func (e *extractor) unresolved(start, end int) cand {
	return cand{start: start, end: end, typ: kroniek.DATE, val: "XXXX-XX-XX"}
}

// starters are words outside the lexicons that can begin an expression.
var starters = map[string]bool{
	"the": true, "jaren": true, "q": true, "nacht": true, "night": true, "rond": true, "omstreeks": true,
	"around": true, "about": true, "comparable": true, "corresponding": true, "same": true, "dag": true,
	"korte": true, "lange": true, "middellange": true, "new": true, "year": true, "period": true,
	"honderden": true, "duizenden": true, "miljoenen": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "tens": true, "kerstmis": true, "christmas": true, "kerst": true,
	"kerstdag": true, "kerstavond": true, "koningsdag": true, "bevrijdingsdag": true, "nieuwjaarsdag": true,
	"oudejaarsavond": true, "oudjaar": true, "thanksgiving": true, "election": true, "pasen": true, "easter": true,
	"pinksteren": true, "pentecost": true, "hemelvaartsdag": true, "carnaval": true, "moment": true,
	"quarter": true, "day": true, "hele": true, "gehele": true, "these": true, "short": true, "near": true, "long": true,
}

// canStart is a cheap test that unit i may begin a time expression, so the
// rules run only where they can match.
func (e *extractor) canStart(i int) bool {
	u := &e.u[i]
	if u.num >= 0 {
		return true
	}
	if u.lx != nil {
		// Dutch articles never begin an expression (de komende week).
		return !(e.nl && len(u.lx) == 1 && u.lx[0].kind == kDet)
	}
	if u.s == "'" || u.s == "’" {
		return true
	}
	return starters[u.s] || strings.HasSuffix(u.s, "ties")
}

// lower is strings.ToLower without an allocation for lower-case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
