// Package geo places place names on the map with the knowledge base:
// candidates by name, ranked by feature type, population, how exactly the
// name matches, the article language's country and the article's other
// places.
package geo

import (
	"math"
	"strings"

	"kroniek/internal/kb"
)

// Candidate is a place a name may refer to.
type Candidate struct {
	Entry *kb.Entry
	Exact bool // the name is the entry's own (English or Dutch) name, not an alias
}

// Lookup is the part of the knowledge base geocoding needs.
type Lookup interface {
	Lookup(name string) []*kb.Entry
}

// Candidates returns the places any of names may refer to, each once.
func Candidates(k Lookup, names []string) []Candidate {
	var out []Candidate
	seen := map[*kb.Entry]int{}
	for _, n := range names {
		key := kb.Fold(n)
		if directions[key] {
			continue // "Eastern", "Noord": a part of a name, not a place abroad
		}
		for _, e := range k.Lookup(n) {
			if e.Type != "LOC" {
				continue
			}
			exact := kb.Fold(e.Name) == key || (e.NameNL != "" && kb.Fold(e.NameNL) == key)
			if i, ok := seen[e]; ok {
				out[i].Exact = out[i].Exact || exact
				continue
			}
			seen[e] = len(out)
			out = append(out, Candidate{Entry: e, Exact: exact})
		}
	}
	return out
}

// Context is what the rest of the article says about where it is.
type Context struct {
	Lang string
	// Countries maps the countries of the article's other places to a
	// weight (how many places, how sure).
	Countries map[string]float64
	// Near holds the coordinates of the article's other settlements.
	Near [][2]float64
}

// near reports whether e lies within 250 km of one of the article's other
// settlements.
func (ctx Context) near(e *kb.Entry) bool { return ctx.nearCount(e) > 0 }

// nearCount counts the article's other settlements within 250 km of e.
func (ctx Context) nearCount(e *kb.Entry) int {
	n := 0
	for _, p := range ctx.Near {
		if Km(p[0], p[1], e.Lat, e.Lon) < 250 {
			n++
		}
	}
	return n
}

// homeCountry is the country a language's news is mostly about.
var homeCountry = map[string]string{"nl": "NL"}

// Score ranks a candidate; higher is likelier.
func Score(c Candidate, ctx Context) float64 {
	e := c.Entry
	s := math.Log10(float64(e.Pop) + 1)
	switch f := e.Feature; {
	case f == "PCLD" || f == "PCLH" || e.IsCountry() && !c.Exact:
		s += 2 // dependencies, and countries by a mere alias ("New Jersey" for Jersey)
	case e.IsCountry():
		s += 6
	case f == "CONT" || f == "SEA" || f == "OCN":
		s += 8
	case f == "RGN" || f == "ADM1":
		s += 1
	case f == "PPLC":
		s += 2
	case f == "PPLA" || f == "PPLG":
		s += 1
	case f == "PPLX" || f == "PPLL":
		s -= 0.5
	}
	if c.Exact {
		s += 1.5
	}
	if e.Pop >= 1000000 && strings.HasPrefix(e.Feature, "PPL") {
		s += 1.5 // a big city over the region of its name (New York)
	}
	if home := homeCountry[ctx.Lang]; home != "" {
		switch {
		case e.Country == home:
			s += 3
		case ctx.Lang == "nl" && e.Country == "BE":
			s += 1.5
		}
	}
	if w := ctx.Countries[e.Country]; w > 0 && !e.IsCountry() {
		s += 1.5 + math.Min(w, 3)*0.5
	}
	if n := ctx.nearCount(e); n > 0 && !IsArea(e) {
		// Each nearby place of the article counts: a list of Philippine
		// towns makes its "Madrid" the Philippine one.
		s += 1.5 * math.Min(float64(n), 3)
	}
	return s
}

// plausible rejects a small place known only by an alias in a country the
// article does not otherwise mention: "Mina" is not Minot, North Dakota.
func plausible(c Candidate, ctx Context) bool {
	e := c.Entry
	if e.Pop >= 100000 || IsArea(e) && e.Feature != "" {
		return true
	}
	if e.Country == homeCountry[ctx.Lang] || ctx.Countries[e.Country] > 0 || ctx.near(e) {
		return true
	}
	// Abroad and unsupported: only a sizeable place or an exact name.
	return c.Exact && e.Pop >= 20000
}

// Resolve returns the likeliest place for names (the forms an article uses
// for one place), or nil.
func Resolve(k Lookup, names []string, ctx Context) *kb.Entry {
	best, _ := ResolveScore(k, names, ctx)
	return best
}

// ResolveScore is Resolve with the margin of the best candidate over the
// next one (math.Inf(1) when there is one candidate).
func ResolveScore(k Lookup, names []string, ctx Context) (*kb.Entry, float64) {
	cs := Candidates(k, names)
	var best *kb.Entry
	bs, second := math.Inf(-1), math.Inf(-1)
	for _, c := range cs {
		if !plausible(c, ctx) {
			continue
		}
		s := Score(c, ctx)
		switch {
		case s > bs || s == bs && best != nil && c.Entry.ID < best.ID:
			second = bs
			best, bs = c.Entry, s
		case s > second:
			second = s
		}
	}
	return best, bs - second
}

// Km is the great-circle distance in kilometres.
func Km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	la1, la2 := lat1*math.Pi/180, lat2*math.Pi/180
	dla, dlo := la2-la1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// IsArea reports whether the place is a country, region or sea rather than
// a settlement (areas do not make an article's focus).
func IsArea(e *kb.Entry) bool {
	return e.IsCountry() || !strings.HasPrefix(e.Feature, "PPL")
}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "noord": true, "zuid": true,
	"oost": true, "westen": true, "oosten": true, "noorden": true, "zuiden": true, "centrum": true}
