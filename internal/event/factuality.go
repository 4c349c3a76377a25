package event

import (
	"strings"

	"kroniek"
)

// factuality decides how the text presents the event at trigger i —
// negated, hypothetical, planned, reported or asserted, in that order of
// precedence — and who reports it.
func (x *extractor) factuality(i int) (string, kroniek.Opt) {
	lx := x.lx
	var negated, hypo, planned, reported bool
	source := ""
	if q := x.quoteOf[i]; q >= 0 {
		reported = true
		source = x.speakerName(q)
	}
	// The verb whose clause carries the cues: the trigger, or for an event
	// noun the verb or predicate it belongs to.
	v := i
	if x.toks[i].POS == "NOUN" && x.head[i] >= 0 {
		switch x.rel(i) {
		case "nsubj", "obj", "obl", "iobj", "nmod":
			v = x.head[i]
		}
	}
	last := len(x.toks) // cue reads no dependent after this token
	cue := func(h int) {
		for _, c := range x.kids[h] {
			if c > last {
				continue
			}
			r := x.rel(c)
			w, l := x.lower[c], x.lemma(c)
			switch r {
			case "amod":
				if lx.futureTime[w] {
					planned = true // "a future meeting"
				}
				if lx.report[w] || lx.alleged[w] {
					reported = true // "vermeende mishandeling", "alleged violence"
				}
				if lx.hypo[w] {
					hypo = true // "a possible arbitration"
				}
			case "advmod", "det", "neg":
				if lx.neg[w] || lx.neg[l] {
					negated = true
				}
				if lx.hypo[w] || lx.hypo[l] {
					hypo = true
				}
				if lx.report[w] {
					reported = true
				}
			case "aux", "cop":
				switch {
				case w == "zou" || w == "zouden" || w == "would":
					if x.hasPerfect(h) && w != "would" {
						reported = true // "zou hebben": allegedly
					} else {
						hypo = true
					}
				case w == "moest" || w == "moesten":
					// "moesten worden gereanimeerd": it had to, and did
				case lx.hypo[w] || lx.hypo[l]:
					hypo = true
				case x.planWord(w, l):
					planned = true
				}
			case "mark":
				if lx.cond[w] {
					hypo = true
				}
			}
		}
	}
	cue(i)
	if v == i && x.toks[i].POS == "NOUN" && i+1 < len(x.toks) && x.toks[i+1].Sent == x.toks[i].Sent && x.toks[i+1].POS == "AUX" {
		// "De beveiliging zal extreem zijn": the finite auxiliary right
		// after an event noun the parse hung on no verb is its clause's
		switch w, l := x.lower[i+1], x.lemma(i+1); {
		case w == "zou" || w == "zouden" || w == "would":
			hypo = true
		case lx.hypo[w] || lx.hypo[l]:
			hypo = true
		case x.planWord(w, l):
			planned = true
		}
	}
	if v != i {
		// "De beveiliging zal streng zijn, je moet ... rekenen": a comma
		// splice the parse made one clause, with a second subject after
		// the comma; the words from that comma on are not the event
		// noun's clause
		for _, c := range x.kids[v] {
			if c > i && strings.HasPrefix(x.rel(c), "nsubj") {
				for k := i + 1; k < c; k++ {
					if x.lower[k] == "," {
						last = min(last, k)
						break
					}
				}
			}
		}
		// "verzette zich niet tegen de opheffing": not opposing it does not
		// deny the event noun; "geen overleg houden" (an object) does
		was := negated
		cue(v)
		last = len(x.toks)
		if x.rel(i) != "obj" {
			negated = was
		}
		// "eist 16 jaar cel", "wants a meeting": the verb governing an
		// event noun sets its standing
		switch l, w := x.verbLemma(v), x.lower[v]; {
		case lx.deny[l] || lx.deny[w]:
			negated = true
		case lx.hypo[l] || lx.hypo[w]:
			hypo = true
		case x.planWord(w, l):
			planned = true
		case lx.alleged[l] || lx.alleged[w]:
			reported = true
		}
	}
	// Climb through complement and adverbial clauses: "hoopt ... te
	// leveren", "plans to", "denied that", "zegt dat".
	cur := v
	for step := 0; step < 4 && x.head[cur] >= 0; step++ {
		r := x.rel(cur)
		h := x.head[cur]
		if r == "acl" && x.infinitive(cur) {
			// a purpose clause the parse hung on a noun: "hoopt ... troepen
			// te leveren" reads from the verb the noun belongs to; one hung
			// on a verb past a nearer verb reads from that one
			if v := x.verbBefore(cur); v >= 0 {
				h = v
			}
			for k := 0; k < 4 && h >= 0 && x.toks[h].POS != "VERB"; k++ {
				h = x.head[h]
			}
			if h < 0 {
				break
			}
			r = "xcomp"
		} else if r != "xcomp" && r != "ccomp" && r != "advcl" && r != "csubj" && r != "conj" {
			break
		}
		l, w := x.verbLemma(h), x.lower[h]
		if r != "conj" {
			switch {
			case lx.deny[l] || lx.deny[w]:
				negated = true
			case lx.hypo[l] || lx.hypo[w]:
				hypo = true
			case x.planWord(w, l):
				planned = true
			case lx.alleged[l] || lx.alleged[w]:
				reported = true
			case (lx.speech[l] || lx.speech[w]) && r == "ccomp":
				reported = true
				if source == "" {
					for _, c := range x.kids[h] {
						if x.rel(c) == "nsubj" {
							source = x.argOf(c).name
						}
					}
				}
			}
		}
		if r == "advcl" || r == "conj" {
			// "niet moeilijk toen hij werd veroordeeld": a negation in
			// the other clause does not deny this event
			was := negated
			cue(h)
			negated = was
		} else {
			cue(h)
		}
		cur = h
	}
	// "volgens X", "according to X", "naar verluidt", "reportedly".
	s := x.toks[i].Sent
	for j := x.sentLo[i]; j < len(x.toks) && x.toks[j].Sent == s; j++ {
		w := x.lower[j]
		// "naar verluidt", "naar eigen zeggen": on someone's say-so
		naar := w == "naar" && j+1 < len(x.toks) && (x.lower[j+1] == "verluidt" ||
			x.lower[j+1] == "eigen" && j+2 < len(x.toks) && x.lower[j+2] == "zeggen")
		if !lx.report[w] && !naar {
			continue
		}
		if x.parsed && x.quoteOf[j] != x.quoteOf[i] || x.semicolonBetween(i, j) {
			continue
		}
		if x.parsed && lx.report[w] && x.toks[j].POS == "ADV" {
			// "reportedly", "allegedly" qualify their own verb only:
			// "allegedly politically motivated" is not about "overturned"
			if h := x.head[j]; h != i && h != v && h != x.head[i] {
				continue
			}
		}
		reported = true
		if source == "" && w == "aldus" {
			// "..., aldus minister X": the speaker follows
			for k := j + 1; k < len(x.toks) && x.toks[k].Sent == s && k < j+6; k++ {
				if x.ent[k] >= 0 {
					source = x.doc.Entities[x.ent[k]].Name
					break
				}
			}
		}
		if source == "" && (w == "volgens" || w == "according") {
			if h := x.head[j]; h >= 0 && h != i {
				source = x.argOf(h).name
			} else if !x.parsed && j+1 < len(x.toks) {
				k := j + 1
				if x.lower[k] == "to" && k+1 < len(x.toks) {
					k++
				}
				if x.ent[k] >= 0 {
					source = x.doc.Entities[x.ent[k]].Name
				}
			}
		}
	}
	// A sentence whose main verb is a speech verb reports what it
	// contains: "X zegt dat ...", "X said ...".
	if !reported && x.parsed {
		r := x.root(i)
		if r != i && r != v && (lx.speech[x.lemma(r)] || lx.speech[x.lower[r]]) && x.reportedPart(r, i) {
			for _, c := range x.kids[r] {
				if x.rel(c) == "nsubj" {
					reported = true
					if source == "" {
						source = x.argOf(c).name
					}
				}
			}
		}
	}
	// A time expression after the publication date makes it planned; a
	// purpose infinitive shares the time of its sentence.
	if !planned && x.infinitive(i) && x.toks[i].POS == "VERB" {
		for _, t := range x.doc.Times {
			if j := x.tokenAt(t.Start); j < len(x.toks) && x.toks[j].Sent == s && (future(t.Value, x.doc.Published) || x.futureWords(t.Text)) {
				planned = true
			}
		}
	}
	if !planned && !x.past(v) {
		top := x.clauseTop(i)
		for _, t := range x.doc.Times {
			j := x.tokenAt(t.Start)
			if j >= len(x.toks) || x.toks[j].Sent != s {
				continue
			}
			if x.parsed && !x.inSubtree(top, j) && !x.inSubtree(top, x.head[j]) {
				continue
			}
			if future(t.Value, x.doc.Published) || x.futureWords(t.Text) {
				planned = true
			}
		}
	}
	// The parse misses cues often; read the clause before the trigger as
	// words too: a modal or "if" makes it hypothetical, "will" planned.
	if !negated && !hypo && !planned && !reported {
		hypo, planned = x.clauseCues(i)
	}
	if !negated && !hypo && !planned && !reported {
		// "X herhaalde ... dat hij schoot", "X said that ...": a speech
		// verb before the trigger whose "dat"/"that" clause holds it
		for j := i - 1; j > x.sentLo[i]; j-- {
			if x.lower[j] != "dat" && x.lower[j] != "that" || x.toks[j].POS != "SCONJ" {
				continue
			}
			for k := j - 1; k >= x.sentLo[i] && k >= j-8; k-- {
				if x.toks[k].POS == "VERB" && (lx.speech[x.lemma(k)] || lx.speech[x.lower[k]]) {
					reported = true
					if source == "" {
						for _, c := range x.kids[k] {
							if strings.HasPrefix(x.rel(c), "nsubj") {
								source = x.argOf(c).name
							}
						}
					}
					break
				}
			}
			break
		}
	}
	// "het proces begint (mogelijk) pas laat dit jaar": an event noun that
	// starts is scheduled
	if !negated && x.toks[i].POS == "NOUN" && strings.HasPrefix(x.rel(i), "nsubj") && v != i &&
		(x.lemma(v) == "beginnen" || x.lemma(v) == "begin" || x.lemma(v) == "start" || x.lemma(v) == "starten") && !x.past(v) {
		hypo, planned = false, true
	}
	f := kroniek.Asserted
	switch {
	case negated:
		f = kroniek.Negated
	case hypo:
		f = kroniek.Hypothetical
	case planned:
		f = kroniek.Planned
	case reported:
		f = kroniek.Reported
	}
	return f, kroniek.Opt(source)
}

// reportedPart reports whether token i lies in what the speech verb r
// says, not in its subject ("de initiatiefneemster van de
// inzamelingsactie meldt") or a verb coordinated with it ("zegt ... en
// bestempelt").
func (x *extractor) reportedPart(r, i int) bool {
	c := i
	for k := 0; k < 50 && c >= 0 && x.head[c] != r; k++ {
		c = x.head[c]
	}
	if c < 0 {
		return false
	}
	switch x.rel(c) {
	case "nsubj", "nsubj:pass", "conj":
		return false
	}
	return true
}

// planWord reports whether a word with lemma l announces a plan; the past
// of gaan does not ("ging akkoord").
func (x *extractor) planWord(w, l string) bool {
	if w == "ging" || w == "gingen" || w == "went" {
		return false
	}
	return x.lx.plan[w] || x.lx.plan[l]
}

// verbLemma is the lemma of verb v with its separable particle: "riepen
// ... op" is oproepen.
func (x *extractor) verbLemma(v int) string {
	l := x.lemma(v)
	for _, c := range x.kids[v] {
		if x.rel(c) == "compound:prt" && !strings.HasPrefix(l, x.lower[c]) {
			return x.lower[c] + l
		}
	}
	return l
}

// semicolonBetween reports whether a semicolon separates tokens i and j:
// "X reportedly died; twenty were injured".
func (x *extractor) semicolonBetween(i, j int) bool {
	lo, hi := min(i, j), max(i, j)
	for k := lo + 1; k < hi; k++ {
		if x.lower[k] == ";" {
			return true
		}
	}
	return false
}

// clauseCues scans the words from the start of the trigger's clause to
// the trigger for modal, conditional and future cues.
func (x *extractor) clauseCues(i int) (hypo, planned bool) {
	lo := x.sentLo[i]
	for j := i - 1; j >= lo; j-- {
		if w := x.lower[j]; w == "," || w == ";" || w == ":" || w == "maar" || w == "but" || x.quoteOf[j] != x.quoteOf[i] {
			lo = j + 1
			break
		}
	}
	for j := lo; j < i; j++ {
		w := x.lower[j]
		switch {
		case x.lx.cond[w] && x.toks[j].POS == "SCONJ":
			hypo = true
		case w == "zou" || w == "zouden" || w == "would" || w == "could" || w == "should" || w == "might" || w == "moet" || w == "moeten" || w == "must":
			hypo = true
		case w == "zal" || w == "zullen" || w == "will":
			planned = true
		}
	}
	return hypo, planned
}

// hasPerfect reports whether verb h has a perfect auxiliary (hebben, zijn,
// have) besides its modal: "zou hebben gedaan".
func (x *extractor) hasPerfect(h int) bool {
	for _, c := range x.kids[h] {
		if x.rel(c) != "aux" {
			continue
		}
		switch x.lemma(c) {
		case "hebben", "zijn", "have", "heeft", "hebt", "had", "is", "was":
			return true
		}
	}
	return false
}

// speakerName names the speaker of quote q.
func (x *extractor) speakerName(q int) string {
	qq := x.doc.Quotes[q]
	if qq.Speaker != "" {
		if e := x.doc.EntityByID(string(qq.Speaker)); e != nil && (e.Type != kroniek.MISC || qq.SpeakerName == "") {
			return e.Name
		}
	}
	return string(qq.SpeakerName)
}

// past reports whether verb v is in a past tense: a past auxiliary, a
// perfect, or a past form.
func (x *extractor) past(v int) bool {
	for _, c := range x.kids[v] {
		if x.rel(c) != "aux" {
			continue
		}
		switch x.lower[c] {
		case "had", "hadden", "was", "waren", "werd", "werden", "heeft", "hebben", "heb", "hebt",
			"has", "have", "were", "did":
			return true
		}
	}
	w := x.lower[v]
	if x.toks[v].POS != "VERB" && x.toks[v].POS != "" {
		return false
	}
	if l := x.toks[v].Lemma; l != "" && strings.EqualFold(strings.ReplaceAll(l, "_", ""), w) {
		return false // the infinitive or a present form: "ontmoeten"
	}
	for _, c := range x.kids[v] {
		if x.rel(c) == "mark" && (x.lower[c] == "te" || x.lower[c] == "to") {
			return false
		}
	}
	if x.lx.lang == "nl" {
		for _, suf := range []string{"de", "te", "den", "ten"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
	} else if strings.HasSuffix(w, "ed") {
		return true
	}
	if l, ok := x.lx.forms[w]; ok && l != w {
		return true
	}
	return false
}

// root returns the root of token i's tree.
func (x *extractor) root(i int) int {
	for k := 0; k < 50 && x.head[i] >= 0; k++ {
		i = x.head[i]
	}
	return i
}

// futureWords reports whether a time expression says it is ahead
// ("komende week", "next month") when its value cannot.
func (x *extractor) futureWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if x.lx.futureTime[w] {
			return true
		}
	}
	return false
}
