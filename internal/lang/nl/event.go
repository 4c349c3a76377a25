package nl

// Event lexicon for Dutch, used by package event. Written by hand for
// kroniek: each lemma is filed under the PLOVER category whose definition in
// the PLOVER manual (and the CAMEO category of its English counterparts in
// the PETRARCH2 verb dictionary) covers it. Lemmas are written without the
// Alpino separable-verb underscore ("oproepen", not "op_roepen").

// EventTriggers lists trigger lemmas per PLOVER type as "TYPE: lemma/K ..."
// with K = V (verb), N (noun) or A (adjective or participle used as one).
const EventTriggers = `
AGREE: akkoord/N overeenkomst/N afspraak/N verdrag/N overeenkomen/V afspreken/V beloven/V belofte/N
  ondertekenen/V instemmen/V aanvaarden/V accepteren/V schikking/N toezeggen/V toezegging/N vredesakkoord/N
  handelsakkoord/N klimaatakkoord/N ratificeren/V goedkeuren/V
CONSULT: ontmoeten/V ontmoeting/N bezoeken/V bezoek/N staatsbezoek/N werkbezoek/N overleggen/V overleg/N
  onderhandelen/V onderhandeling/N gesprek/N bespreken/V bespreking/N topontmoeting/N topoverleg/N
  vergaderen/V vergadering/N telefoneren/V telefoongesprek/N telefoontje/N bemiddelen/V bemiddeling/N
  ontvangen/V debat/N debatteren/V consulteren/V raadplegen/V benaderen/V spreken/V praten/V
  gespreksronde/N langskomen/V opwachten/V topberaad/N beraad/N beraden/V
SUPPORT: steunen/V prijzen/V loven/V lof/N feliciteren/V bedanken/V danken/V verdedigen/V solidariteit/N
  eren/V eerbetoon/N waarderen/V condoleren/V condoleance/N onderschrijven/V bijval/N huldigen/V
  gedenken/V herdenken/V herdenking/N complimenteren/V roemen/V prijzen/V belonen/V
CONCEDE: excuus/N excuses/N verontschuldigen/V toegeven/V erkennen/V bekennen/V bekentenis/N aftreden/V
  opstappen/V vrijlaten/V vrijlating/N opheffen/V opheffing/N versoepelen/V versoepeling/N terugdraaien/V
  toestemming/N toestaan/V afgelasten/V uitstellen/V schrappen/V neerleggen/V seponeren/V intrekken/V
  tegemoetkomen/V gratie/N amnestie/N
COOPERATE: samenwerken/V samenwerking/N coalitie/N alliantie/N bondgenootschap/N benoemen/V benoeming/N
  aanstellen/V aanstelling/N inhuren/V fuseren/V fusie/N oprichten/V uitbesteden/V partnerschap/N
  samenwerkingsverband/N
AID: hulp/N steun/N aanbieden/V aanbod/N aanbieding/N leveren/V levering/N schenken/V schenking/N doneren/V donatie/N investeren/V
  investering/N subsidie/N subsidiëren/V financieren/V financiering/N noodhulp/N wapenlevering/N
  redden/V redding/N reddingsactie/N ondersteunen/V inzamelen/V inzameling/N inzamelingsactie/N
  helpen/V gift/N hulpgeld/N hulpgoederen/N ontwikkelingshulp/N geldschenking/N reanimeren/V
  hulpverlening/N
RETREAT: terugtrekken/V terugtrekking/N vluchten/V evacueren/V evacuatie/N wapenstilstand/N
  ontbinden/V opzeggen/V weglopen/V aftocht/N capituleren/V
REQUEST: vragen/V verzoeken/V verzoek/N eisen/V eis/N oproepen/V oproep/N aandringen/V smeken/V
  manen/V pleiten/V pleidooi/N beroep/N aanvragen/V aanvraag/N uitnodigen/V uitnodiging/N
  vorderen/V opeisen/V verlangen/V
ACCUSE: beschuldigen/V beschuldiging/N verwijten/V verwijt/N bekritiseren/V kritiek/N hekelen/V
  aanklagen/V aanklacht/N klacht/N klagen/V proces/N rechtszaak/N vervolgen/V vervolging/N
  verdenken/V afkeuren/V bestempelen/V beledigen/V belediging/N kritiekpunt/N terugfluiten/V
  berispen/V zwartmaken/V verklikken/V
REJECT: weigeren/V weigering/N afwijzen/V afwijzing/N verwerpen/V ontkennen/V veto/N verzetten/V
  verzet/N negeren/V vrijspraak/N vrijspreken/V tegenstemmen/V
THREATEN: dreigen/V bedreigen/V bedreiging/N dreigement/N ultimatum/N intimideren/V intimidatie/N
  waarschuwen/V
PROTEST: protesteren/V protest/N demonstreren/V demonstratie/N betoging/N betogen/V staken/V staking/N
  boycot/N boycotten/V hongerstaking/N petitie/N manifestatie/N actievoeren/V
  stakingsdag/N protestactie/N handtekeningenactie/N protestmars/N
SANCTION: sanctie/N sancties/N sanctioneren/V beboeten/V schorsen/V schorsing/N embargo/N
  opschorten/V opschorting/N uitwijzen/V boete/N
MOBILIZE: mobiliseren/V mobilisatie/N beveiliging/N bewaking/N troepenopbouw/N paraat/A
COERCE: arresteren/V arrestatie/N aanhouden/V aanhouding/N oppakken/V opsluiten/V detentie/N
  veroordelen/V veroordeling/N cel/N straffen/V straf/N gevangenisstraf/N celstraf/N verbieden/V verbod/N inval/N
  beslaglegging/N confisqueren/V deporteren/V uitleveren/V uitlevering/N censureren/V censuur/N
  sluiting/N weren/V afpersing/N ontvoeren/V ontvoering/N gijzelen/V gijzeling/N vastzetten/V
  dwingen/V gevangennemen/V blokkeren/V taakstraf/N huisarrest/N uitzetten/V mensenhandel/N
ASSAULT: aanvallen/V aanval/N aanslag/N doden/V vermoorden/V moord/N doodschieten/V neerschieten/V
  schieten/V beschieten/V beschieting/N schietpartij/N schietdrama/N bombarderen/V bombardement/N
  opblazen/V verwonden/V gewond/A zwaargewond/A mishandelen/V mishandeling/N martelen/V marteling/N
  neersteken/V doodsteken/V schoppen/V geweld/N oorlog/N gevecht/N vechten/V executeren/V executie/N
  genocide/N bloedbad/N slachtpartij/N kaping/N kapen/V beroven/V overval/N overvallen/V vernielen/V
  vernieling/N brandstichting/N treiteren/V verkrachten/V verkrachting/N invasie/N binnenvallen/V
  oorlogsmisdaad/N doodslag/N moordaanslag/N steekpartij/N ombrengen/V terreuraanslag/N
  bomaanslag/N aanrijden/V inrijden/V schietincident/N
`

// EventForms maps irregular verb forms to their lemma: "form:lemma".
const EventForms = `
sprak:spreken spraken:spreken gesproken:spreken riep:roepen riepen:roepen geroepen:roepen
vroeg:vragen vroegen:vragen gaf:geven gaven:geven gegeven:geven sloot:sluiten sloten:sluiten
gesloten:sluiten hield:houden hielden:houden schoot:schieten schoten:schieten geschoten:schieten
doodgeschoten:doodschieten neergeschoten:neerschieten verbood:verbieden verboden:verbieden
bood:bieden boden:bieden aangeboden:aanbieden ontving:ontvangen ontvingen:ontvangen
weigerde:weigeren wees:wijzen afgewezen:afwijzen wees_af:afwijzen verwierp:verwerpen verworpen:verwerpen
vocht:vechten vochten:vechten gevochten:vechten stak:steken neergestoken:neersteken doodgestoken:doodsteken
verzocht:verzoeken trok:trekken trokken:trekken teruggetrokken:terugtrekken gedwongen:dwingen dwong:dwingen
dwongen:dwingen bracht:brengen brachten:brengen omgebracht:ombrengen verweet:verwijten verweten:verwijten
overleed:overlijden bedreigd:bedreigen opgepakt:oppakken aangehouden:aanhouden vrijgelaten:vrijlaten
aangeklaagd:aanklagen aangevallen:aanvallen opgeroepen:oproepen geëist:eisen gevraagd:vragen
beloofde:beloven beloofden:beloven beloofd:beloven besloot:besluiten verdedigd:verdedigen
ontmoette:ontmoeten ontmoetten:ontmoeten ontmoet:ontmoeten bezocht:bezoeken ondertekend:ondertekenen
gearresteerd:arresteren geëxecuteerd:executeren veroordeeld:veroordelen vermoord:vermoorden
gedood:doden gewonde:gewond gewonden:gewond stak:steken teruggefloten:terugfluiten floot:fluiten werd:worden werden:worden
`

// Factuality and argument cues.
const (
	// EventNegation marks a negated event.
	EventNegation = "niet geen nooit nergens niemand"
	// EventHypothetical governs or modifies hoped-for, feared or possible events.
	EventHypothetical = "aansporen aanmoedigen uitnodigen moeten hopen willen vrezen proberen overwegen wensen kunnen mogen streven dreigen eisen vragen verzoeken oproepen pogen misschien mogelijk wellicht eventueel nodig noodzakelijk belangrijk bereid bereidheid wens"
	// EventPlanned marks intended or scheduled events.
	EventPlanned = "zullen gaan plannen aankondigen voornemen voorbereiden van_plan beogen"
	// EventConditional subordinators make a clause hypothetical.
	EventConditional = "als indien tenzij mits wanneer of"
	// EventReported marks events told on someone's authority.
	EventReported = "volgens aldus naar_verluidt vermoedelijk zogenaamd allegedly kennelijk blijkbaar"
	// EventSpeech verbs report what their complement says.
	EventSpeech = "bekennen erkennen toegeven zeggen melden verklaren stellen beweren vertellen laten_weten aangeven schrijven bevestigen claimen meedelen rapporteren benadrukken denken menen vinden herhalen suggereren opmerken onthullen"
	// EventAlleged words present what they govern as a charge or
	// suspicion, told on someone's authority: "verdacht van afpersing".
	EventAlleged = "toeschrijven vermeend vermeende verdenken verdacht aanklagen aangeklaagd beschuldigen beschuldigd aanklacht verdenking beschuldiging"
	// EventObjectControl verbs give their object as the subject of their
	// te-infinitive: "verzocht Valkering zijn functie neer te leggen".
	EventObjectControl = "verzoeken vragen oproepen dwingen aansporen manen overhalen aanmoedigen uitnodigen toestaan verbieden helpen opdragen bevelen"
	// EventAgents are nouns for people and bodies that act; with the
	// agent suffixes (EventAgentSuffixes) they decide whether an unnamed
	// subject can be an event's actor ("de politie", not "het wapen").
	EventAgents        = "expert experts deskundige deskundigen advocaat advocaten sector politie justitie rechtbank hof kabinet regering gemeente leger ministerie man vrouw mensen mens kind jongen meisje ouders groep groepje partij bond vakbond vakbonden jury bestuur raad parlement kamer overheid staat land landen lidstaat lidstaten bisdom kerk omroep bedrijf club brigade dader daders schutter slachtoffer familie nabestaanden ouder organisatie organisaties stichting commissie deelnemer deelnemers coalitie oppositie rebellen troepen autoriteiten demonstranten betogers agenten agent officier soldaat soldaten militair militairen bisschop paus priester pastoor premier president minister leider burgemeester wethouder koning koningin"
	EventAgentSuffixes = "er ers aar aars ist isten ant anten eur eurs ier iers ling lingen ster sters aren ende enden air airen aris arissen ente entes"
	// EventPoliceWork verbs in the passive without an agent are done by
	// EventPolice: "is aangehouden".
	EventPoliceWork = "aanhouden arresteren oppakken opsluiten"
	EventPolice     = "de politie"
	// EventActiveAux forms of hebben make a participle active whatever the
	// parse says ("heeft de stichting benaderd"); with EventBeAux (zijn) a
	// participle is passive unless its verb takes zijn in the perfect
	// (EventUnaccusative, matched as the end of the lemma: "is afgetreden",
	// "zijn bijeengekomen").
	EventActiveAux    = "hebben heeft had hadden heb hebt"
	EventBeAux        = "zijn is was waren ben bent"
	EventUnaccusative = "komen gaan treden vallen lopen rukken vluchten keren stappen wijken reizen vliegen varen rijden sterven overlijden beginnen stoppen ontsnappen slagen blijven worden verschijnen groeien stijgen dalen"
	// EventDeny verbs negate their complement.
	EventDeny = "ontkennen"
	// EventMotion verbs are CONSULT triggers when they lead to a meeting.
	EventMotion = "reizen tuffen vliegen afreizen gaan komen rijden varen trekken"
	// EventPronouns refer back to a person.
	EventPronouns = "hij zij ze hem haar hen hun zijn die"
	// EventNeuter pronouns stand for a thing or a state of affairs, never
	// for whoever acts ("het is jammer dat er een beroep op ons wordt gedaan").
	EventNeuter = "het dit dat iets niets alles"
	// EventSourceCases mark where an event noun that comes (a motion verb)
	// comes from: "Kritiek kwam van de oppositie" is the opposition's.
	EventSourceCases = "van uit"
	// EventOrganisers are nouns for who sets an event up: the name given
	// with "de initiatiefnemer van de inzameling" does it.
	EventOrganisers = "initiatiefnemer initiatiefneemster initiatiefnemers organisator organisatoren organisatrice aanstichter aanstichters"
	// EventFirstPerson refers to the speaker inside a quote.
	EventFirstPerson = "ik wij we mij me ons"
	// EventRelative pronouns take the noun their clause modifies.
	EventRelative = "die dat wie welke wat"
	// EventQuantity nouns measure out the noun after them ("een reeks
	// kritiekpunten", "een golf van protesten"): an event noun there
	// plays the quantity noun's part in the clause.
	EventQuantity = "reeks serie aantal lijst golf stroom rij handvol tal resem"
	// EventObjectPronouns are never subjects ("en mij een maaltijd
	// aanbieden"): the parse's nsubj on them is an object.
	EventObjectPronouns = "mij me hem hen jou"
	// EventDemonstratives before one of EventOrgNouns point back to the
	// organisation last named ("Die partij riep op ..."); EventOrgNouns
	// name kinds of organisation, which with a definite article point back
	// to the organisation named last in the sentences before ("de
	// techreus": also as a compound's head).
	EventDemonstratives = "die deze"
	EventOrgNouns       = "partij organisatie bedrijf club stichting bond vakbond omroep krant ministerie gemeente groepering beweging groep concern onderneming keten reus brigade fabrikant"
	// EventCountryNouns, definite, stand for the country named last ("het
	// land").
	EventCountryNouns = "land"
)

// EventRoles are role nouns that, definite, refer to the article's main
// person ("de grote leider"); EventDefinite are the definite determiners.
const (
	EventRoles    = "leider president premier minister bisschop burgemeester wethouder koning koningin voorzitter directeur topman verdachte dictator pastoor priester dominee imam"
	EventDefinite = "de het deze die"
	// EventFutureTime words put a time expression ahead of the article.
	EventFutureTime = "komende volgende aanstaande binnenkort straks toekomstig toekomstige"
	// EventAuxiliaries are never triggers, whatever their tag.
	EventAuxiliaries = "worden werd werden wordt zijn is was waren ben hebben heeft had hadden heb zullen zal zou zouden kunnen kan kon konden moeten moet moest mogen mag mocht"
)

// EventTargetCases are prepositions whose object is the target, per type
// ("*" for all types): "type:prep,prep".
const EventTargetCases = "*:met,tegen,aan,op,tot CONSULT:met,bij COERCE:van ASSAULT:op,tegen SANCTION:tegen AID:aan,voor"

// EventActorCases are prepositions whose object is the actor of an event
// noun or a passive verb.
const EventActorCases = "door van"

// EventBetween prepositions name the parties of a meeting, agreement or
// conflict: the first acts, the second is the target.
const EventBetween = "tussen"

// Who does an event when the clause does not say, and which country
// acts.
const (
	// EventTypeAgents are the nouns for the doer of an event type
	// ("TYPE:noun,noun"): a shooting is the schutter's, a protest the
	// demonstranten's.
	EventTypeAgents = "ASSAULT:schutter,dader,aanslagpleger,moordenaar,terrorist,aanvaller,schutters,daders,aanvallers PROTEST:demonstranten,betogers,actievoerders,demonstrant,betoger,actievoerder"
	// EventHome is the country of the language's own news: "Amsterdam" in
	// Dutch news is the city, not the Dutch state.
	EventHome = "NL"
	// EventHomeGovernment nouns, with no country named with them, are the
	// home country's government, which the guide names by the country
	// ("het kabinet" → Nederland).
	EventHomeGovernment = "kabinet regering"
	// EventCollective nouns are one word for many, so "ze" may stand for
	// them ("Als de politie ... ziet rijden, manen ze ...").
	EventCollective = "politie"
	// EventImpose verbs impose a sanction named by their object ("de
	// rechtbank ... geen straf op te leggen"): whoever imposes it acts.
	EventImpose = "opleggen"
	// EventUndergo verbs have a subject that undergoes the event their
	// object names ("lijden onder mensenhandel", "een oorlog meemaken"):
	// the subject is its target, and no one in the clause its actor.
	EventUndergo = "lijden ondergaan meemaken doormaken"
	// EventCausative verbs with a reflexive make the infinitive passive
	// ("Ik laat me niet intimideren": no one named intimidates, the
	// subject is the target).
	EventCausative = "laten"
	// EventReflexive pronouns.
	EventReflexive = "me mij zich ons je jezelf mezelf zichzelf onszelf"
)

// Nouns that shape who is who around an event noun.
const (
	// EventInstitutions are bodies a person's name does not name: "de
	// rechtbank S." is the court with the defendant hung on it, not S.
	EventInstitutions = "rechtbank hof justitie politie kabinet regering gemeente ministerie parlement overheid raad commissie kamer senaat jury"
	// EventTrials are trials: a possessive on one names the defendant
	// ("zijn proces"), who is its target, not its actor.
	EventTrials = "proces rechtszaak strafzaak strafproces"
	// EventObjectOf nouns take their van-phrase as the target: "een
	// boycot van Decathlon" is aimed at Decathlon.
	EventObjectOf = "boycot blokkade"
	// EventPassiveAux are the auxiliaries of a passive: "werd door
	// bisschop Punt berispt".
	EventPassiveAux = "worden wordt werd werden geworden"
	// EventRegionAdjectives name a region that acts as one ("Europese
	// solidariteit": Europa), which the knowledge base has no demonym for.
	EventRegionAdjectives = "europese:Europa europees:Europa"
	// EventGroupOf nouns gather the people their van-phrase names, who
	// act as them ("een delegatie van ministers": the ministers).
	EventGroupOf = "delegatie vergadering bijeenkomst"
	// EventQuantifiers count a group without describing it ("enkele
	// ministers" are described as "ministers").
	EventQuantifiers = "enkele verscheidene diverse meerdere vele sommige"
	// EventContain verbs list a demand's content when a demand is their
	// subject ("De eisen omvatten een referendum"): the items are done by
	// the one asked.
	EventContain = "zijn omvatten bevatten behelzen betreffen"
	// EventAuthorities are the ones a demand is addressed to when it names
	// no one: a bare "de regering" in or just before its sentence.
	EventAuthorities = "regering kabinet overheid autoriteiten gemeente"
	// EventReverse verbs undo an earlier decision named by their object
	// ("vernietigde de veroordeling"): that decision is not the undoer's.
	EventReverse = "vernietigen herroepen terugdraaien casseren intrekken"
)
