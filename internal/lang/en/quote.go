package en

// Resources of the quote stage (internal/quote): reporting verbs and phrases
// with their lemmas, and the small word classes the speaker finder needs.

// QuoteVerbs lists English reporting verbs, one a line, as
//
//	lemma: full forms [| particle: stem forms]
//
// Stem forms only count with their particle later in the clause
// ("pointed out").
const QuoteVerbs = `
say: say says said saying
tell: tell tells told telling
add: add adds added adding
explain: explain explains explained explaining
note: note notes noted noting
write: write writes wrote written writing
ask: ask asks asked asking
claim: claim claims claimed claiming
state: state states stated stating
declare: declare declares declared declaring
insist: insist insists insisted insisting
argue: argue argues argued arguing
warn: warn warns warned warning
tweet: tweet tweets tweeted tweeting
continue: continue continues continued
recall: recall recalls recalled
conclude: conclude concludes concluded
describe: describe describes described describing
remark: remark remarks remarked
call: call calls called calling
report: report reports reported reporting
reply: reply replies replied
respond: respond responds responded
admit: admit admits admitted
acknowledge: acknowledge acknowledges acknowledged
announce: announce announces announced announcing
suggest: suggest suggests suggested suggesting
predict: predict predicts predicted predicting
confirm: confirm confirms confirmed confirming
deny: deny denies denied denying
observe: observe observes observed
recount: recount recounts recounted
apologise: apologise apologises apologised apologize apologizes apologized
joke: joke jokes joked joking
quip: quip quips quipped
complain: complain complains complained complaining
boast: boast boasts boasted
vow: vow vows vowed
promise: promise promises promised
urge: urge urges urged urging
stress: stress stresses stressed
emphasize: emphasize emphasizes emphasized emphasise emphasises emphasised
mention: mention mentions mentioned
agree: agree agrees agreed
shout: shout shouts shouted
yell: yell yells yelled
wonder: wonder wonders wondered
testify: testify testifies testified
told: told
read: read reads
point out: | out: point points pointed
put: put puts
`

// QuotePhrases are reporting cues that are not verbs: form to lemma. A
// phrase cue precedes its source ("according to X").
var QuotePhrases = map[string]string{
	"according to": "according to",
}

// QuotePronouns are subject pronouns that can stand for a speaker.
var QuotePronouns = []string{"he", "she", "they", "him", "her"}

// QuoteDeterminers open a description of a speaker ("a spokesman").
var QuoteDeterminers = []string{"the", "a", "an", "his", "her", "their", "its", "one", "two", "three", "another", "several", "some", "many", "our"}

// QuoteStops end a speaker's noun phrase.
var QuoteStops = []string{
	"to", "in", "on", "at", "during", "with", "about", "for", "after", "before", "via", "on", "and", "but", "that",
	"who", "which", "when", "while", "as", "because", "earlier", "later", "today", "yesterday", "tomorrow", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "then", "also", "in", "out",
	"of", "how", "what", "why", "whether", "if", "nothing", "it", "is", "was", "has", "had", "would", "will",
}

// QuoteNameParticles may stand inside a person's name.
var QuoteNameParticles = []string{"de", "van", "von", "der", "da", "di", "du", "la", "le", "bin", "al", "el", "Jr.", "Sr."}

// QuoteRoleSuffixes mark a capitalised word before a name as a role.
var QuoteRoleSuffixes = []string{"President", "Senator", "Sen.", "Rep.", "Gov.", "Governor", "Mayor", "Minister", "Secretary", "Judge", "Justice", "Chairman", "Professor", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "Chief", "General", "Gen.", "Director", "Candidate", "Leader", "Speaker", "Pope", "Prince", "King", "Queen", "Lt.", "Col.", "Capt.", "Sgt.", "Officer", "Detective", "Attorney", "Spokesman", "Spokeswoman", "Spokesperson", "Democrat", "Republican", "Democratic", "Republican", "Former", "former", "Vice", "Presidential", "Prime", "Reverend", "Rev."}

// QuoteTitleWords before a quoted span mark it as a title or name.
var QuoteTitleWords = []string{
	"film", "movie", "book", "series", "album", "song", "show", "program", "programme", "title", "campaign", "operation",
	"project", "report", "documentary", "novel", "single", "play", "festival", "exhibition", "app", "website", "podcast",
	"column", "so-called", "term", "word", "phrase", "nickname", "dubbed",
}

// QuoteCommon are capitalised sentence openers that never start a name.
var QuoteCommon = []string{
	"the", "a", "an", "this", "that", "these", "those", "there", "but", "and", "also", "so", "if", "now", "then",
	"because", "when", "where", "what", "who", "why", "how", "i", "you", "we", "he", "she", "they", "it", "his",
	"her", "their", "our", "my", "in", "on", "at", "with", "for", "after", "before", "about", "from", "to", "by",
	"of", "since", "without", "according", "as", "while", "although", "though", "yet", "still", "meanwhile",
	"however", "instead", "many", "some", "most", "all", "no", "not", "one", "last", "next", "every", "each",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october", "november", "december", "on", "said", "says",
	"during", "under", "over", "until", "once", "here", "even", "just", "only", "both", "other", "another",
}

// QuoteOrgWords mark a capitalised run as an organisation or place.
var QuoteOrgWords = []string{
	"university", "foundation", "bank", "party", "ministry", "department", "police", "council", "court", "office",
	"house", "senate", "congress", "league", "cup", "group", "school", "hospital", "museum", "union", "institute",
	"center", "centre", "agency", "service", "news", "times", "post", "journal", "inc", "corp", "company", "committee",
	"commission", "association", "network", "state", "states", "city", "county", "street", "square", "island",
	"sea", "ocean", "river", "mountain", "republic", "kingdom", "america", "europe", "africa", "asia",
}

// QuoteMale and QuoteFemale are pronouns that tell a person's gender.
var (
	QuoteMale   = []string{"he"}
	QuoteFemale = []string{"she"}
)

// QuoteOrgNouns stand for an organisation named before ("the company").
var QuoteOrgNouns = []string{
	"company", "group", "party", "club", "organization", "organisation", "ministry", "union", "firm", "agency",
	"department", "network", "campaign", "bank", "retailer", "manufacturer", "newspaper", "committee",
}
