package tag

import (
	"strings"
	"testing"
)

// ruleCase is a sentence with the tagger's tags (and lemmas, the words
// when empty) and the tags a rule must leave. Sentences written for the
// tests.
type ruleCase struct{ name, words, upos, lemmas, want string }

func runRule(t *testing.T, cases []ruleCase, rule func(words, lw, upos, lemmas []string)) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			words, upos, lemmas := strings.Fields(tt.words), strings.Fields(tt.upos), strings.Fields(tt.lemmas)
			if len(lemmas) == 0 {
				lemmas = words
			}
			lw := make([]string, len(words))
			for i, w := range words {
				lw[i] = lower(w)
			}
			rule(words, lw, upos, lemmas)
			if got := strings.Join(upos, " "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDutchAuxiliaries(t *testing.T) {
	tests := []ruleCase{
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
		{"modal without a verb", "Dat kan niet , zei hij .",
			"PRON AUX ADV PUNCT VERB PRON PUNCT", "dat kunnen niet , zeggen hij .",
			"PRON VERB ADV PUNCT VERB PRON PUNCT"},
		{"modal with a far infinitive", "Het team dat zij kent , moet volgend jaar naar de titel en de beker kunnen grijpen .",
			"DET NOUN PRON PRON VERB PUNCT VERB ADJ NOUN ADP DET NOUN CCONJ DET NOUN AUX VERB PUNCT",
			"het team dat zij kennen , moeten volgend jaar naar de titel en de beker kunnen grijpen .",
			"DET NOUN PRON PRON VERB PUNCT AUX ADJ NOUN ADP DET NOUN CCONJ DET NOUN AUX VERB PUNCT"},
		{"modal with an infinitive after a comma", "Zij kan , als het regent , thuis werken .",
			"PRON VERB PUNCT SCONJ PRON VERB PUNCT ADV VERB PUNCT", "zij kunnen , als het regenen , thuis werken .",
			"PRON AUX PUNCT SCONJ PRON VERB PUNCT ADV VERB PUNCT"},
		{"modal after its infinitive", "omdat hij komen kan",
			"SCONJ PRON VERB VERB", "omdat hij komen kunnen",
			"SCONJ PRON VERB AUX"},
		{"other verbs untouched", "Zij loopt naar huis .",
			"PRON VERB ADP NOUN PUNCT", "zij lopen naar huis .",
			"PRON VERB ADP NOUN PUNCT"},
		{"past quotation marks", "Zij heeft ' even ' de prijs gewonnen .",
			"PRON VERB PUNCT ADV PUNCT DET NOUN VERB PUNCT", "zij hebben ' even ' de prijs winnen .",
			"PRON AUX PUNCT ADV PUNCT DET NOUN VERB PUNCT"},
		{"past en between noun phrases", "De gasten werden door de buren en een arts opgevangen .",
			"DET NOUN VERB ADP DET NOUN CCONJ DET NOUN VERB PUNCT", "de gast worden door de buur en een arts op_vangen .",
			"DET NOUN AUX ADP DET NOUN CCONJ DET NOUN VERB PUNCT"},
		{"en between clauses stops", "Zij heeft een fiets en hij wordt ontslagen .",
			"PRON AUX DET NOUN CCONJ PRON AUX VERB PUNCT", "zij hebben een fiets en hij worden ontslaan .",
			"PRON VERB DET NOUN CCONJ PRON AUX VERB PUNCT"},
		{"past a parenthesis", "Het team heeft , volgens de trainer , al vroeg gescoord .",
			"DET NOUN VERB PUNCT ADP DET NOUN PUNCT ADV ADJ VERB PUNCT", "het team hebben , volgens de trainer , al vroeg scoren .",
			"DET NOUN AUX PUNCT ADP DET NOUN PUNCT ADV ADJ VERB PUNCT"},
		{"not past a clause between commas", "Zij heeft een fiets , hij wordt ontslagen , zegt men .",
			"PRON AUX DET NOUN PUNCT PRON AUX VERB PUNCT VERB PRON PUNCT", "zij hebben een fiets , hij worden ontslaan , zeggen men .",
			"PRON VERB DET NOUN PUNCT PRON AUX VERB PUNCT VERB PRON PUNCT"},
		{"participle of hebben", "Zij hebben een relatie gehad .",
			"PRON AUX DET NOUN AUX PUNCT", "zij hebben een relatie hebben .",
			"PRON AUX DET NOUN VERB PUNCT"},
		{"te infinitive before hebben", "die niets te vrezen heeft",
			"PRON PRON ADP VERB AUX", "die niets te vrezen hebben",
			"PRON PRON ADP VERB VERB"},
		{"attributive participle", "Wij hebben een te vervangen onderdeel .",
			"PRON AUX DET ADP VERB NOUN PUNCT", "wij hebben een te vervangen onderdeel .",
			"PRON VERB DET ADP VERB NOUN PUNCT"},
		{"relative waar- adverb", "Hij heeft een boek waarin alles beschreven staat .",
			"PRON AUX DET NOUN ADV PRON VERB VERB PUNCT", "hij hebben een boek waarin alles beschrijven staan .",
			"PRON VERB DET NOUN ADV PRON VERB VERB PUNCT"},
		{"er with a participle", "Er is een nieuwe partij ontstaan .",
			"ADV VERB DET ADJ NOUN VERB PUNCT", "er zijn een nieuw partij ontstaan .",
			"ADV AUX DET ADJ NOUN VERB PUNCT"},
		{"er with an attributive participle", "Er zijn gesloten winkels .",
			"ADV AUX VERB NOUN PUNCT", "er zijn sluiten winkel .",
			"ADV VERB VERB NOUN PUNCT"},
	}
	runRule(t, tests, dutchAuxiliaries)
}

func TestDutchNames(t *testing.T) {
	tests := []ruleCase{
		{name: "weekday", words: "Hij komt donderdag .", upos: "PRON VERB NOUN PUNCT", want: "PRON VERB PROPN PUNCT"},
		{name: "month", words: "Op 3 maart vertrekt zij .", upos: "ADP NUM NOUN VERB PRON PUNCT", want: "ADP NUM PROPN VERB PRON PUNCT"},
		{name: "van den", words: "Erik van den Berg won .", upos: "PROPN ADP DET PROPN VERB PUNCT", want: "PROPN PROPN PROPN PROPN VERB PUNCT"},
		{name: "van 't", words: "Dirk van 't Hof won .", upos: "PROPN ADP DET NOUN VERB PUNCT", want: "PROPN PROPN PROPN PROPN VERB PUNCT"},
		{name: "sentence start", words: "Van der Berg won .", upos: "ADP DET PROPN VERB PUNCT", want: "PROPN PROPN PROPN VERB PUNCT"},
		{name: "lone van stays", words: "De Universiteit van Amsterdam groeit .", upos: "DET PROPN ADP PROPN VERB PUNCT", want: "DET PROPN ADP PROPN VERB PUNCT"},
		{name: "Van before a verb stays", words: "Van wie is dit ?", upos: "ADP PRON AUX PRON PUNCT", want: "ADP PRON AUX PRON PUNCT"},
	}
	runRule(t, tests, func(words, lw, upos, _ []string) { dutchNames(words, lw, upos) })
}

func TestDutchFunctionWords(t *testing.T) {
	tests := []ruleCase{
		{name: "te degree", words: "Hij is te moe .", upos: "PRON AUX ADP ADJ PUNCT", want: "PRON AUX ADV ADJ PUNCT"},
		{name: "te infinitive", words: "Zij hoopt te winnen .", upos: "PRON VERB ADP VERB PUNCT", want: "PRON VERB ADP VERB PUNCT"},
		{name: "een van de", words: "Hij is een van de besten .", upos: "PRON AUX DET ADP DET NOUN PUNCT", want: "PRON AUX NUM ADP DET NOUN PUNCT"},
		{name: "ordinals", words: "De negende en 51ste plaats .", upos: "DET NUM CCONJ NUM NOUN PUNCT", want: "DET ADJ CCONJ ADJ NOUN PUNCT"},
		{name: "cardinals stay", words: "Negen en 51 plaatsen .", upos: "NUM CCONJ NUM NOUN PUNCT", want: "NUM CCONJ NUM NOUN PUNCT"},
		{name: "een article", words: "Een man van veertig .", upos: "DET NOUN ADP NUM PUNCT", want: "DET NOUN ADP NUM PUNCT"},
	}
	runRule(t, tests, func(_, lw, upos, _ []string) { dutchFunctionWords(lw, upos) })
}

func TestDutchAdjectives(t *testing.T) {
	tests := []ruleCase{
		{name: "nationality", words: "Het Nederlands elftal won .", upos: "DET PROPN NOUN VERB PUNCT", want: "DET ADJ NOUN VERB PUNCT"},
		{name: "noun read as name", words: "Het Belgisch jeugdteam won .", upos: "DET PROPN PROPN VERB PUNCT", want: "DET ADJ NOUN VERB PUNCT"},
		{name: "language", words: "de Franstalige scholen", upos: "DET PROPN NOUN", want: "DET ADJ NOUN"},
		{name: "name before preposition stays", words: "het Paleis voor Justitie", upos: "DET PROPN PROPN PROPN", want: "DET PROPN PROPN PROPN"},
		{name: "no article", words: "Nederlands is moeilijk .", upos: "PROPN AUX ADJ PUNCT", want: "PROPN AUX ADJ PUNCT"},
		{name: "other names stay", words: "de Ajax spelers", upos: "DET PROPN NOUN", want: "DET PROPN NOUN"},
		{name: "championship", words: "Zij won het NK en het WK .", upos: "PRON VERB DET PROPN CCONJ DET PROPN PUNCT", want: "PRON VERB DET NOUN CCONJ DET NOUN PUNCT"},
	}
	runRule(t, tests, func(words, lw, upos, _ []string) { dutchAdjectives(words, lw, upos) })
}

func TestDutchTimeAdverbs(t *testing.T) {
	tests := []ruleCase{
		{name: "gistermiddag", words: "Gistermiddag won hij gisteravond niet .", upos: "PROPN VERB PRON NOUN ADV PUNCT", want: "ADV VERB PRON ADV ADV PUNCT"},
		{name: "vanavond", words: "Zij speelt vanavond en morgenochtend .", upos: "PRON VERB NOUN CCONJ NOUN PUNCT", want: "PRON VERB ADV CCONJ ADV PUNCT"},
		{name: "nouns stay", words: "De avond en de middag .", upos: "DET NOUN CCONJ DET NOUN PUNCT", want: "DET NOUN CCONJ DET NOUN PUNCT"},
	}
	runRule(t, tests, func(_, lw, upos, _ []string) { dutchTimeAdverbs(lw, upos) })
}

func TestDutchSurnameDe(t *testing.T) {
	tests := []ruleCase{
		{name: "De at the start", words: "De Jong won gisteren .", upos: "DET PROPN VERB ADV PUNCT", want: "PROPN PROPN VERB ADV PUNCT"},
		{name: "after a first name", words: "Toos de Wit won .", upos: "PROPN DET PROPN VERB PUNCT", want: "PROPN PROPN PROPN VERB PUNCT"},
		{name: "capital after a first name", words: "Bart De Smet won .", upos: "PROPN DET PROPN VERB PUNCT", want: "PROPN PROPN PROPN VERB PUNCT"},
		{name: "demonym stays", words: "De Duitser won .", upos: "DET PROPN VERB PUNCT", want: "DET PROPN VERB PUNCT"},
		{name: "plural stays", words: "De Belgen wonnen .", upos: "DET PROPN VERB PUNCT", want: "DET PROPN VERB PUNCT"},
		{name: "longer names stay", words: "De Verenigde Staten zwegen .", upos: "DET PROPN PROPN VERB PUNCT", want: "DET PROPN PROPN VERB PUNCT"},
		{name: "lower-case article stays", words: "Hij zag de Schelde .", upos: "PRON VERB DET PROPN PUNCT", want: "PRON VERB DET PROPN PUNCT"},
	}
	runRule(t, tests, func(words, lw, upos, _ []string) { dutchSurnameDe(words, lw, upos) })
}

func TestDutchDatMeer(t *testing.T) {
	tests := []ruleCase{
		{name: "dat at the end", words: "Dat veranderde dat .", upos: "PRON VERB SCONJ PUNCT", want: "PRON VERB PRON PUNCT"},
		{name: "Dat before its verb", words: "Dat kost geld .", upos: "SCONJ VERB NOUN PUNCT", want: "PRON VERB NOUN PUNCT"},
		{name: "dat before a quote stays", words: "Hij zei dat ' wij winnen ' .", upos: "PRON VERB SCONJ PUNCT PRON VERB PUNCT PUNCT", want: "PRON VERB SCONJ PUNCT PRON VERB PUNCT PUNCT"},
		{name: "dit before a noun", words: "Zij zei dat dit bedrijf groeit .", upos: "PRON VERB SCONJ PRON NOUN VERB PUNCT", want: "PRON VERB SCONJ DET NOUN VERB PUNCT"},
		{name: "die after a conjunction", words: "en die strategie werkt", upos: "CCONJ PRON NOUN VERB", want: "CCONJ DET NOUN VERB"},
		{name: "relative die stays", words: "de man , die mensen helpt", upos: "DET NOUN PUNCT PRON NOUN VERB", want: "DET NOUN PUNCT PRON NOUN VERB"},
		{name: "het before a comma", words: "Zij probeerde het , maar faalde .", upos: "PRON VERB DET PUNCT CCONJ VERB PUNCT", want: "PRON VERB PRON PUNCT CCONJ VERB PUNCT"},
		{name: "het before a predicate", words: "Hij vond het vreemd dat zij kwam .", upos: "PRON VERB DET ADJ SCONJ PRON VERB PUNCT", want: "PRON VERB PRON ADJ SCONJ PRON VERB PUNCT"},
		{name: "het before a quoted name stays", words: "het ' Forum '", upos: "DET PUNCT PROPN PUNCT", want: "DET PUNCT PROPN PUNCT"},
		{name: "in het algemeen stays", words: "in het algemeen .", upos: "ADP DET ADJ PUNCT", want: "ADP DET ADJ PUNCT"},
		{name: "het nieuwe stays", words: "het nieuwe is op .", upos: "DET ADJ AUX ADV PUNCT", want: "DET ADJ AUX ADV PUNCT"},
		{name: "nominal infinitive stays", words: "Het dagelijks fietsen helpt .", upos: "DET ADJ VERB VERB PUNCT", want: "DET ADJ VERB VERB PUNCT"},
		{name: "niet meer", words: "Hij wil niet meer .", upos: "PRON VERB ADV PRON PUNCT", want: "PRON VERB ADV ADV PUNCT"},
		{name: "niet meer dan", words: "niet meer dan twee", upos: "ADV PRON SCONJ NUM", want: "ADV PRON SCONJ NUM"},
	}
	runRule(t, tests, func(_, lw, upos, _ []string) { dutchFunctionWords(lw, upos) })
}

// testLexicon is a lemmatizer that knows a few training words, for the
// rules on unknown words.
func testLexicon() *lemmatizer {
	n, a := uposBits["NOUN"], uposBits["ADJ"]
	return &lemmatizer{nl: true, buckets: map[bkey]bucket{}, lex: map[lexKey]string{}, known: map[string]uint32{
		"trainer": n, "team": n, "kunde": n, "stadion": n, "Ajax-trainer": n, "mooie": a, "ajax-trainer": n, "plan": n,
	}}
}

func TestDutchHyphenCompounds(t *testing.T) {
	tests := []ruleCase{
		{name: "club trainer", words: "De PSV-trainer en het Philips-team .", upos: "DET PROPN CCONJ DET PROPN PUNCT", want: "DET NOUN CCONJ DET NOUN PUNCT"},
		{name: "capitalized head stays", words: "Het Zuid-Holland team .", upos: "DET PROPN NOUN PUNCT", want: "DET PROPN NOUN PUNCT"},
		{name: "unknown head stays", words: "De Van-Dijkgroep .", upos: "DET PROPN PUNCT", want: "DET PROPN PUNCT"},
		{name: "seen form stays", words: "De Ajax-trainer .", upos: "DET PROPN PUNCT", want: "DET PROPN PUNCT"},
	}
	runRule(t, tests, testLexicon().dutchHyphenCompounds)
}

func TestDutchUnknownAttributives(t *testing.T) {
	tests := []ruleCase{
		{name: "inflected adjective", words: "door acute ziekte", upos: "ADP NOUN NOUN", want: "ADP ADJ NOUN"},
		{name: "diminutive stays", words: "een kopje thee", upos: "DET NOUN NOUN", want: "DET NOUN NOUN"},
		{name: "participle stays", words: "de opgeslagen gewaande spullen", upos: "DET VERB NOUN NOUN", want: "DET VERB NOUN NOUN"},
		{name: "compound of a noun stays", words: "de wiskunde les", upos: "DET NOUN NOUN", want: "DET NOUN NOUN"},
		{name: "seen form stays", words: "de mooie plan", upos: "DET NOUN NOUN", want: "DET NOUN NOUN"},
		{name: "no noun after", words: "een rare .", upos: "DET NOUN PUNCT", want: "DET NOUN PUNCT"},
	}
	runRule(t, tests, testLexicon().dutchUnknownAttributives)
}

func TestDutchNumbersAndPronouns(t *testing.T) {
	tests := []ruleCase{
		{name: "decimal", words: "met 10,37 seconden", upos: "ADP SYM NOUN", want: "ADP NUM NOUN"},
		{name: "score", words: "Het werd 3 - 0 .", upos: "PRON VERB NUM PUNCT NUM PUNCT", want: "PRON VERB NUM SYM NUM PUNCT"},
		{name: "years stay", words: "( 1914 - 1918 )", upos: "PUNCT NUM PUNCT NUM PUNCT", want: "PUNCT NUM PUNCT NUM PUNCT"},
		{name: "tot between numbers", words: "zes tot acht weken", upos: "NUM ADP NUM NOUN", want: "NUM CCONJ NUM NOUN"},
		{name: "van tot stays", words: "van 1990 tot 1995", upos: "ADP NUM ADP NUM", want: "ADP NUM ADP NUM"},
		{name: "of with a clause", words: "Hij vraagt of ze komt .", upos: "PRON VERB CCONJ PRON VERB PUNCT", want: "PRON VERB SCONJ PRON VERB PUNCT"},
		{name: "of between pronouns stays", words: "jij of ik .", upos: "PRON CCONJ PRON PUNCT", want: "PRON CCONJ PRON PUNCT"},
		{name: "reflexives and -ie", words: "Dan redt -ie zichzelf en mezelf .", upos: "ADV VERB PROPN NOUN CCONJ ADJ PUNCT", want: "ADV VERB PRON PRON CCONJ PRON PUNCT"},
	}
	runRule(t, tests, func(words, lw, upos, _ []string) { dutchNumbersAndPronouns(words, lw, upos) })
}

func TestDutchQuantifiersAndDat(t *testing.T) {
	tests := []ruleCase{
		{name: "veel before a comparative", words: "Zij is veel sterker .", upos: "PRON AUX PRON ADJ PUNCT", want: "PRON AUX ADV ADJ PUNCT"},
		{name: "minder before a participle", words: "Het werd minder populair .", upos: "PRON AUX PRON ADJ PUNCT", want: "PRON AUX ADV ADJ PUNCT"},
		{name: "meer before adjective and noun stays", words: "meer grote huizen", upos: "PRON ADJ NOUN", want: "PRON ADJ NOUN"},
		{name: "veel te stays", words: "Het is veel te laat .", upos: "PRON AUX PRON ADV ADJ PUNCT", want: "PRON AUX PRON ADV ADJ PUNCT"},
		{name: "min of meer stays", words: "min of meer gelijk", upos: "ADV CCONJ PRON ADJ", want: "ADV CCONJ PRON ADJ"},
		{name: "dat after a preposition", words: "Op dat moment sliep hij .", upos: "ADP SCONJ NOUN VERB PRON PUNCT", want: "ADP DET NOUN VERB PRON PUNCT"},
		{name: "dat after a conjunction", words: "Als dat aantal daalt", upos: "SCONJ SCONJ NOUN VERB", want: "SCONJ DET NOUN VERB"},
		{name: "zonder dat stays", words: "zonder dat mensen het merken", upos: "ADP SCONJ NOUN PRON VERB", want: "ADP SCONJ NOUN PRON VERB"},
	}
	runRule(t, tests, func(_, lw, upos, _ []string) { dutchFunctionWords(lw, upos) })
}

func TestDutchPassiveParticiples(t *testing.T) {
	tests := []ruleCase{
		{name: "werd geboren", words: "Zij werd geboren in Gent .", upos: "PRON AUX ADJ ADP PROPN PUNCT",
			lemmas: "zij worden geboren in Gent .", want: "PRON AUX VERB ADP PROPN PUNCT"},
		{name: "and worden is its auxiliary", words: "Hij werd gekozen .", upos: "PRON VERB ADJ PUNCT",
			lemmas: "hij worden gekozen .", want: "PRON AUX VERB PUNCT"},
		{name: "adjective after worden stays", words: "Hij werd boos .", upos: "PRON VERB ADJ PUNCT",
			lemmas: "hij worden boos .", want: "PRON VERB ADJ PUNCT"},
		{name: "zowel", words: "zowel jong als oud", upos: "ADV ADJ SCONJ ADJ", want: "CCONJ ADJ SCONJ ADJ"},
	}
	runRule(t, tests, dutchPassiveParticiples)
}

func TestDutchPossessiveZijn(t *testing.T) {
	tests := []ruleCase{
		{name: "after a finite verb", words: "Hij heeft zijn eerste titel gewonnen .", upos: "PRON AUX AUX ADJ NOUN VERB PUNCT",
			lemmas: "hij hebben zijn eerst titel winnen .", want: "PRON AUX PRON ADJ NOUN VERB PUNCT"},
		{name: "copula stays", words: "Dat zijn goede spelers .", upos: "PRON AUX ADJ NOUN PUNCT",
			lemmas: "dat zijn goed speler .", want: "PRON AUX ADJ NOUN PUNCT"},
		{name: "after a subordinate clause stays", words: "De soorten waarbij dit voorkomt zijn klavers .", upos: "DET NOUN ADV PRON VERB AUX NOUN PUNCT",
			lemmas: "de soort waarbij dit voorkomen zijn klaver .", want: "DET NOUN ADV PRON VERB AUX NOUN PUNCT"},
	}
	runRule(t, tests, dutchAuxiliaries)
}

func TestDutchVanPlan(t *testing.T) {
	tests := []ruleCase{
		{"van plan", "Zij is van plan te stoppen .", "PRON AUX ADP NOUN ADP VERB PUNCT", "zij zijn van plan te stoppen .",
			"PRON VERB ADP NOUN ADP VERB PUNCT"},
		{"van mening before", "omdat hij van mening was dat", "SCONJ PRON ADP NOUN AUX SCONJ", "omdat hij van mening zijn dat",
			"SCONJ PRON ADP NOUN VERB SCONJ"},
		{"copula stays", "Het plan is goed .", "DET NOUN AUX ADJ PUNCT", "het plan zijn goed .",
			"DET NOUN AUX ADJ PUNCT"},
	}
	runRule(t, tests, dutchAuxiliaries)
}

func TestDutchQuotedForeign(t *testing.T) {
	tests := []ruleCase{
		{name: "English title", words: "zijn hit ' Love and the Sea ' uit 1970", upos: "PRON NOUN PUNCT PROPN CCONJ PROPN PROPN PUNCT ADP NUM",
			want: "PRON NOUN PUNCT X X X X PUNCT ADP NUM"},
		{name: "Dutch title stays", words: "het boek ' De Man en de Zee '", upos: "DET NOUN PUNCT DET PROPN CCONJ DET PROPN PUNCT",
			want: "DET NOUN PUNCT DET PROPN CCONJ DET PROPN PUNCT"},
		{name: "no English function word", words: "de film ' Almost Famous '", upos: "DET NOUN PUNCT PROPN PROPN PUNCT",
			want: "DET NOUN PUNCT PROPN PROPN PUNCT"},
	}
	runRule(t, tests, func(words, lw, upos, _ []string) { dutchQuotedForeign(words, lw, upos) })
}

func TestDutchInfinitives(t *testing.T) {
	tg, err := For("nl")
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{name: "nominalized", words: "Na het afstoten van de aandelen daalde de koers .", upos: "ADP DET NOUN ADP DET NOUN VERB DET NOUN PUNCT", want: "ADP DET VERB ADP DET NOUN VERB DET NOUN PUNCT"},
		{name: "singular noun stays", words: "Het leven van de boer .", upos: "DET NOUN ADP DET NOUN PUNCT", want: "DET NOUN ADP DET NOUN PUNCT"},
		{name: "after te", words: "Hij probeerde de plank los te afstoten .", upos: "PRON VERB DET NOUN ADJ ADP NOUN PUNCT", want: "PRON VERB DET NOUN ADJ ADP VERB PUNCT"},
		{name: "modal cluster end", words: "Zij wil het bedrijf afstoten .", upos: "PRON VERB DET NOUN NOUN PUNCT", lemmas: "zij willen het bedrijf afstoten .", want: "PRON VERB DET NOUN VERB PUNCT"},
		{name: "plural after determiner stays", words: "Zij kunnen de eieren .", upos: "PRON AUX DET NOUN PUNCT", want: "PRON AUX DET NOUN PUNCT"},
	}
	runRule(t, tests, tg.lem.dutchInfinitives)
}

func TestDutchJoinedParticleVerbs(t *testing.T) {
	tg, err := For("nl")
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{name: "subordinate", words: "Hij lachte toen de zanger wegliep .", upos: "PRON VERB SCONJ DET NOUN NOUN PUNCT", want: "PRON VERB SCONJ DET NOUN VERB PUNCT"},
		{name: "main clause stays", words: "Dit wegliep was hard .", upos: "PRON NOUN AUX ADJ PUNCT", want: "PRON NOUN AUX ADJ PUNCT"},
		{name: "after article stays", words: "Hij lachte toen de wegliep begon .", upos: "PRON VERB SCONJ DET NOUN VERB PUNCT", want: "PRON VERB SCONJ DET NOUN VERB PUNCT"},
	}
	runRule(t, tests, tg.lem.dutchJoinedParticleVerbs)
}
