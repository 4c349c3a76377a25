package event

import (
	"fmt"
	"strings"
	"sync"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// PLOVER event types.
var Types = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// lexicon is one language's trigger lexicon and cue words.
type lexicon struct {
	lang                                                                  string
	triggers                                                              map[string]map[byte]string // lemma -> kind -> type
	forms                                                                 map[string]string          // irregular form -> lemma
	neg, hypo, plan, cond, report, speech, deny, motion, pron, first, rel map[string]bool
	alleged, objControl, agents                                           map[string]bool
	agentSuffixes                                                         []string
	policeWork                                                            map[string]bool
	police                                                                string
	activeAux, beAux, unaccusative, between                               map[string]bool
	roles, definite, futureTime, auxiliary                                map[string]bool
	targetCases                                                           map[string]map[string]bool // type or "*" -> prepositions
	actorCases                                                            map[string]bool
	typeAgents                                                            map[string][]string // type -> agent nouns of that event ("schutter")
	quantity, objPron, demonstratives, orgNouns                           map[string]bool
	countryNouns, homeGov, collective                                     map[string]bool
	impose, undergo, causative, reflexive                                 map[string]bool
	institutions, trials, objectOf, passAux                               map[string]bool
	regionAdj                                                             map[string]string // adjective -> region name ("europese" -> Europa)
	groupOf, quantifiers, contain, authorities, reverse                   map[string]bool
	neuter                                                                map[string]bool // pronouns that stand for no one ("het")
	sourceCases                                                           map[string]bool // "condolences came from X": X acts
	organisers                                                            map[string]bool // nouns for who sets an event up ("initiatiefnemer")
	home                                                                  string          // ISO code of the language's home country, or ""
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

type lexSource struct {
	triggers, forms                                                       string
	neg, hypo, plan, cond, report, speech, deny, motion, pron, first, rel string
	targetCases, actorCases                                               string
	roles, definite, futureTime, auxiliary                                string
	alleged, objControl, agents, agentSuffixes                            string
	policeWork, police                                                    string
	activeAux, beAux, unaccusative, between                               string
	typeAgents, home                                                      string
	quantity, objPron, demonstratives, orgNouns                           string
	countryNouns, homeGov, collective                                     string
	impose, undergo, causative, reflexive                                 string
	institutions, trials, objectOf, passAux, regionAdj                    string
	groupOf, quantifiers, contain, authorities, reverse                   string
	neuter                                                                string
	sourceCases                                                           string
	organisers                                                            string
}

func parseLexicon(lang string, src lexSource) (*lexicon, error) {
	lx := &lexicon{lang: lang, triggers: map[string]map[byte]string{}, forms: map[string]string{}}
	typ := ""
	valid := map[string]bool{}
	for _, t := range Types {
		valid[t] = true
	}
	for _, f := range strings.Fields(src.triggers) {
		if strings.HasSuffix(f, ":") {
			typ = strings.TrimSuffix(f, ":")
			if !valid[typ] {
				return nil, fmt.Errorf("event lexicon %s: unknown type %q", lang, typ)
			}
			continue
		}
		lemma, kind, ok := strings.Cut(f, "/")
		if !ok || len(kind) != 1 || typ == "" {
			return nil, fmt.Errorf("event lexicon %s: bad entry %q", lang, f)
		}
		lemma = strings.ReplaceAll(lemma, "_", " ")
		if lx.triggers[lemma] == nil {
			lx.triggers[lemma] = map[byte]string{}
		}
		if _, dup := lx.triggers[lemma][kind[0]]; !dup {
			lx.triggers[lemma][kind[0]] = typ
		}
	}
	for _, f := range strings.Fields(src.forms) {
		form, lemma, ok := strings.Cut(f, ":")
		if !ok {
			return nil, fmt.Errorf("event lexicon %s: bad form %q", lang, f)
		}
		lx.forms[form] = lemma
	}
	lx.neg, lx.hypo, lx.plan, lx.cond = set(src.neg), set(src.hypo), set(src.plan), set(src.cond)
	lx.report, lx.speech, lx.deny, lx.motion = set(src.report), set(src.speech), set(src.deny), set(src.motion)
	lx.pron, lx.first, lx.rel = set(src.pron), set(src.first), set(src.rel)
	lx.targetCases = map[string]map[string]bool{}
	for _, f := range strings.Fields(src.targetCases) {
		t, preps, _ := strings.Cut(f, ":")
		lx.targetCases[t] = map[string]bool{}
		for _, p := range strings.Split(preps, ",") {
			lx.targetCases[t][p] = true
		}
	}
	lx.actorCases = set(src.actorCases)
	lx.roles, lx.definite, lx.futureTime = set(src.roles), set(src.definite), set(src.futureTime)
	lx.auxiliary = set(src.auxiliary)
	lx.alleged, lx.objControl, lx.agents = set(src.alleged), set(src.objControl), set(src.agents)
	lx.agentSuffixes = strings.Fields(src.agentSuffixes)
	lx.policeWork, lx.police = set(src.policeWork), src.police
	lx.activeAux, lx.beAux, lx.unaccusative = set(src.activeAux), set(src.beAux), set(src.unaccusative)
	lx.between = set(src.between)
	lx.typeAgents = map[string][]string{}
	for _, f := range strings.Fields(src.typeAgents) {
		t, nouns, _ := strings.Cut(f, ":")
		if !valid[t] {
			return nil, fmt.Errorf("event lexicon %s: unknown type %q in agent nouns", lang, t)
		}
		lx.typeAgents[t] = strings.Split(nouns, ",")
	}
	lx.home = src.home
	lx.quantity, lx.objPron = set(src.quantity), set(src.objPron)
	lx.demonstratives, lx.orgNouns = set(src.demonstratives), set(src.orgNouns)
	lx.countryNouns, lx.homeGov = set(src.countryNouns), set(src.homeGov)
	lx.collective = set(src.collective)
	lx.impose, lx.undergo = set(src.impose), set(src.undergo)
	lx.causative, lx.reflexive = set(src.causative), set(src.reflexive)
	lx.institutions, lx.trials = set(src.institutions), set(src.trials)
	lx.objectOf, lx.passAux = set(src.objectOf), set(src.passAux)
	lx.groupOf, lx.quantifiers = set(src.groupOf), set(src.quantifiers)
	lx.contain, lx.authorities, lx.reverse = set(src.contain), set(src.authorities), set(src.reverse)
	lx.neuter = set(src.neuter)
	lx.sourceCases = set(src.sourceCases)
	lx.organisers = set(src.organisers)
	lx.regionAdj = map[string]string{}
	for _, f := range strings.Fields(src.regionAdj) {
		a, n, ok := strings.Cut(f, ":")
		if !ok {
			return nil, fmt.Errorf("event lexicon %s: bad region adjective %q", lang, f)
		}
		lx.regionAdj[a] = strings.ReplaceAll(n, "_", " ")
	}
	return lx, nil
}

var (
	lexOnce sync.Once
	lexs    map[string]*lexicon
	lexErr  error
)

// lexiconFor returns the lexicon of lang, or nil when there is none.
func lexiconFor(lang string) (*lexicon, error) {
	lexOnce.Do(func() {
		lexs = map[string]*lexicon{}
		srcs := map[string]lexSource{
			"nl": {
				triggers:       nl.EventTriggers,
				forms:          nl.EventForms,
				neg:            nl.EventNegation,
				hypo:           nl.EventHypothetical,
				plan:           nl.EventPlanned,
				cond:           nl.EventConditional,
				report:         nl.EventReported,
				speech:         nl.EventSpeech,
				deny:           nl.EventDeny,
				motion:         nl.EventMotion,
				pron:           nl.EventPronouns,
				first:          nl.EventFirstPerson,
				rel:            nl.EventRelative,
				targetCases:    nl.EventTargetCases,
				actorCases:     nl.EventActorCases,
				roles:          nl.EventRoles,
				definite:       nl.EventDefinite,
				futureTime:     nl.EventFutureTime,
				auxiliary:      nl.EventAuxiliaries,
				alleged:        nl.EventAlleged,
				objControl:     nl.EventObjectControl,
				agents:         nl.EventAgents,
				agentSuffixes:  nl.EventAgentSuffixes,
				policeWork:     nl.EventPoliceWork,
				police:         nl.EventPolice,
				activeAux:      nl.EventActiveAux,
				beAux:          nl.EventBeAux,
				unaccusative:   nl.EventUnaccusative,
				between:        nl.EventBetween,
				typeAgents:     nl.EventTypeAgents,
				home:           nl.EventHome,
				quantity:       nl.EventQuantity,
				objPron:        nl.EventObjectPronouns,
				demonstratives: nl.EventDemonstratives,
				orgNouns:       nl.EventOrgNouns,
				countryNouns:   nl.EventCountryNouns,
				homeGov:        nl.EventHomeGovernment,
				collective:     nl.EventCollective,
				impose:         nl.EventImpose,
				undergo:        nl.EventUndergo,
				causative:      nl.EventCausative,
				reflexive:      nl.EventReflexive,
				institutions:   nl.EventInstitutions,
				trials:         nl.EventTrials,
				objectOf:       nl.EventObjectOf,
				passAux:        nl.EventPassiveAux,
				regionAdj:      nl.EventRegionAdjectives,
				groupOf:        nl.EventGroupOf,
				quantifiers:    nl.EventQuantifiers,
				contain:        nl.EventContain,
				authorities:    nl.EventAuthorities,
				reverse:        nl.EventReverse,
				neuter:         nl.EventNeuter,
				sourceCases:    nl.EventSourceCases,
				organisers:     nl.EventOrganisers,
			},
			"en": {
				triggers:       en.EventTriggers,
				forms:          en.EventForms,
				neg:            en.EventNegation,
				hypo:           en.EventHypothetical,
				plan:           en.EventPlanned,
				cond:           en.EventConditional,
				report:         en.EventReported,
				speech:         en.EventSpeech,
				deny:           en.EventDeny,
				motion:         en.EventMotion,
				pron:           en.EventPronouns,
				first:          en.EventFirstPerson,
				rel:            en.EventRelative,
				targetCases:    en.EventTargetCases,
				actorCases:     en.EventActorCases,
				roles:          en.EventRoles,
				definite:       en.EventDefinite,
				futureTime:     en.EventFutureTime,
				auxiliary:      en.EventAuxiliaries,
				alleged:        en.EventAlleged,
				objControl:     en.EventObjectControl,
				agents:         en.EventAgents,
				agentSuffixes:  en.EventAgentSuffixes,
				policeWork:     en.EventPoliceWork,
				police:         en.EventPolice,
				activeAux:      en.EventActiveAux,
				beAux:          en.EventBeAux,
				unaccusative:   en.EventUnaccusative,
				between:        en.EventBetween,
				typeAgents:     en.EventTypeAgents,
				home:           en.EventHome,
				quantity:       en.EventQuantity,
				objPron:        en.EventObjectPronouns,
				demonstratives: en.EventDemonstratives,
				orgNouns:       en.EventOrgNouns,
				countryNouns:   en.EventCountryNouns,
				homeGov:        en.EventHomeGovernment,
				collective:     en.EventCollective,
				impose:         en.EventImpose,
				undergo:        en.EventUndergo,
				causative:      en.EventCausative,
				reflexive:      en.EventReflexive,
				institutions:   en.EventInstitutions,
				trials:         en.EventTrials,
				objectOf:       en.EventObjectOf,
				passAux:        en.EventPassiveAux,
				regionAdj:      en.EventRegionAdjectives,
				groupOf:        en.EventGroupOf,
				quantifiers:    en.EventQuantifiers,
				contain:        en.EventContain,
				authorities:    en.EventAuthorities,
				reverse:        en.EventReverse,
				sourceCases:    en.EventSourceCases,
			},
		}
		for _, l := range []string{"nl", "en"} {
			lx, err := parseLexicon(l, srcs[l])
			if err != nil {
				lexErr = err
				return
			}
			lexs[l] = lx
		}
	})
	if lexErr != nil {
		return nil, lexErr
	}
	return lexs[lang], nil
}

// lemmaCandidates returns possible lemmas of a word form, most likely first:
// the tagger's lemma, the irregular-form table, then guesses from regular
// inflection. Only candidates present in the lexicon are used, which keeps
// the guesses harmless.
func (lx *lexicon) lemmaCandidates(form, lemma string) []string {
	return lx.cachedCandidates(form, lemma)
}

func (lx *lexicon) computeCandidates(form, lemma string) []string {
	f := strings.ToLower(form)
	out := make([]string, 0, 8)
	if lemma != "" {
		out = append(out, strings.ReplaceAll(strings.ToLower(lemma), "_", ""))
	}
	if l, ok := lx.forms[f]; ok {
		out = append(out, l)
	}
	out = append(out, f)
	if lx.lang == "nl" {
		out = append(out, nlGuesses(f)...)
	} else {
		out = append(out, enGuesses(f)...)
	}
	return out
}

func nlGuesses(f string) []string {
	var g []string
	add := func(s string) {
		if len(s) > 2 {
			g = append(g, s)
		}
	}
	stem := func(s string) {
		// ontmoet -> ontmoeten; gebruik -> gebruiken; doubled final consonant
		// is undone and a long vowel restored where Dutch spelling needs it.
		add(s + "en")
		if n := len(s); n > 2 && !isVowel(s[n-1]) && isVowel(s[n-2]) && (n < 3 || !isVowel(s[n-3])) {
			add(s + string(s[n-1]) + "en") // erken -> erkennen, overleg -> overleggen
		}
		if n := len(s); n > 2 && s[n-1] == s[n-2] {
			add(s[:n-1] + "en")
		}
		if n := len(s); n > 3 && isVowel(s[n-2]) && !isVowel(s[n-3]) {
			add(s[:n-1] + string(s[n-2]) + string(s[n-1]) + "en")
		}
		if strings.HasSuffix(s, "f") {
			add(strings.TrimSuffix(s, "f") + "ven")
		}
		if strings.HasSuffix(s, "s") {
			add(strings.TrimSuffix(s, "s") + "zen")
		}
	}
	for _, suf := range []string{"ten", "den", "te", "de"} {
		if strings.HasSuffix(f, suf) {
			stem(strings.TrimSuffix(f, suf))
		}
	}
	if strings.HasSuffix(f, "t") {
		stem(strings.TrimSuffix(f, "t"))
	}
	stem(f)
	// Participles: ge-...-d/t, also with a separable particle in front.
	for _, p := range []string{"", "aan", "af", "op", "uit", "in", "mee", "neer", "terug", "vrij", "weg", "door", "over", "toe", "dood", "vast", "bij"} {
		if !strings.HasPrefix(f, p+"ge") || len(f) < len(p)+5 {
			continue
		}
		rest := f[len(p)+2:]
		for _, suf := range []string{"d", "t", "en"} {
			if strings.HasSuffix(rest, suf) {
				s := strings.TrimSuffix(rest, suf)
				if suf == "en" {
					add(p + s + "en")
					continue
				}
				before := len(g)
				stem(s)
				for i := before; i < len(g); i++ {
					g[i] = p + g[i]
				}
			}
		}
	}
	// Plural nouns: -en, -s, -'s.
	if strings.HasSuffix(f, "en") {
		s := strings.TrimSuffix(f, "en")
		add(s)
		if n := len(s); n > 2 && s[n-1] == s[n-2] {
			add(s[:n-1])
		}
		if n := len(s); n > 3 && !isVowel(s[n-1]) && isVowel(s[n-2]) && !isVowel(s[n-3]) {
			add(s[:n-1] + string(s[n-2]) + string(s[n-1]))
		}
	}
	if strings.HasSuffix(f, "s") {
		add(strings.TrimSuffix(f, "s"))
	}
	// Participles without ge- (be-, ver-, ont-, her-, er-): verboden, bedreigd.
	if strings.HasSuffix(f, "d") {
		stem(strings.TrimSuffix(f, "d"))
	}
	return g
}

// participle reports whether a lowercased form looks like a past
// participle (Dutch ge-...-d/t, English -ed/-en).
func participle(f string) bool {
	return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en") ||
		(strings.Contains(f, "ge") && (strings.HasSuffix(f, "d") || strings.HasSuffix(f, "t")))
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func enGuesses(f string) []string {
	var g []string
	add := func(s string) {
		if len(s) > 1 {
			g = append(g, s)
		}
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if !strings.HasSuffix(f, suf) {
			continue
		}
		s := strings.TrimSuffix(f, suf)
		add(s)
		if suf == "ing" || suf == "ed" {
			add(s + "e")
			if n := len(s); n > 2 && s[n-1] == s[n-2] {
				add(s[:n-1])
			}
		}
		if strings.HasSuffix(s, "i") && (suf == "ed" || suf == "es") {
			add(strings.TrimSuffix(s, "i") + "y")
		}
	}
	return g
}

// lookup returns the type of a trigger with candidate lemmas cands, coarse
// kind (V, N, A, or 0 for unknown) and surface form, and the matched lemma.
func (lx *lexicon) lookup(cands []string, kind byte, form string) (typ, lemma string) {
	for _, c := range cands {
		ks, ok := lx.triggers[c]
		if !ok {
			continue
		}
		if kind != 0 {
			if t, ok := ks[kind]; ok {
				return t, c
			}
			// Participles tagged as adjectives, and verbs tagged as nouns in
			// headlines, still count.
			if kind == 'A' && participle(strings.ToLower(form)) {
				if t, ok := ks['V']; ok {
					return t, c
				}
			}
			continue
		}
		for _, k := range []byte{'V', 'N', 'A'} {
			if t, ok := ks[k]; ok {
				return t, c
			}
		}
	}
	return "", ""
}
