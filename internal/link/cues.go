package link

// Cues in the text around a name: prepositions, titles, the forms of
// street and institution names.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek/internal/kb"
)

// placeSuffixes end the names of streets, quarters and buildings, which the
// knowledge base lacks but which are places all the same.
var placeSuffixes = []string{"weg", "straat", "kade", "gracht", "plein", "laan", "dijk", "buurt", "dorp", "werf",
	"park", "singel", "burg", "toren", "kerk", "brug", "haven", "markt", "steeg", "pad", "hof", "veld", "wijk",
	"fabriek", "museum", "stadion", "street", "road", "avenue", "square", "bridge", "tower", "park", "hall",
	"house", "station", "airport", "hospital", "stadium", "headquarters", "complex", "building", "gebouw",
	"hoofdbureau"}

// orgWords mark a name as an organisation's rather than a place's.
var orgWords = map[string]bool{"universiteit": true, "university": true, "stichting": true, "senate": true,
	"court": true, "partij": true, "party": true, "ministerie": true, "ministry": true, "bank": true,
	"media": true, "council": true, "raad": true, "staten": true, "kamer": true, "law": true, "operatie": true,
	"patrol": true, "police": true, "politie": true, "department": true, "agency": true, "bestuur": true}

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
		// A building keeps its organisation's name ("Hong Kong Police
		// Headquarters"); other names with an organisation word are not
		// places.
		if last := words[len(words)-1]; !orgWords[last] && streetLike(name) {
			return true
		}
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

// orgSuffixes end one-word names of institutions and media.
var orgSuffixes = []string{"dienst", "journaal", "raad", "krant", "bond", "partij", "bank", "fonds", "school",
	"college", "instituut", "tijdperk", "bureau", "commissie", "ministerie"}

// platforms are where things are posted, not places ("op Instagram").
var platforms = map[string]bool{"instagram": true, "facebook": true, "twitter": true, "youtube": true,
	"tiktok": true, "linkedin": true, "snapchat": true, "whatsapp": true, "telegram": true, "netflix": true,
	"spotify": true, "google": true, "reddit": true}

// plainName reports whether an unknown name may still be a place: one
// capitalised word that is no direction and does not end like an
// institution's name.
func plainName(name string) bool {
	low := strings.ToLower(name)
	if strings.Contains(low, " ") || !capitalised(name) || geoDirection(low) || strings.ToUpper(name) == name || platforms[low] {
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

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
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

// roleEnds end Dutch and English words for what a person does.
var roleEnds = []string{"kenner", "deskundige", "woordvoerder", "woordvoerster", "directeur", "voorzitter",
	"hoogleraar", "minister", "president", "leider", "trainer", "coach", "advocaat", "officier", "rechter",
	"wethouder", "burgemeester", "acteur", "actrice", "zanger", "zangeres", "schrijver", "onderzoeker", "expert",
	"analist", "professor", "secretaris", "journalist", "correspondent", "fotograaf", "politicus", "premier",
	"senator", "kandidaat", "spokesman", "spokeswoman", "director", "chairman", "minister", "analyst",
	"researcher", "professor", "actor", "singer", "writer", "kopstuk", "topman", "voorman", "baas"}

// roleWord reports whether w names a role ("Koreakenner", "VVD-wethouder").
func roleWord(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range roleEnds {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// royal titles are written before a name in lower case in Dutch and are
// part of how news names the person.
var royal = map[string]bool{"prins": true, "prinses": true, "koning": true, "koningin": true,
	"kroonprins": true, "kroonprinses": true}
