package timex

import (
	"strconv"
	"strings"
	"sync"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// Lexeme kinds: what a word can mean in a time expression.
const (
	kMonth = iota + 1
	kWday
	kWdays
	kUnit
	kUnits
	kNum
	kOrd
	kRel
	kDay
	kDayPod
	kPod
	kSeason
	kRef
	kSet
	kVdur
	kMod
	kFew
	kEvery
	kPer
	kAgo
	kAfter
	kBefore
	kDet
	kFiscal
	kTZ
	kClock
	kWdayPod // woensdagavond: n = weekday, s = part of day
)

type lexeme struct {
	kind int
	n    int     // month, weekday, ordinal, day offset, relative direction
	f    float64 // number value
	s    string  // unit code, part of day, season, value, modifier
}

type lexicon struct {
	lang  string
	words map[string][]lexeme
}

var (
	lexOnce sync.Once
	lexNL   *lexicon
	lexEN   *lexicon
)

func lexicons() (*lexicon, *lexicon) {
	lexOnce.Do(func() {
		lexNL = buildLexicon("nl", nl.TimexLexicon)
		lexEN = buildLexicon("en", en.TimexLexicon)
	})
	return lexNL, lexEN
}

func lexiconFor(lang string) *lexicon {
	n, e := lexicons()
	if lang == "nl" {
		return n
	}
	return e
}

var podSuffixNL = map[string]string{"ochtend": "MO", "morgen": "MO", "middag": "AF", "avond": "EV", "nacht": "NI"}

func buildLexicon(lang string, src map[string]string) *lexicon {
	lx := &lexicon{lang: lang, words: make(map[string][]lexeme, len(src)*2)}
	for w, tags := range src {
		for _, tag := range strings.Split(tags, "|") {
			if l, ok := parseTag(tag); ok {
				lx.words[w] = append(lx.words[w], l)
			}
		}
	}
	if lang == "nl" {
		// Compounds of a weekday or gister/morgen with a part of day.
		for w, tags := range src {
			if !strings.HasPrefix(tags, "wday:") {
				continue
			}
			d, _ := strconv.Atoi(tags[5:])
			for suf, pod := range podSuffixNL {
				lx.words[w+suf] = append(lx.words[w+suf], lexeme{kind: kWdayPod, n: d, s: pod})
			}
		}
		for suf, pod := range podSuffixNL {
			lx.words["gister"+suf] = append(lx.words["gister"+suf], lexeme{kind: kDayPod, n: -1, s: pod})
			if suf != "morgen" {
				lx.words["morgen"+suf] = append(lx.words["morgen"+suf], lexeme{kind: kDayPod, n: 1, s: pod})
			}
		}
	}
	return lx
}

func parseTag(tag string) (lexeme, bool) {
	name, arg, _ := strings.Cut(tag, ":")
	num := func() int { n, _ := strconv.Atoi(strings.TrimPrefix(arg, "+")); return n }
	switch name {
	case "month":
		return lexeme{kind: kMonth, n: num()}, true
	case "wday":
		return lexeme{kind: kWday, n: num()}, true
	case "wdays":
		return lexeme{kind: kWdays, n: num()}, true
	case "unit":
		return lexeme{kind: kUnit, s: arg}, true
	case "units":
		return lexeme{kind: kUnits, s: arg}, true
	case "num":
		f, err := strconv.ParseFloat(arg, 64)
		return lexeme{kind: kNum, f: f}, err == nil
	case "ord":
		return lexeme{kind: kOrd, n: num()}, true
	case "rel":
		return lexeme{kind: kRel, n: num()}, true
	case "day":
		return lexeme{kind: kDay, n: num()}, true
	case "daypod":
		off, pod, _ := strings.Cut(arg, ":")
		n, _ := strconv.Atoi(strings.TrimPrefix(off, "+"))
		return lexeme{kind: kDayPod, n: n, s: pod}, true
	case "pod":
		return lexeme{kind: kPod, s: arg}, true
	case "season":
		return lexeme{kind: kSeason, s: arg}, true
	case "ref":
		return lexeme{kind: kRef, s: arg}, true
	case "set":
		return lexeme{kind: kSet, s: arg}, true
	case "vdur":
		return lexeme{kind: kVdur, s: arg}, true
	case "mod":
		return lexeme{kind: kMod, s: arg}, true
	case "few":
		return lexeme{kind: kFew}, true
	case "every":
		return lexeme{kind: kEvery}, true
	case "per":
		return lexeme{kind: kPer}, true
	case "ago":
		return lexeme{kind: kAgo}, true
	case "after":
		return lexeme{kind: kAfter}, true
	case "before":
		return lexeme{kind: kBefore}, true
	case "det":
		return lexeme{kind: kDet}, true
	case "fiscal":
		return lexeme{kind: kFiscal}, true
	case "tz":
		return lexeme{kind: kTZ}, true
	case "clock":
		return lexeme{kind: kClock, s: arg}, true
	}
	return lexeme{}, false
}

// dutchNumber reads a written-out Dutch number such as vierentwintig or
// tweehonderd (units up to 99, hundreds and thousands).
func dutchNumber(w string, lx *lexicon) (float64, bool) {
	if w == "" || len(w) > 40 {
		return 0, false
	}
	simple := func(s string) (float64, bool) {
		for _, l := range lx.words[s] {
			if l.kind == kNum && l.f >= 1 && l.f < 100 {
				return l.f, true
			}
		}
		return 0, false
	}
	if v, ok := simple(w); ok {
		return v, true
	}
	for _, big := range []struct {
		w string
		v float64
	}{{"duizend", 1000}, {"honderd", 100}} {
		if i := strings.Index(w, big.w); i >= 0 {
			mul := 1.0
			if i > 0 {
				m, ok := dutchNumber(w[:i], lx)
				if !ok {
					return 0, false
				}
				mul = m
			}
			rest := 0.0
			if r := w[i+len(big.w):]; r != "" {
				v, ok := dutchNumber(strings.TrimPrefix(r, "en"), lx)
				if !ok {
					return 0, false
				}
				rest = v
			}
			return mul*big.v + rest, true
		}
	}
	// eenentwintig, tweeëntwintig
	for _, sep := range []string{"ën", "en"} {
		if i := strings.Index(w, sep); i > 0 {
			a, ok1 := simple(w[:i])
			b, ok2 := simple(w[i+len(sep):])
			if ok1 && ok2 && a < 10 && b >= 20 && int(b)%10 == 0 {
				return a + b, true
			}
		}
	}
	return 0, false
}
