package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Granularities of a resolved date, coarse to fine.
const (
	gNone = iota
	gCentury
	gDecade
	gYear
	gSeason
	gHalf
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gPod
	gClock
)

// tval is a resolved calendar value: a day inside it and its granularity.
// All arithmetic is in UTC on calendar days, so the machine's clock and time
// zone never matter.
type tval struct {
	g      int
	t      time.Time
	season string // SP SU FA WI for gSeason
	half   int    // 1 or 2 for gHalf
	pod    string // MO AF EV NI for gPod
	hm     string // hh:mm for gClock
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func (v tval) String() string {
	y, m, _ := v.t.Date()
	switch v.g {
	case gCentury:
		return fmt.Sprintf("%02dXX", y/100)
	case gDecade:
		return fmt.Sprintf("%03dX", y/10)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, v.season)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", y, v.half)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(m)-1)/3+1)
	case gMonth:
		return fmt.Sprintf("%04d-%02d", y, int(m))
	case gWeek, gWeekend:
		iy, iw := v.t.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", iy, iw)
		if v.g == gWeekend {
			s += "-WE"
		}
		return s
	case gDay:
		return v.t.Format("2006-01-02")
	case gPod:
		return v.t.Format("2006-01-02") + "T" + v.pod
	case gClock:
		return v.t.Format("2006-01-02") + "T" + v.hm
	}
	return ""
}

// with returns v at granularity g (coarsening keeps the day inside).
func (v tval) with(g int) tval { v.g = g; return v }

// coarser returns the coarser of two granularities.
func coarser(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// shift moves v by n units (Y Q M W D DE CE), keeping its granularity.
func (v tval) shift(unit string, n int) tval {
	t := v.t
	if v.g <= gMonth && v.g != gNone {
		t = day(t.Year(), int(t.Month()), 1)
	}
	switch unit {
	case "Y":
		t = t.AddDate(n, 0, 0)
	case "DE":
		t = t.AddDate(10*n, 0, 0)
	case "CE":
		t = t.AddDate(100*n, 0, 0)
	case "Q":
		t = t.AddDate(0, 3*n, 0)
	case "M":
		t = t.AddDate(0, n, 0)
	case "W", "WE":
		t = t.AddDate(0, 0, 7*n)
	case "D":
		t = t.AddDate(0, 0, n)
	}
	v.t = t
	return v
}

// unitGran is the natural granularity of a date n units away.
func unitGran(unit string) int {
	switch unit {
	case "Y":
		return gYear
	case "DE", "CE":
		return gYear
	case "Q":
		return gQuarter
	case "M":
		return gMonth
	case "W", "D", "WE":
		return gDay
	}
	return gDay
}

// durVal writes a TimeML duration of n units; vague gives PXY and the like.
func durVal(n float64, unit string, vague bool) string {
	if vague {
		switch unit {
		case "H":
			return "PTXH"
		case "MIN":
			return "PTXM"
		case "S":
			return "PTXS"
		case "DE", "CE":
			return "PXY"
		case "Q":
			return "PXM"
		case "WE":
			return "PXW"
		case "NI":
			return "PXD"
		}
		return "PX" + unit
	}
	// Fractions go to the next smaller unit when that makes them whole.
	if n != float64(int(n)) {
		switch unit {
		case "Y":
			if m := n * 12; m == float64(int(m)) {
				if n >= 2 {
					// 2 1/2 years: P2Y6M; anderhalf jaar: P18M.
					return "P" + strconv.Itoa(int(n)) + "Y" + strconv.Itoa(int(m)%12) + "M"
				}
				return durVal(m, "M", false)
			}
		case "H":
			if m := n * 60; m == float64(int(m)) && n < 1 {
				return durVal(m, "MIN", false)
			}
		case "MIN":
			if sec := n * 60; sec == float64(int(sec)) {
				if n < 1 {
					return "PT" + strconv.Itoa(int(sec)) + "S"
				}
				// a minute and a half: PT1M30S
				return "PT" + strconv.Itoa(int(n)) + "M" + strconv.Itoa(int(sec)%60) + "S"
			}
		case "D":
			if m := n * 24; m == float64(int(m)) && n < 1 {
				return durVal(m, "H", false)
			}
		case "W":
			if m := n * 7; m == float64(int(m)) {
				return durVal(m, "D", false)
			}
		}
	}
	num := strconv.FormatFloat(n, 'f', -1, 64)
	switch unit {
	case "H":
		return "PT" + num + "H"
	case "MIN":
		return "PT" + num + "M"
	case "S":
		return "PT" + num + "S"
	case "Q":
		return durVal(n*3, "M", false)
	case "DE":
		return durVal(n*10, "Y", false)
	case "CE":
		return durVal(n*100, "Y", false)
	case "WE":
		return "P" + strconv.FormatFloat(n*2, 'f', -1, 64) + "D"
	case "NI":
		return "P" + num + "D"
	}
	return "P" + num + unit
}

// parseDCT reads a publication date: YYYY, YYYY-MM, YYYY-MM-DD or a longer
// timestamp (only the date part counts). ok is false when there is none.
func parseDCT(s string) (tval, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:10])
		if e1 == nil && e2 == nil && e3 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return tval{g: gDay, t: day(y, m, d)}, true
		}
	}
	if len(s) >= 8 && isDigits(s[:8]) {
		y, _ := strconv.Atoi(s[:4])
		m, _ := strconv.Atoi(s[4:6])
		d, _ := strconv.Atoi(s[6:8])
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return tval{g: gDay, t: day(y, m, d)}, true
		}
	}
	if len(s) == 7 && s[4] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		if e1 == nil && e2 == nil && m >= 1 && m <= 12 {
			return tval{g: gMonth, t: day(y, m, 15)}, true
		}
	}
	if len(s) == 4 && isDigits(s) {
		y, _ := strconv.Atoi(s)
		return tval{g: gYear, t: day(y, 7, 1)}, true
	}
	return tval{}, false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
