package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek/internal/lang/nl"
)

// dutchAuxiliaries settles AUX against VERB for the Dutch verbs whose tag
// depends on what they govern, the UD Dutch way: "hebben" and "worden" are
// AUX only with a participle (perfect, passive) — or, for "hebben", an
// infinitive standing for one ("heeft moeten vechten") — and VERB otherwise
// ("heeft een auto", "werd kampioen"); "zijn" is AUX as copula and
// auxiliary and VERB when existential ("er is", "zijn er") unless a
// participle makes it the auxiliary ("is er gevonden"). The participle
// may stand far to the right at the end of the clause, where the
// left-to-right tagger cannot see it, or just before the verb in a
// subordinate clause. The modals are AUX only with a verb of their own;
// other verbs are never AUX.
// The rule runs on predicted tags and lemmas; on alpino-dev it halves the
// tagger's AUX/VERB errors.
func dutchAuxiliaries(words, lw, upos, lemmas []string) {
	// The participles "gehad" and "geworden" are main verbs: neither
	// auxiliary forms a perfect of its own. They are settled first, as the
	// participle the "hebben" before them governs.
	for i := range words {
		if (upos[i] == "AUX" || upos[i] == "VERB") && (lemmas[i] == "hebben" || lemmas[i] == "worden") && strings.HasPrefix(lw[i], "ge") && lw[i] != lemmas[i] {
			upos[i] = "VERB"
		}
	}
	for i := range words {
		if upos[i] != "AUX" && upos[i] != "VERB" {
			continue
		}
		switch lemmas[i] {
		case "hebben", "worden":
			upos[i] = "VERB"
			if strings.HasPrefix(lw[i], "ge") && lw[i] != lemmas[i] {
				break
			}
			if governsVerbForm(words, lw, upos, lemmas, i) {
				upos[i] = "AUX"
			}
		case "zijn":
			// Right after a finite verb and before a noun phrase "zijn"
			// is the possessive ("heeft zijn eerste titel"): the
			// treebanks tag 27 such words PRON and 3 AUX, after verbs
			// that close a subordinate clause ("waarbij dit voorkomt zijn
			// …").
			if i > 0 && (upos[i-1] == "VERB" || upos[i-1] == "AUX") && attributesAndNoun(lw, upos, i) && !closesSubclause(lw, upos, i-1) {
				upos[i] = "PRON"
				lemmas[i] = "zijn"
				break
			}
			upos[i] = "AUX"
			if existential(lw, upos, i) && !perfectParticiple(words, lw, upos, lemmas, i) || vanPlan(lw, upos, i) {
				upos[i] = "VERB"
			}
		case "kunnen", "moeten", "mogen", "zullen":
			// A modal without a verb of its own is the main verb
			// ("Iedereen kon naar huis", "En die kan af").
			upos[i] = "VERB"
			if governsInfinitive(words, lw, upos, lemmas, i) {
				upos[i] = "AUX"
			}
		default:
			// UD Dutch has no other auxiliaries.
			upos[i] = "VERB"
		}
	}
}

// governsVerbForm reports whether the "hebben" or "worden" at i has a
// participle (or infinitive) of its own: to the right within the clause,
// or in the verb cluster just before it ("gewonnen heeft", "uitgesteld te
// worden").
func governsVerbForm(words, lw, upos, lemmas []string, i int) bool {
	hebben := lemmas[i] == "hebben"
	for j := i + 1; j < len(words); j++ {
		if clauseBreak(lw[j], upos[j]) {
			if k := passBreak(lw, upos, j); k > j {
				j = k - 1
				continue
			}
			break
		}
		if upos[j] == "VERB" && !hebben {
			return true
		}
		if clauseParticiple(words, lw, upos, lemmas, j) {
			return true
		}
		if hebben && infinitiveLike(words[j], upos[j], lemmas[j]) && lw[j-1] != "te" && upos[j-1] != "DET" {
			return true
		}
	}
	for j := i - 1; j >= 0; j-- {
		if lw[j] == "te" {
			continue
		}
		if participleLike(words[j], upos[j], lemmas[j]) || (!hebben && upos[j] == "VERB") {
			return true
		}
		if hebben && infinitiveLike(words[j], upos[j], lemmas[j]) && (j == 0 || lw[j-1] != "te") {
			return true
		}
		if upos[j] != "AUX" && upos[j] != "VERB" {
			break
		}
	}
	return false
}

// governsInfinitive reports whether the modal at i has a verb of its own:
// a verb right before it ("komen kan") or anywhere after it up to a colon,
// a semicolon, the end of the sentence or a comma before a finite verb
// opening another clause ("Mooier kon niet , vond hij"). An infinitive may
// stand far away, past relative clauses and coordinated phrases, so only
// these breaks stop the scan.
func governsInfinitive(words, lw, upos, lemmas []string, i int) bool {
	if i > 0 && (upos[i-1] == "VERB" || upos[i-1] == "AUX") {
		return true
	}
	for j := i + 1; j < len(words); j++ {
		switch lw[j] {
		case ".", "!", "?", ":", ";":
			return false
		}
		if lw[j] == "," && j+1 < len(words) && finiteVerb(words, lw, upos, lemmas, j+1) {
			return false
		}
		// A nominalized infinitive ("het sprinten") is no verb of the
		// modal's.
		if (upos[j] == "VERB" || upos[j] == "AUX") && upos[j-1] != "DET" {
			return true
		}
	}
	return false
}

// finiteVerb reports whether the word at j is a verb form that is neither
// an infinitive nor shaped like a participle (ge-, be-, ver-, ont-, her-).
func finiteVerb(words, lw, upos, lemmas []string, j int) bool {
	if upos[j] != "VERB" && upos[j] != "AUX" {
		return false
	}
	return !infinitiveLike(words[j], upos[j], lemmas[j]) && !strings.HasPrefix(lw[j], "ge") && !nl.HasUnstressedPrefix(lw[j])
}

// passBreak lets the participle scan of an auxiliary go on past a clause
// break at j that leaves the clause open: a quotation mark around a title
// ("heeft ' even ' een operatie ondergaan"), "en"/"of" joining two noun
// phrases ("werden door de EHBO en een arts opgevangen") and a parenthesis
// between commas without a verb or a clause opener in it ("heeft , conform
// de verhoudingen , al toegeslagen"; ", mgr. Vangheluwe ,"). It returns the
// index where the scan resumes, or j when the break stands.
func passBreak(lw, upos []string, j int) int {
	if upos[j] == "PUNCT" && (lw[j] == "'" || lw[j] == "\"" || lw[j] == "‘" || lw[j] == "’") {
		return j + 1
	}
	if upos[j] == "CCONJ" && (lw[j] == "en" || lw[j] == "of") && j+1 < len(lw) && j > 0 {
		p, n := upos[j-1], upos[j+1]
		if (p == "NOUN" || p == "PROPN" || p == "NUM" || p == "PRON") && (n == "DET" || n == "NOUN" || n == "PROPN" || n == "ADJ" || n == "NUM") {
			return j + 1
		}
	}
	if lw[j] == "," {
		for k := j + 1; k < len(lw) && k <= j+12; k++ {
			if lw[k] == "," {
				if k > j+1 {
					return k + 1
				}
				return j
			}
			if upos[k] == "VERB" || upos[k] == "AUX" || upos[k] == "PUNCT" || clauseBreak(lw[k], upos[k]) {
				return j
			}
		}
	}
	return j
}

// clauseParticiple reports whether the word at j (j > 0) is a participle
// that may close a verb's clause: not a "te" infinitive ("de te varen
// koers") and not attributive before a noun ("trekkende boeren").
func clauseParticiple(words, lw, upos, lemmas []string, j int) bool {
	return participleLike(words[j], upos[j], lemmas[j]) && lw[j-1] != "te" && (j+1 == len(upos) || upos[j+1] != "NOUN")
}

// perfectParticiple reports whether a participle stands in the clause of
// the "zijn" at i, after it or just before it: then "er" does not make it
// existential, it is the perfect or passive auxiliary ("is er een crisis
// ontstaan", "wat er gebeurd is", "zijn er documenten gevonden").
func perfectParticiple(words, lw, upos, lemmas []string, i int) bool {
	for j := i + 1; j < len(words); j++ {
		if clauseBreak(lw[j], upos[j]) {
			break
		}
		if clauseParticiple(words, lw, upos, lemmas, j) {
			return true
		}
	}
	return i > 1 && clauseParticiple(words, lw, upos, lemmas, i-1)
}

// existential reports whether "zijn" at i has "er" in its clause before it
// or right after it ("er is", "zijn er").
func existential(lw, upos []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if clauseBreak(lw[j], upos[j]) {
			break
		}
		if lw[j] == "er" {
			return true
		}
	}
	for j := i + 1; j < len(lw) && j <= i+2; j++ {
		if lw[j] == "er" {
			return true
		}
	}
	return false
}

// clauseBreak reports whether a word (lower-cased) ends the clause a verb
// stands in: punctuation, a conjunction, a relative pronoun or a relative
// "waar-" adverb ("waarin", "waarvan").
func clauseBreak(w, pos string) bool {
	switch pos {
	case "PUNCT", "SCONJ", "CCONJ":
		return true
	}
	switch w {
	case "die", "dat", "wat", "waar":
		return true
	}
	if pos == "ADV" && strings.HasPrefix(w, "waar") && len(w) >= 6 {
		return true
	}
	return false
}

// participleLike reports whether a verb (or adjectival) form differs from
// its lemma the way a participle does ("gewonnen"/"winnen",
// "opgeschaald"/"op_schalen"), or is a prefixed verb form that may be a
// participle equal to its infinitive ("vervangen", "ontvangen").
func participleLike(w, pos, lemma string) bool {
	if pos != "VERB" && pos != "ADJ" {
		return false
	}
	f, l := lower(w), lower(strings.ReplaceAll(lemma, "_", ""))
	if f != l {
		return strings.HasSuffix(f, "d") || strings.HasSuffix(f, "t") || strings.HasSuffix(f, "n")
	}
	if pos != "VERB" || !strings.HasSuffix(f, "en") && !strings.HasSuffix(f, "aan") {
		return false
	}
	return strings.HasPrefix(f, "ge") || nl.HasUnstressedPrefix(f)
}

// infinitiveLike reports whether a verb form is its own lemma ending in -n.
func infinitiveLike(w, pos, lemma string) bool {
	if pos != "VERB" && pos != "AUX" {
		return false
	}
	f := lower(w)
	return f == lower(strings.ReplaceAll(lemma, "_", "")) && strings.HasSuffix(f, "n")
}

// dutchNames applies two UD Dutch naming conventions the Wikipedia
// training text shows too rarely for the tagger to learn: the names of
// weekdays and months are PROPN ("donderdag", "september"), and so are the
// particles inside a surname ("Dirk van 't Klooster", "Erik van den Doel",
// "Van der Schans"). A lone lower-case "van" between names stays ADP: it is
// as often a preposition ("Universiteit van Amsterdam").
func dutchNames(words, lw, upos []string) {
	for i, w := range words {
		l := lw[i]
		if dutchCalendar[l] {
			upos[i] = "PROPN"
			continue
		}
		start := w == "Van" && i+1 < len(words)
		inner := dutchParticles[l] && i > 0 && upos[i-1] == "PROPN" && isCap(words[i-1])
		if !start && !inner {
			continue
		}
		j := i
		for j < len(words) && dutchParticles[lw[j]] {
			j++
		}
		if j == i && start {
			j = i + 1
		}
		if j >= len(words) || !isCap(words[j]) || j-i > 3 {
			continue
		}
		if start {
			if k := i + 1; !dutchParticles[lw[k]] && upos[k] != "PROPN" && upos[k] != "NOUN" {
				continue
			}
		} else {
			if p := upos[j]; p != "PROPN" && p != "NOUN" && p != "ADJ" {
				continue
			}
			if j-i < 2 && !dutchInnerParticles[l] {
				continue
			}
		}
		for k := i; k <= j; k++ {
			upos[k] = "PROPN"
		}
	}
}

var dutchCalendar = map[string]bool{
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true,
	"zondag": true, "januari": true, "februari": true, "maart": true, "april": true, "mei": true, "juni": true,
	"juli": true, "augustus": true, "september": true, "oktober": true, "november": true, "december": true,
}

// dutchParticles are the words that may stand inside a surname.
var dutchParticles = map[string]bool{
	"van": true, "de": true, "der": true, "den": true, "'t": true, "ter": true, "ten": true, "het": true,
	"vander": true, "von": true, "le": true, "la": true, "du": true, "des": true, "di": true, "da": true,
	"del": true, "el": true,
}

// dutchInnerParticles may make a surname on their own after a name ("Jan
// de Vries"); "van" and "het" alone are too often prepositions and articles.
var dutchInnerParticles = map[string]bool{"der": true, "den": true, "'t": true, "ter": true, "ten": true}

// dutchFunctionWords applies two UD Dutch conventions the old training
// release annotates differently: "te" before an adjective or adverb is an
// adverb of degree ("te moe", "te lang"), not the infinitive marker; "een"
// in "een van de …" is the numeral; ordinals ("negende", "51ste") are
// adjectives.
func dutchFunctionWords(lw, upos []string) {
	for i, w := range lw {
		if upos[i] == "NUM" && dutchOrdinal(w) {
			upos[i] = "ADJ"
		}
	}
	for i := 0; i+1 < len(lw); i++ {
		switch lw[i] {
		case "te":
			if upos[i+1] == "ADJ" || upos[i+1] == "ADV" {
				upos[i] = "ADV"
			}
		case "een":
			if upos[i] == "DET" && lw[i+1] == "van" {
				upos[i] = "NUM"
			}
		case "dat":
			// After a preposition or a conjunction, "dat" before a noun
			// is its determiner ("op dat moment", "als dat aantal");
			// "zonder dat" and "zoals dat" may be conjunctions.
			if i > 0 && (upos[i-1] == "ADP" || upos[i-1] == "SCONJ") && lw[i-1] != "zonder" && lw[i-1] != "zoals" && nounPhraseFollows(upos, i) {
				upos[i] = "DET"
				break
			}
			// A conjunction needs a clause after it: "dat" before the
			// end of a sentence ("veranderde dat .") or opening a sentence
			// before its verb ("Dat kost geld") is the pronoun.
			if upos[i] == "SCONJ" && (sentenceEnd(lw[i+1]) || i == 0 && (upos[i+1] == "VERB" || upos[i+1] == "AUX")) {
				upos[i] = "PRON"
			}
		case "dit", "deze", "die":
			// A demonstrative before a noun phrase is its determiner;
			// "die" only where it cannot be a relative pronoun, which
			// follows the noun or a comma it refers back to.
			if upos[i] != "PRON" || !nounPhraseFollows(upos, i) {
				break
			}
			if lw[i] != "die" || i == 0 || demonstrativeContext(lw[i-1], upos[i-1]) {
				upos[i] = "DET"
			}
		case "het":
			// "het" is the pronoun before the end of a clause ("leek
			// het ,") and before an uninflected predicative adjective
			// ("vindt het onterecht dat", "was het droog ."); "in het
			// algemeen" and inflected or superlative adjectives ("het
			// nieuwe", "het mooiste") keep the article.
			if upos[i] != "DET" {
				break
			}
			if upos[i+1] == "PUNCT" && !openingQuote(lw[i+1]) {
				upos[i] = "PRON"
				break
			}
			if upos[i+1] == "ADJ" && i+2 < len(lw) && !strings.HasSuffix(lw[i+1], "e") && !strings.HasSuffix(lw[i+1], "st") &&
				(i == 0 || upos[i-1] != "ADP") {
				// Not before a nominal infinitive ("het dagelijks slikken").
				switch upos[i+2] {
				case "PUNCT", "AUX", "SCONJ":
					upos[i] = "PRON"
				case "VERB":
					if !strings.HasSuffix(lw[i+2], "en") {
						upos[i] = "PRON"
					}
				}
			}
		case "veel", "weinig", "minder", "minst", "meest", "méér":
			// A quantifier before an adjective or adverb it grades ("veel
			// sterker", "minder begiftigd") is an adverb; before an
			// adjective and its noun it stays the tagger's determiner.
			if upos[i] == "PRON" && gradesNext(lw, upos, i) {
				upos[i] = "ADV"
			}
		case "meer":
			if upos[i] == "PRON" && gradesNext(lw, upos, i) {
				upos[i] = "ADV"
				break
			}
			// "niet meer", "niets meer", "nooit meer" are adverbial
			// unless a comparison or noun follows ("niet meer dan").
			if i > 0 && (lw[i-1] == "niet" || lw[i-1] == "niets" || lw[i-1] == "nooit") && lw[i+1] != "dan" && lw[i+1] != "of" && upos[i+1] != "NOUN" {
				upos[i] = "ADV"
			}
		}
	}
}

// dutchOrdinal reports whether w is an ordinal number: digits with -ste,
// -de or -e ("51ste", "3de", "2e") or a written one ("negende",
// "twintigste").
func dutchOrdinal(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d > 0 {
		switch w[d:] {
		case "ste", "de", "e":
			return true
		}
		return false
	}
	if dutchOrdinals[w] || strings.HasSuffix(w, "tigste") {
		return true
	}
	// "dertiende" … "negentiende".
	return strings.HasSuffix(w, "tiende") && dutchOrdinals[strings.TrimSuffix(w, "tiende")+"de"]
}

var dutchOrdinals = map[string]bool{
	"eerste": true, "tweede": true, "derde": true, "vierde": true, "vijfde": true, "zesde": true, "zevende": true,
	"achtste": true, "negende": true, "tiende": true, "elfde": true, "twaalfde": true, "honderdste": true,
	"duizendste": true, "miljoenste": true, "veertiende": true, "achttiende": true,
}

// dutchAdjectives applies two UD Dutch conventions for capitalized words
// the tagger reads as names. A capitalized adjective of nationality,
// region or language between an article and a lower-case noun is ADJ ("het
// Nederlands elftal", "de Franstalige scholen"); the treebanks tag more than
// five hundred such words ADJ and four PROPN. The NK, EK, WK and BK (Dutch,
// European, world and Belgian championships) are abbreviated common nouns.
func dutchAdjectives(words, lw, upos []string) {
	for i := range words {
		if dutchChampionships[words[i]] {
			upos[i] = "NOUN"
			continue
		}
		if upos[i] != "PROPN" || i == 0 || i+1 >= len(words) || upos[i-1] != "DET" {
			continue
		}
		// A lower-case word the tagger calls a name is a noun when long
		// enough not to be a function word ("het Nederlands jeugdteam").
		next := upos[i+1] == "NOUN" || upos[i+1] == "PROPN" && utf8.RuneCountInString(words[i+1]) >= 5
		if !next || !isCapWord(words[i]) || !isLowerWord(words[i+1]) {
			continue
		}
		if dutchDemonymAdj(lw[i]) {
			upos[i] = "ADJ"
			upos[i+1] = "NOUN"
		}
	}
}

var dutchChampionships = map[string]bool{"NK": true, "EK": true, "WK": true, "BK": true}

// dutchDemonymAdj reports whether a lower-cased word ends the way Dutch
// adjectives of nationality, region or language do: "Frans", "Franse",
// "Belgisch(e)", "Chinees", "Amerikaans(e)", "Franstalig(e)".
func dutchDemonymAdj(w string) bool { return endsIn(w, demonymAdjSuffixes, 3) }

var demonymAdjSuffixes = []string{"se", "s", "sch", "sche", "ees", "ese", "talig", "talige"}

// endsIn reports whether w ends in one of suffixes after a stem of at
// least minStem bytes.
func endsIn(w string, suffixes []string, minStem int) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && len(w) >= len(s)+minStem {
			return true
		}
	}
	return false
}

// isCapWord reports whether w is a capital followed by lower-case letters
// only ("Nederlands", not "NK" or "McLaren").
func isCapWord(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// isLowerWord reports whether w is made of lower-case letters (and
// hyphens) only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// dutchTimeAdverbs tags the adverbs that join "gister(en)", "van" or
// "morgen" to a part of the day ("gistermiddag", "vanavond",
// "morgenochtend") ADV, as UD Dutch does with "gisteren" itself; the
// tagger, which rarely sees them in Wikipedia text, takes them for nouns or
// names.
func dutchTimeAdverbs(lw, upos []string) {
	for i, w := range lw {
		for _, p := range dayPartPrefixes {
			if rest, ok := strings.CutPrefix(w, p); ok && dutchDayParts[rest] {
				upos[i] = "ADV"
				break
			}
		}
	}
}

var dayPartPrefixes = []string{"eergister", "gister", "van", "morgen"}

var dutchDayParts = map[string]bool{"ochtend": true, "morgen": true, "middag": true, "avond": true, "nacht": true}

// dutchSurnameDe tags the "de" of a surname PROPN, as UD Dutch does: a
// capitalized "De" before a capitalized name ("De Rooij won", "Bart De
// Wever"), or a lower-case "de" between a first name and a surname
// ("Theo de Rooij"). Plural nouns of nationality ("De Argentijnen", "de
// Belgen") and names of more words ("De Hoge Venen") keep the article.
func dutchSurnameDe(words, lw, upos []string) {
	for i := 0; i+1 < len(words); i++ {
		if lw[i] != "de" || upos[i] == "PROPN" {
			continue
		}
		n := words[i+1]
		if upos[i+1] != "PROPN" || !isCapWord(n) || dutchDemonym(n) {
			continue
		}
		if i+2 < len(words) && isCap(words[i+2]) {
			continue
		}
		afterName := i > 0 && upos[i-1] == "PROPN" && isCapWord(words[i-1])
		if words[i] == "De" || afterName {
			upos[i] = "PROPN"
		}
	}
}

// dutchDemonym reports whether a capitalized word ends the way Dutch
// nouns of nationality do, singular or plural ("Duitser", "Antilliaan",
// "Argentijnen", "Belgen", "Chinees", "Engelsman").
func dutchDemonym(w string) bool { return endsIn(w, demonymSuffixes, 0) }

var demonymSuffixes = []string{"en", "ers", "ser", "ander", "aan", "iër", "ijn", "ees", "man"}

// sentenceEnd reports whether w ends a sentence or clause: . ! ? ; or an
// ellipsis (not quotes or commas, which may open an inserted phrase).
func sentenceEnd(w string) bool {
	switch w {
	case ".", "!", "?", ";", "...", "…":
		return true
	}
	return false
}

// nounPhraseFollows reports whether adjectives and then a noun follow i.
func nounPhraseFollows(upos []string, i int) bool {
	j := i + 1
	for j < len(upos) && upos[j] == "ADJ" {
		j++
	}
	return j < len(upos) && upos[j] == "NOUN"
}

// demonstrativeContext reports whether a word may stand before a
// demonstrative determiner but not before a relative pronoun: a
// preposition, conjunction, adverb, auxiliary or punctuation other than a
// comma.
func demonstrativeContext(w, pos string) bool {
	switch pos {
	case "ADP", "CCONJ", "SCONJ", "ADV", "AUX":
		return true
	case "PUNCT":
		return w != ","
	}
	return false
}

// openingQuote reports whether w is a quotation mark that may open a
// quoted name after an article ("het ' Forum '").
func openingQuote(w string) bool {
	switch w {
	case "'", "\"", "«", "`", "‘", "“", "„", ",,", "``":
		return true
	}
	return false
}

// dutchHyphenCompounds tags a capitalized hyphenated compound whose last
// part is a lower-case common noun NOUN ("PSV-trainer", "FARC-rebellen",
// "Philips-team"), as UD Dutch does: the head decides the class. The
// tagger, seeing a capital and an unknown form, calls them names. Its lemma
// is re-derived for the new tag ("PSV_trainer").
func (lz *lemmatizer) dutchHyphenCompounds(words, lw, upos, lemmas []string) {
	for i, w := range words {
		switch upos[i] {
		case "PROPN", "ADJ", "X", "SYM", "VERB":
		default:
			continue
		}
		h := strings.LastIndexByte(w, '-')
		if h <= 0 || h == len(w)-1 || !isCap(w) {
			continue
		}
		if _, seen := lz.known[lw[i]]; seen {
			continue // the tagger has seen the form in training
		}
		head := w[h+1:]
		if !isLowerWord(head) || strings.ContainsRune(head, '-') || lz.known[head]&uposBits["NOUN"] == 0 {
			continue
		}
		upos[i] = "NOUN"
		lemmas[i] = lz.lemma(w, lw[i], "NOUN")
	}
}

// dutchNumbersAndPronouns applies UD Dutch conventions for numbers,
// conjunctions and pronouns: a decimal number ("10,37") is NUM; a dash
// between numbers that is not a span of years ("3 - 0", "15 - 30") is SYM;
// "tot" between numbers is the conjunction ("zestien tot twintig") unless
// "van" opens the span ("van 1990 tot 1995"); "of" opening a clause with a
// subject pronoun asks a question ("twijfelde of ze …") and is SCONJ; the
// reflexive "-zelf" words ("mezelf", "zichzelf") and the clitic "-ie" are
// pronouns.
func dutchNumbersAndPronouns(words, lw, upos []string) {
	for i, w := range lw {
		switch {
		case decimalNumber(w):
			upos[i] = "NUM"
		case w == "-ie" || (strings.HasSuffix(w, "zelf") || strings.HasSuffix(w, "zelve")) && dutchReflexives[strings.TrimSuffix(strings.TrimSuffix(w, "zelf"), "zelve")]:
			upos[i] = "PRON"
		case i == 0 || i+1 >= len(lw):
		case (w == "-" || w == "–") && isDigits(lw[i-1]) && isDigits(lw[i+1]) && !(len(lw[i-1]) == 4 && (len(lw[i+1]) == 2 || len(lw[i+1]) == 4)):
			upos[i] = "SYM"
		case w == "tot" && upos[i-1] == "NUM" && upos[i+1] == "NUM" && !spanOpened(lw, i-1):
			upos[i] = "CCONJ"
		case w == "of" && upos[i] == "CCONJ" && dutchSubjectPronouns[lw[i+1]] && upos[i-1] != "PRON" && i+2 < len(lw) && upos[i+2] != "PUNCT" && upos[i+2] != "CCONJ":
			upos[i] = "SCONJ"
		}
	}
}

var dutchReflexives = map[string]bool{
	"me": true, "mij": true, "je": true, "jij": true, "zich": true, "hem": true, "haar": true, "ons": true,
	"u": true, "hen": true, "jou": true,
}

var dutchSubjectPronouns = map[string]bool{
	"ik": true, "je": true, "jij": true, "hij": true, "zij": true, "ze": true, "we": true, "wij": true, "u": true,
	"jullie": true, "men": true,
}

// spanOpened reports whether "van" or "vanaf" stands just before the
// number at i ("van 1990", "vanaf 3 tot").
func spanOpened(lw []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if lw[j] == "van" || lw[j] == "vanaf" {
			return true
		}
	}
	return false
}

// decimalNumber reports whether w is digits, a decimal comma and digits.
func decimalNumber(w string) bool {
	a, b, ok := strings.Cut(w, ",")
	return ok && isDigits(a) && isDigits(b)
}

// isDigits reports whether w is a non-empty run of ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// dutchUnknownAttributives tags an unknown word ending in the adjective
// inflection -e ADJ where the tagger calls it a noun but a lower-case noun
// follows it directly ("door acute leukemie", "alle denkbare terreinen"):
// Dutch writes noun compounds as one word, so a noun before a noun is rare
// while an inflected adjective there is the rule.
func (lz *lemmatizer) dutchUnknownAttributives(words, lw, upos, lemmas []string) {
	for i := 0; i+1 < len(words); i++ {
		if upos[i] != "NOUN" || upos[i+1] != "NOUN" || !strings.HasSuffix(lw[i], "e") || !isLowerWord(words[i]) || !isLowerWord(words[i+1]) {
			continue
		}
		if _, seen := lz.known[lw[i]]; seen {
			continue
		}
		// Diminutives ("laagje"), participles, which UD Dutch often tags
		// VERB ("leegstaande", "aangelegde"), and compounds of a known noun
		// ("wiskunde") keep the tagger's choice.
		if strings.HasSuffix(lw[i], "je") || strings.HasSuffix(lw[i], "nde") || participleShape(lw[i]) || lz.nounHead(lw[i]) {
			continue
		}
		upos[i] = "ADJ"
		lemmas[i] = lz.lemma(words[i], lw[i], "ADJ")
	}
}

// participleShape reports whether a lower-case word looks like an inflected
// past participle: ge-…-de/-te, or a separable particle before it
// ("aangelegde").
func participleShape(w string) bool {
	if !strings.HasSuffix(w, "de") && !strings.HasSuffix(w, "te") {
		return false
	}
	return strings.HasPrefix(w, "ge") || strings.Contains(w[min(len(w), 2):], "ge")
}

// nounHead reports whether an unknown word ends in a known noun of five
// letters or more, after at least three, that the training text never tags
// ADJ or VERB: the head of a compound ("wis|kunde", "slot|fase").
func (lz *lemmatizer) nounHead(w string) bool {
	for i := 3; i+5 <= len(w); i++ {
		if b := lz.known[w[i:]]; b&uposBits["NOUN"] != 0 && b&(uposBits["ADJ"]|uposBits["VERB"]) == 0 {
			return true
		}
	}
	return false
}

// gradesNext reports whether the word after i is an adjective or adverb
// that no noun follows, which a quantifier at i grades. UD Dutch keeps the
// pronoun in "veel te laat", "min of meer", "meer en meer" and "een
// weinig".
func gradesNext(lw, upos []string, i int) bool {
	if upos[i+1] != "ADJ" && upos[i+1] != "ADV" || lw[i+1] == "te" {
		return false
	}
	if i > 0 && (lw[i-1] == "of" || lw[i-1] == "en" || lw[i-1] == "een") {
		return false
	}
	return i+2 >= len(upos) || upos[i+2] != "NOUN"
}

// dutchNamedInstitutions tags a capitalized adjective before a capitalized
// common noun PROPN together with the noun ("de Europese Commissie", "de
// Communistische Partij", "het Vlaams Gewest"): UD Dutch takes such
// phrases as names, while the old training release tags the adjective
// ADJ. An adjective before a name ("de Thaise Tanasugarn") stays.
func (lz *lemmatizer) dutchNamedInstitutions(words, lw, upos, lemmas []string) {
	for i := 1; i+1 < len(words); i++ {
		if upos[i] != "ADJ" || !isCapWord(words[i]) || !isCapWord(words[i+1]) || upos[i-1] == "PUNCT" {
			continue
		}
		if upos[i+1] != "NOUN" && upos[i+1] != "PROPN" || lz.known[lw[i+1]]&uposBits["NOUN"] == 0 {
			continue
		}
		upos[i], upos[i+1] = "PROPN", "PROPN"
		lemmas[i] = words[i]
		lemmas[i+1] = words[i+1]
	}
}

// dutchPassiveParticiples tags a ge- participle right after a form of
// "worden" VERB where the tagger calls it an adjective ("werd geboren"),
// and the "worden" its passive auxiliary:
// UD Dutch tags the participle of the passive VERB (the treebanks: more
// than a hundred times, against the old release's "geboren" ADJ). "zowel"
// is always the conjunction of "zowel … als".
func dutchPassiveParticiples(words, lw, upos, lemmas []string) {
	for i := range lw {
		if lw[i] == "zowel" {
			upos[i] = "CCONJ"
			continue
		}
		if i == 0 || upos[i] != "ADJ" || lemmas[i-1] != "worden" {
			continue
		}
		w := lw[i]
		if len(w) > 5 && strings.HasPrefix(w, "ge") && strings.ContainsAny(w[len(w)-1:], "dtn") {
			upos[i] = "VERB"
			upos[i-1] = "AUX"
		}
	}
}

// attributesAndNoun reports whether adjectives or inflected participles
// ("leidende", "verloren") and then a noun follow i.
func attributesAndNoun(lw, upos []string, i int) bool {
	j := i + 1
	for j < len(upos) && (upos[j] == "ADJ" || upos[j] == "VERB" && strings.HasSuffix(lw[j], "e")) {
		j++
	}
	return j < len(upos) && upos[j] == "NOUN"
}

// closesSubclause reports whether the verb at v ends a subordinate clause:
// a conjunction or relative word opens its clause, or it is an infinitive
// closing a verb cluster ("kunnen").
func closesSubclause(lw, upos []string, v int) bool {
	if upos[v] == "AUX" && strings.HasSuffix(lw[v], "en") {
		return true
	}
	for j := v - 1; j >= 0; j-- {
		if upos[j] == "PUNCT" || upos[j] == "CCONJ" {
			return false
		}
		if upos[j] == "SCONJ" || strings.HasPrefix(lw[j], "waar") || lw[j] == "die" || lw[j] == "dat" || lw[j] == "wat" || lw[j] == "wie" {
			return true
		}
	}
	return false
}

// vanPlan reports whether "zijn" at i has "van plan" or "van mening" in its
// clause close by ("is van plan te", "van mening was"): with these idioms
// UD Dutch makes zijn the main verb, not a copula (the treebanks: 8 of 8).
func vanPlan(lw, upos []string, i int) bool {
	for j := i + 1; j < len(lw)-1 && j <= i+4; j++ {
		if clauseBreak(lw[j], upos[j]) {
			break
		}
		if lw[j] == "van" && (lw[j+1] == "plan" || lw[j+1] == "mening") {
			return true
		}
	}
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if clauseBreak(lw[j], upos[j]) {
			break
		}
		if lw[j] == "van" && (lw[j+1] == "plan" || lw[j+1] == "mening") {
			return true
		}
	}
	return false
}

// dutchQuotedForeign tags the words of a quoted English title X ("' A Man
// and his Guitar '", "' Wake up little Susie '"): UD Dutch tags foreign
// words X, and a quoted span with English function words and no Dutch ones
// is foreign text (the current treebanks: 27 of 27 words X; the old
// release, which the tagger also learns from, tags most of them PROPN).
func dutchQuotedForeign(words, lw, upos []string) {
	for i := 0; i < len(lw); i++ {
		if !openingQuote(lw[i]) {
			continue
		}
		j := i + 1
		for j < len(lw) && j-i <= 12 && !closingQuote(lw[j]) {
			j++
		}
		if j >= len(lw) || j-i > 12 || j == i+1 {
			continue
		}
		english, dutch := false, false
		for k := i + 1; k < j; k++ {
			english = english || englishFunctionWords[lw[k]]
			dutch = dutch || dutchFunctionWordSet[lw[k]]
		}
		if english && !dutch {
			for k := i + 1; k < j; k++ {
				if upos[k] != "PUNCT" {
					upos[k] = "X"
				}
			}
		}
		i = j
	}
}

// closingQuote reports whether w is a quotation mark that may close a
// quoted title.
func closingQuote(w string) bool {
	switch w {
	case "'", "\"", "»", "’", "”", "''":
		return true
	}
	return false
}

var englishFunctionWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "of": true, "his": true, "her": true, "my": true, "your": true,
	"you": true, "it's": true, "to": true, "up": true, "for": true, "with": true, "little": true,
}

// dutchFunctionWordSet are Dutch words that mark a quoted span as Dutch
// ("is", "in" and "en"-less English words aside).
var dutchFunctionWordSet = map[string]bool{
	"de": true, "het": true, "een": true, "en": true, "van": true, "op": true, "met": true, "voor": true,
	"niet": true, "ik": true, "je": true, "we": true, "zijn": true, "is": true,
}

// dutchInfinitives tags an infinitive the tagger calls a noun VERB where
// Dutch syntax makes it one: after the neuter article of a nominalized
// infinitive ("het afspringen van de onderhandelingen", which UD Dutch
// tags VERB), after "te", and at the end of the verb cluster of a modal
// or "laten" ("wil het ambt vernieuwen", "laat twee dieren paren"). The
// word must be an infinitive by the lemmatizer's knowledge of verb stems
// — a verb form that is its own lemma, or a particle or compound on one
// ("honk|lopen") — and not a singular noun the training text knows
// ("het leven", "het verleden").
func (lz *lemmatizer) dutchInfinitives(words, lw, upos, lemmas []string) {
	for i := 1; i < len(words); i++ {
		if upos[i] != "NOUN" || !isLowerWord(words[i]) || !lz.infinitive(lw[i]) {
			continue
		}
		switch {
		case lw[i-1] == "het" && upos[i-1] == "DET":
		case lw[i-1] == "te":
		case clusterEnd(lw, upos, lemmas, i):
		default:
			continue
		}
		upos[i] = "VERB"
		lemmas[i] = lz.lemma(words[i], lw[i], "VERB")
	}
}

// infinitive reports whether a lower-case word in -en reads as a Dutch
// infinitive to the lemmatizer: its verb lemma is the form itself
// ("af_springen"), while as a noun it would be a plural ("oogsten" →
// "oogst") — not a singular noun the training text knows ("het leven") or
// a compound whose longest known head is a noun but no verb, or a
// singular noun ("spel|systemen", "vreemdelingen|legioen").
func (lz *lemmatizer) infinitive(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "en") {
		return false
	}
	if strings.ReplaceAll(lz.lemma(w, w, "VERB"), "_", "") != w || lz.lemma(w, w, "NOUN") == w {
		return false
	}
	for i := 2; i+5 <= len(w); i++ {
		h := w[i:]
		b, seen := lz.known[h]
		if !seen {
			continue
		}
		// The longest known head decides.
		return b&uposBits["NOUN"] == 0 || b&uposBits["VERB"] != 0 && lz.lemma(h, h, "NOUN") != h
	}
	return true
}

// clusterEnd reports whether the word at i closes a clause (the sentence
// ends, punctuation or a conjunction follows) whose verb before it is a
// modal or "laten" without another verb in between: the infinitive that
// verb governs ("kan er erosie optreden .").
func clusterEnd(lw, upos, lemmas []string, i int) bool {
	if i+1 < len(lw) && upos[i+1] != "PUNCT" {
		return false
	}
	// A determiner, numeral, adjective or preposition before the word, or
	// the modal right before it, makes it a noun ("kunnen decreten",
	// "laat de eieren").
	switch upos[i-1] {
	case "DET", "NUM", "ADJ", "ADP", "PRON", "VERB", "AUX":
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if clauseBreak(lw[j], upos[j]) {
			return false
		}
		if upos[j] == "VERB" || upos[j] == "AUX" {
			switch lemmas[j] {
			case "kunnen", "moeten", "mogen", "zullen", "willen", "laten":
				return true
			}
			return false
		}
	}
	return false
}

// dutchJoinedParticleVerbs tags an unknown word the tagger calls a noun
// VERB when it is a separable particle joined to a verb form the training
// text knows only as a verb ("af|stoot", "neer|kwam", "bij|droeg") and a
// subordinate clause holds it: Dutch joins the particle to a finite verb
// only at the end of a subordinate clause ("als het onderdelen afstoot").
func (lz *lemmatizer) dutchJoinedParticleVerbs(words, lw, upos, lemmas []string) {
	for i := 1; i < len(words); i++ {
		if upos[i] != "NOUN" || !isLowerWord(words[i]) || !lz.particleVerb(lw[i]) || !subordinate(lw, upos, i) {
			continue
		}
		// After an article or a possessive it is a noun ("de aanmaak",
		// "zijn bijdragen").
		switch lw[i-1] {
		case "zijn", "hun", "mijn", "jouw", "onze", "uw":
			continue
		}
		if upos[i-1] == "DET" {
			continue
		}
		upos[i] = "VERB"
		lemmas[i] = lz.lemma(words[i], lw[i], "VERB")
	}
}

// particleVerb reports whether an unknown lower-case word is a separable
// particle and a verb form known only as a verb.
func (lz *lemmatizer) particleVerb(w string) bool {
	if _, seen := lz.known[w]; seen {
		return false
	}
	for _, p := range lz.particles {
		if !strings.HasPrefix(w, p) || len(w)-len(p) < 3 {
			continue
		}
		if b := lz.known[w[len(p):]]; b&uposBits["VERB"] != 0 && b&(uposBits["NOUN"]|uposBits["ADJ"]|uposBits["PROPN"]) == 0 {
			return true
		}
	}
	return false
}

// subordinate reports whether the clause of the word at i was opened by a
// subordinating conjunction, a relative pronoun or a relative "waar-"
// adverb.
func subordinate(lw, upos []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if clauseBreak(lw[j], upos[j]) {
			return upos[j] == "SCONJ" || upos[j] == "PRON" || upos[j] == "ADV"
		}
	}
	return false
}
