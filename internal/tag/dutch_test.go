package tag

import (
	"strings"
	"testing"
)

func TestDutchAuxiliaries(t *testing.T) {
	// Each row: words, the tagger's tags and lemmas, and the tags the rule
	// must leave. Sentences written for this test.
	tests := []struct {
		name, words, upos, lemmas, want string
	}{
		{"perfect in clause", "Ajax heeft gisteren de wedstrijd gewonnen .",
			"PROPN VERB ADV DET NOUN VERB PUNCT", "Ajax hebben gisteren de wedstrijd winnen .",
			"PROPN AUX ADV DET NOUN VERB PUNCT"},
		{"possession", "Zij heeft een nieuwe fiets .",
			"PRON AUX DET ADJ NOUN PUNCT", "zij hebben een nieuw fiets .",
			"PRON VERB DET ADJ NOUN PUNCT"},
		{"modal perfect", "Hij heeft lang moeten wachten .",
			"PRON VERB ADJ AUX VERB PUNCT", "hij hebben lang moeten wachten .",
			"PRON AUX ADJ AUX VERB PUNCT"},
		{"subordinate participle before", "Ik weet dat hij gewonnen heeft .",
			"PRON VERB SCONJ PRON VERB VERB PUNCT", "ik weten dat hij winnen hebben .",
			"PRON VERB SCONJ PRON VERB AUX PUNCT"},
		{"passive", "Het plan werd door de raad verworpen .",
			"DET NOUN VERB ADP DET NOUN VERB PUNCT", "het plan worden door de raad verwerpen .",
			"DET NOUN AUX ADP DET NOUN VERB PUNCT"},
		{"copula worden", "Hij werd kampioen .",
			"PRON AUX NOUN PUNCT", "hij worden kampioen .",
			"PRON VERB NOUN PUNCT"},
		{"te worden", "Het moet uitgesteld te worden .",
			"PRON AUX VERB ADP VERB PUNCT", "het moeten uitstellen te worden .",
			"PRON AUX VERB ADP AUX PUNCT"},
		{"copula zijn", "Ik ben tevreden .",
			"PRON VERB ADJ PUNCT", "ik zijn tevreden .",
			"PRON AUX ADJ PUNCT"},
		{"existential zijn", "Er is geen plaats meer .",
			"ADV AUX DET NOUN ADV PUNCT", "er zijn geen plaats meer .",
			"ADV VERB DET NOUN ADV PUNCT"},
		{"no other auxiliaries", "Hij krijgt een boete .",
			"PRON AUX DET NOUN PUNCT", "hij krijgen een boete .",
			"PRON VERB DET NOUN PUNCT"},
		{"modals kept", "Dat kan niet .",
			"PRON AUX ADV PUNCT", "dat kunnen niet .",
			"PRON AUX ADV PUNCT"},
		{"other verbs untouched", "Zij loopt naar huis .",
			"PRON VERB ADP NOUN PUNCT", "zij lopen naar huis .",
			"PRON VERB ADP NOUN PUNCT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, upos, lemmas := strings.Fields(tt.words), strings.Fields(tt.upos), strings.Fields(tt.lemmas)
			dutchAuxiliaries(words, upos, lemmas)
			if got := strings.Join(upos, " "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDutchNames(t *testing.T) {
	tests := []struct {
		name, words, upos, want string
	}{
		{"weekday", "Hij komt donderdag .", "PRON VERB NOUN PUNCT", "PRON VERB PROPN PUNCT"},
		{"month", "Op 3 maart vertrekt zij .", "ADP NUM NOUN VERB PRON PUNCT", "ADP NUM PROPN VERB PRON PUNCT"},
		{"van den", "Erik van den Berg won .", "PROPN ADP DET PROPN VERB PUNCT", "PROPN PROPN PROPN PROPN VERB PUNCT"},
		{"van 't", "Dirk van 't Hof won .", "PROPN ADP DET NOUN VERB PUNCT", "PROPN PROPN PROPN PROPN VERB PUNCT"},
		{"sentence start", "Van der Berg won .", "ADP DET PROPN VERB PUNCT", "PROPN PROPN PROPN VERB PUNCT"},
		{"lone van stays", "De Universiteit van Amsterdam groeit .", "DET PROPN ADP PROPN VERB PUNCT", "DET PROPN ADP PROPN VERB PUNCT"},
		{"Van before a verb stays", "Van wie is dit ?", "ADP PRON AUX PRON PUNCT", "ADP PRON AUX PRON PUNCT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, upos := strings.Fields(tt.words), strings.Fields(tt.upos)
			dutchNames(words, upos)
			if got := strings.Join(upos, " "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDutchFunctionWords(t *testing.T) {
	tests := []struct {
		name, words, upos, want string
	}{
		{"te degree", "Hij is te moe .", "PRON AUX ADP ADJ PUNCT", "PRON AUX ADV ADJ PUNCT"},
		{"te infinitive", "Zij hoopt te winnen .", "PRON VERB ADP VERB PUNCT", "PRON VERB ADP VERB PUNCT"},
		{"een van de", "Hij is een van de besten .", "PRON AUX DET ADP DET NOUN PUNCT", "PRON AUX NUM ADP DET NOUN PUNCT"},
		{"ordinals", "De negende en 51ste plaats .", "DET NUM CCONJ NUM NOUN PUNCT", "DET ADJ CCONJ ADJ NOUN PUNCT"},
		{"cardinals stay", "Negen en 51 plaatsen .", "NUM CCONJ NUM NOUN PUNCT", "NUM CCONJ NUM NOUN PUNCT"},
		{"een article", "Een man van veertig .", "DET NOUN ADP NUM PUNCT", "DET NOUN ADP NUM PUNCT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, upos := strings.Fields(tt.words), strings.Fields(tt.upos)
			dutchFunctionWords(words, upos)
			if got := strings.Join(upos, " "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
