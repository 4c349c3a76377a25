package tag

import "strings"

// joinParticles gives Dutch separable verbs whose particle stands apart
// ("legt … uit", "op te stappen") the joined lemma of UD Dutch
// ("uit_leggen", "op_stappen"). The particle is looked for to the right of
// a finite verb within its clause and must form with it a
// pair seen in training, or, right before "te", a particle tagged ADP.
func (lz *lemmatizer) joinParticles(words, upos, lemmas []string) {
	if len(lz.sep) == 0 {
		return
	}
	for i := range words {
		if upos[i] != "VERB" || strings.Contains(lemmas[i], "_") {
			continue
		}
		// "op te stappen": particle, te, infinitive.
		if i >= 2 && lower(words[i-1]) == "te" {
			if lz.isParticle(words, upos, lemmas[i], i-2, true) {
				lemmas[i] = lower(words[i-2]) + "_" + lemmas[i]
			}
			continue
		}
		cand := -1
	scan:
		for j := i + 1; j < len(words); j++ {
			switch upos[j] {
			case "PUNCT", "SCONJ", "CCONJ":
				if !isQuote(words[j]) {
					break scan
				}
			case "VERB":
				// A second main verb starts another clause, unless it is a
				// non-finite verb at the end of this one.
				if cand >= 0 {
					break scan
				}
			case "ADP", "ADV", "ADJ", "NOUN":
				// A particle before "te" belongs to that infinitive.
				if j+1 < len(words) && lower(words[j+1]) == "te" {
					continue
				}
				if lz.isParticle(words, upos, lemmas[i], j, false) {
					cand = j
				}
			}
		}
		if cand >= 0 {
			lemmas[i] = lower(words[cand]) + "_" + lemmas[i]
		}
	}
}

// isParticle reports whether word j can be the particle of a verb with
// lemma verb: a pair seen in training, or with unseen pairs allowed, a
// known particle tagged ADP.
func (lz *lemmatizer) isParticle(words, upos []string, verb string, j int, unseen bool) bool {
	p := lower(words[j])
	if upos[j] == "ADP" && j+1 < len(words) {
		switch upos[j+1] {
		case "DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ":
			return false // a preposition with its object
		}
	}
	if lz.sep[p+"_"+verb] {
		return true
	}
	if !unseen || p == "om" || upos[j] != "ADP" || !lz.isParticleWord(p) {
		return false
	}
	// "er op", "daar mee": a preposition of a pronominal adverb.
	if j > 0 {
		switch lower(words[j-1]) {
		case "er", "daar", "hier", "waar":
			return false
		}
	}
	return true
}

func (lz *lemmatizer) isParticleWord(p string) bool {
	for _, q := range lz.particles {
		if q == p {
			return true
		}
	}
	return false
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’", "„", "«", "»", ",,", "''":
		return true
	}
	return false
}
