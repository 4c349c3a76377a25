package nl

// Resources of the quote stage (internal/quote): reporting verbs and phrases
// with their lemmas, and the small word classes the speaker finder needs.

// QuoteVerbs lists Dutch reporting verbs, one a line, as
//
//	lemma: full forms [| particle: stem forms]
//
// Full forms stand alone ("zegt", "uitgelegd"); stem forms only count with
// their separable particle later in the clause ("legt Breuker uit").
const QuoteVerbs = `
zeggen: zeg zegt zeggen zei zeiden gezegd
vertellen: vertel vertelt vertellen vertelde vertelden verteld
uitleggen: uitleggen uitlegt uitlegde uitlegden uitgelegd | uit: leg legt leggen legde legden
bevestigen: bevestig bevestigt bevestigen bevestigde bevestigden bevestigd
stellen: stel stelt stellen stelde stelden gesteld
concluderen: concludeer concludeert concluderen concludeerde concludeerden geconcludeerd
reageren: reageer reageert reageren reageerde reageerden gereageerd
schrijven: schrijf schrijft schrijven schreef schreven geschreven
laten weten: | weten: laat laten liet lieten
spreken: spreek spreekt spreken sprak spraken gesproken
aanvullen: aanvullen aanvult aanvulde aangevuld | aan: vul vult vullen vulde vulden
vragen: vraag vraagt vragen vroeg vroegen gevraagd
constateren: constateer constateert constateren constateerde constateerden geconstateerd
roepen: roep roept roepen riep riepen geroepen
aangeven: aangeven aangeeft aangaf aangegeven | aan: geef geeft geven gaf gaven
opsommen: opsommen opsomt opgesomd | op: som somt sommen somde somden
benadrukken: benadruk benadrukt benadrukken benadrukte benadrukten
meegeven: meegeven meegeeft meegaf meegegeven | mee: geef geeft geven gaf gaven
citeren: citeer citeert citeren citeerde citeerden geciteerd
twitteren: twitter twittert twitteren twitterde twitterden getwitterd tweet tweette tweetten getweet
menen: meen meent menen meende meenden gemeend
claimen: claim claimt claimen claimde claimden geclaimd
verklaren: verklaar verklaart verklaren verklaarde verklaarden verklaard
antwoorden: antwoord antwoordt antwoorden antwoordde antwoordden geantwoord
waarschuwen: waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd
erkennen: erken erkent erkennen erkende erkenden erkend
toegeven: toegeven toegeeft toegaf toegegeven | toe: geef geeft geven gaf gaven
toelichten: toelichten toelicht toelichtte toegelicht | toe: licht lichtte lichtten
beamen: beaam beaamt beamen beaamde beaamden
vinden: vind vindt vinden vond vonden
denken: denk denkt dacht dachten
melden: meld meldt melden meldde meldden gemeld
noemen: noem noemt noemen noemde noemden genoemd
beweren: beweer beweert beweren beweerde beweerden beweerd
opmerken: opmerken opmerkt opgemerkt | op: merk merkt merkte merkten
oproepen: oproepen oproept opgeroepen | op: roep roept riep riepen
lachen: lach lacht lachte lachten
zuchten: zucht zuchtte verzucht verzuchtte
vervolgen: vervolg vervolgt vervolgde vervolgden
beschrijven: beschrijf beschrijft beschreef beschreven
bestempelen: bestempel bestempelt bestempelde bestempelden bestempeld
benoemen: benoem benoemt benoemde
klagen: klaag klaagt klaagde klaagden
betogen: betoog betoogt betoogde betoogden
aankondigen: aangekondigd | aan: kondig kondigt kondigde kondigden
ontkennen: ontken ontkent ontkende ontkenden ontkend
onderstrepen: onderstreep onderstreept onderstreepte
verwijzen: verwijs verwijst verwees verwezen
`

// QuotePhrases are reporting cues that are not verbs: lemma and form. A
// phrase cue precedes its source ("volgens X", "aldus X").
var QuotePhrases = map[string]string{
	"volgens":           "volgens",
	"aldus":             "aldus",
	"naar eigen zeggen": "naar eigen zeggen",
}

// QuotePronouns are subject pronouns that can stand for a speaker.
var QuotePronouns = []string{"hij", "zij", "ze", "hem", "haar"}

// QuoteDeterminers open a description of a speaker ("een woordvoerder").
var QuoteDeterminers = []string{"de", "het", "een", "die", "dat", "deze", "zijn", "haar", "hun", "onze", "mijn", "beide", "twee", "drie", "veel", "andere"}

// QuoteStops end a speaker's noun phrase: prepositions, conjunctions and
// adverbs that follow a speaker ("zegt Breuker tegen het AD", "legt hij uit").
var QuoteStops = []string{
	"tegen", "in", "op", "bij", "tijdens", "tot", "aan", "met", "over", "voor", "na", "via", "namens", "uit",
	"en", "maar", "want", "dat", "die", "dus", "ook", "nog", "al", "daarover", "erover", "daarbij", "eerder",
	"vandaag", "gisteren", "morgen", "donderdag", "woensdag", "vrijdag", "maandag", "dinsdag", "zaterdag", "zondag",
	"verder", "later", "toen", "nu", "dan", "wel", "niet", "zelf", "desgevraagd", "lachend", "stellig", "tevreden",
	"weten", "als", "omdat", "terwijl", "wanneer", "hierover", "daar", "er", "het", "echter", "vervolgens",
	"hoe", "wat", "waarom", "wie", "of", "waar", "niets", "niks", "iets", "graag", "blij", "trots", "bezorgd",
}

// QuoteNameParticles may stand inside a person's name ("Ruud van Nistelrooy").
var QuoteNameParticles = []string{"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "'s", "la", "le", "du", "da", "di", "von", "bin", "al", "el"}

// QuoteRoleSuffixes mark a capitalised word before a name as a role, not part
// of the name ("Koreakenner Remco Breuker").
var QuoteRoleSuffixes = []string{"kenner", "deskundige", "expert", "woordvoerder", "woordvoerster", "minister", "voorzitter", "directeur", "loog", "icus", "leider", "topman", "baas", "chef", "trainer", "coach",
	"president", "premier", "wethouder", "burgemeester", "advocaat", "officier", "rechter", "schrijver", "auteur", "docent", "leraar",
	"hoogleraar", "onderzoeker", "lijsttrekker", "politicus", "agent", "eigenaar", "moeder", "vader", "zoon", "dochter"}

// QuoteTitleWords before a quoted span mark it as a title or name, not a quote.
var QuoteTitleWords = []string{
	"film", "boek", "serie", "album", "nummer", "lied", "liedje", "programma", "titel", "campagne", "operatie",
	"actie", "project", "plan", "rapport", "documentaire", "roman", "show", "single", "voorstelling", "festival",
	"tentoonstelling", "app", "website", "podcast", "rubriek", "zogenoemde", "zogeheten", "zogenaamde", "term", "woord",
	"begrip", "bijnaam",
}

// QuoteCommon are capitalised sentence openers that never start a name.
var QuoteCommon = []string{
	"de", "het", "een", "dit", "dat", "deze", "die", "er", "maar", "en", "ook", "wel", "toch", "zo", "als", "nu",
	"dan", "want", "dus", "toen", "daar", "hier", "wat", "wie", "waar", "hoe", "waarom", "ik", "je", "jij", "u", "we",
	"wij", "hij", "zij", "ze", "zijn", "haar", "hun", "mijn", "onze", "in", "op", "bij", "met", "voor", "na", "over",
	"uit", "van", "tot", "tegen", "volgens", "aldus", "om", "of", "sinds", "zonder", "door", "al", "nog", "niet",
	"geen", "alle", "veel", "meer", "ook", "eerst", "later", "vervolgens", "tijdens", "intussen", "inmiddels",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
	"april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "niettemin", "zoals", "vanwege", "namens", "dankzij", "ondanks", "behalve",
	"bovendien", "daarom", "daarna", "volgende", "vorige", "afgelopen", "elke", "iedereen", "niemand", "alles",
	"niets", "welke", "zowel", "omdat", "terwijl", "hoewel", "nadat", "voordat", "wanneer", "mede", "zelf",
}

// QuoteOrgWords mark a capitalised run as an organisation or place, not a
// person, when no entity says otherwise.
var QuoteOrgWords = []string{
	"universiteit", "stichting", "bank", "partij", "ministerie", "politie", "raad", "rechtbank", "hof", "gemeente",
	"provincie", "kabinet", "league", "cup", "groep", "school", "ziekenhuis", "museum", "bond", "vereniging", "unie",
	"huis", "kamer", "fc", "bv", "nv", "instituut", "centrum", "dienst", "omroep", "krant", "college", "forum",
	"noord", "zuid", "oost", "west", "straat", "plein", "weg", "den", "stad", "land", "nederland", "europa", "amerika",
}

// QuoteMale and QuoteFemale are subject pronouns that tell a person's
// gender, for resolving "zegt hij" to the last man named (possessives are
// left out: "Trump, her opponent").
var (
	QuoteMale   = []string{"hij"}
	QuoteFemale = []string{"zij"}
)

// QuoteOrgNouns stand for an organisation named before ("het bedrijf").
var QuoteOrgNouns = []string{
	"bedrijf", "groep", "partij", "club", "organisatie", "ministerie", "bond", "vereniging", "stichting", "brigade",
	"omroep", "krant", "gemeente", "fabrikant", "winkel", "keten", "bank", "concern", "onderneming", "supermarkt",
}
