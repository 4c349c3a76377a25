package timex

import (
	"fmt"
	"strings"
	"time"

	"kroniek"
)

// number reads a number at i: digits (with a decimal part), number words
// (twenty four, twenty-four, vierentwintig), "een half", or a vague quantity
// (a few, een paar, several). end is exclusive.
func (e *extractor) number(i int) (v float64, vague bool, end int, ok bool) {
	if !e.ok(i) {
		return 0, false, i, false
	}
	u := e.u[i]
	if u.num >= 0 && u.nd <= 7 {
		v = float64(u.num)
		end = i + 1
		// 6,5 (Dutch) or 6.5 (English) as a decimal; 1,000 as thousands.
		if e.tight(end) && e.tight(end+1) && e.ok(end+1) && e.u[end+1].num >= 0 {
			sep := e.w(end)
			n := e.u[end+1]
			switch {
			case sep == "," && !e.nl && n.nd == 3:
				v = v*1000 + float64(n.num)
				end += 2
			case (sep == "," && e.nl) || (sep == "." && !e.nl):
				if n.nd <= 2 {
					f := float64(n.num)
					for k := 0; k < n.nd; k++ {
						f /= 10
					}
					v += f
					end += 2
				}
			}
		}
		// 2 1/2
		if e.ok(end+2) && e.u[end].s == "1" && e.u[end].gap && e.is(end+1, "/") && e.u[end+2].s == "2" && e.tight(end+1) && e.tight(end+2) {
			v += 0.5
			end += 3
		}
		return v, false, end, true
	}
	// a couple of, the next couple of: two.
	if e.is(i, "a") && e.is(i+1, "couple") || e.is(i, "couple") && e.is(i+1, "of") {
		end = i + 1
		if e.is(i, "a") {
			end++
		}
		if e.is(end, "of") {
			end++
		}
		return 2, false, end, true
	}
	// Vague quantities.
	j := i
	if e.is(j, "a", "een", "an") {
		j++
	}
	if _, f := e.has(j, kFew); f && !e.is(j, "wat") || (e.is(j, "wat") && j > i) {
		end = j + 1
		if e.is(end, "of") {
			end++
		}
		return 0, true, end, true
	}
	if e.is(i, "dozens", "hundreds", "thousands", "millions", "tens") && e.is(i+1, "of") {
		return 0, true, i + 2, true
	}
	l, isNum := e.has(i, kNum)
	if !isNum {
		return 0, false, i, false
	}
	v, end = l.f, i+1
	if (e.is(i, "a", "an", "een")) && e.ok(end) {
		if h, ok := e.has(end, kNum); ok && h.f == 0.5 {
			return 0.5, false, end + 1, true
		}
		if h, ok := e.has(end, kNum); ok && h.f >= 100 {
			v, end = h.f, end+1
		}
	}
	if v == 0.5 && e.is(end, "a", "an") && !e.nl {
		end++ // half an hour
	}
	for e.ok(end) {
		j := end
		if e.is(j, "-") && e.tight(j) && e.tight(j+1) {
			j++
		}
		n, ok := e.has(j, kNum)
		if !ok || e.is(j, "a", "an", "een", "één") || n.f == 0.5 {
			break
		}
		switch {
		case n.f >= 100 && v < n.f:
			v *= n.f
		case v >= 20 && v < 100 && int(v)%10 == 0 && n.f < 10:
			v += n.f
		default:
			v, end, _ = e.andAHalf(end, v)
			return v, false, end, true
		}
		end = j + 1
	}
	v, end, _ = e.andAHalf(end, v)
	return v, false, end, true
}

// andAHalf reads "and a half" / "en een half" after a number.
func (e *extractor) andAHalf(end int, v float64) (float64, int, bool) {
	if e.is(end, "and", "en") && e.is(end+1, "a", "een") && e.is(end+2, "half") {
		return v + 0.5, end + 3, true
	}
	return v, end, true
}

// dayNum reads a day of the month (3, 3rd, 3e, 21ste).
func (e *extractor) dayNum(i int) (int, int, bool) {
	if !e.ok(i) || e.u[i].num < 1 || e.u[i].num > 31 || e.u[i].nd > 2 {
		return 0, i, false
	}
	end := i + 1
	if e.tight(end) && e.is(end, "st", "nd", "rd", "th", "e", "ste", "de") {
		end++
	}
	return e.u[i].num, end, true
}

// year reads a four-digit year (or '98).
func (e *extractor) year(i int) (int, int, bool) {
	if !e.ok(i) {
		return 0, i, false
	}
	u := e.u[i]
	if u.nd == 4 && u.num >= 1000 && u.num <= 2199 {
		return u.num, i + 1, true
	}
	if (u.s == "'" || u.s == "’") && e.tight(i+1) && e.ok(i+1) && e.u[i+1].nd == 2 {
		n := e.u[i+1].num
		if n > 30 {
			return 1900 + n, i + 2, true
		}
		return 2000 + n, i + 2, true
	}
	return 0, i, false
}

// month reads a month name with an optional abbreviation dot.
func (e *extractor) month(i int) (int, int, bool) {
	l, ok := e.has(i, kMonth)
	if !ok {
		return 0, i, false
	}
	end := i + 1
	w := e.u[i].s
	short := len(w) <= 4 && w != "june" && w != "july" && w != "juni" && w != "juli" && w != "mei" && w != "may"
	if e.is(end, ".") && e.tight(end) && short {
		end++
	} else if short {
		// "Jan", "mar", "dec" without a dot are months only next to a
		// day or a year.
		_, _, d := e.dayNum(end)
		_, _, y := e.year(end)
		_, _, d2 := e.dayNum(i - 1)
		if !d && !y && !d2 {
			return 0, i, false
		}
	}
	if e.u[i].s == "may" || e.u[i].s == "march" {
		// Modal and verb readings: only a month next to a number or capitalised.
		if !e.u[i].upper {
			return 0, i, false
		}
		if _, _, d := e.dayNum(end); !d {
			if _, _, y := e.year(end); !y && !e.is(i-1, "in", "of", "since", "until", "last", "next", "this", "early", "late", "mid", "-", "by", "before", "after", "during", "through", "till", "from", "to", "and") {
				if _, _, d2 := e.dayNum(i - 1); !d2 {
					return 0, i, false
				}
			}
		}
	}
	return l.n, end, true
}

// closestYear gives the year putting month m (and day d, 0 for none)
// nearest to the reference date.
func (e *extractor) closestYear(m, d int) int {
	return e.yearFor(-1, m, d)
}

// yearFor gives the year of month m (day d, 0 for none) mentioned at unit
// i: in the publication year, unless the clause's tense puts it in the
// previous or next year; with no tense, the nearest.
func (e *extractor) yearFor(i, m, d int) int {
	base := e.dct.t
	y := base.Year()
	if !e.hasDCT {
		return y
	}
	if d == 0 {
		d = 15
	}
	// Months between the publication date and the date in its year.
	diff := float64(m-int(base.Month())) + float64(d-base.Day())/31
	limit := 6.0
	t := 0
	if e.ok(i) {
		t = e.tense(i)
		// "per 1 juli", "by March", "vanaf mei": a date something runs
		// from or to is not pushed into the past by the verb.
		if t < 0 && e.is(i-1, "per", "vanaf", "tot", "uiterlijk", "by", "until", "from", "before", "voor") {
			t = 0
		}
		// "payable Jan. 2", "effective June 1", "through January": a
		// date something runs to lies ahead.
		if e.is(i-1, "payable", "effective", "through", "until", "till", "expiring", "ingaande") {
			t = 1
		}
		// "since (shortly after) the Oct. 23 slaying": a date counted from
		// lies behind.
		for k := i - 1; k >= 0 && k >= i-4 && e.sameSent(k, i); k-- {
			if e.is(k, "since", "sinds", "sedert") {
				t = -1
				break
			}
		}
	}
	switch {
	case t < 0 && diff > 3, t == 0 && diff > limit:
		return y - 1
	case t > 0 && diff < -3, t == 0 && diff < -limit:
		return y + 1
	}
	if t != 0 || e.ok(i) {
		return y
	}
	best, bestDiff := y, time.Duration(1<<62)
	for _, cy := range []int{y - 1, y, y + 1} {
		diff := day(cy, m, d).Sub(base)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = cy, diff
		}
	}
	return best
}

// validDay reports whether y-m-d exists.
func validDay(y, m, d int) bool {
	t := day(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

// mAbsDate: 3 april 2019, April 3rd, Aug. 7, 1998, mei 2016, 2019, the
// 1990s, jaren negentig, 10 tot 13 september, 2019-04-03.
func (e *extractor) mAbsDate(i int) (cand, bool) {
	// ISO date.
	if y, j, ok := e.year(i); ok && e.u[i].nd == 4 && e.is(j, "-") && e.tight(j) && e.ok(j+3) && e.tight(j+1) &&
		e.u[j+1].nd == 2 && e.is(j+2, "-") && e.tight(j+2) && e.tight(j+3) && e.u[j+3].nd == 2 {
		m, d := e.u[j+1].num, e.u[j+3].num
		if m >= 1 && m <= 12 && validDay(y, m, d) {
			return e.date(i, j+4, tval{g: gDay, t: day(y, m, d)}, true), true
		}
	}
	// De ochtend van 26 juni: that day's part of day.
	if p, ok := e.has(i, kPod); ok && e.is(i+1, "van", "of") && !e.is(i, "morgen") {
		if d, j, ok := e.dayNum(i + 2); ok && !e.is(j, "op", "to", "on") {
			if m, j2, ok := e.month(j); ok {
				if c, ok := e.finishDayMonth(i, j2, d, 0, m); ok && c.tv.g == gDay {
					v := c.tv
					v.g, v.pod = gPod, p.s
					return e.date(i, c.end, v, true), true
				}
			}
		}
	}
	// De nacht van 22 op 23 november: the first night.
	if e.is(i, "nacht", "night") && e.is(i+1, "van", "of") {
		if d, j, ok := e.dayNum(i + 2); ok && e.is(j, "op", "to", "on") {
			if _, j2, ok := e.dayNum(j + 1); ok {
				if m, j3, ok := e.month(j2); ok {
					c, ok := e.finishDayMonth(i, j3, d, 0, m)
					if ok && c.tv.g == gDay {
						v := c.tv
						v.g, v.pod = gPod, "NI"
						return e.date(i, c.end, v, true), true
					}
				}
			}
		}
	}
	// Day first: 3 april [2019], 10 tot 13 september, 3rd of April.
	if d, j, ok := e.dayNum(i); ok {
		d2, j2 := 0, j
		if e.is(j, "tot", "-", "–", "to", "t", "en", "and", "until") {
			k := j + 1
			if e.is(j, "t") && e.is(k, "/") && e.is(k+1, "m") {
				k += 2
			}
			if dd, jj, ok := e.dayNum(k); ok && dd > d {
				d2, j2 = dd, jj
			}
		}
		k := j2
		if e.is(k, "of") {
			k++
		}
		if m, j3, ok := e.month(k); ok {
			return e.finishDayMonth(i, j3, d, d2, m)
		}
	}
	// Month first: April 3[rd] [, 2019]; mei 2016; februari.
	if m, j, ok := e.month(i); ok {
		if d, j2, ok := e.dayNum(j); ok && !(e.ok(j2) && e.is(j2, ":", ".") && e.tight(j2) && e.ok(j2+1) && e.u[j2+1].nd == 2) {
			d2 := 0
			if e.is(j2, "-", "–", "to", "through", "and") {
				if dd, jj, ok := e.dayNum(j2 + 1); ok && dd > d {
					d2, j2 = dd, jj
				}
			}
			return e.finishDayMonth(i, j2, d, d2, m)
		}
		k := j
		if e.is(k, ",") || e.is(k, "of") || e.is(k, "van") {
			k++
		}
		if y, j2, ok := e.year(k); ok {
			c := e.date(i, j2, tval{g: gMonth, t: day(y, m, 1)}, true)
			c.explicit = true
			return c, true
		}
		// January nineteen ninety-seven (spoken transcripts).
		if c, ok := e.mMisc(k); ok && c.start == k && c.tv.g == gYear && e.is(k, "nineteen", "eighteen") {
			c = e.date(i, c.end, tval{g: gMonth, t: day(c.tv.t.Year(), m, 1)}, true)
			c.explicit = true
			return c, true
		}
		// November vorig jaar; maart van dit jaar.
		if y, j2, ok := e.relYear(j); ok {
			return e.date(i, j2, tval{g: gMonth, t: day(y, m, 1)}, true), true
		}
		if !e.hasDCT {
			return e.unresolved(i, j), true
		}
		return e.date(i, j, tval{g: gMonth, t: day(e.yearFor(i, m, 0), m, 1)}, true), true
	}
	// Decades: the 1990s, '90s, 1990's.
	if y, j, ok := e.year(i); ok {
		if e.is(j, "s") && e.tight(j) {
			return e.date(i, j+1, tval{g: gDecade, t: day(y, 1, 1)}, false), true
		}
		if e.is(j, "'", "’") && e.tight(j) && e.is(j+1, "s") && e.tight(j+1) {
			return e.date(i, j+2, tval{g: gDecade, t: day(y, 1, 1)}, false), true
		}
		if e.u[i].nd == 4 && e.yearOK(i, j) {
			return e.date(i, j, tval{g: gYear, t: day(y, 7, 1)}, true), true
		}
	}
	// jaren negentig, jaren '90, the nineties.
	if e.is(i, "jaren") {
		if n, ok := e.has(i+1, kNum); ok && n.f >= 20 && n.f <= 90 && int(n.f)%10 == 0 {
			return e.date(i, i+2, tval{g: gDecade, t: day(1900+int(n.f), 1, 1)}, false), true
		}
		j := i + 1
		if e.is(j, "'", "’") {
			j++
		}
		if e.ok(j) && e.u[j].nd == 2 && e.u[j].num%10 == 0 {
			c := 1900
			if e.u[j].num < 30 && j == i+1 {
				c = 1900
			}
			return e.date(i, j+1, tval{g: gDecade, t: day(c+e.u[j].num, 1, 1)}, false), true
		}
	}
	if strings.HasSuffix(e.w(i), "ties") && !e.nl {
		if n, ok := e.lx.words[strings.TrimSuffix(e.w(i), "ies")+"y"]; ok && len(n) > 0 && n[0].kind == kNum && n[0].f >= 20 {
			return e.date(i, i+1, tval{g: gDecade, t: day(1900+int(n[0].f), 1, 1)}, false), true
		}
	}
	// 21ste eeuw, the 21st century, twentieth century.
	if d, j, ok := e.dayNum(i); ok && e.u[i].nd <= 2 && j > i+1 {
		if u, ok := e.has(j, kUnit); ok && u.s == "CE" {
			return e.date(i, j+1, tval{g: gCentury, t: day((d-1)*100, 1, 1)}, false), true
		}
	}
	if o, ok := e.has(i, kOrd); ok && o.n >= 10 {
		if u, ok := e.has(i+1, kUnit); ok && u.s == "CE" {
			return e.date(i, i+2, tval{g: gCentury, t: day((o.n-1)*100, 1, 1)}, false), true
		}
	}
	// Seasons with a year: zomer van 1886, summer 2019.
	if s, ok := e.has(i, kSeason); ok {
		j := i + 1
		if e.is(j, "of", "van") {
			j++
		}
		if y, j2, ok := e.year(j); ok {
			return e.date(i, j2, tval{g: gSeason, season: s.s, t: day(y, 7, 1)}, false), true
		}
		if c, ok := e.mMisc(j); ok && c.tv.g == gYear {
			return e.date(i, c.end, tval{g: gSeason, season: s.s, t: c.tv.t}, false), true
		}
	}
	// In de zomer, voor de winter: the season of the publication year.
	if s, ok := e.has(i, kSeason); ok && e.hasDCT && e.nl && e.is(i-1, "de", "het") && e.is(i-2, "in", "voor", "na", "tijdens", "sinds", "vanaf", "rond", "van") {
		return e.date(i, i+1, tval{g: gSeason, season: s.s, t: e.dct.t}, false), true
	}
	// A bare season is the one of the publication year: "the summer".
	if s, ok := e.has(i, kSeason); ok && e.hasDCT && !e.nl && e.is(i-1, "the", "this", "in") {
		return e.date(i, i+1, tval{g: gSeason, season: s.s, t: e.dct.t}, false), true
	}
	// fiscal 1989, boekjaar 2019.
	if _, ok := e.has(i, kFiscal); ok {
		if y, j, ok := e.year(i + 1); ok {
			return e.date(i, j, tval{g: gYear, t: day(y, 7, 1)}, true), true
		}
	}
	return cand{}, false
}

// finishDayMonth completes "3 april", "10 tot 13 september" with an optional
// year (or "vorig jaar", "jl.") after it.
func (e *extractor) finishDayMonth(start, j, d, d2, m int) (cand, bool) {
	y, yok, explicit := 0, false, false
	k := j
	if e.is(k, ",") {
		k++
	}
	if yy, j2, ok := e.year(k); ok {
		y, yok, j, explicit = yy, true, j2, true
	} else if yy, j2, ok := e.relYear(j); ok {
		y, yok, j = yy, true, j2
	}
	if e.is(j, "jl", "jongstleden") {
		j++
		if e.is(j, ".") && e.tight(j) {
			j++
		}
	}
	if !yok {
		if !e.hasDCT {
			return e.unresolved(start, j), true
		}
		y = e.yearFor(start, m, d)
		// A story told about another year keeps to it: "november 2017 ...
		// de nacht van 22 op 23 november".
		// Dates near the publication date stay in its year.
		if e.ref.g >= gMonth && e.ref.g <= gDay && e.ref != e.dct && e.ref.t.Year() != e.dct.t.Year() && e.refExplicit {
			if dist := day(y, m, d).Sub(e.dct.t); dist > 60*24*time.Hour || dist < -60*24*time.Hour {
				y = e.ref.t.Year()
			}
		}
	}
	if !validDay(y, m, d) {
		return cand{}, false
	}
	v := tval{g: gDay, t: day(y, m, d)}
	if d2 > 0 && validDay(y, m, d2) {
		v2 := tval{g: gDay, t: day(y, m, d2)}
		return cand{start: start, end: j, typ: kroniek.DATE, val: v.String() + "/" + v2.String(), tv: v, anchor: true}, true
	}
	c := e.date(start, j, v, true)
	c.explicit = explicit
	return c, true
}

// relYear reads "vorig jaar", "van dit jaar", "of last year" after a date.
func (e *extractor) relYear(i int) (int, int, bool) {
	j := i
	if e.is(j, "van", "of") {
		j++
	}
	r, ok := e.has(j, kRel)
	if !ok || !e.hasDCT {
		return 0, i, false
	}
	if u, ok := e.has(j+1, kUnit); ok && u.s == "Y" && !e.anaphoric(j) {
		return e.dct.t.Year() + r.n, j + 2, true
	}
	return 0, i, false
}

// yearOK filters four-digit numbers that are amounts rather than years.
func (e *extractor) yearOK(i, j int) bool {
	if e.ok(i-1) && e.tight(i) {
		switch e.w(i - 1) {
		case "-":
			// mid-1996, post-1959; but 1995-1996, B-2000.
			if !e.is(i-2, "mid", "pre", "post") || !e.tight(i-1) {
				return false
			}
		case "$", "€", "£", ",", ".", "/", "#", ":":
			return false
		}
	}
	if e.ok(i-1) && (e.w(i-1) == "$" || e.w(i-1) == "€" || e.w(i-1) == "£") {
		return false
	}
	if e.ok(j) {
		if e.tight(j) && (e.is(j, ",", ".", "-", "/") && e.ok(j+1) && e.u[j+1].num >= 0 && e.tight(j+1)) {
			return false
		}
		switch e.w(j) {
		case "%", "procent", "percent", "euro", "dollar", "dollars", "mensen", "people", "km", "kilometer", "meter",
			"kilo", "jaar", "years", "leden", "members", "inwoners", "stuks", "miljoen", "million", "ton", "m", "kg":
			return false
		}
	}
	if e.ok(i-1) && e.u[i-1].upper && e.u[i-1].lx == nil && e.sameSent(i-2, i-1) && isWordy(e.w(i-2)) {
		return false // Natura 2000, Windows 2000: a name
	}
	if y := e.u[i].num; y < 1800 || y > 2100 {
		if !e.is(i-1, "in", "sinds", "since", "van", "tot", "until", "by", "of", "rond", "around", "year", "jaar", "anno", "from", "to") {
			return false
		}
	}
	if e.ok(i - 1) {
		switch e.w(i - 1) {
		case "nummer", "number", "no", "nr", "artikel", "article", "ruim", "bijna", "zo'n", "circa", "ongeveer", "about", "nearly", "some", "over", "than", "dan":
			return false
		}
	}
	return true
}

// anaphoric reports a determiner that points back to the reference time
// (die dag, dezelfde week, that year, the same day).
func (e *extractor) anaphoric(i int) bool {
	return e.is(i, "die", "dat", "dezelfde", "diezelfde", "datzelfde", "hetzelfde", "that", "same")
}

// mDeictic: vandaag, gisteren, yesterday morning, vanavond, nu, the future,
// vandaag de dag.
func (e *extractor) mDeictic(i int) (cand, bool) {
	if l, ok := e.has(i, kDay); ok && !(e.is(i, "morgen") && e.is(i-1, "'", "’", "de", "die", "elke", "deze", "next", "s")) {
		if e.is(i, "vandaag") && e.is(i+1, "de") && e.is(i+2, "dag") {
			return cand{start: i, end: i + 3, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		}
		if !e.hasDCT {
			return e.unresolved(i, i+1), true
		}
		v := tval{g: gDay, t: e.dct.t.AddDate(0, 0, l.n)}
		end := i + 1
		if p, ok := e.has(end, kPod); ok && !e.nl {
			v.g, v.pod = gPod, p.s
			end++
		}
		return e.date(i, end, e.fromDCT(v), true), true
	}
	if l, ok := e.has(i, kDayPod); ok {
		if !e.hasDCT {
			return e.unresolved(i, i+1), true
		}
		v := tval{g: gPod, pod: l.s, t: e.dct.t.AddDate(0, 0, l.n)}
		c := e.date(i, i+1, e.fromDCT(v), true)
		c.typ = kroniek.TIME
		return c, true
	}
	// last night, this morning, this afternoon (English).
	if r, ok := e.has(i, kRel); ok && !e.nl && (e.is(i, "last", "this")) {
		if p, ok := e.has(i+1, kPod); ok && e.hasDCT {
			off := 0
			if r.n < 0 {
				off = -1
			}
			v := tval{g: gPod, pod: p.s, t: e.dct.t.AddDate(0, 0, off)}
			return e.date(i, i+2, e.fromDCT(v), true), true
		}
	}
	// 's avonds, 's middags: the part of day of the reference day.
	if e.nl && e.is(i, "'", "’") && e.is(i+1, "s") {
		w := e.w(i + 2)
		for suf, pod := range map[string]string{"ochtends": "MO", "morgens": "MO", "middags": "AF", "avonds": "EV", "nachts": "NI"} {
			if w == suf {
				if e.ref.g >= gDay {
					v := tval{g: gPod, pod: pod, t: e.ref.t}
					return e.date(i, i+3, v, false), true
				}
				return cand{start: i, end: i + 3, typ: kroniek.SET, val: "XXXX-XX-XXT" + pod}, true
			}
		}
		if d, ok := e.lx.words[strings.TrimSuffix(w, "s")]; ok && len(d) > 0 && d[0].kind == kWday {
			return cand{start: i, end: i + 3, typ: kroniek.SET, val: "XXXX-WXX-" + string(rune('0'+d[0].n))}, true
		}
	}
	if e.nl {
		switch {
		case e.is(i, "dag") && e.is(i+1, "van") && e.is(i+2, "vandaag"):
			return cand{start: i, end: i + 3, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		case e.is(i, "laatste") && e.is(i+1, "tijd"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PAST_REF"}, true
		case e.is(i, "korte", "lange", "middellange") && e.is(i+1, "termijn"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "FUTURE_REF"}, true
		case e.is(i, "dezer") && e.is(i+1, "dagen"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		case e.is(i, "dit") && e.is(i+1, "moment", "ogenblik"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		}
	} else {
		switch {
		case e.is(i, "these") && e.is(i+1, "days"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		case e.is(i, "short", "near", "long") && e.is(i+1, "term") && e.is(i-1, "the"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "FUTURE_REF"}, true
		case e.is(i, "the") && e.is(i+1, "past") && !e.unitAhead(i+2):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PAST_REF"}, true
		case e.is(i, "the") && e.is(i+1, "moment") && e.is(i-1, "at"):
			return cand{start: i, end: i + 2, typ: kroniek.DATE, val: "PRESENT_REF"}, true
		}
	}
	if l, ok := e.has(i, kRef); ok {
		w := e.w(i)
		if e.u[i].upper && e.sameSent(i-1, i) && isWordy(e.w(i-1)) {
			return cand{}, false // Er is Toekomst: part of a name
		}
		switch w {
		case "present":
			if !e.is(i-1, "the", "at", "until", "to") || e.ok(i+1) && e.has2(i+1, kUnit, kUnits) {
				return cand{}, false
			}
		case "current", "recent", "past", "verleden", "toekomst", "future", "laatst":
			if w == "future" && !e.is(i-1, "the", "in", "near", "distant", "foreseeable") {
				return cand{}, false
			}
			// "the current outbreak", "recent polls": adjectives, not times.
			if e.unitAhead(i+1) || ((w == "past" || w == "current" || w == "recent") && e.ok(i+1) && e.u[i+1].lx == nil && isWordy(e.w(i+1))) {
				return cand{}, false
			}
			if w == "verleden" && !e.is(i-1, "het") {
				return cand{}, false
			}
			if w == "laatst" && !e.is(i-1, "onlangs", "pas", "het") && e.is(i-1, "als", "voor", "het", "op", "ten", "at") {
				return cand{}, false
			}
		case "nu":
			if e.is(i+1, "eenmaal", "en") && e.is(i+2, "eenmaal", "dan") {
				return cand{}, false
			}
		}
		return cand{start: i, end: i + 1, typ: kroniek.DATE, val: l.s}, true
	}
	return cand{}, false
}

func isWordy(s string) bool {
	for _, r := range s {
		return r >= 'a' && r <= 'z' || r > 127
	}
	return false
}

// unitAhead reports a time unit (or number then unit) at i.
func (e *extractor) unitAhead(i int) bool {
	if e.has2(i, kUnit, kUnits) {
		return true
	}
	if _, _, j, ok := e.number(i); ok && e.has2(j, kUnit, kUnits) {
		return true
	}
	return false
}

// tense returns -1 for a past, +1 for a future, 0 for an unknown clause
// around unit i: the verb cue nearest to i in its sentence decides. It uses
// the tagger's XPOS and lemma when present.
func (e *extractor) tense(i int) int {
	if !e.ok(i) {
		return 0
	}
	sent := e.u[i].sent
	if !e.nl {
		// English puts the verb before its time adjunct ("will double its
		// flights by August in the search for markets untouched by ..."):
		// a cue on the left wins over a farther one on the right.
		left, ld := e.tenseSide(i, sent, -1)
		right, rd := e.tenseSide(i, sent, 1)
		switch {
		case left != 0 && (right == 0 || ld <= 4*rd+2):
			return left
		case right != 0:
			return right
		}
		return 0
	}
	for d := 1; d <= 25; d++ {
		// An English reporting verb that is not next to the expression
		// ("he said the dividend is payable Jan. 2", "..., he said") tells
		// nothing about the time of the event.
		if k := i - d; e.ok(k) && e.u[k].sent == sent && (e.nl || d <= 2 || !reporting[e.u[k].s]) {
			if t := e.cue(k); t != 0 {
				return t
			}
		}
		if k := i + d; e.ok(k) && e.u[k].sent == sent && (e.nl || d <= 2 || !reporting[e.u[k].s]) {
			if t := e.cue(k); t != 0 {
				return t
			}
		}
	}
	return 0
}

// tenseSide returns the nearest tense cue on one side (step -1 or +1) of
// unit i in its sentence and its distance.
func (e *extractor) tenseSide(i, sent, step int) (int, int) {
	for d := 1; d <= 25; d++ {
		k := i + step*d
		if !e.ok(k) || e.u[k].sent != sent {
			break
		}
		if d > 2 && reporting[e.u[k].s] {
			continue
		}
		if t := e.cue(k); t != 0 {
			return t, d
		}
	}
	return 0, 0
}

var (
	pastCues = map[bool]map[string]bool{
		false: set("was were had did said told died won lost met came went took began left made gave got saw " +
			"found held fell rose sold paid struck hit spoke brought bought thought sought caught fought built " +
			"sent spent felt kept led became ran sat stood wrote drove chose broke grew knew threw flew drew " +
			"ate heard fled shot forgot agreed ago last yesterday earlier"),
		true: set("was waren had hadden werd werden zei zeiden kwam kwamen ging gingen overleed vond vonden " +
			"stond zat zaten heeft hebben deed bleek liet kreeg kregen sprak maakte maakten zag zagen viel " +
			"vielen liep liepen hield bracht dacht kocht zocht schreef bleef nam namen gaf gaven sloot besloot " +
			"verloor won wonnen trok bood vloog begon begonnen lag kon konden moest moesten wilde wilden mocht " +
			"wist trof sloeg reed riep leek waarschuwde waarschuwden gisteren vorige vorig afgelopen geleden " +
			"vertrok vertrokken verscheen verschenen ontstond ontving schoot stierf bezocht koos trad droeg " +
			"hing zong verdween onderging nam overleden gestorven brak braken spraken stak staken lagen " +
			"las lazen traden bleven greep stegen steeg schreven sneed verdwenen boden bewoog genoot " +
			"verloren vlogen bonden dronk dwong klonk hielp hielpen stierven wierp ving vingen liet lieten " +
			"sliep zocht zochten kochten brachten dachten mochten wisten deden stonden sloegen droegen " +
			"vroegen trokken schoten sloten begonnen zongen sprongen"),
	}
	eedPast    = set("freed decreed guaranteed disagreed refereed")
	reporting  = set("said says told added reported announced zei zegt zeiden meldt meldde aldus")
	futureCues = map[bool]map[string]bool{
		false: set("will shall tomorrow scheduled plans planned plan expected planning may might due " +
			"expects expect intends next upcoming coming"),
		true: set("zal zullen zult gaat gaan morgen verwacht gepland volgende komende aanstaande straks"),
	}
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cue gives the tense a word points to: -1 past, +1 future, 0 none.
func (e *extractor) cue(k int) int {
	u := e.u[k]
	if u.tok >= 0 && u.tok < len(e.toks) {
		t := e.toks[u.tok]
		switch {
		case t.Lemma == "will" || t.Lemma == "zullen" || t.Lemma == "shall":
			return 1
		case t.XPOS == "VBD" || strings.Contains(t.XPOS, "|verl|"):
			// The tagger only adds evidence; words it tags otherwise still
			// go through the word lists below.
			return -1
		case (t.POS == "VERB" || t.POS == "AUX") && e.u[k].s == lower(t.Text) && pastForm(lower(t.Text), lower(t.Lemma), e.nl):
			return -1
		}
	}
	if futureCues[e.nl][u.s] {
		if u.s == "next" && e.is(k+1, "to", "door") {
			return 0 // next to the embassy: a place
		}
		return 1
	}
	if !e.nl {
		switch {
		case u.s == "to" && e.is(k-1, "set", "likely", "going", "ready", "hope", "hopes", "want", "wants", "intend", "agreed", "decided", "promised", "vowed", "threatened", "expected", "scheduled", "due", "plan", "plans", "planned", "is", "are"):
			// set to resume Monday; but "had been due to expire Friday"
			// and "was set to" look forward from a past moment.
			for b := k - 2; b >= k-4 && b >= 0; b-- {
				if e.is(b, "had", "was", "were") {
					return -1
				}
			}
			return 1
		case (u.s == "soon" || u.s == "early") && e.is(k-1, "as") && e.is(k+1, "as"):
			return 1 // as soon as Tuesday
		}
	}
	if pastCues[e.nl][u.s] {
		if !e.nl && k > 0 && e.is(k-1, "be", "been", "being", "is", "are", "has", "have", "s", "get") {
			return 0 // a participle: "will be held"
		}
		return -1
	}
	if u.s == "ll" && k > 0 && (e.u[k-1].s == "'" || e.u[k-1].s == "’") && e.tight(k) {
		return 1
	}
	if u.lx != nil {
		return 0
	}
	if !e.nl && len(u.s) > 4 && strings.HasSuffix(u.s, "ed") {
		// A participle after a form of be or have is no past tense.
		if k > 0 && (e.is(k-1, "be", "been", "being", "is", "are", "has", "have", "s", "get", "got")) {
			return 0
		}
		// succeed, proceed, exceed, need: no -ed at all.
		if strings.HasSuffix(u.s, "eed") && !pastCues[false][u.s] && !eedPast[u.s] {
			return 0
		}
		// "a still unspecified date", "the recently passed law": an
		// adjective.
		if k > 0 && e.is(k-1, "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "still", "newly", "recently", "previously", "already") {
			return 0
		}
		return -1
	}
	if e.nl && len(u.s) > 5 && strings.HasPrefix(u.s, "ge") && (strings.HasSuffix(u.s, "d") || strings.HasSuffix(u.s, "t")) {
		return -1
	}
	return 0
}

// weekday resolves weekday wd (1 = Monday) against the publication date:
// mode -2 the last one before, +2 the next one after, -1 past or today, +1
// future or today, 0 the nearest.
func (e *extractor) weekday(wd, mode int) tval {
	base := e.dct.t
	cur := int(base.Weekday())
	if cur == 0 {
		cur = 7
	}
	diff := wd - cur
	switch mode {
	case -2:
		if diff >= 0 {
			diff -= 7
		}
	case 2:
		if diff <= 0 {
			diff += 7
		}
	case -1:
		if diff > 0 {
			diff -= 7
		}
	case 1:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 3 {
			diff -= 7
		} else if diff < -3 {
			diff += 7
		}
	}
	return e.fromDCT(tval{g: gDay, t: base.AddDate(0, 0, diff)})
}

// mWeekday: vrijdag, Friday morning, woensdagavond, Maandag 20 november
// 2017, Friday, August 16, 2019, op maandagen.
func (e *extractor) mWeekday(i int) (cand, bool) {
	if l, ok := e.has(i, kWdays); ok {
		end := i + 1
		val := "XXXX-WXX-" + string(rune('0'+l.n))
		if p, ok := e.has(end, kPod); ok && !e.nl {
			val += "T" + p.s
			end++
		}
		return cand{start: i, end: end, typ: kroniek.SET, val: val}, true
	}
	if l, ok := e.has(i, kWdayPod); ok {
		if !e.hasDCT {
			return e.unresolved(i, i+1), true
		}
		v := e.weekday(l.n, e.tenseMode(i))
		if v.g == gDay {
			v.g, v.pod = gPod, l.s
		}
		return e.date(i, i+1, v, true), true
	}
	l, ok := e.has(i, kWday)
	if !ok {
		return cand{}, false
	}
	j := i + 1
	k := j
	if e.is(k, ",") {
		k++
	}
	if c, ok := e.mAbsDate(k); ok && c.tv.g == gDay {
		c.start = i
		return c, true
	}
	if !e.hasDCT {
		return e.unresolved(i, j), true
	}
	if p := pluralPods[e.w(j)]; p != "" {
		// Tuesday nights: every one.
		return cand{start: i, end: j + 1, typ: kroniek.SET, val: "XXXX-WXX-" + string(rune('0'+l.n)) + "T" + p}, true
	}
	v := e.weekday(l.n, e.tenseMode(i))
	end := j
	if p, ok := e.has(end, kPod); ok && v.g == gDay && !(e.nl && e.is(end, "morgen")) {
		v.g, v.pod = gPod, p.s
		end++
	}
	return e.date(i, end, v, true), true
}

var pluralPods = map[string]string{"mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"}

func (e *extractor) tenseMode(i int) int {
	if !e.nl && e.deadline(i) {
		return 1
	}
	switch e.tense(i) {
	case -1:
		return -1
	case 1:
		return 1
	}
	if !e.nl {
		// English news reports mostly on days gone by.
		return -1
	}
	return 0
}

// deadline reports "until Tuesday", "until 9 a.m. Tuesday": a day
// something is put off or given until lies ahead, whatever the verb's tense.
func (e *extractor) deadline(i int) bool {
	for k := i - 1; k >= 0 && k >= i-7 && e.sameSent(k, i); k-- {
		if e.is(k, "until", "till") {
			// "Until Thursday, they had not called him a suspect" looks
			// back from the start of its sentence.
			if !e.sameSent(k-1, k) {
				return false
			}
			// "had given them until Thursday": a deadline already past.
			for b := k - 1; b >= 0 && b >= k-10 && e.sameSent(b, k); b-- {
				if e.is(b, "had", "was", "were") {
					return false
				}
			}
			return true
		}
		if _, tz := e.has(k, kTZ); !(tz || e.u[k].num >= 0 || e.is(k, ".", ":", "a", "p", "m", "noon", "midnight", "est", "edt", "pst", "pdt", "cst", "cdt")) {
			return false
		}
	}
	return false
}

// mRel: vorige week, this year, komende maanden, afgelopen vrijdag, last
// April, de afgelopen twaalf jaar, dezelfde dag, the following day.
func (e *extractor) mRel(i int) (cand, bool) {
	r, ok := e.has(i, kRel)
	if !ok {
		return cand{}, false
	}
	if e.is(i, "laatste", "last") && e.is(i-1, "de", "het", "the") && e.nl && !e.unitAhead(i+1) {
		return cand{}, false
	}
	j := i + 1
	// Numbers: the past two months, komende tien jaar, de laatste paar jaar.
	if n, vague, k, ok := e.number(j); ok && !e.is(j, "a", "an", "een") && !e.anaphoric(i) {
		if u, ok := e.unitAt(k); ok && u.s != "WE" {
			return cand{start: i, end: k + 1, typ: kroniek.DURATION, val: durVal(n, u.s, vague)}, true
		}
	}
	if u, ok := e.has(j, kUnits); ok && !e.has2(j, kUnit, kUnit) {
		if e.is(i, "recent") && !e.nl && u.s == "Y" {
			return cand{start: i, end: j + 1, typ: kroniek.DATE, val: "PAST_REF"}, true
		}
		if e.anaphoric(i) {
			return cand{}, false
		}
		return cand{start: i, end: j + 1, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true
	}
	if u, ok := e.has(j, kUnit); ok {
		c, ok := e.relUnit(i, j, r.n, u.s)
		// volgende week woensdag, last week Tuesday: that day of that week.
		if wd, isWd := e.has(j+1, kWday); ok && isWd && u.s == "W" && c.tv.g == gWeek {
			t := c.tv.t
			cur := int(t.Weekday())
			if cur == 0 {
				cur = 7
			}
			v := tval{g: gDay, t: t.AddDate(0, 0, wd.n-cur)}
			return e.date(i, j+2, v, true), true
		}
		return c, ok
	}
	if !e.hasDCT {
		return cand{}, false
	}
	anaph := e.anaphoric(i)
	if p, ok := e.has(j, kPod); ok && r.n == 0 && !e.is(j, "morgen") && !(e.is(j+1, "van", "of") && e.ok(j+2) && e.u[j+2].num > 0) {
		// deze avond, die nacht: the part of day of the day in view.
		base := e.ref
		if base.g < gDay {
			base = e.dct
		}
		v := e.fromDCT(tval{g: gPod, pod: p.s, t: base.t})
		c := e.date(i, j+1, v, false)
		c.typ = kroniek.TIME
		return c, true
	}
	if wd, ok := e.has(j, kWday); ok && !anaph && e.is(i-1, "the") && e.is(i, "previous", "preceding", "following") && e.ref.g >= gDay {
		// "down from the previous Friday": the one before the day in view.
		t := e.ref.t
		for k := 0; k < 7; k++ {
			t = t.AddDate(0, 0, r.n)
			if wdn := int(t.Weekday()); wdn == wd.n%7 {
				break
			}
		}
		return e.date(i, j+1, e.fromDCT(tval{g: gDay, t: t}), true), true
	}
	if wd, ok := e.has(j, kWday); ok && !anaph {
		mode := 0
		switch {
		case r.n < 0:
			mode = -2
		case r.n > 0:
			mode = 2
		case e.tense(i) < 0:
			mode = -1
		default:
			mode = 1 // "deze zaterdag", "this Friday": the coming one
		}
		v := e.weekday(wd.n, mode)
		end := j + 1
		if p, ok := e.has(end, kPod); ok && v.g == gDay {
			v.g, v.pod = gPod, p.s
			end++
		}
		return e.date(i, end, v, true), true
	}
	if m, k, ok := e.month(j); ok && !anaph {
		y := e.dct.t.Year()
		cm := int(e.dct.t.Month())
		if d, k2, ok := e.dayNum(k); ok && r.n != 0 && e.hasDCT {
			// last Oct. 23, next May 4: the nearest such day that way.
			t := day(y, m, d)
			if r.n < 0 && !t.Before(e.dct.t) {
				y--
			} else if r.n > 0 && !t.After(e.dct.t) {
				y++
			}
			if validDay(y, m, d) {
				return e.date(i, k2, e.fromDCT(tval{g: gDay, t: day(y, m, d)}), true), true
			}
		}
		switch {
		case r.n < 0 && m >= cm:
			y--
		case r.n > 0 && m <= cm:
			y++
		}
		return e.date(i, k, tval{g: gMonth, t: day(y, m, 1)}, true), true
	}
	if s, ok := e.has(j, kSeason); ok && !anaph {
		y := e.dct.t.Year()
		cur := seasonOf(int(e.dct.t.Month()))
		idx := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
		switch {
		case r.n < 0 && idx[s.s] >= idx[cur]:
			y--
		case r.n > 0 && idx[s.s] < idx[cur]:
			y++
		}
		return e.date(i, j+1, tval{g: gSeason, season: s.s, t: day(y, 7, 1)}, false), true
	}
	return cand{}, false
}

func seasonOf(m int) string {
	switch {
	case m <= 2 || m == 12:
		return "WI"
	case m <= 5:
		return "SP"
	case m <= 8:
		return "SU"
	}
	return "FA"
}

// unitAt reads a unit word at i (singular or plural).
func (e *extractor) unitAt(i int) (lexeme, bool) {
	if u, ok := e.has(i, kUnit); ok {
		return u, true
	}
	if u, ok := e.has(i, kUnits); ok {
		return u, true
	}
	return lexeme{}, false
}

// relUnit resolves REL UNIT: vorige week, this year, dezelfde dag.
func (e *extractor) relUnit(i, j, dir int, unit string) (cand, bool) {
	if !e.hasDCT {
		return e.unresolved(i, j+1), true
	}
	end := j + 1
	base := e.dct
	fromDCT := true
	// "the following year", "the previous month", "de volgende week":
	// counted from the time in view, not from the publication date.
	narrative := e.is(i, "following", "previous", "volgende", "vorige") && e.is(i-1, "the", "de", "het")
	if e.anaphoric(i) || unit == "D" || narrative {
		base, fromDCT = e.ref, false
		if base.g == gNone {
			base = e.dct
		}
		if e.anaphoric(i) {
			dir = 0
		}
	}
	if unit == "D" && dir == 0 && !e.anaphoric(i) {
		if e.is(i, "this", "deze") {
			return cand{}, false
		}
	}
	var v tval
	switch unit {
	case "Y":
		v = base.with(gYear).shift("Y", dir)
	case "Q":
		v = base.with(gQuarter).shift("Q", dir)
		if dir == 0 && e.is(i, "latest", "recent", "laatste", "jongste") {
			v = e.lastQuarter()
		}
	case "M":
		v = base.with(gMonth).shift("M", dir)
	case "W":
		v = base.with(gWeek).shift("W", dir)
	case "WE":
		v = base.with(gWeekend).shift("W", dir)
	case "D":
		if base.g < gDay {
			v = base
		} else {
			v = base.with(gDay).shift("D", dir)
		}
	case "DE":
		v = base.with(gDecade).shift("DE", dir)
	case "CE":
		v = base.with(gCentury).shift("CE", dir)
	default:
		return cand{}, false
	}
	if base.g < v.g && base.g != gNone && !fromDCT {
		v = base
	}
	if fromDCT {
		v = e.fromDCT(v)
	}
	return e.date(i, end, v, unit != "D" || !fromDCT), true
}

// mDur: drie jaar, two weeks, een half jaar, 24 uur, five-year, jarenlang,
// years, twee jaar geleden, vier dagen later, a year earlier, 6 tot 9 maanden.
func (e *extractor) mDur(i int) (cand, bool) {
	if l, ok := e.has(i, kVdur); ok {
		return cand{start: i, end: i + 1, typ: kroniek.DURATION, val: l.s}, true
	}
	if e.nl && e.is(i, "tientallen", "honderden", "duizenden", "miljoenen") {
		if u, ok := e.has(i+1, kUnits); ok {
			return cand{start: i, end: i + 2, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true
		}
	}
	// de dag erop, de dag ervoor: the day after or before the one in view.
	if e.nl && e.is(i, "dag") && e.is(i-1, "de") && e.is(i+1, "erop", "erna", "daarna", "daarop", "ervoor", "daarvoor") && e.hasDCT {
		base := e.ref
		if base.g < gDay {
			return cand{}, false
		}
		n := 1
		if e.is(i+1, "ervoor", "daarvoor") {
			n = -1
		}
		return e.date(i, i+2, base.with(gDay).shift("D", n), true), true
	}
	// de hele dag, de gehele nacht: a duration of one unit.
	if e.nl && e.is(i, "hele", "gehele") && e.is(i-1, "de", "het") {
		if u, ok := e.has(i+1, kUnit); ok && u.s != "WE" {
			return cand{start: i, end: i + 2, typ: kroniek.DURATION, val: durVal(1, u.s, false)}, true
		}
	}
	// year-earlier, year-ago (English adjectives).
	if u, ok := e.has(i, kUnit); ok && u.s == "Y" && e.is(i+1, "-") && e.tight(i+1) && e.is(i+2, "earlier", "ago") && e.tight(i+2) {
		return e.shifted(i, i+3, 1, "Y", -1, true), true // the year-earlier quarter
	}
	// Bare plural units: years, weken (vague).
	if u, ok := e.has(i, kUnits); ok && !e.has2(i, kUnit, kUnit) && u.s != "NI" {
		if !e.nl && e.is(i-1, "the") && e.is(i+1, "ahead") {
			return cand{start: i, end: i + 2, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true // the weeks ahead
		}
		if e.is(i-1, "de", "het", "die", "deze", "the", "those", "these", "zijn", "haar", "his", "her", "their") && !e.is(i+1, "erna", "daarna") {
			return cand{}, false
		}
		if e.ok(i-1) && e.u[i-1].num >= 0 {
			return cand{}, false // part of a number we could not read
		}
		if !e.nl && !e.is(i-1, "for", "in", "within", "after", "over", "took", "lasted", "spent", "take", "takes", "last", "lasts") {
			return cand{}, false // "years of war": only "for years" and the like
		}
		end := i + 1
		if e.nl && e.is(end, "erna", "daarna") {
			end++
		}
		if (e.is(end, "ago", "geleden") || e.is(end, "later")) && !e.nl {
			return cand{start: i, end: end + 1, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true
		}
		return cand{start: i, end: end, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true
	}
	n, vague, j, ok := e.number(i)
	if !ok {
		return cand{}, false
	}
	// Ranges: 6 tot 9 maanden, 15 to 20 seconds.
	n2 := -1.0
	if !vague && e.is(j, "tot", "to", "-", "–", "a", "à", "or", "of") {
		if m, vg, k, ok := e.number(j + 1); ok && !vg && m > n && !e.is(j+1, "a", "an", "een") {
			if _, ok := e.unitAt(k); ok {
				n2, j = m, k
			}
		}
	}
	// five-year, 16-hour, 25-jarig (adjectives).
	adj := false
	if e.is(j, "-") && e.tight(j) && e.tight(j+1) && n2 < 0 {
		if _, ok := e.unitAt(j + 1); ok {
			j++
			adj = true
		} else if e.nl && e.is(j+1, "jarig") {
			return cand{start: i, end: j + 2, typ: kroniek.DURATION, val: durVal(n, "Y", false)}, true
		}
	}
	if e.is(i, "een") && e.nl && n == 1 && !e.has2(i+1, kUnit, kUnit) {
		return cand{}, false
	}
	if e.is(i, "a", "an") && e.is(j, "second") && e.ok(j+1) && isWordy(e.w(j+1)) && !e.is(j+1, "later", "ago", "earlier", "and", "or") {
		return cand{}, false // a second truck
	}
	if e.is(j+1, "-") && e.tight(j+1) && !adj {
		return cand{}, false // a year-earlier quarter
	}
	if e.is(i, "a", "an") && e.ok(i-1) {
		// "four flights a week", "$100 a year": a rate, not a duration.
		p := e.u[i-1]
		if _, isNum := e.has(i-1, kNum); isNum || p.num >= 0 || strings.HasSuffix(p.s, "s") || p.s == "once" || p.s == "twice" || p.s == "%" {
			if !e.is(j+1, "ago", "earlier", "later", "before", "after") {
				return cand{}, false
			}
		}
	}
	if e.is(j, "more", "extra", "additional", "further", "meer") && e.has2(j+1, kUnit, kUnits) && (!e.is(i, "a", "an", "een") || e.is(j, "extra", "additional")) {
		j++ // two more weeks, an additional year
	} else if !e.nl && e.is(j, "trading", "business", "working") && e.has2(j+1, kUnits, kUnit) {
		j++ // eight trading days
	} else if e.is(j, "hele", "heel", "volle", "full", "whole", "entire") && e.has2(j+1, kUnit, kUnits) {
		j++ // een hele dag
	}
	u, ok := e.unitAt(j)
	if !ok || u.s == "WE" || (u.s == "Q" && e.is(j+1, "of")) {
		return cand{}, false // three-quarters of the vote
	}
	if u.s == "NI" {
		return cand{}, false
	}
	end := j + 1
	if !vague && n == float64(int(n)) {
		if v, k, _ := e.andAHalf(end, n); k > end {
			n, end = v, k // a minute and a half
		}
	}
	// Ages: 24 jaar oud, 45-year-old, years old.
	if u.s == "Y" {
		if e.is(end, "oud", "old") || (e.is(end, "-") && e.is(end+1, "old")) {
			return cand{}, false
		}
	}
	if e.ok(i) && e.u[i].num >= 0 && e.u[i].nd >= 4 && !adj && (u.s == "Y" || e.u[i].num >= 1800 && e.u[i].num <= 2100) {
		return cand{}, false // 2019 jaar is no duration
	}
	// "om 9 uur": a clock time, not a duration.
	if u.s == "H" && e.is(i-1, "om", "rond", "tegen", "omstreeks", "vanaf", "tot", "voor", "na") && n == float64(int(n)) && n <= 24 && !vague {
		return cand{}, false
	}
	if n2 >= 0 {
		return cand{start: i, end: end, typ: kroniek.DURATION, val: durVal(n, u.s, false) + "/" + durVal(n2, u.s, false)}, true
	}
	// ago / geleden / later / earlier; "a week or so ago" is about as
	// long ago.
	if e.is(end, "or") && e.is(end+1, "so") && e.is(end+2, "ago") && !adj {
		end += 2
	}
	if e.is(end, "ago", "geleden", "back", "terug") && !adj {
		if vague {
			if e.nl && u.s == "W" && e.hasDCT {
				return e.date(i, end+1, e.fromDCT(e.dct.shift("D", -14).with(gMonth)), false), true
			}
			return cand{start: i, end: end + 1, typ: kroniek.DATE, val: "PAST_REF"}, true
		}
		if n != float64(int(n)) {
			return cand{}, false
		}
		return e.shifted(i, end+1, int(n), u.s, -1, true), true
	}
	if _, ok := e.has(end, kAfter); ok && !adj && !e.is(end, "after") {
		if vague {
			return cand{start: i, end: end + 1, typ: kroniek.DURATION, val: durVal(n, u.s, true)}, true
		}
		if n == float64(int(n)) && (u.s == "Y" || e.is(i-1, ",") && e.has2(i-2, kRef, kRef)) {
			// "a year later" and "nu, vier dagen later" resolve; "drie
			// dagen later" in a narrative is annotated as its duration.
			return e.shifted(i, end+1, int(n), u.s, 1, false), true
		}
		return cand{start: i, end: end, typ: kroniek.DURATION, val: durVal(n, u.s, false)}, true
	}
	if _, ok := e.has(end, kBefore); ok && !adj && !e.is(end, "before") && e.is(end, "earlier", "eerder", "daarvoor", "ervoor") {
		if !vague && n == float64(int(n)) {
			return e.shifted(i, end+1, int(n), u.s, -1, false), true
		}
	}
	if e.nl && e.is(end, "lang") && e.tight(end) {
		end++
	}
	return cand{start: i, end: end, typ: kroniek.DURATION, val: durVal(n, u.s, vague)}, true
}

// shifted resolves "n units ago" (from the publication date) or "n units
// later/earlier" (from the reference time).
func (e *extractor) shifted(i, end, n int, unit string, dir int, fromDCT bool) cand {
	if !e.hasDCT {
		return e.unresolved(i, end)
	}
	base := e.ref
	if fromDCT || base.g == gNone {
		base = e.dct
		// Reports about quarters count years back in quarters.
		if unit == "Y" && e.ref.g == gQuarter && e.ref.t.Year() == e.dct.t.Year() {
			base = e.ref
		}
	}
	g := unitGran(unit)
	if base.g < g {
		g = base.g
	}
	if base.g == gQuarter && unit == "Y" {
		g = gQuarter // a year ago in a quarterly report: that quarter
	}
	if unit == "H" || unit == "MIN" || unit == "S" || (!fromDCT && g < unitGran(unit) && g < gMonth) {
		// Not resolvable to the unit's precision: the duration alone.
		return cand{start: i, end: end - 1, typ: kroniek.DURATION, val: durVal(float64(n), unit, false)}
	}
	v := base.with(g).shift(unit, dir*n)
	if fromDCT {
		v = e.fromDCT(v)
	}
	return e.date(i, end, v, false)
}

// mSet: elke dinsdag, every week, dagelijks, per jaar, elke avond.
func (e *extractor) mSet(i int) (cand, bool) {
	if l, ok := e.has(i, kSet); ok {
		if e.u[i].upper && e.sameSent(i-1, i) && isWordy(e.w(i-1)) {
			return cand{}, false // Daily Xtra: a name
		}
		if e.is(i-1, "average", "gemiddelde") {
			return cand{}, false // average daily volume: a measure, no recurrence
		}
		return cand{start: i, end: i + 1, typ: kroniek.SET, val: l.s}, true
	}
	_, every := e.has(i, kEvery)
	_, per := e.has(i, kPer)
	if !every && !per {
		return cand{}, false
	}
	j := i + 1
	n := 1.0
	if every {
		if v, vague, k, ok := e.number(j); ok && !vague && !e.is(j, "a", "an", "een") {
			n, j = v, k
		} else if e.is(j, "other") {
			n, j = 2, j+1
		}
	}
	if u, ok := e.unitAt(j); ok {
		if per && e.is(i-1, "kilometer", "km", "mijl", "meter", "liter", "euro", "dollar", "miles", "mph", "kilo", "ton", "procent", "percent", "cent") {
			return cand{}, false // a speed or price, not a recurrence
		}
		if u.s == "NI" {
			return cand{start: i, end: j + 1, typ: kroniek.SET, val: "XXXX-XX-XXTNI"}, true
		}
		return cand{start: i, end: j + 1, typ: kroniek.SET, val: durVal(n, u.s, false)}, true
	}
	if !every {
		return cand{}, false
	}
	if wd, ok := e.has(j, kWday); ok {
		return cand{start: i, end: j + 1, typ: kroniek.SET, val: "XXXX-WXX-" + string(rune('0'+wd.n))}, true
	}
	if wd, ok := e.has(j, kWdayPod); ok {
		return cand{start: i, end: j + 1, typ: kroniek.SET, val: "XXXX-WXX-" + string(rune('0'+wd.n)) + "T" + wd.s}, true
	}
	if p, ok := e.has(j, kPod); ok {
		return cand{start: i, end: j + 1, typ: kroniek.SET, val: "XXXX-XX-XXT" + p.s}, true
	}
	if m, k, ok := e.month(j); ok {
		return cand{start: i, end: k, typ: kroniek.SET, val: "XXXX-" + pad2(m)}, true
	}
	return cand{}, false
}

func pad2(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// mClock: 10:30, 20.30 uur, 9 a.m., 23 uur (after om/rond), noon,
// middernacht, 20.30 tot 24.00 uur.
func (e *extractor) mClock(i int) (cand, bool) {
	start := i
	if e.is(i, "rond", "omstreeks", "around", "about") {
		i++
	}
	if l, ok := e.has(i, kClock); ok {
		return e.onDay(start, i+1, l.s), true
	}
	h, m, j, ok := e.clock(i)
	if !ok && e.nl && e.ok(i+2) && e.is(i+1, ".") && e.tight(i+1) && e.tight(i+2) && e.u[i+2].nd == 2 && e.is(i+3, "tot", "-", "–") {
		// 20.30 tot 24.00 uur: the first time takes its "uur" from the second.
		if h2, m2, k, ok2 := e.clock(i + 4); ok2 && e.is(k, "uur") && e.u[i].num <= 24 && e.u[i+2].num < 60 {
			return e.clockCand(start, e.clockTail(k), pad2(e.u[i].num)+":"+pad2(e.u[i+2].num), pad2(h2)+":"+pad2(m2)), true
		}
	}
	if !ok {
		return cand{}, false
	}
	hm := pad2(h) + ":" + pad2(m)
	// A range: 20.30 tot 24.00 uur.
	if e.is(j, "tot", "-", "–", "to", "until") {
		if h2, m2, k, ok := e.clock(j + 1); ok {
			k = e.clockTail(k)
			return e.clockCand(start, k, hm, pad2(h2)+":"+pad2(m2)), true
		}
	}
	return e.onDay(start, e.clockTail(j), hm), true
}

// onDay makes the clock time hm ending at unit j, joined with a day that
// follows it: 9 a.m. Tuesday, 5 p.m. EST Nov. 9, midnight Friday.
func (e *extractor) onDay(start, j int, hm string) cand {
	k := j
	if e.is(k, ",", "on") {
		k++
	}
	var day cand
	found := false
	if c, ok := e.mWeekday(k); ok && c.tv.g == gDay {
		day, found = c, true
	} else if c, ok := e.mAbsDate(k); ok && c.tv.g == gDay && !strings.Contains(c.val, "/") {
		day, found = c, true
	} else if c, ok := e.mDeictic(k); ok && c.tv.g == gDay {
		day, found = c, true
	}
	if found {
		saved := e.ref
		e.ref = day.tv
		c := e.clockCand(start, day.end, hm, "")
		e.ref = saved
		c.anchor, c.tv = true, day.tv
		return c
	}
	return e.clockCand(start, j, hm, "")
}

func (e *extractor) clockCand(start, end int, hm, hm2 string) cand {
	base := e.ref
	if base.g < gDay {
		base = e.dct
	}
	if !e.hasDCT || base.g < gDay {
		val := "XXXX-XX-XXT" + hm
		return cand{start: start, end: end, typ: kroniek.TIME, val: val}
	}
	v := tval{g: gClock, t: base.t, hm: hm}
	c := e.date(start, end, v, false)
	if hm2 != "" {
		v2 := v
		v2.hm = hm2
		c.val += "/" + v2.String()
	}
	return c
}

// clock reads hh:mm, hh.mm (with uur), h a.m./p.m., hh uur (after om/rond).
func (e *extractor) clock(i int) (h, m, end int, ok bool) {
	if e.nl && e.is(i-1, "om", "rond", "tegen", "omstreeks") && e.is(i+1, "uur") {
		// om negen uur
		if n, ok := e.has(i, kNum); ok && n.f >= 1 && n.f <= 12 && n.f == float64(int(n.f)) {
			return e.evening(int(n.f)), 0, i + 1, true
		}
	}
	if !e.ok(i) || e.u[i].num < 0 || e.u[i].nd > 2 || e.u[i].num > 24 {
		return 0, 0, i, false
	}
	h, end = e.u[i].num, i+1
	if e.is(end, ":", ".") && e.tight(end) && e.tight(end+1) && e.ok(end+1) && e.u[end+1].nd == 2 && e.u[end+1].num < 60 {
		sep := e.w(end)
		m, end = e.u[end+1].num, end+2
		if sep == "." && !e.nl && e.ampm(end) == 0 {
			return 0, 0, i, false
		}
		if sep == "." && e.nl && !e.is(end, "uur", "u") && !e.is(i-1, "om", "rond", "tot", "vanaf", "tussen", "omstreeks") {
			return 0, 0, i, false
		}
		if e.ok(end) && e.is(end, ":", ".") && e.tight(end) && e.ok(end+1) && e.u[end+1].num >= 0 && e.tight(end+1) {
			return 0, 0, i, false // 1.000.000 or 10:30:15 handled as not a clock
		}
		if p := e.ampm(end); p != 0 {
			h, end = adjustAMPM(h, p), e.skipAMPM(end)
		}
		return h, m, end, true
	}
	if p := e.ampm(end); p != 0 && h >= 1 && h <= 12 {
		return adjustAMPM(h, p), 0, e.skipAMPM(end), true
	}
	if e.nl && e.is(end, "uur") && e.is(i-1, "om", "rond", "tegen", "omstreeks", "vanaf", "tot") {
		return e.evening(h), 0, end, true
	}
	if !e.nl && e.is(end, "o") && e.is(end+1, "'", "’") && e.is(end+2, "clock") {
		return h, 0, end + 3, true
	}
	return 0, 0, i, false
}

func adjustAMPM(h, p int) int {
	if p == 2 && h < 12 {
		return h + 12
	}
	if p == 1 && h == 12 {
		return 0
	}
	return h
}

// ampm: 1 for a.m., 2 for p.m., 0 for neither.
func (e *extractor) ampm(i int) int {
	w := e.w(i)
	switch w {
	case "am":
		return 1
	case "pm":
		return 2
	case "a", "p":
		if e.is(i+1, ".") && e.is(i+2, "m") {
			if w == "a" {
				return 1
			}
			return 2
		}
	}
	return 0
}

func (e *extractor) skipAMPM(i int) int {
	if e.is(i, "am", "pm") {
		i++
	} else {
		i += 3
	}
	if e.is(i, ".") && e.tight(i) {
		i++
	}
	return i
}

func (e *extractor) clockTail(j int) int {
	switch {
	case e.is(j, "uur", "u") && e.nl:
		j++
	case e.has2(j, kTZ, kTZ):
		j++
	case e.is(j, "local") && e.is(j+1, "time"):
		j += 2
	case e.is(j, "est", "edt", "cet", "pst", "pdt", "cest") && !e.nl:
		j++
	}
	return j
}

// mQuarter: the third quarter, third-quarter, het derde kwartaal, Q3, the
// first half, the quarter.
func (e *extractor) mQuarter(i int) (cand, bool) {
	if !e.hasDCT {
		return cand{}, false
	}
	if !e.nl && e.is(i, "quarter", "period") && e.is(i-1, "the", "latest", "recent") && (e.w(i) == "quarter" || e.ref.g == gQuarter) {
		return e.date(i, i+1, e.lastQuarter(), false), true
	}
	j := i
	o, ok := e.has(j, kOrd)
	if e.is(j, "final", "last", "laatste") && e.is(j+1, "quarter", "kwartaal") {
		o, ok = lexeme{kind: kOrd, n: 4}, true
	}
	q := 0
	if ok && o.n >= 1 && o.n <= 4 {
		q = o.n
		j++
		if e.is(j, "-") && e.tight(j) {
			j++
		}
	} else if e.w(i) == "q" && e.tight(i+1) && e.ok(i+1) && e.u[i+1].num >= 1 && e.u[i+1].num <= 4 {
		q, j = e.u[i+1].num, i+2
		y := e.dct.t.Year()
		if yy, k, ok := e.year(j); ok {
			y, j = yy, k
		}
		return e.date(i, j, tval{g: gQuarter, t: day(y, (q-1)*3+1, 1)}, true), true
	} else {
		return cand{}, false
	}
	isQ := false
	if u, ok := e.has(j, kUnit); ok && u.s == "Q" {
		isQ = true
	} else if !e.is(j, "half", "helft") || q > 2 {
		return cand{}, false
	}
	j++
	y := e.dct.t.Year()
	yset := false
	k := j
	if e.is(k, "of", "van") {
		k++
	}
	if yy, k2, ok := e.year(k); ok {
		y, j, yset = yy, k2, true
	} else if yy, k2, ok := e.relYear(j); ok {
		y, j, yset = yy, k2, true
	} else if e.is(k, "fiscal") {
		if yy, k2, ok := e.year(k + 1); ok {
			y, j, yset = yy, k2, true
		}
	}
	if isQ {
		dq := (int(e.dct.t.Month())-1)/3 + 1
		if !yset && q > dq && e.tense(i) <= 0 {
			y-- // a report on the fourth quarter, early next year
		}
		return e.date(i, j, tval{g: gQuarter, t: day(y, (q-1)*3+1, 1)}, true), true
	}
	return e.date(i, j, tval{g: gHalf, half: q, t: day(y, (q-1)*6+1, 1)}, false), true
}

// mHoliday: Kerstmis, Christmas, Koningsdag, New Year's Day, Pasen.
func (e *extractor) mHoliday(i int) (cand, bool) {
	w := e.w(i)
	m, d, n := 0, 0, 1
	switch w {
	case "kerstmis", "christmas", "kerst", "kerstdag":
		m, d = 12, 25
		if e.is(i+1, "day", "eve") {
			n = 2
			if e.is(i+1, "eve") {
				d = 24
			}
		}
	case "kerstavond":
		m, d = 12, 24
	case "koningsdag":
		m, d = 4, 27
	case "bevrijdingsdag":
		m, d = 5, 5
	case "nieuwjaarsdag":
		m, d = 1, 1
	case "oudejaarsavond", "oudjaar":
		m, d = 12, 31
	case "new":
		if e.is(i+1, "year") && e.is(i+2, "'", "’") && e.is(i+3, "s") && e.is(i+4, "day", "eve") {
			m, d, n = 1, 1, 5
			if e.is(i+4, "eve") {
				m, d = 12, 31
			}
		}
	case "election":
		// Election Day in the US: the Tuesday after the first Monday of
		// November.
		if e.hasDCT && !e.nl && e.u[i].upper && e.is(i+1, "day") && e.u[i+1].upper {
			y := e.closestYear(11, 5)
			t := day(y, 11, 2)
			for t.Weekday() != time.Tuesday {
				t = t.AddDate(0, 0, 1)
			}
			return e.date(i, i+2, tval{g: gDay, t: t}, true), true
		}
	case "thanksgiving":
		if e.hasDCT {
			y := e.closestYear(11, 25)
			t := day(y, 11, 1)
			for t.Weekday() != time.Thursday {
				t = t.AddDate(0, 0, 1)
			}
			t = t.AddDate(0, 0, 21)
			end := i + 1
			if e.is(end, "day") {
				end++
			}
			return e.date(i, end, tval{g: gDay, t: t}, true), true
		}
	case "pasen", "easter", "pinksteren", "pentecost", "hemelvaartsdag", "carnaval":
		if e.hasDCT {
			y := e.dct.t.Year()
			t := easter(y)
			end := i + 1
			switch w {
			case "pinksteren", "pentecost":
				t = t.AddDate(0, 0, 49)
			case "hemelvaartsdag":
				t = t.AddDate(0, 0, 39)
			case "carnaval":
				s, f := t.AddDate(0, 0, -49), t.AddDate(0, 0, -47)
				v := tval{g: gDay, t: s}
				return cand{start: i, end: end, typ: kroniek.DATE, val: v.String() + "/" + tval{g: gDay, t: f}.String(), tv: v, anchor: true}, true
			}
			if e.is(end, "sunday", "day") {
				end++
			}
			return e.date(i, end, tval{g: gDay, t: t}, true), true
		}
	}
	if m == 0 || !e.hasDCT {
		return cand{}, false
	}
	y := e.closestYear(m, d)
	end := i + n
	if yy, k, ok := e.year(end); ok {
		y, end = yy, k
	}
	return e.date(i, end, tval{g: gDay, t: day(y, m, d)}, true), true
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// lastQuarter is the quarter a report is about: the reference time's when it
// is a quarter, else the one before the publication date's.
func (e *extractor) lastQuarter() tval {
	if e.topicQ.g == gQuarter {
		return e.topicQ
	}
	if e.ref.g == gQuarter {
		return e.ref
	}
	return e.dct.with(gQuarter).shift("Q", -1)
}

// isoWeek writes week n of year y, e.g. 2019-W07.
func isoWeek(y, n int) string {
	return fmt.Sprintf("%04d-W%02d", y, n)
}

// mMisc: week 7, nineteen ninety-six, the year two thousand, the weekend.
func (e *extractor) mMisc(i int) (cand, bool) {
	if e.is(i, "week") && e.ok(i+1) && e.u[i+1].num >= 1 && e.u[i+1].num <= 53 && e.u[i+1].nd <= 2 && e.hasDCT {
		// week 7: the ISO week of the publication year.
		n := e.u[i+1].num
		y := e.dct.t.Year()
		if yy, k, ok := e.year(i + 2); ok {
			y = yy
			return cand{start: i, end: k, typ: kroniek.DATE, val: isoWeek(y, n)}, true
		}
		return cand{start: i, end: i + 2, typ: kroniek.DATE, val: isoWeek(y, n)}, true
	}
	if e.nl {
		return cand{}, false
	}
	if e.is(i, "nineteen", "eighteen") {
		if v, vague, j, ok := e.number(i + 1); ok && !vague && v >= 10 && v < 100 && v == float64(int(v)) {
			c := 1900
			if e.is(i, "eighteen") {
				c = 1800
			}
			return e.date(i, j, tval{g: gYear, t: day(c+int(v), 7, 1)}, true), true
		}
	}
	if e.is(i, "year") && e.is(i-1, "the") {
		if v, vague, j, ok := e.number(i + 1); ok && !vague && v >= 1000 && v < 2200 && v == float64(int(v)) {
			return e.date(i, j, tval{g: gYear, t: day(int(v), 7, 1)}, true), true
		}
	}
	if e.is(i+1, "-") && e.is(i+2, "long") && e.tight(i+1) && e.tight(i+2) {
		// day-long, decades-long: as long as that (jarenlang in Dutch).
		if u, ok := e.has(i, kUnit); ok && u.s != "WE" {
			return cand{start: i, end: i + 3, typ: kroniek.DURATION, val: durVal(1, u.s, false)}, true
		}
		if u, ok := e.has(i, kUnits); ok && u.s != "WE" {
			return cand{start: i, end: i + 3, typ: kroniek.DURATION, val: durVal(0, u.s, true)}, true
		}
	}
	if e.is(i, "mid") && e.hasDCT {
		// mid-afternoon [yesterday], mid morning Tuesday.
		j := i + 1
		if e.is(j, "-") && e.tight(j) && e.tight(j+1) {
			j++
		}
		if p, ok := e.has(j, kPod); ok && p.s != "NI" && p.s != "MI" {
			end := j + 1
			v := e.ref
			if c, ok := e.mDeictic(end); ok && c.start == end && c.tv.g == gDay {
				v, end = c.tv, c.end
			} else if c, ok := e.mWeekday(end); ok && c.start == end && c.tv.g == gDay {
				v, end = c.tv, c.end
			} else if v.g < gDay || v.g > gPod {
				v = e.fromDCT(e.dct.with(gDay))
			}
			if v.g >= gDay {
				v.g, v.pod = gPod, p.s
				c := e.date(i, end, v, false)
				c.typ = kroniek.TIME
				return c, true
			}
		}
	}
	if e.is(i, "year") && e.hasDCT {
		// by year-end, around year end, by year's end: the end of the
		// publication year ("since year-end": of the year before).
		j := i + 1
		if e.is(j, "-") && e.tight(j) && e.tight(j+1) {
			j++
		} else if e.is(j, "'", "’") && e.is(j+1, "s") {
			j += 2
		}
		if j > i+1 || e.is(i-1, "by", "around", "at", "since", "until", "before", "after") {
			if e.is(j, "end") && !e.is(j+1, "of") && (!e.ok(j+1) || !isWordy(e.w(j+1)) || e.u[j+1].upper || e.is(j+1, "and", "but", "or", "as", "when", "if")) {
				v := e.dct.with(gYear)
				if e.is(i-1, "since") {
					v = v.shift("Y", -1)
				}
				return e.date(i, j+1, v, false), true
			}
		}
	}
	if e.is(i, "the") && e.hasDCT {
		// the year, the full year, the current fiscal year.
		j := i + 1
		qual := e.is(j, "current", "full")
		if qual {
			j++
		}
		fiscal := e.is(j, "fiscal")
		if fiscal {
			j++
		}
		if e.is(j, "year") {
			// "the year ended Sept. 30": a fiscal year, a span of a year
			// whose end is given apart.
			if e.is(j+1, "ended", "ending") {
				return cand{start: i, end: j + 1, typ: kroniek.DURATION, val: "P1Y"}, true
			}
			// "for the year", "sales for the full year were", "in the
			// current fiscal year": the year of the report.
			if qual || (fiscal && e.is(i-1, "for")) ||
				(e.is(i-1, "for", "of") && (!e.ok(j+1) || !isWordy(e.w(j+1)) || e.is(j+1, "and", "but"))) {
				return e.date(i, j+1, e.dct.with(gYear), false), true
			}
		}
	}
	if e.is(i, "day") && e.is(i-1, "the") && e.hasDCT && (!e.ok(i+1) || !isWordy(e.w(i+1)) || e.is(i+1, "and", "but", "as", "on")) {
		// "shares fell 5% on the day": the day in view.
		v := e.ref
		if v.g < gDay {
			v = e.fromDCT(e.dct.with(gDay))
		}
		return e.date(i, i+1, v.with(gDay), false), true
	}
	if p, ok := e.has(i, kPod); ok && p.s != "NI" && e.is(i-1, "the") && e.is(i-2, "in", "during", "on", "that") && e.ref.g >= gDay && e.ref.g <= gPod {
		// "died in the morning": the part of day of the day in view.
		v := e.ref
		v.g, v.pod = gPod, p.s
		c := e.date(i, i+1, v, false)
		c.typ = kroniek.TIME
		return c, true
	}
	if e.is(i, "weekend") && e.is(i-1, "the", "this") && e.hasDCT {
		v := e.weekday(6, e.tenseMode(i))
		if v.g >= gDay {
			v.g = gWeekend
		}
		return e.date(i, i+1, v, false), true
	}
	return cand{}, false
}

// mPeriod: the 1988 third quarter, the year-ago quarter, next year's first
// quarter, the comparable year-earlier period, the quarter a year ago.
func (e *extractor) mPeriod(i int) (cand, bool) {
	if e.nl || !e.hasDCT {
		return cand{}, false
	}
	j := i
	if e.is(j, "comparable", "corresponding", "same") {
		j++
	}
	y, yset := 0, false
	switch {
	case e.ok(j) && e.u[j].nd == 4:
		if yy, k, ok := e.year(j); ok {
			y, yset, j = yy, true, k
		}
	case e.is(j, "year") && e.is(j+1, "-") && e.is(j+2, "ago", "earlier") && e.tight(j+1) && e.tight(j+2):
		y, yset, j = e.lastQuarter().t.Year()-1, true, j+3
	case e.is(j, "last", "next", "this") && e.is(j+1, "year") && e.is(j+2, "'", "’") && e.is(j+3, "s"):
		r, _ := e.has(j, kRel)
		y, yset, j = e.dct.t.Year()+r.n, true, j+4
	}
	q := 0
	if o, ok := e.has(j, kOrd); ok && o.n >= 1 && o.n <= 4 {
		q = o.n
		j++
		if e.is(j, "-") && e.tight(j) {
			j++
		}
	}
	period := e.is(j, "period")
	if !e.is(j, "quarter") && !(period && yset) {
		return cand{}, false
	}
	if !yset && q == 0 && !e.is(j+1, "a", "of", "last") {
		return cand{}, false
	}
	j++
	lq := e.lastQuarter()
	if q == 0 {
		if period && e.ref.g != gQuarter {
			return e.date(i, j, tval{g: gYear, t: day(y, 7, 1)}, false), true
		}
		q = (int(lq.t.Month())-1)/3 + 1
	}
	if !yset {
		y = lq.t.Year()
	}
	switch {
	case e.is(j, "a") && e.is(j+1, "year") && e.is(j+2, "ago", "earlier"):
		y, j = y-1, j+3
	case e.is(j, "of") && e.is(j+1, "last") && e.is(j+2, "year"):
		y, j = e.dct.t.Year()-1, j+3
	case e.is(j, "last") && e.is(j+1, "year"):
		y, j = e.dct.t.Year()-1, j+2
	}
	if j == i+1 && !yset {
		return cand{}, false
	}
	return e.date(i, j, tval{g: gQuarter, t: day(y, (q-1)*3+1, 1)}, false), true
}

// evening moves an hour written 1-11 to the evening when the day in view is
// an evening or night ("woensdagavond ... om negen uur").
func (e *extractor) evening(h int) int {
	if h >= 1 && h < 12 && e.ref.g == gPod && (e.ref.pod == "EV" || e.ref.pod == "NI") {
		return h + 12
	}
	return h
}

// pastForm tells from a verb and its lemma (from the tagger) that it is a
// past form: neither the lemma itself nor one of its present forms.
func pastForm(w, lemma string, nl bool) bool {
	if lemma == "" || w == lemma || len(w) < 2 {
		return false
	}
	if nl {
		if !strings.HasSuffix(lemma, "en") && !strings.HasSuffix(lemma, "n") {
			return false
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(lemma, "n"), "e")
		for _, st := range []string{stem, dedouble(stem), lengthen(stem)} {
			if w == st || w == st+"t" || w == st+"d" || w == st+"dt" {
				return false // werk, werkt, loop, loopt
			}
		}
		switch w {
		case "is", "ben", "bent", "zijn", "heb", "hebt", "heeft", "kan", "kun", "kunt", "wil", "wilt", "zal",
			"zult", "mag", "moet", "ga", "gaat", "sta", "staat", "doe", "doet", "zie", "ziet", "kom", "komt":
			return false
		}
		return true
	}
	switch w {
	case "is", "are", "am", "'s", "'re", "'m", "has", "does", "do", "have", "can", "will", "may", "must", "shall":
		return false
	}
	return !(w == lemma+"s" || w == lemma+"es" || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(lemma, "y") && w == lemma[:len(lemma)-1]+"ies")
}

// dedouble turns a Dutch stem with a doubled final consonant into its
// written form (vall -> val).
func dedouble(s string) string {
	if n := len(s); n >= 2 && s[n-1] == s[n-2] {
		return s[:n-1]
	}
	return s
}

// lengthen writes the long vowel of an open syllable (lop -> loop).
func lengthen(s string) string {
	n := len(s)
	if n >= 2 && strings.ContainsRune("aeou", rune(s[n-2])) && !strings.ContainsRune("aeiou", rune(s[n-1])) &&
		(n < 3 || !strings.ContainsRune("aeiou", rune(s[n-3]))) {
		return s[:n-1] + string(s[n-2]) + s[n-1:]
	}
	return s
}
