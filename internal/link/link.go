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
	"unicode/utf8"

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
		return fmt.Errorf("link: %w", err)
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
}

// Link does the work of the stage with knowledge base k.
func Link(k *kb.KB, doc *kroniek.Document) {
	ms := collect(doc)
	ms = joinNames(doc, ms)
	ms = retype(k, doc, ms)
	ms = listPlaces(k, doc, ms)
	ms = nestedPlaces(k, doc, ms)
	ms = propagate(doc, ms)
	ms = addCountries(k, doc, ms)
	ms = spotPlaces(k, doc, ms)
	if len(ms) == 0 {
		doc.Entities = nil
		return
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	groups := groupMentions(ms)
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
			if e.Type != kroniek.MISC {
				for _, suf := range []string{"'s", "’s", "'", "’"} {
					if strings.HasSuffix(t, suf) && len(t) > len(suf)+1 {
						t = t[:len(t)-len(suf)]
						end = start + len(t)
						break
					}
				}
			}
			ms = append(ms, mention{typ: e.Type, start: start, end: end, text: t})
		}
	}
	return ms
}

// propagate adds the other occurrences of names already found (NER often
// finds a name once and misses it later), at word boundaries and where no
// mention is.
func propagate(doc *kroniek.Document, ms []mention) []mention {
	type name struct{ typ, text string }
	seen := map[string]bool{}
	var names []name
	for _, m := range ms {
		r, _ := utf8.DecodeRuneInString(m.text)
		if len(m.text) < 3 || !unicode.IsUpper(r) || seen[m.text] {
			continue
		}
		seen[m.text] = true
		names = append(names, name{m.typ, m.text})
		words := strings.Fields(m.text)
		if len(words) < 2 || m.typ == kroniek.LOC {
			continue
		}
		// "Democratic party" beside "Democratic Party", "Witte huis"
		// beside "Witte Huis".
		if low := words[0] + strings.ToLower(m.text[len(words[0]):]); !seen[low] {
			seen[low] = true
			names = append(names, name{m.typ, low})
		}
		// An organisation by its head noun alone: "Court" for "Supreme
		// Court", "Commissie" for "Europese Commissie".
		if head := words[len(words)-1]; m.typ == kroniek.ORG && len(head) >= 4 && capitalised(head) && !seen[head] &&
			allLetters(head) {
			seen[head] = true
			names = append(names, name{m.typ, head})
		}
	}
	// Longer names first, so "Remco Breuker" is claimed before "Breuker".
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].text) > len(names[j].text) })
	occupied := newSpans(ms)
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(doc.Text[off:], n.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.text)
			off = e
			if !wordBoundary(doc.Text, s, e) {
				continue
			}
			if occupied.overlaps(s, e) {
				// The longer name wins over mentions wholly inside it
				// ("Democratic" inside "Democratic party").
				if !strings.Contains(n.text, " ") || !insideOnly(ms, s, e) {
					continue
				}
				for j := range ms {
					if ms[j].start >= s && ms[j].end <= e {
						ms[j].typ = "" // dropped below
					}
				}
			}
			// A lone word inside a longer capitalised run belongs to
			// that run, not here ("Court" of "District Court").
			if !strings.Contains(n.text, " ") && (capitalNext(doc.Text, e) || afterName(doc.Text, s)) {
				continue
			}
			ms = append(ms, mention{typ: n.typ, start: s, end: e, text: n.text})
			occupied.add(s, e)
		}
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.typ != "" {
			kept = append(kept, m)
		}
	}
	return kept
}

// insideOnly reports whether every mention overlapping [s, e) lies inside it
// and is shorter.
func insideOnly(ms []mention, s, e int) bool {
	for _, m := range ms {
		if m.typ != "" && m.start < e && s < m.end && (m.start < s || m.end > e || m.end-m.start == e-s) {
			return false
		}
	}
	return true
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return false
		}
	}
	return true
}

// spans is a set of byte ranges.
type spans struct{ s [][2]int }

func newSpans(ms []mention) *spans {
	sp := &spans{}
	for _, m := range ms {
		sp.add(m.start, m.end)
	}
	return sp
}

func (sp *spans) add(s, e int) { sp.s = append(sp.s, [2]int{s, e}) }

func (sp *spans) overlaps(s, e int) bool {
	for _, x := range sp.s {
		if s < x[1] && x[0] < e {
			return true
		}
	}
	return false
}

// addCountries adds the country and continent names that NER missed: these
// names are unambiguous enough to trust the knowledge base alone.
func addCountries(k *kb.KB, doc *kroniek.Document, ms []mention) []mention {
	if len(doc.Tokens) == 0 {
		return ms
	}
	occupied := newSpans(ms)
	toks := doc.Tokens
	for i := 0; i < len(toks); i++ {
		r, _ := utf8.DecodeRuneInString(doc.Text[toks[i].Start:])
		if !unicode.IsUpper(r) {
			continue
		}
		for n := 3; n >= 1; n-- {
			j := i + n - 1
			if j >= len(toks) || toks[j].Sent != toks[i].Sent {
				continue
			}
			s, e := toks[i].Start, toks[j].End
			if e > len(doc.Text) || s >= e {
				continue
			}
			text := doc.Text[s:e]
			if !areaName(k, text) || occupied.overlaps(s, e) || !wordBoundary(doc.Text, s, e) {
				continue
			}
			ms = append(ms, mention{typ: kroniek.LOC, start: s, end: e, text: text})
			occupied.add(s, e)
			i = j
			break
		}
	}
	return ms
}

// retype fixes NER's places: a MISC name that is exactly a known place
// becomes a place ("Vianen"), and a place name run on into the next words
// ("Amsterdam Parkeervergunning") is cut back to the known place.
func retype(k *kb.KB, doc *kroniek.Document, ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		switch m.typ {
		case kroniek.MISC, kroniek.PER, kroniek.ORG:
			place := knownPlace(k, m.text, doc.Lang)
			known := place != nil && !isAdjective(k, m.text)
			cue := afterPreposition(doc.Text, m.start)
			// "van" and "of" say less: they only make a person a place,
			// and only a place at home or a big one ("van Breda", "mayor
			// of Denver", not "de zege van George").
			home := map[string]string{"nl": "NL"}[doc.Lang]
			if !cue && known && afterWeak(doc.Text, m.start) &&
				(place.Country == home || m.typ == kroniek.PER && place.Pop >= 300000) {
				cue = true
			}
			// A MISC name that is a known place is one; a person or
			// organisation after "in", "bij", "at"... ("op Samos",
			// "in de Van der Pekbuurt"), or when it is a big place and no
			// longer name of the article ends with it (Denver, not John
			// Denver).
			longer := partOfLonger(ms, m) || afterName(doc.Text, m.start)
			big := known && (place.Pop >= 300000 || place.Feature == "PPLC" || geo.IsArea(place)) && !longer
			if !known && cue && exactPlace(k, m.text) {
				known = true // "on Samos": after a locative any known place will do
			}
			if known && (m.typ == kroniek.MISC || cue && !longer || big) || streetLike(m.text) && (cue || m.typ == kroniek.MISC) ||
				surelyStreet(m.text) || roadCode(m.text) && (cue || articles[strings.ToLower(wordBefore(doc.Text, m.start))]) {
				m.typ = kroniek.LOC
			}
		case kroniek.LOC:
			if len(k.Lookup(m.text)) > 0 {
				continue
			}
			// Only a run across a line break: a headline's last word and
			// the next line's first.
			if i := strings.IndexByte(m.text, '\n'); i > 0 {
				prefix := strings.TrimRight(m.text[:i], " \r\t")
				if knownPlace(k, prefix, doc.Lang) != nil {
					m.text = prefix
					m.end = m.start + len(prefix)
				}
			}
		}
	}
	return ms
}

// partOfLonger reports whether another mention's text ends with m's as
// a word.
func partOfLonger(ms []mention, m *mention) bool {
	for i := range ms {
		t := ms[i].text
		if len(t) > len(m.text) && (strings.HasSuffix(t, " "+m.text) || strings.HasPrefix(t, m.text+" ")) {
			return true
		}
	}
	return false
}

func isAdjective(k *kb.KB, name string) bool {
	for _, e := range k.Lookup(name) {
		if e.Type == kb.ADJ {
			return true
		}
	}
	return false
}

// knownPlace returns a place whose own name is name and that is big or
// near enough to be meant: a country, region or sea, a place of 50,000
// inhabitants, or one of 5,000 in the language's country.
func knownPlace(k *kb.KB, name, lang string) *kb.Entry {
	key := kb.Fold(name)
	for _, e := range k.LookupFolded(key) {
		if e.Type != kroniek.LOC {
			continue
		}
		if kb.Fold(e.Name) != key && kb.Fold(e.NameNL) != key {
			// An alias is enough for seas, continents and regions and for
			// other names of big cities (Bombay, Noersoeltan).
			home := lang == "nl" && (e.Country == "NL" || e.Country == "BE") && e.Pop >= 50000
			if !(e.Feature == "SEA" || e.Feature == "CONT" || e.Feature == "RGN" || e.Feature == "OCN" ||
				(e.Pop >= 300000 || e.Feature == "PPLC" || home) && len(key) >= 5 && strings.HasPrefix(e.Feature, "PPL")) {
				continue
			}
		}
		switch e.Feature {
		case "CONT", "SEA", "OCN", "ADM1", "ADM2", "RGN", "STM", "LK", "ISLS", "AIRP":
			return e
		}
		switch {
		case e.IsCountry():
			return e
		case e.Pop >= 50000:
			return e
		case lang == "nl" && (e.Country == "NL" || e.Country == "BE") && e.Pop >= 5000:
			return e
		}
	}
	return nil
}

// spotPlaces adds known places that NER missed: runs of proper nouns
// (by the tagger, when it ran) that are exactly the name of a known place,
// standing alone (no capitalised word right before or after, which would
// make them part of a longer name).
func spotPlaces(k *kb.KB, doc *kroniek.Document, ms []mention) []mention {
	toks := doc.Tokens
	if len(toks) == 0 {
		return ms
	}
	occupied := newSpans(ms)
	capTok := func(i int) bool {
		if i < 0 || i >= len(toks) || toks[i].End > len(doc.Text) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(doc.Text[toks[i].Start:])
		return unicode.IsUpper(r)
	}
	proper := func(i int) bool {
		p := toks[i].POS
		return p == "" || p == "PROPN" || p == "X"
	}
	for i := 0; i < len(toks); i++ {
		// Road numbers: "Interstate 75", "de A10".
		if i+1 < len(toks) && toks[i].Text == "Interstate" && roadCode("Interstate "+toks[i+1].Text) ||
			roadCode(toks[i].Text) && i > 0 && articles[strings.ToLower(toks[i-1].Text)] {
			j := i
			if toks[i].Text == "Interstate" {
				j = i + 1
			}
			s, e := toks[i].Start, toks[j].End
			if e <= len(doc.Text) && !occupied.overlaps(s, e) {
				ms = append(ms, mention{typ: kroniek.LOC, start: s, end: e, text: doc.Text[s:e]})
				occupied.add(s, e)
			}
			i = j
			continue
		}
		if !capTok(i) || !proper(i) {
			continue
		}
		sentStart := i == 0 || toks[i-1].Sent != toks[i].Sent
		for n := 4; n >= 1; n-- {
			j := i + n - 1
			if j >= len(toks) || toks[j].Sent != toks[i].Sent || !capTok(j) || !proper(j) {
				continue
			}
			if n == 1 && sentStart || capTok(j+1) && toks[j+1].Sent == toks[j].Sent || !sentStart && capTok(i-1) {
				continue
			}
			s, e := toks[i].Start, toks[j].End
			text := doc.Text[s:e]
			if occupied.overlaps(s, e) || !wordBoundary(doc.Text, s, e) || knownPlace(k, text, doc.Lang) == nil {
				continue
			}
			ms = append(ms, mention{typ: kroniek.LOC, start: s, end: e, text: text})
			occupied.add(s, e)
			i = j
			break
		}
	}
	return ms
}

// areaName reports whether text is the own name (not an alias) of a
// country or continent, at least four letters long.
func areaName(k *kb.KB, text string) bool {
	if len(text) < 4 {
		return false
	}
	key := kb.Fold(text)
	for _, e := range k.LookupFolded(key) {
		if e.Type != kroniek.LOC || !(e.IsCountry() || e.Feature == "CONT") {
			continue
		}
		if kb.Fold(e.Name) == key || kb.Fold(e.NameNL) == key {
			return true
		}
	}
	return false
}

func groupMentions(ms []mention) []*group {
	var groups []*group
	byKey := map[string]int{}
	for i := range ms {
		m := &ms[i]
		key := kb.Fold(m.text)
		gk := m.typ + "\x00" + key
		g, ok := byKey[gk]
		if !ok {
			g = len(groups)
			byKey[gk] = g
			groups = append(groups, &group{typ: m.typ, key: key, toks: strings.Fields(key), orig: m.text,
				first: m.start, parent: g})
		}
		m.group = g
		groups[g].ments = append(groups[g].ments, i)
	}
	return groups
}

func find(groups []*group, g int) int {
	for groups[g].parent != g {
		groups[g].parent = groups[groups[g].parent].parent
		g = groups[g].parent
	}
	return g
}

// corefer joins each shorter name to the longest compatible name of the
// same type. When several longer names fit ("Kim" with "Kim Jong-un" and
// "Kim Jong-il"), each mention joins the one named last before it (or
// first after it), never the two long names with each other.
func corefer(ms []mention, groups []*group) {
	assign := map[int]int{} // mention -> group it joins
	for gi, g := range groups {
		var cands []int
		for li, l := range groups {
			if li != gi && compatible(g, l) {
				cands = append(cands, li)
			}
		}
		// Keep the longest: drop a candidate that is itself part of another.
		var top []int
		for _, c := range cands {
			dominated := false
			for _, d := range cands {
				if c != d && compatible(groups[c], groups[d]) {
					dominated = true
					break
				}
			}
			if !dominated {
				top = append(top, c)
			}
		}
		switch {
		case len(top) == 1:
			for _, mi := range g.ments {
				assign[mi] = top[0]
			}
		case len(top) > 1:
			for _, mi := range g.ments {
				assign[mi] = nearest(ms, groups, top, ms[mi].start)
			}
		}
	}
	// Whole groups that join one group are unions; the rest join per mention.
	for gi, g := range groups {
		target, same := -1, true
		for _, mi := range g.ments {
			t, ok := assign[mi]
			if !ok {
				same = false
				break
			}
			if target >= 0 && t != target {
				same = false
			}
			target = t
		}
		if same && target >= 0 {
			groups[find(groups, gi)].parent = find(groups, target)
			g.assigned = true
		}
	}
	for i := range ms {
		ms[i].cluster = -1
		if t, ok := assign[i]; ok && !groups[ms[i].group].assigned {
			ms[i].cluster = t // resolved to a root in buildClusters
		}
	}
}

// nearest picks among candidate groups the one mentioned last before pos,
// or else first after it.
func nearest(ms []mention, groups []*group, cands []int, pos int) int {
	best, bestPos := -1, -1
	for _, c := range cands {
		for _, mi := range groups[c].ments {
			if s := ms[mi].start; s < pos && s > bestPos {
				best, bestPos = c, s
			}
		}
	}
	if best >= 0 {
		return best
	}
	bestPos = int(^uint(0) >> 1)
	for _, c := range cands {
		for _, mi := range groups[c].ments {
			if s := ms[mi].start; s > pos && s < bestPos {
				best, bestPos = c, s
			}
		}
	}
	if best < 0 {
		best = cands[0]
	}
	return best
}

// compatible reports whether short name s can be a shorter form of l.
func compatible(s, l *group) bool {
	if s.key == l.key && s.typ != l.typ && s.typ != kroniek.LOC && l.typ != kroniek.LOC {
		// One name under two types ("Democratic Party" as ORG and MISC):
		// the lesser type joins the greater, so the join goes one way.
		return typeRank[s.typ] < typeRank[l.typ]
	}
	if len(s.toks) > len(l.toks) || len(s.toks) == len(l.toks) && !genitive(s, l) {
		return false
	}
	if s.typ != l.typ {
		// NER's types waver ("Baudet" as ORG beside "Thierry Baudet" as
		// PER); a shorter name may join a longer one of another type, but
		// places keep to places.
		if s.typ == kroniek.LOC || l.typ == kroniek.LOC {
			return false
		}
		if l.typ == kroniek.MISC && !looksLikePerson(l) {
			return false
		}
	}
	typ := l.typ
	if typ == kroniek.MISC {
		typ = kroniek.PER
	}
	switch typ {
	case kroniek.PER:
		if suffix(s.toks, l.toks) || acronymOf(s, l) {
			return true
		}
		if len(s.toks) == 1 && s.toks[0] == l.toks[0] && len(l.toks) > 1 {
			return true // a given name: "Kim", "Richard"
		}
		return genitive(s, l)
	case kroniek.ORG:
		if acronymOf(s, l) || genitive(s, l) {
			return true
		}
		if len(s.toks) >= len(l.toks) {
			return false
		}
		if contains(l.toks, s.toks) && (capitalised(s.orig) || len(s.toks) > 1) {
			return true
		}
		// "Expediency Council" of "Expediency Discernment Council".
		return len(s.toks) > 1 && s.toks[0] == l.toks[0] && s.toks[len(s.toks)-1] == l.toks[len(l.toks)-1] &&
			subsequence(s.toks, l.toks)
	case kroniek.LOC:
		if acronymOf(s, l) {
			return true
		}
		// A city district by its compass part: "Noord" of "Amsterdam-Noord".
		return len(s.toks) == 1 && compass[s.toks[0]] && suffix(s.toks, l.toks) && strings.Contains(l.orig, "-")
	}
	return false
}

// looksLikePerson reports whether a name of two or three capitalised words
// may be a person's ("Annabel Nanninga" tagged MISC).
func looksLikePerson(g *group) bool {
	if len(g.toks) < 2 || len(g.toks) > 3 {
		return false
	}
	for _, w := range strings.Fields(g.orig) {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

var typeRank = map[string]int{kroniek.MISC: 1, kroniek.ORG: 2, kroniek.PER: 3}

var compass = map[string]bool{"noord": true, "zuid": true, "oost": true, "west": true, "centrum": true,
	"zuidoost": true, "noordoost": true, "zuidwest": true, "noordwest": true}

// genitive reports whether s is l's last word with an s: a Dutch genitive
// or English possessive ("Vardanyans") or a plural ("Houthis").
func genitive(s, l *group) bool {
	if len(s.toks) != 1 || len(s.toks[0]) < 5 || !strings.HasSuffix(s.toks[0], "s") {
		return false
	}
	return l.toks[len(l.toks)-1] == strings.TrimSuffix(s.toks[0], "s")
}

func subsequence(s, l []string) bool {
	i := 0
	for _, w := range l {
		if i < len(s) && s[i] == w {
			i++
		}
	}
	return i == len(s)
}

func suffix(s, l []string) bool {
	if len(s) >= len(l) {
		return false
	}
	off := len(l) - len(s)
	for i := range s {
		if s[i] != l[off+i] {
			return false
		}
	}
	return true
}

func contains(l, s []string) bool {
	for off := 0; off+len(s) <= len(l); off++ {
		ok := true
		for i := range s {
			if s[i] != l[off+i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// acronymOf reports whether s is an acronym of l: "FvD" of "Forum voor
// Democratie", "SCP" of "Sociaal en Cultureel Planbureau", "U.S." of
// "United States".
func acronymOf(s, l *group) bool {
	if len(s.toks) != 1 || len(l.toks) < 2 {
		return false
	}
	a := s.toks[0]
	if len(a) < 2 || len(a) > 6 {
		return false
	}
	upper := 0
	for _, r := range s.orig {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper < 2 {
		return false
	}
	var all, caps strings.Builder
	for _, w := range strings.FieldsFunc(l.orig, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(unicode.ToLower(r))
		if unicode.IsUpper(r) {
			caps.WriteRune(unicode.ToLower(r))
		}
	}
	return a == all.String() || a == caps.String()
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

// placeSuffixes end the names of streets, quarters and buildings, which the
// knowledge base lacks but which are places all the same.
var placeSuffixes = []string{"weg", "straat", "kade", "gracht", "plein", "laan", "dijk", "buurt", "dorp", "werf",
	"park", "singel", "burg", "toren", "kerk", "brug", "haven", "markt", "steeg", "pad", "hof", "veld", "wijk",
	"fabriek", "museum", "stadion", "street", "road", "avenue", "square", "bridge", "tower", "park", "hall",
	"house", "station", "airport", "hospital", "stadium"}

// orgWords mark a name as an organisation's rather than a place's.
var orgWords = map[string]bool{"universiteit": true, "university": true, "stichting": true, "senate": true,
	"court": true, "partij": true, "party": true, "ministerie": true, "ministry": true, "bank": true,
	"media": true, "council": true, "raad": true, "staten": true, "kamer": true, "law": true, "operatie": true}

// placeLike reports whether a name the knowledge base does not know is
// still worth placing: a name of several words with no organisation word,
// or one word ending like a street or building.
func placeLike(name string) bool {
	if roadCode(name) || surelyStreet(name) {
		return true
	}
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	if len(words) > 1 && articles[words[0]] && !streetLike(name) {
		return false // "Het Parool", "De Odyssee": titles and institutions
	}
	if len(words) > 1 {
		for _, w := range words {
			if orgWords[w] {
				return false
			}
		}
		return true
	}
	for _, suf := range placeSuffixes {
		if strings.HasSuffix(words[0], suf) {
			return true
		}
	}
	return false
}

// locatives are prepositions that put a place name after them.
var locatives = map[string]bool{"in": true, "op": true, "aan": true, "bij": true, "naar": true, "uit": true,
	"via": true, "nabij": true, "rond": true, "tussen": true, "at": true, "near": true, "into": true,
	"on": true, "between": true}

// weakLocatives often but not mostly precede a place.
var weakLocatives = map[string]bool{"van": true, "of": true, "to": true, "from": true}

// afterWeak reports whether the word before pos is a weak locative.
func afterWeak(text string, pos int) bool {
	w := wordBefore(text, pos)
	return weakLocatives[strings.ToLower(w)]
}

// afterName reports whether a capitalised word, not opening a sentence,
// stands right before pos ("Christoffel Columbus").
func afterName(text string, pos int) bool {
	before := strings.TrimRight(text[:min(pos, len(text))], " ")
	if len(before) == len(text[:min(pos, len(text))]) {
		return false // no space: not a separate word
	}
	w := wordBefore(text, pos)
	if w == "" || !capitalised(w) {
		return false
	}
	i := len(before) - len(w)
	prev := strings.TrimRight(before[:i], " ")
	return prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?:\"'(\n")
}

func wordBefore(text string, pos int) string {
	before := strings.TrimRight(text[:min(pos, len(text))], " ")
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	return before[i+1:]
}

// afterPreposition reports whether the word before byte pos is a locative
// preposition ("bij Mina", "in Rahtour").
func afterPreposition(text string, pos int) bool {
	if pos > len(text) {
		return false
	}
	before := text[:pos]
	for hop := 0; hop < 2; hop++ {
		before = strings.TrimRight(before, " ")
		i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		w := strings.ToLower(before[i+1:])
		if locatives[w] {
			return true
		}
		if !articles[w] {
			return false
		}
		before = before[:i+1]
	}
	return false
}

// articles may stand between a preposition and a place ("in de
// Van der Pekbuurt", "aan de Parade", "in het Rijksmuseum").
var articles = map[string]bool{"de": true, "het": true, "'t": true, "the": true}

// streetLike reports whether a name's last word ends like a street,
// quarter or building ("Van der Pekbuurt", "Wasserette De Roos" does not).
func streetLike(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	for _, suf := range placeSuffixes {
		// A Dutch compound ("Vredeskerk") or an English name of several
		// words ending in the word itself ("Revenue Tower").
		if strings.HasSuffix(last, suf) && len(last) > len(suf)+2 || len(words) > 1 && last == suf {
			return true
		}
	}
	return false
}

// listPlaces makes places of the other names in a list of places: in
// "Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes" NER found
// some as places; a neighbour in the list that is the name of a known
// place is one too.
func listPlaces(k *kb.KB, doc *kroniek.Document, ms []mention) []mention {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	for changed := true; changed; {
		changed = false
		for i := range ms {
			if ms[i].typ == kroniek.LOC || !exactPlace(k, ms[i].text) {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(ms) || ms[j].typ != kroniek.LOC {
					continue
				}
				a, b := ms[min(i, j)], ms[max(i, j)]
				if a.end <= b.start && listSeparator(doc.Text[a.end:b.start]) {
					ms[i].typ = kroniek.LOC
					changed = true
					break
				}
			}
		}
	}
	return ms
}

func listSeparator(s string) bool {
	switch strings.TrimSpace(s) {
	case ",", ", and", ", en", "and", "en", ", or", "or", "of", "&":
		return true
	}
	return false
}

// nestedPlaces adds the known place that ends a longer name of another
// type when a connecting word or a single other word precedes it
// ("Ronde van Vlaanderen", "VVD voor Den Bosch", "CNN Philippines",
// "Samos and Izmir"), but not in the names of universities and the like.
func nestedPlaces(k *kb.KB, doc *kroniek.Document, ms []mention) []mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		m := ms[i]
		if m.typ == kroniek.LOC {
			continue
		}
		words := strings.Fields(m.text)
		if len(words) < 2 {
			continue
		}
		for j := 1; j < len(words) && j <= 3; j++ {
			tail := strings.Join(words[len(words)-j:], " ")
			head := words[:len(words)-j]
			if !strings.HasSuffix(m.text, tail) || !capitalised(tail) || knownPlace(k, tail, doc.Lang) == nil {
				continue
			}
			last := strings.ToLower(head[len(head)-1])
			if !connectors[last] && len(head) > 1 || orgWords[last] || orgHeads[strings.ToLower(head[0])] {
				continue
			}
			s := m.end - len(tail)
			ms = append(ms, mention{typ: kroniek.LOC, start: s, end: m.end, text: tail})
			// "Samos and Izmir": the place before the connector too.
			if connectors[last] && len(head) >= 2 {
				front := strings.Join(head[:len(head)-1], " ")
				if strings.HasPrefix(m.text, front) && knownPlace(k, front, doc.Lang) != nil {
					ms = append(ms, mention{typ: kroniek.LOC, start: m.start, end: m.start + len(front), text: front})
				}
			}
			break
		}
	}
	return ms
}

var connectors = map[string]bool{"van": true, "voor": true, "uit": true, "in": true, "of": true, "and": true,
	"en": true, "for": true, "from": true}

// orgHeads start names of organisations named after their place.
var orgHeads = map[string]bool{"universiteit": true, "university": true, "gemeente": true, "provincie": true,
	"hogeschool": true, "ziekenhuis": true, "fc": true, "port": true, "bank": true, "city": true}

// orgSuffixes end one-word names of institutions and media.
var orgSuffixes = []string{"dienst", "journaal", "raad", "krant", "bond", "partij", "bank", "fonds", "school",
	"college", "instituut", "tijdperk", "bureau", "commissie", "ministerie"}

// plainName reports whether an unknown name may still be a place: one
// capitalised word that is no direction and does not end like an
// institution's name.
func plainName(name string) bool {
	low := strings.ToLower(name)
	if strings.Contains(low, " ") || !capitalised(name) || geoDirection(low) || strings.ToUpper(name) == name {
		return false // several words, lower case, a direction or an abbreviation ("IS")
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(low, suf) {
			return false
		}
	}
	return true
}

func geoDirection(w string) bool {
	switch w {
	case "noord", "zuid", "oost", "west", "noorden", "zuiden", "oosten", "westen", "north", "south", "east",
		"west ", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// institutional reports whether a place name stands for its council, as
// in "de gemeente Arnhem" (an organisation, not a place).
func institutional(text string, pos int) bool {
	w := strings.ToLower(wordBefore(text, pos))
	return w == "gemeente" || w == "provincie" || w == "stadsdeel"
}

// particles stand between the parts of a person's name.
var particles = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "van": true, "de": true,
	"der": true, "den": true, "von": true, "ter": true, "ten": true, "da": true, "di": true, "le": true, "la": true}

// titles are capitalised words before a name that are not part of it.
var titles = map[string]bool{"minister": true, "president": true, "premier": true, "koning": true,
	"koningin": true, "prins": true, "prinses": true, "burgemeester": true, "wethouder": true, "staatssecretaris": true,
	"senator": true, "governor": true, "mayor": true, "king": true, "queen": true, "prince": true, "pope": true,
	"paus": true, "dr": true, "mr": true, "mrs": true, "ms": true, "sir": true, "heel": true, "het": true, "de": true,
	"the": true, "een": true, "a": true}

// joinNames repairs names NER cut in two: two adjacent one-word mentions
// of which one is a person become one person ("Roos" + "Verschuur").
func joinNames(doc *kroniek.Document, ms []mention) []mention {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	var out []mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			if m.end+1 == n.start && doc.Text[m.end] == ' ' && (m.typ == kroniek.PER || n.typ == kroniek.PER) &&
				m.typ != kroniek.LOC && n.typ != kroniek.LOC && !titles[strings.ToLower(m.text)] {
				text := doc.Text[m.start:n.end]
				// Two single words only, so "Hollywood-acteur George
				// Clooney" and "Amerikaanse Anne McClain" stay apart.
				// A person's first names may be two words ("Seyed Mohammad"
				// + "Mir-Mohammadi").
				single := (!strings.Contains(m.text, " ") || m.typ == kroniek.PER && len(strings.Fields(m.text)) == 2) &&
					!strings.Contains(n.text, " ")
				if w := strings.Fields(text); single && allNameWords(w) && (m.typ == kroniek.PER || !strings.Contains(m.text, "-")) {
					out = append(out, mention{typ: kroniek.PER, start: m.start, end: n.end, text: text})
					i++
					continue
				}
			}
			// A country's institution: "U.S." + "Senate", "United
			// States" + "Geological Survey".
			if m.end+1 == n.start && doc.Text[m.end] == ' ' && m.typ == kroniek.LOC && n.typ == kroniek.ORG &&
				countryName(m.text) && len(strings.Fields(n.text)) <= 3 && allNameWords(strings.Fields(n.text)) {
				out = append(out, mention{typ: kroniek.ORG, start: m.start, end: n.end, text: doc.Text[m.start:n.end]})
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// countryName reports whether name is a usual short name of a country in
// the names of its institutions.
func countryName(name string) bool {
	switch name {
	case "U.S.", "US", "United States", "UK", "U.K.", "EU", "VS":
		return true
	}
	return false
}

func allNameWords(ws []string) bool {
	for _, w := range ws {
		if !capitalised(w) && !particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// capitalNext reports whether a capitalised word follows pos after one space.
func capitalNext(text string, pos int) bool {
	if pos+1 >= len(text) || text[pos] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[pos+1:])
	return unicode.IsUpper(r)
}

// partOfName reports whether a place name is used inside another name or as
// a modifier, not as a place: "Nick Hague", "Christoffel Columbus",
// "U.S. gallons". After a locative preposition it is a place.
func partOfName(k *kb.KB, text string, m mention) bool {
	if afterPreposition(text, m.start) {
		return false
	}
	if afterName(text, m.start) {
		// Not after a country adjective ("het Zwitserse Davos") or a
		// possessive ("the Democratic Party's Nevada caucuses").
		w := wordBefore(text, m.start)
		lw := strings.ToLower(w)
		if !titles[lw] && !articles[lw] && !strings.HasSuffix(lw, "'s") && !strings.HasSuffix(lw, "’s") &&
			!isAdjective(k, w) && !strings.HasSuffix(lw, "se") {
			return true
		}
	}
	// The first word of a medium's or company's name: "Abu Dhabi TV",
	// "The Las Vegas Review-Journal".
	if capitalNext(text, m.end) {
		next := strings.ToLower(wordAfter(text, m.end))
		if orgWords[next] || mediaWords[next] {
			return true
		}
	}
	// A short abbreviation followed by a word modifies it ("U.S. Senate").
	if len(m.text) <= 4 && strings.ToUpper(m.text) == m.text && m.end+1 < len(text) && text[m.end] == ' ' {
		r, _ := utf8.DecodeRuneInString(text[m.end+1:])
		return unicode.IsLetter(r)
	}
	return false
}

// exactPlace reports whether name is the own name of any known place.
func exactPlace(k *kb.KB, name string) bool {
	key := kb.Fold(name)
	for _, e := range k.LookupFolded(key) {
		if e.Type == kroniek.LOC && (kb.Fold(e.Name) == key || kb.Fold(e.NameNL) == key) {
			return true
		}
	}
	return false
}

// streetEnds end names no person or organisation has.
var streetEnds = []string{"straat", "weg", "plein", "kade", "gracht", "laan", "buurt", "steeg", "singel", "werf",
	"fabriek", "street", "avenue", "square"}

// placeHeads start the names of venues: "Station Zuid", "Café Keppler".
var placeHeads = map[string]bool{"station": true, "café": true, "cafe": true, "hotel": true, "restaurant": true,
	"camping": true, "wasserette": true, "stadion": true, "theater": true, "museum": true, "ziekenhuis": true,
	"kerk": true, "paleis": true, "plein": true, "park": true, "fort": true, "kasteel": true}

// surelyStreet reports whether a name is a street's or venue's by its form
// alone ("Van der Pekbuurt", "Station Zuid").
func surelyStreet(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	if len(words) > 1 && placeHeads[words[0]] {
		return true
	}
	last := words[len(words)-1]
	for _, suf := range streetEnds {
		if strings.HasSuffix(last, suf) && len(last) > len(suf)+2 {
			return true
		}
	}
	return false
}

// roadCode reports whether a name is a road's number: A10, N201, E19,
// Interstate 75, I-95.
func roadCode(name string) bool {
	if strings.HasPrefix(name, "Interstate ") || strings.HasPrefix(name, "I-") {
		_, err := strconv.Atoi(strings.TrimPrefix(strings.TrimPrefix(name, "Interstate "), "I-"))
		return err == nil
	}
	if len(name) < 2 || len(name) > 4 || !strings.ContainsRune("ANE", rune(name[0])) {
		return false
	}
	_, err := strconv.Atoi(name[1:])
	return err == nil
}

// mediaWords follow a place name in the names of media and companies.
var mediaWords = map[string]bool{"tv": true, "radio": true, "times": true, "post": true, "news": true,
	"review": true, "journal": true, "herald": true, "daily": true, "airport": false, "airlines": true,
	"courant": true, "dagblad": true, "fm": true}

// wordAfter returns the word after pos and one space, up to a space,
// hyphen or punctuation.
func wordAfter(text string, pos int) string {
	if pos+1 >= len(text) {
		return ""
	}
	rest := text[pos+1:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return rest
	}
	return rest[:end]
}
