package quote

import (
	"strings"
	"sync"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// cueVerb is one form of a reporting verb.
type cueVerb struct {
	lemma    string
	particle string // non-empty: the form needs this particle later in the clause
}

// lexicon holds one language's word classes, built once from internal/lang.
type lexicon struct {
	verbs     map[string][]cueVerb
	phrases   map[string]string // first word -> full phrase (lower-case)
	phraseLem map[string]string // full phrase -> lemma
	pronouns  map[string]bool
	dets      map[string]bool
	stops     map[string]bool
	particles map[string]bool
	roles     []string
	titles    map[string]bool
	common    map[string]bool
	orgs      map[string]bool
	gender    map[string]byte // pronoun -> 'm' or 'f'
	orgNouns  map[string]bool
}

var (
	lexOnce sync.Once
	lexNL   *lexicon
	lexEN   *lexicon
)

// lexFor returns the lexicon of lang; Dutch for anything but English.
func lexFor(lang string) *lexicon {
	lexOnce.Do(func() {
		lexNL = buildLexicon(nl.QuoteVerbs, nl.QuotePhrases, nl.QuotePronouns, nl.QuoteDeterminers, nl.QuoteStops,
			nl.QuoteNameParticles, nl.QuoteRoleSuffixes, nl.QuoteTitleWords, nl.QuoteCommon, nl.QuoteOrgWords)
		lexEN = buildLexicon(en.QuoteVerbs, en.QuotePhrases, en.QuotePronouns, en.QuoteDeterminers, en.QuoteStops,
			en.QuoteNameParticles, en.QuoteRoleSuffixes, en.QuoteTitleWords, en.QuoteCommon, en.QuoteOrgWords)
		lexNL.gender = genders(nl.QuoteMale, nl.QuoteFemale)
		lexEN.gender = genders(en.QuoteMale, en.QuoteFemale)
		lexNL.orgNouns = set(nl.QuoteOrgNouns)
		lexEN.orgNouns = set(en.QuoteOrgNouns)
	})
	if lang == "en" {
		return lexEN
	}
	return lexNL
}

func genders(male, female []string) map[string]byte {
	g := map[string]byte{}
	for _, w := range male {
		g[w] = 'm'
	}
	for _, w := range female {
		g[w] = 'f'
	}
	return g
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// buildLexicon parses a verb table ("lemma: forms | particle: stems" lines).
func buildLexicon(verbs string, phrases map[string]string, pronouns, dets, stops, particles, roles, titles, common, orgs []string) *lexicon {
	lx := &lexicon{
		verbs:     map[string][]cueVerb{},
		phrases:   map[string]string{},
		phraseLem: map[string]string{},
		pronouns:  set(pronouns),
		dets:      set(dets),
		stops:     set(stops),
		particles: set(particles),
		titles:    set(titles),
		common:    set(common),
		orgs:      set(orgs),
	}
	for _, r := range roles {
		lx.roles = append(lx.roles, strings.ToLower(r))
	}
	for _, line := range strings.Split(verbs, "\n") {
		lemma, rest, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		lemma = strings.TrimSpace(lemma)
		full, sep, _ := strings.Cut(rest, "|")
		for _, f := range strings.Fields(full) {
			lx.verbs[f] = append(lx.verbs[f], cueVerb{lemma: lemma})
		}
		if part, stems, ok := strings.Cut(sep, ":"); ok {
			part = strings.TrimSpace(part)
			for _, f := range strings.Fields(stems) {
				lx.verbs[f] = append(lx.verbs[f], cueVerb{lemma: lemma, particle: part})
			}
		}
	}
	for form, lemma := range phrases {
		first, _, _ := strings.Cut(form, " ")
		lx.phrases[first] = form
		lx.phraseLem[form] = lemma
	}
	return lx
}

// isRole reports whether a capitalised word names a role rather than being
// part of a name ("Koreakenner", "President").
func (lx *lexicon) isRole(w string) bool {
	w = strings.ToLower(w)
	for _, r := range lx.roles {
		if strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}
