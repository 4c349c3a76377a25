// Package link gives each named entity of an article one identity: it joins
// the names used for one person, organisation or place within the article
// (coreference), links entities to the knowledge base (internal/kb), puts
// every place mention on the map (internal/geo) and fills doc.Places.
package link

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kroniek"
	"kroniek/internal/geo"
	"kroniek/internal/kb"
)

// Stage is the pipeline stage "link"; it runs after the NER stage.
type Stage struct{}

// Name returns "link".
func (Stage) Name() string { return "link" }

// Annotate regroups doc.Entities, links them and fills doc.Places. Offsets
// are bytes.
func (Stage) Annotate(ctx context.Context, doc *kroniek.Document) error {
	k, err := kb.Default()
	if err != nil {
		return fmt.Errorf("knowledge base: %w", err)
	}
	Link(k, doc)
	return nil
}

// mention is one name occurrence while linking.
type mention struct {
	typ        string
	start, end int
	text       string
	group      int // index into groups: same type and folded name
	cluster    int // final entity
}

// group is the set of mentions sharing a type and folded name.
type group struct {
	typ      string
	key      string
	toks     []string // folded tokens
	orig     string   // a surface form, for acronym tests
	ments    []int
	first    int // start of the first mention
	parent   int // union-find
	assigned bool
	unknown  bool // a LOC name the knowledge base does not know
}

// Link does the work of the stage with knowledge base k.
func Link(k *kb.KB, doc *kroniek.Document) {
	ms := collect(doc)
	ms = cutOverlong(ms)
	ms = joinNames(doc, ms)
	ms = retype(k, doc, ms)
	ms = listPlaces(k, doc, ms)
	ms = nestedPlaces(k, doc, ms)
	ms = propagate(doc, ms)
	ms = joinNames(doc, ms) // again, for the names propagate found
	ms = addAcronyms(doc, ms)
	ms = addCountries(k, doc, ms)
	ms = spotPlaces(k, doc, ms)
	if len(ms) == 0 {
		doc.Entities = nil
		return
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	groups := groupMentions(ms)
	for _, g := range groups {
		// A LOC name the knowledge base does not know may be a surname
		// NER took for a place ("Nanninga").
		g.unknown = g.typ == kroniek.LOC && len(k.LookupFolded(g.key)) == 0
	}
	corefer(ms, groups)
	clusters := buildClusters(ms, groups)
	l := &linker{k: k, doc: doc, ms: ms}
	l.link(clusters)
	clusters = mergeByKB(ms, clusters)
	l.output(clusters)
}

// collect reads the entities' mentions, trimming possessives ("Kim's").
func collect(doc *kroniek.Document) []mention {
	var ms []mention
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
				continue
			}
			start, end := m.Start, m.End
			t := doc.Text[start:end]
			for _, suf := range []string{"'s", "’s", "'", "’"} {
				if strings.HasSuffix(t, suf) && len(t) > len(suf)+1 {
					t = t[:len(t)-len(suf)]
					end = start + len(t)
					break
				}
			}
			// A royal title is part of the name news uses: "prins
			// Charles".
			if e.Type == kroniek.PER {
				w := wordBefore(doc.Text, start)
				if royal[w] && start > len(w) && doc.Text[start-len(w)-1:start] == w+" " {
					start -= len(w) + 1
					t = doc.Text[start:end]
				}
			}
			// A role word NER took into the name: "Koreakenner Remco
			// Breuker" is Remco Breuker.
			if e.Type == kroniek.PER {
				if w := strings.Fields(t); len(w) >= 3 && roleWord(w[0]) {
					i := strings.Index(t, w[1])
					start, t = start+i, t[i:]
				}
			}
			ms = append(ms, mention{typ: e.Type, start: start, end: end, text: t})
		}
	}
	return ms
}

// cluster is one entity being built.
type cluster struct {
	typ     string
	ments   []int
	entry   *kb.Entry // linked knowledge-base entry
	place   *kb.Entry // for places: where it is
	country string
	name    string
	margin  float64
}

func buildClusters(ms []mention, groups []*group) []*cluster {
	byRoot := map[int]*cluster{}
	var out []*cluster
	for i := range ms {
		g := ms[i].group
		if ms[i].cluster >= 0 {
			g = ms[i].cluster
		}
		root := find(groups, g)
		c := byRoot[root]
		if c == nil {
			c = &cluster{typ: groups[root].typ}
			byRoot[root] = c
			out = append(out, c)
		}
		c.ments = append(c.ments, i)
		ms[i].cluster = -1
	}
	return out
}

// names returns the cluster's distinct mention texts, fullest first.
func (c *cluster) names(ms []mention) []string {
	seen := map[string]bool{}
	var out []string
	for _, mi := range c.ments {
		t := strings.Join(strings.Fields(ms[mi].text), " ")
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return fuller(out[i], out[j]) })
	return out
}

// fuller reports whether a is a fuller form than b: more words, then more
// capitals ("Witte Huis" over "Witte huis"), then longer.
func fuller(a, b string) bool {
	na, nb := len(strings.Fields(kb.Fold(a))), len(strings.Fields(kb.Fold(b)))
	if na != nb {
		return na > nb
	}
	if ua, ub := upper(a), upper(b); ua != ub {
		return ua > ub
	}
	return len(a) > len(b)
}

func upper(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// mergeByKB joins clusters of one type linked to the same entry ("U.S."
// and "United States", "Poetin" and "Vladimir Putin").
func mergeByKB(ms []mention, cs []*cluster) []*cluster {
	byID := map[string]*cluster{}
	var out []*cluster
	for _, c := range cs {
		if c.entry == nil {
			out = append(out, c)
			continue
		}
		key := c.typ + "\x00" + c.entry.ID
		if d, ok := byID[key]; ok {
			d.ments = append(d.ments, c.ments...)
			if fuller(c.name, d.name) {
				d.name = c.name
			}
			continue
		}
		byID[key] = c
		out = append(out, c)
	}
	for _, c := range out {
		sort.Slice(c.ments, func(i, j int) bool { return ms[c.ments[i]].start < ms[c.ments[j]].start })
	}
	sort.SliceStable(out, func(i, j int) bool { return ms[out[i].ments[0]].start < ms[out[j].ments[0]].start })
	return out
}

type linker struct {
	k   *kb.KB
	doc *kroniek.Document
	ms  []mention
}

// link sets each cluster's name, knowledge-base entry and country, and
// geocodes the places.
func (l *linker) link(cs []*cluster) {
	var places []*cluster
	for _, c := range cs {
		names := c.names(l.ms)
		c.name = names[0]
		switch c.typ {
		case kroniek.PER:
			l.linkPerson(c, names)
		case kroniek.ORG:
			c.entry = l.pick(names, kroniek.ORG)
			if c.entry == nil {
				l.linkAdjective(c, names) // "Amerikanen" tagged as a group
			}
		case kroniek.LOC:
			places = append(places, c)
		default:
			l.linkAdjective(c, names)
		}
	}
	adj := map[string]float64{}
	for _, c := range cs {
		if c.typ != kroniek.LOC && c.country != "" {
			adj[c.country]++
		}
	}
	l.geocode(places, adj)
}

func (l *linker) linkPerson(c *cluster, names []string) {
	e := l.pick(names[:1], kroniek.PER)
	if e == nil {
		l.linkAdjective(c, names) // "Amerikanen" tagged as a person
		return
	}
	c.entry = e
	// The knowledge base's fuller name in the article's language
	// ("Poetin" -> "Vladimir Poetin") when it contains the article's.
	full := e.NameIn(l.doc.Lang)
	if ft, nt := strings.Fields(kb.Fold(full)), strings.Fields(kb.Fold(c.name)); len(ft) > len(nt) && suffix(nt, ft) {
		c.name = full
	}
}

// pick returns the single entry of type typ known by the first of names
// that has any, preferring the language's country when there are several.
func (l *linker) pick(names []string, typ string) *kb.Entry {
	for _, n := range names {
		var hits []*kb.Entry
		for _, e := range l.k.Lookup(n) {
			if e.Type == typ {
				hits = append(hits, e)
			}
		}
		switch {
		case len(hits) == 1:
			return hits[0]
		case len(hits) > 1:
			home := map[string]string{"nl": "NL"}[l.doc.Lang]
			var h []*kb.Entry
			for _, e := range hits {
				if e.Country == home {
					h = append(h, e)
				}
			}
			if len(h) == 1 {
				return h[0]
			}
			return nil
		}
	}
	return nil
}

// linkAdjective links a demonym or country adjective to its country.
func (l *linker) linkAdjective(c *cluster, names []string) bool {
	for _, n := range names {
		for _, e := range l.k.Lookup(n) {
			if e.Type != kb.ADJ || e.Country == "" {
				continue
			}
			c.country = e.Country
			if ce := l.k.Country(e.Country); ce != nil {
				c.entry = ce
			}
			return true
		}
	}
	return false
}

// geocode places every place cluster: first each on its own, then again
// with the countries of the article's other places as context.
func (l *linker) geocode(cs []*cluster, adjCountries map[string]float64) {
	ctx := geo.Context{Lang: l.doc.Lang, Countries: map[string]float64{}}
	// "het Zwitserse Davos": country adjectives say where the article is.
	for cc, w := range adjCountries {
		ctx.Countries[cc] += w
	}
	first := make([]*kb.Entry, len(cs))
	for i, c := range cs {
		e, margin := geo.ResolveScore(l.k, c.names(l.ms), ctx)
		first[i] = e
		if e != nil && margin >= 1 {
			ctx.Countries[e.Country] += float64(len(c.ments))
		}
		c.margin = margin
	}
	for i, c := range cs {
		own := geo.Context{Lang: ctx.Lang, Countries: map[string]float64{}}
		for cc, w := range ctx.Countries {
			own.Countries[cc] = w
		}
		if e := first[i]; e != nil && c.margin >= 1 {
			own.Countries[e.Country] -= float64(len(c.ments))
		}
		for j, e := range first {
			if j != i && e != nil && cs[j].margin >= 1 && !geo.IsArea(e) {
				own.Near = append(own.Near, [2]float64{e.Lat, e.Lon})
			}
		}
		if e := geo.Resolve(l.k, c.names(l.ms), own); e != nil {
			c.entry, c.place, c.country = e, e, e.Country
		}
	}
}

// output writes doc.Entities and doc.Places.
func (l *linker) output(cs []*cluster) {
	doc := l.doc
	doc.Entities = doc.Entities[:0]
	doc.Places = doc.Places[:0]
	type located struct {
		pos   int
		place *kb.Entry
	}
	var settled, areas []located // resolved place mentions, for the focus
	for _, c := range cs {
		if c.place == nil {
			continue
		}
		for _, mi := range c.ments {
			lc := located{l.ms[mi].start, c.place}
			if geo.IsArea(c.place) {
				areas = append(areas, lc)
			} else {
				settled = append(settled, lc)
			}
		}
	}
	home := map[string]string{"nl": "NL"}[doc.Lang]
	var homeSettled []located
	for _, lc := range settled {
		if lc.place.Country == home || home == "NL" && lc.place.Country == "BE" {
			homeSettled = append(homeSettled, lc)
		}
	}
	focus := func(pos int) *kb.Entry {
		// A settlement named close by (same passage) first; then, for the
		// streets of a Dutch article, the Netherlands or Belgium, wherever
		// else the article goes.
		var close *located
		for i := range settled {
			if d := abs(settled[i].pos - pos); d < 400 && (close == nil || d < abs(close.pos-pos)) {
				close = &settled[i]
			}
		}
		if close != nil {
			return close.place
		}
		sets := [][]located{homeSettled, settled, areas}
		if home != "" {
			// A Dutch article's unknown street is likelier in the
			// Netherlands than in a foreign area it names.
			if c := l.k.Country(home); c != nil {
				sets = [][]located{homeSettled, settled, {{pos - 1, c}}, areas}
			}
		}
		for _, set := range sets {
			var before, after *located
			for i := range set {
				if set[i].pos < pos && (before == nil || set[i].pos > before.pos) {
					before = &set[i]
				}
				if set[i].pos > pos && (after == nil || set[i].pos < after.pos) {
					after = &set[i]
				}
			}
			if before != nil {
				return before.place
			}
			if after != nil {
				return after.place
			}
		}
		if home != "" {
			return l.k.Country(home)
		}
		return nil
	}
	for i, c := range cs {
		id := "e" + strconv.Itoa(i+1)
		e := kroniek.Entity{ID: id, Type: c.typ, Name: c.name}
		if c.entry != nil {
			e.KB = kroniek.Opt(c.entry.ID)
		}
		e.Country = c.country // set for places and for adjectives only
		if c.typ == kroniek.LOC && c.entry != nil && shouted(e.Name) {
			// A dateline's KAPELLE is the place Kapelle.
			if n := c.entry.NameIn(doc.Lang); n != "" {
				e.Name = n
			}
		}
		for _, mi := range c.ments {
			m := l.ms[mi]
			e.Mentions = append(e.Mentions, kroniek.Mention{Start: m.start, End: m.end, Text: m.text})
			if c.typ != kroniek.LOC || institutional(doc.Text, m.start) || partOfName(l.k, doc.Text, m) {
				continue
			}
			p := kroniek.Place{Start: m.start, End: m.end, Text: m.text, Entity: id}
			if c.place != nil {
				p.Name, p.Country, p.Lat, p.Lon, p.GeoNames = c.place.Name, c.place.Country, c.place.Lat, c.place.Lon, c.place.GeoNames()
			} else if !placeLike(c.name) && !(afterPreposition(doc.Text, m.start) && plainName(c.name)) {
				continue
			} else if f := focus(m.start); f != nil {
				// Streets, buildings and other names the knowledge base
				// lacks lie where the article is: its nearest located place.
				p.Name, p.Country, p.Lat, p.Lon = c.name, f.Country, f.Lat, f.Lon
			} else {
				continue
			}
			doc.Places = append(doc.Places, p)
		}
		doc.Entities = append(doc.Entities, e)
	}
	sort.SliceStable(doc.Places, func(i, j int) bool { return doc.Places[i].Start < doc.Places[j].Start })
}

// shouted reports a name written in capitals (a dateline, a heading), at
// least four letters long so that acronyms such as VS or USA are left alone.
func shouted(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}
