package en

// Event lexicon for English, used by package event. Written by hand for
// kroniek: each lemma is filed under the PLOVER category whose definition in
// the PLOVER manual, and the CAMEO category its verb carries in the
// PETRARCH2 verb dictionary (mapped with CAMEO2PLOVER), covers it.

// EventTriggers lists trigger lemmas per PLOVER type as "TYPE: lemma/K ..."
// with K = V (verb), N (noun) or A (adjective or participle used as one).
const EventTriggers = `
AGREE: agree/V agreement/N accord/N treaty/N sign/V promise/V pledge/V pledge/N accept/V settle/V
  settlement/N ratify/V deal/N ceasefire_agreement/N approve/V commit/V
CONSULT: meet/V meeting/N visit/V visit/N host/V talks/N negotiate/V negotiation/N discuss/V
  discussion/N consult/V consultation/N summit/N mediate/V mediation/N phone/V telephone/V dialogue/N
  confer/V arbitration/N gather/V
SUPPORT: praise/V endorse/V endorsement/N back/V support/V support/N defend/V thank/V congratulate/V
  condolence/N condolences/N solidarity/N applaud/V hail/V commend/V welcome/V honour/V honor/V
  tribute/N
CONCEDE: apologize/V apologise/V apology/N admit/V concede/V resign/V resignation/N release/V
  free/V drop/V ease/V lift/V yield/V overturn/V reverse/V dismissal/N pardon/V pardon/N
COOPERATE: cooperate/V cooperation/N collaborate/V collaboration/N ally/V alliance/N coalition/N
  partner/V partnership/N appoint/V appointment/N hire/V nominate/V nomination/N join/V
AID: aid/N assist/V assistance/N help/V help/N donate/V donation/N fund/V funding/N supply/V
  deliver/V invest/V investment/N subsidy/N subsidize/V rescue/V rescue/N relief/N loan/N
  provide/V send/V deployments/N
RETREAT: withdraw/V withdrawal/N retreat/V retreat/N evacuate/V evacuation/N flee/V ceasefire/N
  truce/N relinquish/V halt/V disband/V surrender/V
REQUEST: ask/V request/V request/N demand/V demand/N urge/V appeal/V appeal/N invite/V invitation/N
  plead/V encourage/V press/V seek/V call/V
ACCUSE: accuse/V accusation/N allegation/N allege/V blame/V criticize/V criticise/V criticism/N
  condemn/V condemnation/N denounce/V charge/V charge/N sue/V lawsuit/N investigate/V
  investigation/N prosecute/V prosecution/N trial/N indict/V indictment/N impeach/V impeachment/N
  slam/V complain/V complaint/N
REJECT: reject/V rejection/N refuse/V refusal/N deny/V denial/N veto/V veto/N dismiss/V oppose/V
  decline/V rebuff/V
THREATEN: threaten/V threat/N warn/V warning/N ultimatum/N intimidate/V intimidation/N
PROTEST: protest/V protest/N demonstrate/V demonstration/N march/V
  march/N rally/N strike/N boycott/V boycott/N petition/N
SANCTION: sanction/V sanction/N sanctions/N embargo/N expel/V expulsion/N suspend/V suspension/N
  fine/V freeze/V sever/V
MOBILIZE: mobilize/V mobilise/V mobilization/N deploy/V deployment/N reinforce/V
COERCE: arrest/V arrest/N detain/V detention/N imprison/V imprisonment/N jail/V convict/V
  conviction/N sentence/V seize/V seizure/N confiscate/V ban/V ban/N raid/V raid/N evict/V eviction/N
  censor/V censorship/N deport/V deportation/N extradite/V extradition/N lockdown/N curfew/N
  punish/V punishment/N abduct/V abduction/N kidnap/V crackdown/N remove/V
ASSAULT: attack/V attack/N assault/V assault/N kill/V killing/N murder/V murder/N shoot/V shooting/N
  bomb/V bombing/N bombard/V bombardment/N injure/V wound/V stab/V stabbing/N massacre/N
  massacre/V execute/V execution/N torture/V torture/N abuse/V rape/V war/N fighting/N fight/V
  clash/V clash/N violence/N genocide/N airstrike/N hijack/V rob/V robbery/N destroy/V invade/V
  invasion/N conflict/N shell/V shelling/N behead/V assassinate/V assassination/N slaughter/V injured/A
  wounded/A
`

// EventForms maps irregular verb forms to their lemma: "form:lemma".
const EventForms = `
met:meet fought:fight shot:shoot sought:seek froze:freeze frozen:freeze slew:slay
took:take withdrew:withdraw withdrawn:withdraw fled:flee sent:send struck:strike
forbade:forbid forbidden:forbid held:hold gave:give given:give
`

// Factuality and argument cues.
const (
	EventNegation     = "not n't never no nobody none"
	EventHypothetical = "encourage invite must need hope want fear try consider wish seek can could may might should would must aim ask urge call demand possible possibly perhaps maybe willingness willing necessary needed"
	EventPlanned      = "will shall plan intend schedule announce prepare expect set going"
	EventConditional  = "if unless whether"
	EventReported     = "according reportedly allegedly purportedly apparently"
	EventSpeech       = "admit confess say tell state claim report confirm announce write add note insist argue believe think suggest indicate mention repeat reveal describe stress"
	EventDeny         = "deny"
	EventPoliceWork   = "arrest detain"
	EventPolice       = "police"
	// English marks the passive in the parse (aux:pass); these Dutch
	// perfect-auxiliary lists stay empty.
	EventActiveAux, EventBeAux, EventUnaccusative = "", "", ""
	// EventAgents are nouns for people and bodies that act (see nl).
	EventAgents        = "expert experts user users police court government administration army ministry man woman men women people person child boy girl parents group party union jury board council parliament congress senate house state country countries nation rebels troops forces authorities protesters demonstrators officials officers officer bishop pope priest premier president minister leader mayor king queen family company committee coalition opposition militants gunmen gunman assembly delegation"
	EventAgentSuffixes = "er ers or ors ist ists ian ians ant ants ee ees"
	// EventObjectControl verbs give their object as the subject of their
	// to-infinitive: "asked Lam to resign".
	EventObjectControl = "ask urge call invite force encourage order allow permit persuade tell request compel help pressure"
	EventAlleged       = "attribute alleged accuse accused charge charged suspect suspected allege indict indicted allegation allegations"
	EventMotion        = "travel fly go come head"
	EventPronouns      = "he she him her they them his their who"
	EventFirstPerson   = "i we me us"
	EventRelative      = "who which that whom"
	// EventQuantity nouns measure out the noun after them ("a series of
	// attacks", "a wave of protests").
	EventQuantity = "series number list wave string spate flurry host raft"
	// EventObjectPronouns are never subjects.
	EventObjectPronouns = "me him them us"
	// EventDemonstratives before one of EventOrgNouns point back to the
	// organisation last named.
	EventDemonstratives = "this that"
	EventOrgNouns       = "party organisation organization company firm union ministry movement newspaper group giant retailer manufacturer"
	// EventCountryNouns, definite, stand for the country named last ("the
	// country").
	EventCountryNouns = "country nation"
)

// EventRoles are role nouns that, definite, refer to the article's main
// person ("the president"); EventDefinite are the definite determiners.
const (
	EventRoles      = "leader president premier minister bishop mayor king queen chairman chief suspect dictator"
	EventDefinite   = "the this that"
	EventFutureTime = "next coming upcoming soon future"
	// EventAuxiliaries are never triggers, whatever their tag.
	EventAuxiliaries = "be is are was were been being have has had do does did will would can could may might shall should must"
)

// EventTargetCases are prepositions whose object is the target, per type
// ("*" for all types): "type:prep,prep".
const EventTargetCases = "*:with,against,to,on,at CONSULT:with COERCE:of ASSAULT:on,against SANCTION:against,on AID:to,for"

// EventActorCases are prepositions whose object is the actor of an event
// noun or a passive verb.
const EventActorCases = "by of"

// EventBetween prepositions name the parties of a meeting, agreement or
// conflict: the first acts, the second is the target.
const EventBetween = "between"

// Who does an event when the clause does not say, and which country
// acts (see nl).
const (
	EventTypeAgents = "ASSAULT:gunman,gunmen,shooter,attacker,attackers,perpetrator,assailant,bomber,killer PROTEST:protesters,protestors,demonstrators,protester,demonstrator"
	// EventHome is empty: English news has no one home country.
	EventHome = ""
	// EventHomeGovernment is empty with no home country.
	EventHomeGovernment = ""
	// EventCollective nouns are one word for many, so "they" may stand
	// for them.
	EventCollective = "police"
	// EventImpose, EventUndergo, EventCausative, EventReflexive: see nl.
	EventImpose    = "impose"
	EventUndergo   = "experience suffer undergo endure"
	EventCausative = "let"
	EventReflexive = "myself himself herself itself ourselves themselves yourself"
)

// Nouns that shape who is who around an event noun (see nl).
const (
	EventInstitutions     = "court tribunal police government ministry parliament senate house council commission jury"
	EventTrials           = "trial"
	EventObjectOf         = "boycott blockade"
	EventPassiveAux       = "was were been being is are be"
	EventRegionAdjectives = "european:Europe"
	// EventGroupOf nouns gather the people their of-phrase names, who act
	// as them: "an assembly of foreign ministers denounced" is done by
	// the ministers.
	EventGroupOf = "assembly group gathering delegation panel"
	// EventQuantifiers count a group without describing it: "several
	// foreign ministers" are described as "foreign ministers".
	EventQuantifiers = "several many some various numerous few"
	// EventContain, EventAuthorities, EventReverse: see nl.
	EventContain     = "include be contain comprise involve"
	EventAuthorities = "government authorities administration"
	EventReverse     = "reverse overturn annul quash vacate overrule"
	// EventSourceCases: see nl.
	EventSourceCases = "from"
)
