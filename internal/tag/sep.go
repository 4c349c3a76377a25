package tag

import "strings"

// joinParticles gives Dutch separable verbs whose particle stands apart
// ("legt … uit") the joined lemma of UD Dutch ("uit_leggen"): the particle
// is looked for to the right of the verb within its clause, and the joined
// lemma must be one seen in training.
func (lz *lemmatizer) joinParticles(words, upos, lemmas []string) {
	if len(lz.sep) == 0 {
		return
	}
	for i := range words {
		if upos[i] != "VERB" || strings.Contains(lemmas[i], "_") {
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
				continue
			case "VERB":
				// A second main verb starts another clause, unless it is a
				// non-finite verb at the end of this one.
				if cand >= 0 {
					break scan
				}
			case "ADP", "ADV", "ADJ", "NOUN":
				p := lower(words[j])
				if !lz.sep[p+"_"+lemmas[i]] {
					continue
				}
				if upos[j] == "ADP" && j+1 < len(words) {
					switch upos[j+1] {
					case "DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ":
						continue // a preposition with its object
					}
				}
				cand = j
			}
		}
		if cand >= 0 {
			lemmas[i] = lower(words[cand]) + "_" + lemmas[i]
		}
	}
}

func isQuote(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’", "„", "«", "»", ",,", "''":
		return true
	}
	return false
}
