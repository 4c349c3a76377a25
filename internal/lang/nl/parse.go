package nl

import _ "embed"

// ParseModel is the dependency parser model, loaded by package parse.
// Generated from ../shared/data/ud-nl by `GOMAXPROCS=1 kroniek train parse
// --lang nl --epochs 10 --root-end --vform --seeds 6 --joint --clause
// --attach --news 0.1` (same bytes each time; docs/quality.md); do not edit.
//
//go:embed parse.model
var ParseModel []byte

// ParseNews are the words `kroniek train parse --news` wraps treebank
// sentences in to teach the parser news attributions ("…, zei hij.",
// "Jansen: …"): finite reporting verbs, speakers as form/UPOS items with the
// head marked "*" (else the first), and quotation mark pairs.
var ParseNews = struct {
	Verbs, Speakers []string
	Quotes          [][2]string
}{
	Verbs: []string{"zei", "zegt", "zeiden", "vond", "vindt", "stelde", "stelt", "verklaarde", "meldde",
		"schreef", "benadrukte", "waarschuwde", "reageerde", "antwoordde", "denkt", "meent", "vertelde",
		"erkende", "concludeerde", "riep", "luidde", "klonk", "twitterde", "zeggen", "vinden"},
	Speakers: []string{"hij/PRON", "zij/PRON", "ze/PRON", "ik/PRON", "de/DET *trainer/NOUN",
		"de/DET *minister/NOUN", "de/DET *woordvoerder/NOUN", "de/DET *politie/NOUN",
		"de/DET *burgemeester/NOUN", "de/DET *premier/NOUN", "de/DET *directeur/NOUN", "het/DET *kabinet/NOUN",
		"Jansen/PROPN", "Bakker/PROPN", "Mark/PROPN Rutte/PROPN", "Van/PROPN Dijk/PROPN",
		"Peters/PROPN", "Anna/PROPN de/PROPN Graaf/PROPN", "De/PROPN Jong/PROPN", "Smit/PROPN"},
	Quotes: [][2]string{{",,", "''"}, {"\"", "\""}, {"'", "'"}, {"‘", "’"}, {"“", "”"}},
}
