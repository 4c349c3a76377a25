package link

// Repairs of NER output the knowledge base makes possible: names found
// once found again, places typed as something else, places NER missed.

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/geo"
	"kroniek/internal/kb"
)

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
		// An institution of a place by its first part, also written in
		// lower case: "provinciale Staten" for "Provinciale Staten van
		// Noord-Holland".
		if m.typ == kroniek.ORG {
			for _, sep := range []string{" van ", " of "} {
				if j := strings.Index(m.text, sep); j > 0 && strings.Contains(m.text[:j], " ") {
					head := m.text[:j]
					r, size := utf8.DecodeRuneInString(head)
					for _, v := range []string{head, string(unicode.ToLower(r)) + head[size:]} {
						if !seen[v] {
							seen[v] = true
							names = append(names, name{m.typ, v})
						}
					}
				}
			}
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

// addAcronyms adds the acronyms of the article's longer person and
// organisation names where NER missed them: "WSS" beside "William S.
// Saturn", "USGS" beside "United States Geological Survey".
func addAcronyms(doc *kroniek.Document, ms []mention) []mention {
	acr := map[string]string{} // acronym -> type
	for _, m := range ms {
		if m.typ != kroniek.PER && m.typ != kroniek.ORG {
			continue
		}
		words := strings.FieldsFunc(m.text, func(r rune) bool { return r == ' ' || r == '-' })
		if len(words) < 2 {
			continue
		}
		var b strings.Builder
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if a := b.String(); utf8.RuneCountInString(a) >= 2 {
			acr[a] = m.typ
		}
	}
	if len(acr) == 0 {
		return ms
	}
	occupied := newSpans(ms)
	for _, t := range doc.Tokens {
		typ, ok := acr[t.Text]
		if !ok || t.End > len(doc.Text) || occupied.overlaps(t.Start, t.End) {
			continue
		}
		ms = append(ms, mention{typ: typ, start: t.Start, end: t.End, text: t.Text})
		occupied.add(t.Start, t.End)
	}
	return ms
}
