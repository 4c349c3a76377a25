package quote

import (
	"sort"
	"strings"
	"unicode"

	"kroniek"
)

// attr is what attribution found for one quote.
type attr struct {
	lemma string
	cue   span
	sp    speaker
	colon bool // introduced by "Name:" without a verb
	gap   int  // words between the cue and the quote mark
}

// cueAt is a reporting cue found in a clause.
type cueAt struct {
	lemma  string
	k      int // word index of the verb or the phrase's first word
	n      int // words in the phrase (1 for a verb)
	part   int // word index of a separable particle, or -1
	phrase bool
}

// clauseAfter returns the word range after a quote's closing mark, up to the
// end of the sentence, the next quote or the paragraph.
func (f *finder) clauseAfter(ci int, c cand) (int, int) {
	a := wordAt(f.ws, c.close)
	// "…'. Aldus een projectontwikkelaar die …": the next sentence opens
	// with "aldus".
	if a+1 < len(f.ws) && f.ws[a].text == "." && f.ws[a+1].lower == "aldus" {
		a++
	}
	// "…terug.'' Dat leidt …": a new sentence begins after the quote.
	if a < len(f.ws) && strings.ContainsAny(lastRune(f.t[c.start:c.end]), ".!?") && f.ws[a].cap && f.lx.verbs[f.ws[a].lower] == nil && !f.shortSaid(a) {
		return a, a
	}
	limit := len(f.ws)
	if ci+1 < len(f.cands) {
		limit = wordAt(f.ws, f.cands[ci+1].open)
	}
	b := a
	for b < limit && b-a < 40 {
		w := f.ws[b]
		if b > a && w.first && !strings.Contains(f.gap(f.ws[b-1].end, w.start), ",") {
			break
		}
		if strings.Contains(f.gap(c.close, w.start), "\n") {
			break
		}
		if sentEnd(w) || w.text == ":" || w.text == ";" {
			break
		}
		b++
	}
	return a, b
}

// clauseBefore returns the word range before a quote's opening mark, back to
// the start of the sentence, the previous quote or the paragraph.
func (f *finder) clauseBefore(ci int, c cand) (int, int) {
	b := wordAt(f.ws, c.open)
	lo := 0
	if ci > 0 {
		lo = wordAt(f.ws, f.cands[ci-1].close)
	}
	a := b
	for a > lo && b-a < 30 {
		w := f.ws[a-1]
		if sentEnd(w) || strings.Contains(f.gap(w.end, f.wsStart(a, c.open)), "\n") {
			break
		}
		a--
	}
	return a, b
}

// gap returns the text between two offsets, or "" when they cross (a word
// may run over a quotation mark in odd input).
func (f *finder) gap(i, j int) string {
	if i < 0 || j > len(f.t) || i >= j {
		return ""
	}
	return f.t[i:j]
}

func (f *finder) wsStart(k, def int) int {
	if k < len(f.ws) {
		return f.ws[k].start
	}
	return def
}

// findCue returns the first (or last) cue in words [a,b).
func (f *finder) findCue(a, b int, last bool) (cueAt, bool) {
	var found cueAt
	ok := false
	for k := a; k < b; k++ {
		w := f.ws[k]
		if w.punct {
			continue
		}
		if ph, has := f.lx.phrases[w.lower]; has {
			parts := strings.Fields(ph)
			match := k+len(parts) <= b
			for j := 1; match && j < len(parts); j++ {
				match = f.ws[k+j].lower == parts[j]
			}
			if match {
				found, ok = cueAt{lemma: f.lx.phraseLem[ph], k: k, n: len(parts), part: -1, phrase: true}, true
				if !last {
					return found, true
				}
				k += len(parts) - 1
				continue
			}
		}
		vs, has := f.lx.verbs[w.lower]
		if !has || (k > a && f.lx.dets[f.ws[k-1].lower]) {
			continue
		}
		// The tagger tells "tweets" the noun from "tweets" the verb; after a
		// name it is a verb whatever the tag ("the BBC describes").
		if w.pos != "" && w.pos != "VERB" && w.pos != "AUX" {
			if k == 0 || !(f.ws[k-1].cap && !f.ws[k-1].first && verbAfterName[w.lower]) {
				continue
			}
		}
		for _, v := range vs {
			if v.particle == "" {
				found, ok = cueAt{lemma: v.lemma, k: k, n: 1, part: -1}, true
				break
			}
			// A separable particle later in the clause ("legt Breuker uit").
			for j := k + 1; j < b && j <= k+12; j++ {
				if f.ws[j].lower == v.particle {
					found, ok = cueAt{lemma: v.lemma, k: k, n: 1, part: j}, true
					break
				}
			}
			if ok && found.k == k {
				break
			}
		}
		if ok && found.k == k && !last {
			return found, true
		}
	}
	return found, ok
}

// attribute finds the cue and speaker of candidate ci.
func (f *finder) attribute(ci int, c cand) (attr, bool) {
	aa, ab := f.clauseAfter(ci, c)
	ba, bb := f.clauseBefore(ci, c)
	// After the quote: ", zegt X", ", legt X uit", "aldus X", "X said".
	// "…” ― Pamela Padilla": a dash and a name sign the quote.
	if aa < ab && isDash(f.ws[aa].text) && aa+1 < ab {
		if sp, ok := f.resolve(aa+1, ab, true); ok && f.hasName(aa+1, min(ab, aa+5)) {
			return attr{sp: sp, colon: true}, true
		}
	}
	// "…," though she noted …: a conjunction opens a new clause, which does
	// not attribute the quote.
	if k := firstWord(f.ws, aa, ab); k < ab && conjunction[f.ws[k].lower] {
		aa = ab
	}
	if cu, ok := f.findCue(aa, ab, false); ok && cu.k-aa <= 14 {
		if sp, ok := f.speakerAround(cu, aa, ab, false); ok {
			return attr{lemma: cu.lemma, cue: span{f.ws[cu.k].start, f.ws[cu.k+cu.n-1].end}, sp: sp, gap: cu.k - aa}, true
		}
	} else if ok {
		// "…,'' Leonard E. Burman, director of … University, said.": a
		// name opening the clause and a cue far after it.
		k := aa
		for k < ab && f.ws[k].punct {
			k++
		}
		if runs := f.nameRuns(k, cu.k); len(runs) > 0 && runs[0][0] == k {
			return attr{lemma: cu.lemma, cue: span{f.ws[cu.k].start, f.ws[cu.k+cu.n-1].end}, sp: f.nameSpeaker(runs[0]), gap: cu.k - aa}, true
		}
	}
	// Before the quote: "X zegt: ...", "zegt X tegen Y: ...", "Trump called it ...".
	if bb > ba {
		if cu, ok := f.findCue(ba, bb, true); ok {
			if sp, ok := f.speakerAround(cu, ba, bb, true); ok {
				return attr{lemma: cu.lemma, cue: span{f.ws[cu.k].start, f.ws[cu.k+cu.n-1].end}, sp: sp, gap: bb - cu.k - cu.n}, true
			}
		}
		// "Kanne: ,,…''" — a name and a colon right before the quote.
		if f.ws[bb-1].text == ":" && bb-1-ba >= 1 && bb-1-ba <= 6 {
			// "K., in rond Amsterdams: …": the name that opens the clause.
			if runs := f.nameRuns(ba, bb-1); len(runs) > 0 && runs[0][0] == ba {
				return attr{sp: f.nameSpeaker(runs[0]), colon: true}, true
			}
			if sp, ok := f.resolve(ba, bb-1, false); ok && f.hasName(ba, bb-1) {
				return attr{sp: sp, colon: true}, true
			}
		}
		// "Democratic Sen. Claire McCaskill (D-Mo.) scolded him: …": the
		// name that opens a clause ending in a colon.
		if f.ws[bb-1].text == ":" && bb-1-ba >= 2 && bb-1-ba <= 15 {
			if runs := f.nameRuns(ba, bb-1); len(runs) > 0 && runs[0][0] <= ba+3 && f.personLike(runs[0]) {
				return attr{sp: f.nameSpeaker(runs[0])}, true
			}
		}
	}
	return attr{}, false
}

// hasName reports whether words [a,b) hold a capitalised word that is not a
// common sentence opener.
func (f *finder) hasName(a, b int) bool {
	for k := a; k < b; k++ {
		if f.ws[k].cap && !f.lx.common[f.ws[k].lower] {
			return true
		}
	}
	return false
}

// speakerAround finds the speaker of a cue in clause [a,b): after the verb
// (Dutch inversion, "said Smith", "aldus X", "volgens X") or before it.
func (f *finder) speakerAround(cu cueAt, a, b int, beforeQuote bool) (speaker, bool) {
	after := cu.k + cu.n
	end := b
	if cu.part > 0 {
		end = cu.part
	}
	if cu.phrase {
		if cu.lemma == "naar eigen zeggen" {
			return speaker{}, true
		}
		return f.resolve(after, end, true)
	}
	for a < cu.k && f.ws[a].punct {
		a++
	}
	// The parse's subject of the cue verb, when it is a name or pronoun in
	// the clause.
	if sw, ok := f.cueSubject(cu.k); ok && sw >= a && sw < end && sw != cu.k {
		if f.lx.pronouns[f.ws[sw].lower] {
			if sp, ok := f.resolve(sw, sw+1, true); ok {
				return sp, true
			}
		}
		for _, r := range f.nameRuns(max(a, sw-4), min(end, sw+5)) {
			if r[0] <= sw && sw < r[1] && f.isPerson(r) {
				return f.nameSpeaker(r), true
			}
		}
	}
	// The subject right before the verb, from the clause start: "Kanne
	// zegt", "he said", "The Sheriff's Office tweeted".
	if cu.k > a {
		// "a narrator in the Clinton ad asks", "de advocaat van Stanley
		// vult aan": a whole description with a prepositional phrase.
		if d, ok := f.longDesc(a, cu.k); ok {
			return d, true
		}
		for j := cu.k - 1; j > a; j-- {
			if f.ws[j].text == "," {
				if d, ok := f.longDesc(j+1, cu.k); ok {
					return d, true
				}
				break
			}
		}
		if s, _ := f.npBounds(a, cu.k, false); s == a || f.clauseOpen(s) {
			if sp, ok := f.resolve(a, cu.k, false); ok {
				return sp, true
			}
		}
		// An apposition between the subject and the verb: "Leonard
		// Burman, director of the Tax Policy Center, said".
		if f.ws[cu.k-1].text == "," {
			for j := cu.k - 2; j > a && cu.k-j < 25; j-- {
				if f.ws[j].text != "," {
					continue
				}
				// "Another eyewitness, Nicole Towarek, described": the name
				// in the apposition.
				if runs := f.nameRuns(j+1, cu.k-1); len(runs) == 1 && runs[0][0] == j+1 && runs[0][1] == cu.k-1 && f.isPerson(runs[0]) {
					return f.nameSpeaker(runs[0]), true
				}
				if s, _ := f.npBounds(a, j, false); s == a {
					if sp, ok := f.resolve(a, j, false); ok {
						return sp, true
					}
				}
				break
			}
		}
	}
	// The subject after the verb: "zegt hij", "zegt eigenaar Otto …",
	// "said Smith".
	if after < end && !f.ws[after].punct {
		w := f.ws[after]
		// In English a description right before the quote is the object:
		// "called the border agreement “null and void”".
		desc := f.lx.dets[w.lower] && f.descEnds(after, end) && !(beforeQuote && f.doc.Lang == "en")
		if w.cap || f.lx.pronouns[w.lower] || desc || f.lx.isRole(w.lower) || f.nameSoon(after, end) {
			if sp, ok := f.resolve(after, end, true); ok {
				return sp, true
			}
		}
	}
	// A name or pronoun earlier in the clause: "zoals wethouder Bas van
	// Wakeren bij herhaling zei".
	if f.strict {
		return speaker{}, false
	}
	for _, r := range f.nameRuns(a, cu.k) {
		if f.isPerson(r) {
			return f.nameSpeaker(r), true
		}
	}
	for k := a; k < cu.k; k++ {
		w := f.ws[k]
		if f.lx.pronouns[w.lower] && !w.cap || w.cap && !f.lx.common[w.lower] {
			if sp, ok := f.resolve(k, cu.k, true); ok {
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// npBounds cuts a noun phrase out of words [a,b): from the front when fwd
// (the words after a verb), else from the back (the words before a verb).
func (f *finder) npBounds(a, b int, fwd bool) (int, int) {
	ok := func(k int, first bool) bool {
		w := f.ws[k]
		if w.punct {
			return false
		}
		if f.lx.verbs[w.lower] != nil && !w.cap {
			return false
		}
		if f.lx.stops[w.lower] && !(w.lower == "van" || w.lower == "of" || w.lower == "de" || w.lower == "het") {
			return false
		}
		return true
	}
	if fwd {
		if a < b && f.lx.pronouns[f.ws[a].lower] {
			return a, a + 1
		}
		e := a
		for e < b && e-a < 9 && ok(e, e == a) {
			e++
		}
		return a, e
	}
	if b-1 >= a && f.lx.pronouns[f.ws[b-1].lower] {
		return b - 1, b
	}
	s := b
	// An adverb between subject and verb: "Ham also noted".
	if s-1 > a && adverbs[f.ws[s-1].lower] {
		s, b = s-1, s-1
	}
	// A parenthesis right before the verb belongs to the subject: "Rep.
	// Gwen Moore (D-Wis.) said".
	if s-1 > a && f.ws[s-1].text == ")" {
		j := s - 1
		for j > a && f.ws[j].text != "(" && s-j < 8 {
			j--
		}
		if f.ws[j].text == "(" {
			s, b = j, j
		}
	}
	for s > a && b-s < 9 && ok(s-1, false) {
		s--
	}
	return s, b
}

// resolve turns the words [a,b) next to a cue into a speaker.
func (f *finder) resolve(a, b int, fwd bool) (speaker, bool) {
	s, e := f.npBounds(a, b, fwd)
	// Trailing "van"/"of" and determiners are not part of the phrase.
	for e > s && (f.ws[e-1].lower == "van" || f.ws[e-1].lower == "of" || f.lx.dets[f.ws[e-1].lower]) {
		e--
	}
	if e <= s {
		return speaker{}, false
	}
	if e-s == 1 && f.ws[s].lower == "they" {
		// "They concluded": the group named as a subject before ("The
		// foreign ministers of …").
		if sp, ok := f.pluralRef(s); ok {
			return sp, true
		}
	}
	if e-s == 1 && f.lx.pronouns[f.ws[s].lower] {
		sp := f.pronounRef(f.ws[s].start, f.lx.gender[f.ws[s].lower])
		sp.src = span{f.ws[s].start, f.ws[s].end}
		return sp, sp.name != ""
	}
	runs := f.nameRuns(s, e)
	det := f.lx.dets[f.ws[s].lower]
	// After a cue the phrase ends with its first name ("Volgens de
	// Amerikanen tuft …", "zegt Breuker tegen het AD").
	if fwd {
		if len(runs) > 0 {
			e = runs[0][1]
			runs = runs[:1]
		} else if det && e-s >= 2 {
			e = f.descEnd(s, e)
		}
	}
	src := span{f.ws[s].start, f.ws[e-1].end}
	// An entity inside the phrase: a person first, else an organisation.
	if ent, m, ok := f.entityIn(src); ok {
		name := f.entName(ent, span{m.s, m.e})
		if ent.Type != kroniek.PER && len(runs) == 1 {
			if full := f.t[f.ws[runs[0][0]].start:f.ws[runs[0][1]-1].end]; len(full) > len(name) && strings.Contains(full, f.t[m.s:m.e]) {
				name = full
			}
		}
		if ent.Type != kroniek.PER && det && m.s == f.ws[s+1].start && f.indirectMode {
			name = f.t[src.s:src.e] // "Het Witte huis" as written
		}
		return speaker{id: ent.ID, name: name, src: src}, true
	}
	// A name run inside the phrase.
	if len(runs) > 0 {
		r := runs[0]
		if !fwd {
			r = runs[len(runs)-1]
		}
		// Only role words ("the Prime Minister"): the person introduced
		// with that role, else the description.
		if det && f.allRoles(s+1, r[1]) {
			if sp, ok := f.roleName(f.ws[r[1]-1].lower, f.ws[s].start); ok {
				sp.src = src
				return sp, true
			}
		}
		// "de beduusde Spanjaard": a definite description by nationality
		// is the person named last.
		if det && f.definite(f.ws[s].lower) && fwd && r[1]-r[0] == 1 && r[1] == e && !f.isPerson(r) && demonym(f.ws[r[0]].lower) {
			if sp := f.pronounRef(f.ws[s].start, 0); sp.name != "" {
				sp.src = src
				return sp, true
			}
		}
		// A name that only modifies a noun ("Roemeense diplomaten",
		// "Clinton aides") or follows "een"/"a" ("een Applebestuurder"):
		// the description as written.
		if !fwd && r[1] < e && !f.ws[r[1]].cap && (f.ws[r[1]].pos == "" || f.ws[r[1]].pos == "NOUN") || f.indefinite(f.ws[s].lower) && r[0] == s+1 {
			if !fwd || r[1] == e || f.ws[r[1]].punct {
				end := e
				if fwd {
					end = r[1]
				}
				return speaker{name: f.t[f.ws[s].start:f.ws[end-1].end], src: span{f.ws[s].start, f.ws[end-1].end}}, true
			}
		}
		if det && r[0] == s+1 && f.indirectMode {
			// A determiner before a name, as written ("Het Witte huis").
			if !fwd {
				e = f.descEnd(s, e)
			}
			return speaker{name: f.t[f.ws[s].start:f.ws[e-1].end], src: span{f.ws[s].start, f.ws[e-1].end}}, true
		}
		return f.nameSpeaker(r), true
	}
	// A description: "een woordvoerder van de politie", "de raadslieden".
	if f.lx.dets[f.ws[s].lower] && e-s >= 2 {
		e = f.descEnd(s, e)
		// "de wethouder" after "wethouder Bas van Wakeren": that person.
		if !f.indirectMode && e-s == 2 && !f.ws[s+1].cap && f.ws[s].lower != "een" && f.ws[s].lower != "a" && f.ws[s].lower != "an" {
			if sp, ok := f.roleName(f.ws[s+1].lower, f.ws[s].start); ok {
				sp.src = src
				return sp, true
			}
		}
		// "het bedrijf", "de groep": the organisation named last.
		if !f.indirectMode && e-s == 2 && f.definite(f.ws[s].lower) && f.lx.orgNouns[f.ws[s+1].lower] {
			if sp, ok := f.lastOrg(f.ws[s].start); ok {
				sp.src = src
				return sp, true
			}
		}
		// "zijn advocaat" when the article also says "de advocaat van
		// Stanley": the fuller description.
		if e-s == 2 && f.possessive(f.ws[s].lower) {
			if d := f.fullerDesc(f.ws[s+1].lower); d != "" {
				return speaker{name: d, src: span{f.ws[s].start, f.ws[e-1].end}}, true
			}
		}
		return speaker{name: f.t[f.ws[s].start:f.ws[e-1].end], src: span{f.ws[s].start, f.ws[e-1].end}}, true
	}
	return speaker{}, false
}

// descEnd bounds a description that starts with a determiner at s: the
// determiner, its noun (Dutch: after any adjectives, "de Noord-Koreaanse
// leider"; English: up to three words) and one "van"/"of" phrase.
func (f *finder) descEnd(s, e int) int {
	noun := func(k int) int {
		if f.doc.Lang == "en" {
			j := k
			for j < e && j-k < 3 && f.ws[j].lower != "of" {
				j++
			}
			return j
		}
		for k < e-1 && adjectival(f.ws[k].lower) {
			k++
		}
		// A number goes with its noun: "groep 7", "artikel 12".
		if k+1 < e && digits(f.ws[k+1].text) {
			k++
		}
		return min(k+1, e)
	}
	k := noun(s + 1)
	if k < e && (f.ws[k].lower == "van" || f.ws[k].lower == "of") && k+1 < e {
		j := k + 1
		if f.lx.dets[f.ws[j].lower] {
			j++
		}
		if j < e {
			return noun(j)
		}
	}
	return k
}

// adjectival reports a Dutch inflected adjective ("grote", "Amerikaanse").
func adjectival(w string) bool {
	if strings.HasSuffix(w, "ie") || strings.HasSuffix(w, "ee") {
		return false
	}
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ste")
}

// roleName finds the last person introduced by role before byte i
// ("wethouder Bas van Wakeren", "zijn moeder Fatima Laachkar").
func (f *finder) roleName(role string, i int) (speaker, bool) {
	var sp speaker
	ok := false
	k0 := sort.Search(len(f.names), func(k int) bool { return f.ws[f.names[k][0]].start >= i-4*window })
	for _, r := range f.names[k0:] {
		if f.ws[r[0]].start >= i {
			break
		}
		if r[0] > 0 && f.ws[r[0]-1].lower == role {
			sp, ok = f.nameSpeaker(r), true
		}
	}
	return sp, ok
}

// nameSpeaker is the speaker named by run r: its entity when it is one.
func (f *finder) nameSpeaker(r [2]int) speaker {
	src := span{f.ws[r[0]].start, f.ws[r[1]-1].end}
	if ent, m, ok := f.entityIn(src); ok {
		return speaker{id: ent.ID, name: f.entName(ent, span{m.s, m.e}), src: src}
	}
	return speaker{name: f.fullest(r), src: src}
}

// cleanName drops a role before a person's name ("Koreakenner Remco
// Breuker" -> "Remco Breuker"), as nameRuns does for the text's own runs.
func (f *finder) cleanName(name string) string {
	ws := strings.Fields(name)
	if f.doc.Lang == "en" {
		for len(ws) > 2 && f.lx.isRole(ws[0]) {
			ws = ws[1:]
		}
		return strings.Join(ws, " ")
	}
	for j := len(ws) - 2; j >= 0; j-- {
		if f.lx.isRole(ws[j]) || roleCompound(ws[j]) {
			ws = ws[j+1:]
			break
		}
	}
	return strings.Join(ws, " ")
}

// roleCompound reports a capitalised compound ending in a lower-case role
// ("Night-presentator", "VVD-lijsttrekker", "Mbo-docent").
func roleCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || i == len(w)-1 {
		return false
	}
	r := []rune(w[i+1:])
	return len(r) > 3 && unicode.IsLower(r[0])
}

// entName is the name of a speaker entity mentioned at src: its own name,
// or the fullest form in the text when that is longer ("Wakker" -> "Wiebe
// Wakker" when linking did not merge them).
func (f *finder) entName(ent *kroniek.Entity, src span) string {
	// Linking sometimes types a person as an organisation ("RTL Late
	// Night-presentator Twan Huys"): role words go either way.
	name := f.cleanName(ent.Name)
	runs := f.nameRuns(wordAt(f.ws, src.s), wordAt(f.ws, src.e))
	if ent.Type != kroniek.PER {
		// The whole name run when the entity holds only part of it
		// ("Foreign Affairs" in "Turkish Ministry of Foreign Affairs").
		if len(runs) == 1 {
			if full := f.t[f.ws[runs[0][0]].start:f.ws[runs[0][1]-1].end]; len(full) > len(name) && strings.Contains(full, name) {
				return full
			}
		}
		return name
	}
	if len(runs) > 0 {
		full := f.fullest(runs[len(runs)-1])
		nf, nn := strings.Fields(full), strings.Fields(name)
		if len(nf) > len(nn) && (strings.EqualFold(nf[len(nf)-1], nn[len(nn)-1]) || len(nn) == 1 && strings.EqualFold(nf[0], nn[0])) {
			return full
		}
		// The fullest name the article gives, not a knowledge-base name
		// it never writes ("Recep Tayyip Erdoğan" for "Erdoğan").
		if !strings.Contains(f.t, name) {
			return full
		}
	}
	return name
}

func isUpperStart(w string) bool {
	r := []rune(w)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// entityIn returns the entity with a mention inside src, persons first.
func (f *finder) entityIn(src span) (*kroniek.Entity, entMention, bool) {
	var best *kroniek.Entity
	var bm entMention
	for _, m := range f.ments {
		if m.s < src.s || m.e > src.e {
			continue
		}
		e := &f.doc.Entities[m.ent]
		if e.Type != kroniek.PER && e.Type != kroniek.ORG {
			continue
		}
		if best == nil || (e.Type == kroniek.PER && best.Type != kroniek.PER) {
			best, bm = e, m
		}
	}
	return best, bm, best != nil
}

// nameRuns returns runs of capitalised words in [a,b) that look like names:
// particles may join them ("Ruud van Nistelrooy"), a leading role word
// ("Koreakenner", "President") and a common sentence opener are dropped.
func (f *finder) nameRuns(a, b int) [][2]int {
	var runs [][2]int
	for k := a; k < b; {
		w := f.ws[k]
		if !w.cap || w.punct || f.lx.common[w.lower] || (w.first && f.lx.verbs[w.lower] != nil) ||
			(w.first && f.doc.Lang == "en" && strings.HasSuffix(w.lower, "ing")) ||
			(w.first && w.pos != "" && w.pos != "PROPN" && w.pos != "NOUN" && w.pos != "X") {
			k++
			continue
		}
		s := k
		e := k + 1
		for e < b {
			x := f.ws[e]
			if x.cap && !x.punct && !x.first {
				e++
				continue
			}
			// "Ministry of Foreign Affairs", "Universiteit van Amsterdam":
			// "of" inside an organisation's name.
			if (x.lower == "of" || x.lower == "van") && e+1 < b && f.ws[e+1].cap && f.hasOrgWord(s, e) {
				e += 2
				continue
			}
			// Particles inside a name, only after a lone first name.
			if f.lx.particles[x.lower] && !x.cap && e-s == 1 {
				j := e
				for j < b && f.lx.particles[f.ws[j].lower] && !f.ws[j].cap {
					j++
				}
				if j < b && f.ws[j].cap && !f.ws[j].punct {
					e = j + 1
					continue
				}
			}
			break
		}
		r0 := s
		for j := s; j < e-1; j++ {
			if f.lx.isRole(f.ws[j].text) || roleCompound(f.ws[j].text) {
				r0 = j + 1
			}
		}
		// Three capitalised words or more without particles: a role or
		// place before a name ("Bisschop Jos Punt"); keep the last two, and
		// an initial before them ("George W. Bush").
		if e-r0 >= 3 && !f.hasParticle(r0, e) {
			k := e - 2
			if k-1 >= r0 && isInitial(f.ws[k].text) {
				k--
			}
			r0 = k
		}
		runs = append(runs, [2]int{r0, e})
		k = e
	}
	return runs
}

// coordinated finds "X en Y Surname" ("X and Y Surname") for the first
// name x and returns the surname.
func (f *finder) coordinated(x string) string {
	if v, ok := f.memo.coord[x]; ok {
		return v
	}
	v := f.coordinated1(x)
	f.memo.coord[x] = v
	return v
}

func (f *finder) coordinated1(x string) string {
	if f.memo.coords == nil {
		// One pass over the text for every "X en Y Surname".
		f.memo.coords = map[string]string{}
		for k := 0; k+3 < len(f.ws); k++ {
			if f.ws[k+1].lower != "en" && f.ws[k+1].lower != "and" {
				continue
			}
			if a, b := f.ws[k+2], f.ws[k+3]; f.ws[k].cap && a.cap && b.cap && !a.punct && !b.punct && !f.lx.common[b.lower] &&
				(k+4 >= len(f.ws) || !f.ws[k+4].cap) {
				if _, seen := f.memo.coords[f.ws[k].lower]; !seen {
					f.memo.coords[f.ws[k].lower] = b.text
				}
			}
		}
	}
	return f.memo.coords[x]
}

func (f *finder) hasOrgWord(a, b int) bool {
	for k := a; k < b; k++ {
		if f.lx.orgs[f.ws[k].lower] {
			return true
		}
	}
	return false
}

func (f *finder) hasParticle(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.ws[k].cap || strings.HasSuffix(f.ws[k].lower, "-van") || strings.HasSuffix(f.ws[k].lower, "-de") {
			return true
		}
	}
	return false
}

func isInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z'
}

// fullest returns the fullest name in the article that ends like run r:
// "Breuker" -> "Remco Breuker".
func (f *finder) fullest(r [2]int) string {
	if v, ok := f.memo.full[r]; ok {
		return v
	}
	v := f.fullest1(r)
	f.memo.full[r] = v
	return v
}

func (f *finder) fullest1(r [2]int) string {
	name := f.t[f.ws[r[0]].start:f.ws[r[1]-1].end]
	// A first name alone that the article gives as "Annemarie en Richard
	// Cools": "Annemarie Cools".
	if r[1]-r[0] == 1 {
		if full := f.coordinated(f.ws[r[0]].lower); full != "" {
			return name + " " + full
		}
	}
	last := f.ws[r[1]-1].lower
	best, bestN, bestBefore := name, r[1]-r[0], false
	if f.memo.byLast == nil {
		f.memo.byLast = map[string][][2]int{}
		// Only runs of two words or more can be fuller than another.
		for _, o := range f.names {
			if o[1]-o[0] >= 2 {
				l := f.ws[o[1]-1].lower
				f.memo.byLast[l] = append(f.memo.byLast[l], o)
			}
		}
	}
	// The runs with this last word are in text order: look at the 50 on
	// either side of r, which keeps repetitive texts linear.
	list := f.memo.byLast[last]
	at := sort.Search(len(list), func(k int) bool { return list[k][0] >= r[0] })
	for _, o := range list[max(0, at-50):min(len(list), at+50)] {
		if o[1]-o[0] <= r[1]-r[0] {
			continue
		}
		// Prefer the nearest full form before the mention (family members
		// share a surname), else the fullest one after it.
		before := o[1] <= r[0]
		switch {
		case before:
			best, bestN, bestBefore = f.t[f.ws[o[0]].start:f.ws[o[1]-1].end], o[1]-o[0], true
		case !bestBefore && o[1]-o[0] > bestN:
			best, bestN = f.t[f.ws[o[0]].start:f.ws[o[1]-1].end], o[1]-o[0]
		}
	}
	for i := range f.doc.Entities {
		e := &f.doc.Entities[i]
		fs := strings.Fields(e.Name)
		// Only a form the article writes: the guide wants the fullest name
		// the article gives, not a knowledge-base name.
		if e.Type == kroniek.PER && len(fs) > bestN && strings.ToLower(fs[len(fs)-1]) == last && strings.Contains(f.t, e.Name) {
			best, bestN = f.cleanName(e.Name), len(fs)
		}
	}
	return best
}

// referent resolves a pronoun or a quote without attribution at byte i: a
// person named since the previous quote, else that quote's speaker, else
// the last person named.
func (f *finder) referent(i int, pronoun bool) speaker {
	if f.last.name == "" && !pronoun {
		return f.lastPerson(i)
	}
	if sp := f.personBetween(f.lastEnd, i); sp.name != "" && !f.about(sp) {
		return sp
	}
	if f.last.name != "" {
		return f.last
	}
	return f.lastPerson(i)
}

// about reports whether the current quote talks about sp rather than
// being said by them: it opens with "hij"/"he" or names them ("Hij snapt
// niet wat er gaande is", "Ze wil je hier nooit meer zien, Stanley.").
func (f *finder) about(sp speaker) bool {
	q := f.t[f.cur.start:f.cur.end]
	first, _, _ := strings.Cut(strings.ToLower(q), " ")
	switch first {
	case "hij", "zij", "he", "she":
		return true
	}
	ws := strings.Fields(sp.name)
	return len(ws) > 0 && wordCount(q, ws[len(ws)-1]) > 0
}

// window bounds, in bytes, how far back a speaker is looked for.
const window = 3000

// pmention is a person named outside quotes, for pronoun resolution.
type pmention struct {
	s  int
	sp speaker
}

func (f *finder) inQuote(i int) bool {
	// Candidates are sorted by their opening mark and do not overlap.
	k := sort.Search(len(f.cands), func(k int) bool { return f.cands[k].close > i })
	return k < len(f.cands) && i >= f.cands[k].open
}

// persons lists the people named outside quotes, in text order (entities
// of type PER, else name runs that look like people), and guesses each
// one's gender from the first gendered pronoun after a mention.
func (f *finder) persons() []pmention {
	if f.pms != nil {
		return f.pms
	}
	pms := []pmention{}
	for _, m := range f.ments {
		e := &f.doc.Entities[m.ent]
		if e.Type == kroniek.PER && !f.inQuote(m.s) {
			pms = append(pms, pmention{m.s, speaker{id: e.ID, name: f.entName(e, span{m.s, m.e}), src: span{m.s, m.e}}})
		}
	}
	if len(f.ments) == 0 {
		for _, r := range f.names {
			if st := f.ws[r[0]].start; !f.inQuote(st) && f.personLike(r) {
				sp := f.nameSpeaker(r)
				pms = append(pms, pmention{st, sp})
			}
		}
	}
	for i := 1; i < len(pms); i++ {
		for j := i; j > 0 && pms[j].s < pms[j-1].s; j-- {
			pms[j], pms[j-1] = pms[j-1], pms[j]
		}
	}
	f.gender = map[string]byte{}
	votes := map[string][2]int{}
	for i, p := range pms {
		end := len(f.t)
		if i+1 < len(pms) {
			end = pms[i+1].s
		}
		sents := 0
		for k, k0 := wordAt(f.ws, p.s), wordAt(f.ws, p.s); k < len(f.ws) && f.ws[k].start < end && sents < 2 && k-k0 < 100; k++ {
			if sentEnd(f.ws[k]) {
				sents++
			}
			if g := f.lx.gender[f.ws[k].lower]; g != 0 {
				v := votes[p.sp.name]
				if g == 'm' {
					v[0]++
				} else {
					v[1]++
				}
				votes[p.sp.name] = v
				break
			}
		}
	}
	for n, v := range votes {
		switch {
		case v[0] > v[1]:
			f.gender[n] = 'm'
		case v[1] > v[0]:
			f.gender[n] = 'f'
		}
	}
	f.pms = pms
	return pms
}

// pronounRef resolves a pronoun of gender g (0: unknown) at byte i: the
// last compatible person named since the previous quote, else the previous
// quote's speaker when compatible, else the last compatible person.
func (f *finder) pronounRef(i int, g byte) speaker {
	pms := f.persons()
	ok := func(sp speaker) bool {
		h := f.gender[sp.name]
		return g == 0 || h == 0 || h == g
	}
	k := sort.Search(len(pms), func(k int) bool { return pms[k].s >= i }) - 1
	if sp, ok := f.descRef(i, pms, k); ok {
		return sp
	}
	// A subject of the last few sentences first: "Clinton, the former
	// secretary of State, stressed … and said she …".
	sents := 0
	for j, w, w0 := k, wordAt(f.ws, i)-1, wordAt(f.ws, i); j >= 0 && w >= 0 && sents < 3 && w0-w < 200; w-- {
		if sentEnd(f.ws[w]) {
			sents++
		}
		for j >= 0 && pms[j].s > f.ws[w].start {
			j--
		}
		if j >= 0 && pms[j].s == f.ws[w].start && f.subjectStrict(w, f.afterSpan(pms[j].sp, w)) && ok(pms[j].sp) {
			return pms[j].sp
		}
	}
	for j := k; j >= 0 && pms[j].s >= f.lastEnd; j-- {
		if ok(pms[j].sp) && !f.pronounBeside(pms[j]) {
			return pms[j].sp
		}
	}
	if f.last.name != "" && ok(f.last) {
		return f.last
	}
	for j := k; j >= 0 && pms[j].s >= i-window; j-- {
		if ok(pms[j].sp) {
			return pms[j].sp
		}
	}
	return f.referent(i, true)
}

// descEnds reports whether the description at word s ends its clause
// ("said the spokesman." but not "said the event brought back …"). Dutch
// inverted subjects may go on ("zegt de woordvoerder tegen de krant").
func (f *finder) descEnds(s, end int) bool {
	if f.doc.Lang != "en" {
		return true
	}
	e := f.descEnd(s, end)
	return e >= end || f.ws[e].punct
}

// shortSaid reports a short sentence at word a that only attributes:
// "… deserve the truth." Pelosi said.
func (f *finder) shortSaid(a int) bool {
	for k := a; k < len(f.ws) && k < a+7; k++ {
		if sentEnd(f.ws[k]) {
			return false
		}
		if vs := f.lx.verbs[f.ws[k].lower]; vs != nil && k <= a+3 && vs[0].particle == "" {
			e := k + 1
			for e < len(f.ws) && e < k+5 && !sentEnd(f.ws[e]) {
				e++
			}
			return e < len(f.ws) && sentEnd(f.ws[e])
		}
	}
	return false
}

// nameSoon reports a name within the first four words from s, after
// lower-case role words ("reageert astronoom Lucas Ellerbroek").
func (f *finder) nameSoon(s, end int) bool {
	for k := s; k < end && k < s+4; k++ {
		w := f.ws[k]
		if w.punct || f.lx.stops[w.lower] {
			return false
		}
		if w.cap && !f.lx.common[w.lower] {
			return true
		}
	}
	return false
}

// longDesc accepts words [a,b) as one description: a determiner, at most
// eight words, a preposition inside, no punctuation or verb, and no name
// at its end (that would be the head: "the party's nominee Tim Kaine").
func (f *finder) longDesc(a, b int) (speaker, bool) {
	if b-a < 4 || b-a > 8 || !f.lx.dets[f.ws[a].lower] || f.ws[a].lower == "zijn" || f.ws[a].lower == "haar" {
		return speaker{}, false
	}
	prep := false
	for k := a + 1; k < b; k++ {
		w := f.ws[k]
		if w.punct || w.pos == "VERB" || w.pos == "AUX" || f.lx.verbs[w.lower] != nil || f.lx.pronouns[w.lower] {
			return speaker{}, false
		}
		if f.lx.stops[w.lower] && !f.lx.dets[w.lower] {
			prep = true
		}
	}
	if !prep || f.ws[b-1].cap {
		return speaker{}, false
	}
	src := span{f.ws[a].start, f.ws[b-1].end}
	return speaker{name: f.t[src.s:src.e], src: src}, true
}

// allRoles reports whether words [a,b) are all role words.
func (f *finder) allRoles(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.lx.isRole(f.ws[k].text) && !f.lx.common[f.ws[k].lower] && f.ws[k].lower != "prime" && f.ws[k].lower != "vice" {
			return false
		}
	}
	return b > a
}

// pluralRef finds, in the three sentences before word k, a sentence that
// opens with a plural description ("The foreign ministers …").
func (f *finder) pluralRef(k int) (speaker, bool) {
	sents := 0
	for w := k - 1; w >= 0 && sents < 3; w-- {
		if sentEnd(f.ws[w]) {
			sents++
		}
		if !f.ws[w].first || f.ws[w].lower != "the" || w+1 >= len(f.ws) {
			continue
		}
		e := f.descEnd(w, min(w+5, len(f.ws)))
		if e-w < 2 || !strings.HasSuffix(f.ws[e-1].lower, "s") || f.ws[e-1].cap {
			continue
		}
		src := span{f.ws[k].start, f.ws[k].end}
		return speaker{name: f.t[f.ws[w].start:f.ws[e-1].end], src: src}, true
	}
	return speaker{}, false
}

func (f *finder) definite(w string) bool {
	return w == "de" || w == "het" || w == "the"
}

// demonym reports a word for a nationality or an inhabitant ("Spanjaard",
// "Amerikaan", "Brit", "Enschedeër", "Texan").
func demonym(w string) bool {
	for _, suf := range []string{"aard", "aan", "ees", "er", "eër", "ier", "ean", "ian", "ese", "ish", "brit", "belg", "duitser", "fransman", "rus", "turk"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lastOrg returns the organisation named last before byte i.
func (f *finder) lastOrg(i int) (speaker, bool) {
	best := -1
	var sp speaker
	for _, m := range f.ments {
		e := &f.doc.Entities[m.ent]
		if e.Type == kroniek.ORG && m.e <= i && m.s > best && !f.inQuote(m.s) {
			best, sp = m.s, speaker{id: e.ID, name: e.Name}
		}
	}
	// Else a name that ends like an organisation ("Sint Michaëlbrigade",
	// "Stichting Straatkat").
	k0 := sort.Search(len(f.names), func(k int) bool { return f.ws[f.names[k][0]].start >= i-window })
	for _, r := range f.names[k0:] {
		st := f.ws[r[0]].start
		if st >= i {
			break
		}
		if st <= best || f.inQuote(st) {
			continue
		}
		last := f.ws[r[1]-1].lower
		org := f.lx.orgs[f.ws[r[0]].lower]
		for n := range f.lx.orgNouns {
			if len(last) > len(n)+2 && strings.HasSuffix(last, n) {
				org = true
			}
		}
		if org {
			best, sp = st, speaker{name: f.t[st:f.ws[r[1]-1].end]}
		}
	}
	return sp, best >= 0
}

func (f *finder) indefinite(w string) bool {
	return w == "een" || w == "a" || w == "an"
}

func (f *finder) possessive(w string) bool {
	switch w {
	case "zijn", "haar", "hun", "his", "her", "their", "its":
		return true
	}
	return false
}

// fullerDesc finds "de <noun> van <Name>" ("the <noun> of <Name>") in the
// article and returns it as written.
func (f *finder) fullerDesc(noun string) string {
	if v, ok := f.memo.desc[noun]; ok {
		return v
	}
	v := f.fullerDesc1(noun)
	f.memo.desc[noun] = v
	return v
}

func (f *finder) fullerDesc1(noun string) string {
	for k := 0; k+3 < len(f.ws); k++ {
		if f.ws[k+1].lower != noun || (f.ws[k].lower != "de" && f.ws[k].lower != "het" && f.ws[k].lower != "the") {
			continue
		}
		if of := f.ws[k+2].lower; of != "van" && of != "of" {
			continue
		}
		runs := f.nameRuns(k+3, min(k+7, len(f.ws)))
		if len(runs) > 0 && runs[0][0] == k+3 {
			return f.t[f.ws[k].start:f.ws[runs[0][1]-1].end]
		}
	}
	return ""
}

// verbAfterName are cue forms that are verbs after a name whatever the
// tagger says ("the BBC describes"), unlike "United States" or "Trump claims".
var verbAfterName = map[string]bool{
	"describes": true, "says": true, "said": true, "tells": true, "told": true, "adds": true, "added": true,
	"writes": true, "wrote": true, "explains": true, "explained": true, "asks": true, "asked": true,
	"argues": true, "insists": true, "warns": true, "zegt": true, "zei": true, "schrijft": true, "vertelt": true,
}

var adverbs = map[string]bool{
	"also": true, "then": true, "further": true, "later": true, "often": true, "repeatedly": true, "again": true,
	"ook": true, "nog": true, "dan": true, "vaak": true, "eerder": true, "toen": true,
}

// conjunction: words that open a new clause after a quote (Dutch "en" is
// left out: "' en gaandeweg … is volgens de raadslieden" keeps it).
var conjunction = map[string]bool{
	"though": true, "although": true, "but": true, "and": true, "while": true, "because": true, "since": true,
	"maar": true, "terwijl": true, "omdat": true, "want": true, "hoewel": true,
}

// firstWord returns the first word in [a,b) that is not punctuation.
func firstWord(ws []word, a, b int) int {
	for a < b && ws[a].punct {
		a++
	}
	return a
}

// clauseOpen reports whether the phrase at word s opens a clause: after a
// comma or a conjunction ("…, hoewel oppositieleider Juan Guaido claimt").
func (f *finder) clauseOpen(s int) bool {
	if s == 0 {
		return true
	}
	switch f.ws[s-1].lower {
	case ",", ";", "(", "en", "maar", "want", "dat", "omdat", "hoewel", "terwijl", "toen", "nadat", "waarin", "die",
		"wat", "and", "but", "that", "because", "while", "although", "when", "after", "as", "where", "who", "which", "what",
		"though", "since", "if", "so", "then":
		return true
	}
	return false
}

// subjectish reports a word among the first four of its sentence.
func (f *finder) subjectish(w, e int) bool {
	// Dutch puts the subject after the verb in a main clause that opens
	// with something else ("Vorige week zei Rutte …"), which the position
	// test misses; the parse finds it. English subjects come first, where
	// the position test is the surer one.
	if f.doc.Lang != "en" {
		if subj, _ := f.depSubject(w, e); subj {
			return true
		}
	}
	tagged := false
	for k := w; k >= 0 && w-k < 40; k-- {
		if f.ws[k].pos != "" {
			tagged = true
		}
		// Tagged: no verb between the sentence start and the name.
		if tagged && k < w && (f.ws[k].pos == "VERB" || f.ws[k].pos == "AUX") {
			return false
		}
		if f.ws[k].first {
			return tagged || w-k < 4
		}
		if !tagged && w-k >= 4 {
			return false
		}
	}
	return w < 40
}

// afterSpan returns the word after a person mention that starts at word w.
func (f *finder) afterSpan(sp speaker, w int) int {
	if sp.src.e > f.ws[w].start {
		return wordAt(f.ws, sp.src.e)
	}
	return w + 1
}

// personBetween returns the last person named in bytes [from, to) outside
// quotes.
func (f *finder) personBetween(from, to int) speaker {
	// A new speaker is named near the quote; the window keeps long texts
	// linear.
	from = max(from, to-window)
	inQuote := f.inQuote
	bestAt := -1
	var sp speaker
	m0 := sort.Search(len(f.ments), func(k int) bool { return f.ments[k].s >= from })
	for _, m := range f.ments[m0:] {
		if m.s >= to {
			break
		}
		e := &f.doc.Entities[m.ent]
		// Only a person who is a subject ("De politicus Nicolas
		// Dupont-Aignan steunde een boycot."), not one merely mentioned.
		if e.Type == kroniek.PER && m.s >= from && m.e <= to && m.s > bestAt && !inQuote(m.s) && f.subjectish(wordAt(f.ws, m.s), wordAt(f.ws, m.e)) {
			bestAt, sp = m.s, speaker{id: e.ID, name: f.entName(e, span{m.s, m.e}), src: span{m.s, m.e}}
		}
	}
	if bestAt >= 0 {
		if g := f.group(wordAt(f.ws, bestAt)); g != "" {
			return speaker{name: g, src: sp.src}
		}
		return sp
	}
	k0 := sort.Search(len(f.names), func(k int) bool { return f.ws[f.names[k][0]].start >= from })
	for _, r := range f.names[k0:] {
		st := f.ws[r[0]].start
		if f.ws[r[1]-1].end > to {
			break
		}
		if inQuote(st) {
			continue
		}
		if f.personLike(r) && f.subjectish(r[0], r[1]) {
			sp = f.nameSpeaker(r)
			sp.src = span{}
		}
	}
	return sp
}

// lastPerson returns the nearest person named before byte i: the last entity
// of type PER, else the last name run of two words or more.
func (f *finder) lastPerson(i int) speaker {
	// The main person does not depend on i; the fallback hardly does.
	if f.memo.main == nil {
		sp := f.lastPerson1(i)
		f.memo.main = &sp
	}
	return *f.memo.main
}

func (f *finder) lastPerson1(i int) speaker {
	// The person mentioned most often in the article (by the last word of
	// the name, so unmerged mentions count), the earliest on ties: news
	// quotes without attribution are mostly its main character's.
	count := map[int]int{}
	first := map[int]int{}
	firstEnd := map[int]int{}
	// A surname that is also another entity's name ("Van Ajax") is noise.
	otherNames := map[string]bool{}
	for _, m := range f.ments {
		if f.doc.Entities[m.ent].Type != kroniek.PER {
			otherNames[strings.ToLower(f.t[m.s:m.e])] = true
		}
	}
	for _, m := range f.ments {
		e := &f.doc.Entities[m.ent]
		if e.Type != kroniek.PER {
			continue
		}
		if v, ok := first[m.ent]; !ok || m.s < v {
			first[m.ent], firstEnd[m.ent] = m.s, m.e
		}
		if _, ok := count[m.ent]; !ok {
			ws := strings.Fields(f.cleanName(e.Name))
			if len(ws) > 0 && !otherNames[strings.ToLower(ws[len(ws)-1])] {
				count[m.ent] = wordCount(f.t, ws[len(ws)-1])
				// People are introduced by their full name.
				if len(ws) >= 2 && !f.lx.particles[strings.ToLower(ws[0])] {
					count[m.ent] += 2
				}
			}
		}
	}
	// On a tie, someone the article quotes elsewhere comes first ("zegt
	// zijn moeder Fatima Laachkar" over her son Amir Laachkar).
	spoke := f.cueSubjects()
	best := -1
	for e, n := range count {
		if best < 0 || n > count[best] || n == count[best] && (spoke[e] > spoke[best] || spoke[e] == spoke[best] && first[e] < first[best]) {
			best = e
		}
	}
	if best >= 0 {
		e := &f.doc.Entities[best]
		return speaker{id: e.ID, name: f.entName(e, span{first[best], firstEnd[best]})}
	}
	var sp speaker
	bestN := 0
	seen := map[string]int{}
	for _, r := range f.names {
		seen[f.ws[r[1]-1].lower]++
	}
	for _, r := range f.names {
		if f.personLike(r) && seen[f.ws[r[1]-1].lower] > bestN {
			sp, bestN = speaker{name: f.fullest(r)}, seen[f.ws[r[1]-1].lower]
		}
	}
	return sp
}

// attributePrev attributes a quote that opens its sentence by the sentence
// right before it in the same paragraph, when that one holds no quote and a
// cue with a speaker ("De advocaat van Stanley vult aan. ,,…”").
func (f *finder) attributePrev(ci int, c cand) (attr, bool) {
	b := wordAt(f.ws, c.open)
	if b == 0 || !sentEnd(f.ws[b-1]) && f.ws[b-1].text != ":" {
		return attr{}, false
	}
	// A new paragraph only after a colon ("He said:¶¶“We have …”").
	if strings.Contains(f.gap(f.ws[b-1].end, c.open), "\n") && f.ws[b-1].text != ":" {
		return attr{}, false
	}
	lo := 0
	if ci > 0 {
		lo = wordAt(f.ws, f.cands[ci-1].close)
	}
	a := b - 1
	for a > lo && !sentEnd(f.ws[a-1]) && b-a < 30 {
		a--
	}
	if a == lo && ci > 0 {
		return attr{}, false // the previous quote's own sentence
	}
	cu, ok := f.findCue(a, b-1, false)
	if !ok {
		return attr{}, false
	}
	// Only a subject next to the verb: the sentence before may be about
	// someone else ("Ze diende een klacht in bij de Kinderombudsman en
	// spreekt woensdag in.").
	f.strict = true
	sp, ok := f.speakerAround(cu, a, b-1, false)
	f.strict = false
	if !ok || sp.name == "" {
		return attr{}, false
	}
	at := attr{sp: sp}
	if !cu.phrase {
		at.lemma = cu.lemma
		at.cue = span{f.ws[cu.k].start, f.ws[cu.k].end}
	}
	return at, true
}

// isPerson reports a name run that is a PER entity or looks like a person.
func (f *finder) isPerson(r [2]int) bool {
	if ent, _, ok := f.entityIn(span{f.ws[r[0]].start, f.ws[r[1]-1].end}); ok {
		return ent.Type == kroniek.PER
	}
	return f.personLike(r)
}

// personLike reports whether a name run looks like a person: its fullest
// form has two to four words, none of them an organisation or place word.
func (f *finder) personLike(r [2]int) bool {
	full := strings.Fields(f.fullest(r))
	if len(full) > 4 {
		return false
	}
	if len(full) < 2 {
		// A single name after a role: "president Erdoğan".
		return r[0] > 0 && !f.ws[r[0]-1].cap && f.lx.isRole(f.ws[r[0]-1].lower)
	}
	for _, w := range full {
		if f.lx.orgs[strings.ToLower(strings.Trim(w, ".,'’"))] {
			return false
		}
	}
	return true
}

func isDash(s string) bool {
	return s == "―" || s == "—" || s == "–" || s == "-" || s == "--"
}

// cueSubjects counts, per entity, the person mentions right next to a
// reporting verb outside quotes ("zegt Laachkar", "Smith said").
func (f *finder) cueSubjects() map[int]int {
	if f.memo.spoke == nil {
		f.memo.spoke = f.cueSubjects1()
	}
	return f.memo.spoke
}

func (f *finder) cueSubjects1() map[int]int {
	n := map[int]int{}
	starts := map[int]int{}
	ends := map[int]int{}
	for _, m := range f.ments {
		if f.doc.Entities[m.ent].Type == kroniek.PER {
			starts[wordAt(f.ws, m.s)] = m.ent
			ends[wordAt(f.ws, m.e)] = m.ent
		}
	}
	for k, w := range f.ws {
		vs := f.lx.verbs[w.lower]
		if vs == nil || vs[0].particle != "" || f.inQuote(w.start) {
			continue
		}
		if e, ok := ends[k]; ok {
			n[e]++
			continue
		}
		for j := k + 1; j < len(f.ws) && j <= k+3; j++ {
			if e, ok := starts[j]; ok {
				n[e]++
				break
			}
			if f.ws[j].punct {
				break
			}
		}
	}
	return n
}

// wordCount counts whole-word occurrences of w in t.
func wordCount(t, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return n
		}
		a, b := i+j, i+j+len(w)
		if !isWordRune(runeBefore(t, a)) && !isWordRune(runeAt(t, b)) {
			n++
		}
		i = b
	}
}

// depSubject reports whether the words [w, e) hold the subject of a clause
// by the dependency parse (nsubj, nsubj:pass, or a name joined to one by
// flat/appos); known is false when the text is not parsed.
func (f *finder) depSubject(w, e int) (subj, known bool) {
	if f.tokAt == nil {
		f.tokAt = make(map[int]int, len(f.toks))
		for i, tk := range f.toks {
			f.tokAt[tk.Start] = i
		}
	}
	e = max(e, w+1)
	for k := w; k < e && k < len(f.ws); k++ {
		i, ok := f.tokAt[f.ws[k].start]
		if !ok {
			continue
		}
		tk := f.toks[i]
		if tk.Deprel == "" {
			return false, false
		}
		known = true
		if strings.HasPrefix(tk.Deprel, "nsubj") {
			return true, true
		}
	}
	return false, known
}

// group returns the names of people coordinated with the one whose mention
// starts at word w ("Richard en Annemarie hebben geen idee."), as the
// fullest form the article gives ("Annemarie en Richard Cools"): the
// subject is then the pair, not one of them.
func (f *finder) group(w int) string {
	if f.memo.groups == nil {
		f.memo.groups = map[string]string{}
		for k := 0; k+2 < len(f.ws); k++ {
			if f.ws[k+1].lower != "en" && f.ws[k+1].lower != "and" || !f.ws[k].cap || !f.ws[k+2].cap {
				continue
			}
			e := k + 3
			if e < len(f.ws) && f.ws[e].cap && !f.ws[e].punct && !f.lx.common[f.ws[e].lower] && !f.ws[e].first {
				e++
			}
			full := f.t[f.ws[k].start:f.ws[e-1].end]
			for _, n := range []string{f.ws[k].lower, f.ws[k+2].lower} {
				if old, ok := f.memo.groups[n]; !ok || len(full) > len(old) {
					f.memo.groups[n] = full
				}
			}
		}
	}
	name := func(k int) bool {
		return k >= 0 && k < len(f.ws) && f.ws[k].cap && !f.ws[k].punct && !f.lx.common[f.ws[k].lower]
	}
	and := func(k int) bool {
		return k >= 0 && k < len(f.ws) && (f.ws[k].lower == "en" || f.ws[k].lower == "and")
	}
	partner := -1
	switch {
	case and(w+1) && name(w+2) && name(w):
		partner = w + 2
	case and(w-1) && name(w-2):
		partner = w - 2
	}
	if partner < 0 || !f.isPersonWord(partner) {
		return ""
	}
	g, ok := f.memo.groups[f.ws[w].lower]
	if !ok || g != f.memo.groups[f.ws[partner].lower] {
		return ""
	}
	return g
}

// isPersonWord reports whether word k starts a person mention.
func (f *finder) isPersonWord(k int) bool {
	st := f.ws[k].start
	i := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].e > st })
	return i < len(f.ments) && f.ments[i].s <= st && f.doc.Entities[f.ments[i].ent].Type == kroniek.PER
}

// pronounBeside reports, by the parse, a person named in a clause whose
// subject is a personal pronoun while the person is not: the pronoun, like
// the one being resolved, then stands for someone else ("Met het nummer
// Sweet Caroline komt hij de trap af.").
func (f *finder) pronounBeside(pm pmention) bool {
	w := wordAt(f.ws, pm.s)
	if w >= len(f.ws) {
		return false
	}
	subj, known := f.depSubject(w, f.afterSpan(pm.sp, w))
	if !known || subj {
		return false
	}
	a := w
	for a > 0 && !f.ws[a].first {
		a--
	}
	for k := a; k < len(f.ws) && k-a < 60; k++ {
		if k > w && (f.ws[k].first || sentEnd(f.ws[k])) {
			break
		}
		if f.lx.gender[f.ws[k].lower] == 0 {
			continue
		}
		if s, _ := f.depSubject(k, k+1); s {
			return true
		}
	}
	return false
}

// subjectStrict is subjectish where, in Dutch, the parse has the last word:
// a pronoun's antecedent is a subject, not a name in a phrase before the
// verb ("Met het nummer Sweet Caroline komt hij …").
func (f *finder) subjectStrict(w, e int) bool {
	if f.doc.Lang != "en" {
		if subj, known := f.depSubject(w, e); known {
			return subj
		}
	}
	return f.subjectish(w, e)
}

// cueSubject returns the word holding the nsubj dependent of the cue verb
// at word k, by the parse.
func (f *finder) cueSubject(k int) (int, bool) {
	if f.tokAt == nil {
		f.depSubject(0, 0)
	}
	ti, ok := f.tokAt[f.ws[k].start]
	if !ok || f.toks[ti].Deprel == "" {
		return 0, false
	}
	sent := f.toks[ti].Sent
	s0 := ti
	for s0 > 0 && f.toks[s0-1].Sent == sent {
		s0--
	}
	// A participle or a coordinated verb shares its head's subject: "He
	// then defended the remark, saying, “…”", "en heeft aangegeven".
	for hop := 0; hop < 2; hop++ {
		for j := s0; j < len(f.toks) && f.toks[j].Sent == sent; j++ {
			if f.toks[j].Head == ti-s0+1 && strings.HasPrefix(f.toks[j].Deprel, "nsubj") {
				w := wordAt(f.ws, f.toks[j].Start)
				if w < len(f.ws) && f.ws[w].start == f.toks[j].Start {
					return w, true
				}
			}
		}
		switch tk := f.toks[ti]; tk.Deprel {
		case "advcl", "conj", "xcomp":
			if tk.Head <= 0 || s0+tk.Head-1 >= len(f.toks) {
				return 0, false
			}
			ti = s0 + tk.Head - 1
		default:
			return 0, false
		}
	}
	return 0, false
}

// descRef resolves a pronoun at byte i to a person introduced in the
// sentence before only by an indefinite description ("Ik sprak een leraar
// van groep 7. Zij zei: …"), when no one is named after it.
func (f *finder) descRef(i int, pms []pmention, k int) (speaker, bool) {
	w0 := wordAt(f.ws, i)
	sents := 0
	for w := w0 - 1; w >= 0 && w0-w < 40; w-- {
		if sentEnd(f.ws[w]) {
			if sents++; sents == 2 {
				break
			}
		}
		if !f.indefinite(f.ws[w].lower) || w+1 >= w0 || !f.lx.isRole(f.ws[w+1].lower) || f.ws[w+1].cap {
			continue
		}
		if k >= 0 && pms[k].s > f.ws[w].start {
			return speaker{}, false
		}
		e := w + 2
		for e < w0 && !f.ws[e].punct {
			e++
		}
		if sp, ok := f.resolve(w, e, true); ok && sp.id == "" {
			sp.src = span{f.ws[w0].start, f.ws[w0].end}
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

func digits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}
