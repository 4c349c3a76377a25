package link

// Coreference: which names of an article are one entity.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/kb"
)

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
		// Of several, the surer types first: a person or organisation
		// over a MISC name ("Troika": Troika Bank, not Troika Laundromat).
		if len(top) > 1 {
			best := 0
			for _, c := range top {
				best = max(best, typeRank[groups[c].typ])
			}
			var sure []int
			for _, c := range top {
				if typeRank[groups[c].typ] == best {
					sure = append(sure, c)
				}
			}
			top = sure
		}
		switch {
		case len(top) == 1:
			for _, mi := range g.ments {
				assign[mi] = top[0]
			}
		case len(top) > 1 && g.typ != kroniek.PER:
			// An organisation's short name is its most mentioned long
			// one ("Court": the Supreme Court, not the Court of Appeals
			// named once), the nearest when that is tied.
			// A long name's mentions count with those of its shorter
			// forms ("Supreme Court" for the United States Supreme Court).
			salience := func(c int) int {
				n := len(groups[c].ments)
				for di, d := range groups {
					if di != c && di != gi && d.typ == groups[c].typ && compatible(d, groups[c]) {
						n += len(d.ments)
					}
				}
				return n
			}
			best, tie := top[0], false
			for _, c := range top[1:] {
				switch a, b := salience(c), salience(best); {
				case a > b:
					best, tie = c, false
				case a == b:
					tie = true
				}
			}
			for _, mi := range g.ments {
				if tie {
					assign[mi] = nearest(ms, groups, top, ms[mi].start)
				} else {
					assign[mi] = best
				}
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
		// places keep to places, except a one-word "place" the knowledge
		// base does not know that ends a person's name ("Nanninga").
		if l.typ == kroniek.LOC {
			return false
		}
		if s.typ == kroniek.LOC {
			return s.unknown && len(s.toks) == 1 && (l.typ == kroniek.PER || looksLikePerson(l)) && suffix(s.toks, l.toks)
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
			if m.end+1 == n.start && doc.Text[m.end] == ' ' && m.typ == kroniek.LOC && (n.typ == kroniek.ORG || n.typ == kroniek.MISC) &&
				countryName(m.text) && len(strings.Fields(n.text)) <= 4 && orgNameWords(strings.Fields(n.text)) {
				out = append(out, mention{typ: kroniek.ORG, start: m.start, end: n.end, text: doc.Text[m.start:n.end]})
				i++
				continue
			}
		}
		if m.typ != kroniek.LOC {
			// "Dr Ali" + "bin" + "Tamim": one person, without the title.
			if k := len(out) - 1; k >= 0 && out[k].typ == kroniek.PER && out[k].end+5 == m.start &&
				doc.Text[out[k].end:m.start] == " bin " {
				s := out[k].start
				if w := strings.Fields(out[k].text); len(w) > 1 && titles[strings.ToLower(strings.TrimSuffix(w[0], "."))] {
					s += strings.Index(out[k].text, w[1])
				}
				out[k] = mention{typ: kroniek.PER, start: s, end: m.end, text: doc.Text[s:m.end]}
				continue
			}
			if m.typ != kroniek.ORG {
				m = arabicName(doc.Text, m, out)
			}
		}
		// An institution of a place: "Provinciale Staten van
		// Noord-Holland", "Port Authority of New York and New Jersey".
		if m.typ == kroniek.ORG || m.typ == kroniek.MISC {
			if end, ok := institutionOf(doc.Text, m, ms[i+1:]); ok {
				j := i + 1
				for j < len(ms) && ms[j].start < end {
					j++
				}
				out = append(out, mention{typ: kroniek.ORG, start: m.start, end: end, text: doc.Text[m.start:end]})
				i = j - 1
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// institutionNouns end the names of institutions that take "van"/"of" and
// a place.
var institutionNouns = map[string]bool{"staten": true, "raad": true, "kamer": true, "authority": true,
	"council": true, "court": true, "universiteit": true, "university": true, "hogeschool": true, "rechtbank": true,
	"hof": true, "commissie": true, "commission": true, "parlement": true, "parliament": true, "senaat": true,
	"assembly": true, "politie": true, "police": true, "department": true, "ministerie": true, "ministry": true}

// institutionOf returns the end of "<institution> van|of <place> [en|and
// <place>]" starting with m, when the places are the next mentions.
func institutionOf(text string, m mention, next []mention) (int, bool) {
	w := strings.Fields(m.text)
	if len(w) == 0 || !institutionNouns[strings.ToLower(w[len(w)-1])] || len(next) == 0 {
		return 0, false
	}
	n := next[0]
	if n.typ != kroniek.LOC || n.start < m.end {
		return 0, false
	}
	if gap := text[m.end:n.start]; gap != " van " && gap != " of " {
		return 0, false
	}
	end := n.end
	if len(next) > 1 && next[1].typ == kroniek.LOC && next[1].start >= end {
		if gap := text[end:next[1].start]; gap == " and " || gap == " en " {
			end = next[1].end
		}
	}
	return end, true
}

// arabicName gives a name cut at its particle its first name: "Tamim" in
// "Dr Ali bin Tamim" is Ali bin Tamim, "al-Eryani" in "Moammar al-Eryani"
// is Moammar al-Eryani. The first name is one capitalised word, no title,
// in no other mention.
func arabicName(text string, m mention, prev []mention) mention {
	start := m.start
	if !strings.HasPrefix(m.text, "al-") && !strings.HasPrefix(m.text, "el-") {
		p := wordBefore(text, start)
		if p != "bin" && p != "ibn" && p != "bint" || !strings.HasSuffix(text[:start], p+" ") {
			return m
		}
		start -= len(p) + 1
	}
	if start < 2 || text[start-1] != ' ' {
		return m
	}
	w := wordBefore(text, start)
	ws := start - 1 - len(w)
	if len(w) < 2 || ws < 0 || text[ws:start-1] != w || !capitalised(w) || !allLetters(w) || titles[strings.ToLower(w)] {
		return m
	}
	for _, o := range prev {
		if o.end > ws {
			return m
		}
	}
	return mention{typ: kroniek.PER, start: ws, end: m.end, text: text[ws:m.end]}
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

// cutOverlong cuts a person's name NER ran on past "van" or "of" back to a
// name found on its own: "Charlotte van Bochove van Vice" beside
// "Charlotte van Bochove" is the latter.
func cutOverlong(ms []mention) []mention {
	names := map[string]bool{}
	for _, m := range ms {
		if m.typ == kroniek.PER {
			names[m.text] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != kroniek.PER {
			continue
		}
		for _, sep := range []string{" van ", " of ", " from "} {
			j := strings.LastIndex(m.text, sep)
			if j > 0 && names[m.text[:j]] && strings.Contains(m.text[:j], " ") {
				m.text = m.text[:j]
				m.end = m.start + j
				break
			}
		}
	}
	return ms
}

// orgNameWords reports whether ws may be an organisation's name:
// capitalised words and the small words between them ("House of
// Representatives").
func orgNameWords(ws []string) bool {
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "of", "for", "and", "van", "voor", "en", "de", "der":
			if i == 0 || i == len(ws)-1 {
				return false
			}
		default:
			if !capitalised(w) {
				return false
			}
		}
	}
	return true
}
