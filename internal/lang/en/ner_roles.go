package en

// NERRoles are nouns for roles and titles that stand before names
// ("President Trump", "spokesman John Kirby") but are not part of them.
// The NER tagger marks a word that is, or ends in, one of them.
var NERRoles = []string{
	"president", "vice-president", "minister", "premier", "secretary", "spokesman", "spokeswoman", "spokesperson",
	"chairman", "chairwoman", "chair", "director", "chief", "leader", "governor", "mayor", "senator", "congressman",
	"congresswoman", "representative", "rep", "sen", "gov", "ambassador", "envoy", "diplomat", "general", "gen", "colonel",
	"col", "major", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "admiral", "officer", "judge",
	"justice", "attorney", "prosecutor", "lawyer", "professor", "prof", "dr", "doctor", "analyst", "expert", "researcher",
	"scientist", "economist", "historian", "correspondent", "reporter", "journalist", "columnist", "editor", "anchor",
	"host", "author", "writer", "poet", "singer", "actor", "actress", "director", "producer", "coach", "manager", "player",
	"striker", "goalkeeper", "midfielder", "defender", "captain", "champion", "king", "queen", "prince", "princess", "pope",
	"cardinal", "bishop", "archbishop", "reverend", "rev", "imam", "rabbi", "founder", "owner", "executive", "ceo", "cfo",
	"chancellor", "dictator", "successor", "predecessor", "colleague", "aide", "adviser", "advisor", "candidate", "nominee",
	"incumbent", "challenger", "rival", "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
}
