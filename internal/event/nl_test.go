package event

import (
	"context"
	"testing"

	"kroniek"
)

// TestDutchActors holds the Dutch actor rules of the events-nl round, on
// sentences written for these tests (kept apart from TestEvents so that
// the two languages' rounds do not edit the same table).
func TestDutchActors(t *testing.T) {
	tests := []struct {
		name                       string
		doc                        func() *kroniek.Document
		typ, actor, target, factua string
		trigger                    string // the event's trigger when the type has several; "" takes the last
	}{
		{"nl the recipient of aid is its target, not what is given", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "levert leveren VERB 0 root", "wapens wapen NOUN 2 obj", "aan aan ADP 5 case",
				"Polen Polen PROPN 2 obl", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			entity(d, "e2", "LOC", "Polen", "Polen")
			return d
		}, "AID", "Piet Jansen", "Polen", kroniek.Asserted, ""},
		{"nl of two target phrases with one preposition the named one is the party", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "hoopt hopen VERB 0 root", "te te ADP 4 mark", "verdienen verdienen VERB 2 xcomp",
				"aan aan ADP 7 case", "de de DET 7 det", "handel handel NOUN 11 obl", "door door ADP 9 case", "wapens wapen NOUN 11 obl",
				"te te ADP 11 mark", "leveren leveren VERB 4 xcomp", "aan aan ADP 13 case", "Polen Polen PROPN 11 obl", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			entity(d, "e2", "LOC", "Polen", "Polen")
			return d
		}, "AID", "Piet Jansen", "Polen", kroniek.Hypothetical, "leveren"},
		{"nl a neuter pronoun stands for no one", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "sprak spreken VERB 0 root", ". . PUNCT 2 punct",
				"Het het PRON 3 nsubj", "is zijn AUX 3 cop", "jammer jammer ADJ 0 root", ": : PUNCT 9 punct", "er er ADV 9 advmod",
				"wordt worden AUX 9 aux:pass", "een een DET 8 det", "beroep beroep NOUN 9 obj", "gedaan doen VERB 3 conj", ". . PUNCT 3 punct")
			split(d, 3)
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "REQUEST", "", "", kroniek.Asserted, ""},
		{"nl an object-control verb right before a te-infinitive hung elsewhere gives its van phrase as the doer", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "schreef schrijven VERB 0 root", "een een DET 4 det", "boek boek NOUN 2 obj", ". . PUNCT 2 punct",
				"Smit Smit PROPN 2 nsubj", "besloot besluiten VERB 0 root", "van van ADP 4 case", "hem hem PRON 6 obl", "te te ADP 6 mark",
				"vragen vragen VERB 2 xcomp", "zijn zijn PRON 8 nmod:poss", "ambt ambt NOUN 11 obj", "neer neer ADV 11 advmod", "te te ADP 11 mark",
				"leggen neer_leggen VERB 2 advcl", ". . PUNCT 2 punct")
			split(d, 5)
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			entity(d, "e2", "PER", "Jan Smit", "Smit")
			return d
		}, "CONCEDE", "Piet Jansen", "ambt", kroniek.Asserted, ""},
		{"nl a relative pronoun agrees with the noun right before it, not with the one the parse hung it on", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"Het het PRON 2 nsubj", "tekent tekenen VERB 0 root", "het het DET 4 det", "gebrek gebrek NOUN 2 obj", "van van ADP 7 case",
				"de de DET 7 det", "gemeenten gemeente NOUN 4 nmod", ", , PUNCT 12 punct", "die die PRON 12 nsubj", "niet niet ADV 12 advmod",
				"in in ADP 12 case", "staat staan VERB 4 acl", "zijn zijn AUX 12 cop", "geweest zijn AUX 12 cop", "de de DET 16 det",
				"ouderen oudere NOUN 18 obj", "te te ADP 18 mark", "helpen helpen VERB 12 acl", ". . PUNCT 2 punct")
		}, "AID", "de gemeenten", "de ouderen", kroniek.Negated, ""},
		{"nl the name given with the organiser of an event does it", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Dat dat PRON 2 nsubj", "schrijft schrijven VERB 0 root", "de de DET 4 det", "organisator organisator NOUN 2 obj", "van van ADP 7 case",
				"de de DET 7 det", "inzameling inzameling NOUN 4 nmod", ", , PUNCT 9 punct", "Jansen Jansen PROPN 7 appos", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "AID", "Piet Jansen", "", kroniek.Reported, ""},
		{"nl the name after the organiser phrase's comma does the event wherever the parse hung it", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Dat dat PRON 2 nsubj", "schrijft schrijven VERB 0 root", "de de DET 4 det", "organisator organisator NOUN 2 obj", "van van ADP 7 case",
				"de de DET 7 det", "inzameling inzameling NOUN 4 nmod", ", , PUNCT 9 punct", "Jansen Jansen PROPN 2 parataxis", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "AID", "Piet Jansen", "", kroniek.Reported, ""},
		{"nl an event without an actor takes the one of the same word's event in the next sentence", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Het het DET 2 det", "plan plan NOUN 3 nsubj", "hing hangen VERB 0 root", "af af ADP 3 compound:prt", "van van ADP 6 case",
				"aanbiedingen aanbieding NOUN 3 obl", ". . PUNCT 3 punct",
				"Bewoners bewoner NOUN 2 nsubj", "boden aan_bieden VERB 0 root", "hem hem PRON 2 iobj", "een een DET 5 det", "bed bed NOUN 2 obj",
				"aan aan ADP 2 compound:prt", ". . PUNCT 2 punct")
			return split(d, 7)
		}, "AID", "Bewoners", "", kroniek.Asserted, "aanbiedingen"},
		{"nl a comma splice hung on one verb: the modal after the comma and a second subject is not the event noun's", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 2 det", "beveiliging beveiliging NOUN 10 nsubj", "zal zullen AUX 10 aux", "streng streng ADJ 10 advcl",
				"zijn zijn AUX 4 cop", ", , PUNCT 10 punct", "je je PRON 10 nsubj", "moet moeten AUX 10 aux", "vooral vooral ADV 10 advmod",
				"rekenen rekenen VERB 0 root", "op op ADP 12 case", "agenten agent NOUN 10 obl", ". . PUNCT 10 punct")
		}, "MOBILIZE", "", "", kroniek.Planned, "beveiliging"},
		{"nl the nominal right after om is no subject", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 2 det", "afspraken afspraak NOUN 7 obj", "om om ADP 7 mark", "burgers burger NOUN 7 nsubj", "te te ADP 6 mark",
				"helpen helpen VERB 4 acl", "strandden stranden VERB 0 root", ". . PUNCT 7 punct")
		}, "AGREE", "", "", kroniek.Asserted, "afspraken"},
		// Rules for the joint parser with clause features (ninth session):
		// the same sentences in the shapes that parser gives them.
		{"nl a target phrase right after the verb that the parse hung on the verb above is the verb's", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"De de DET 2 det", "leider leider NOUN 3 nsubj", "hoopt hopen VERB 0 root", "te te ADP 5 mark",
				"verdienen verdienen VERB 3 ccomp", "door door ADP 7 case", "wapens wapen NOUN 5 obl", "te te ADP 9 mark",
				"leveren leveren VERB 5 advcl", "aan aan ADP 11 case", "Rusland Rusland PROPN 5 obl", ". . PUNCT 3 punct")
			entity(d, "e1", "LOC", "Rusland", "Rusland")
			return d
		}, "AID", "De leider", "Rusland", kroniek.Hypothetical, ""},
		{"nl a target phrase after the verb hung on a verb that does not govern it stays there", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Ze ze PRON 2 nsubj", "leverden leveren VERB 0 root", "wapens wapen NOUN 2 obj", "en en CCONJ 5 cc",
				"dachten denken VERB 2 conj", "aan aan ADP 7 case", "Rusland Rusland PROPN 5 obl", ". . PUNCT 2 punct")
			entity(d, "e1", "LOC", "Rusland", "Rusland")
			return d
		}, "AID", "", "wapens", kroniek.Asserted, ""},
		{"nl the future auxiliary right after an event noun the parse hung on no verb makes it planned", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 2 det", "beveiliging beveiliging NOUN 4 parataxis", "zal zullen AUX 4 parataxis", "streng streng ADJ 0 root",
				"zijn zijn AUX 4 cop", ", , PUNCT 10 punct", "je je PRON 10 nsubj", "moet moeten AUX 10 aux", "vooral vooral ADV 10 advmod",
				"rekenen rekenen VERB 4 csubj", "op op ADP 12 case", "agenten agent NOUN 10 obl", ". . PUNCT 4 punct")
		}, "MOBILIZE", "", "", kroniek.Planned, "beveiliging"},
		{"nl a relative pronoun after a comma with its verb at the clause end stands for the noun before the comma", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "vertelt vertellen VERB 0 root", "hoe hoe ADV 5 advmod", "de de DET 5 det",
				"demonstranten demonstrant NOUN 2 obj", ", , PUNCT 11 punct", "die die PRON 11 nsubj", "de de DET 9 det", "agenten agent NOUN 11 obj",
				"gisteren gisteren ADV 11 advmod", "ontmoetten ontmoeten VERB 2 advcl", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "CONSULT", "de demonstranten", "de agenten", kroniek.Reported, ""},
		{"nl a demonstrative after a comma with its verb right after it is no relative pronoun: the person named before", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "belde bellen VERB 0 root", "de de DET 4 det", "boeren boer NOUN 2 obj",
				", , PUNCT 7 punct", "die die PRON 7 nsubj", "ontmoetten ontmoeten VERB 2 parataxis", "de de DET 9 det",
				"vissers visser NOUN 7 obj", ". . PUNCT 2 punct")
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "CONSULT", "Piet Jansen", "de vissers", kroniek.Asserted, ""},
		{"nl a van phrase right before the object-control verb names the doer where the parse hung it elsewhere", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "schreef schrijven VERB 0 root", "een een DET 4 det", "boek boek NOUN 2 obj", ". . PUNCT 2 punct",
				"Smit Smit PROPN 2 nsubj", "kan kunnen AUX 2 aux", "niet niet ADV 2 advmod", "anders anders ADJ 0 root", "dan dan SCONJ 7 mark",
				"van van ADP 7 case", "hem hem PRON 4 advcl", "te te ADP 9 mark", "vragen vragen VERB 4 advcl", "zijn zijn PRON 11 nmod:poss",
				"ambt ambt NOUN 14 obj", "neer neer ADV 14 advmod", "te te ADP 14 mark", "leggen neer_leggen VERB 4 csubj", ". . PUNCT 4 punct")
			split(d, 5)
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			entity(d, "e2", "PER", "Jan Smit", "Smit")
			return d
		}, "CONCEDE", "Piet Jansen", "ambt", kroniek.Asserted, ""},
		{"nl an event noun the parse hung as parataxis on the verb before it is the verb's object", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 3 det", "drie drie NUM 3 nummod", "landen land NOUN 4 nsubj", "plaatsten plaatsen VERB 0 root",
				"( ( PUNCT 6 punct", "Nederland Nederland PROPN 4 parataxis", ", , PUNCT 8 punct", "België België PROPN 6 conj",
				") ) PUNCT 6 punct", "een een DET 11 det", "reeks reeks NOUN 4 obj", "kritiekpunten kritiekpunt NOUN 4 parataxis",
				"bij bij ADP 15 case", "het het DET 15 det", "akkoord akkoord NOUN 12 nmod", ". . PUNCT 4 punct")
		}, "ACCUSE", "De drie landen", "", kroniek.Asserted, "kritiekpunten"},
		{"nl a te-infinitive the parse hung as acl on a verb past a nearer verb belongs to the nearer one", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"Het het PRON 2 nsubj", "tekent tekenen VERB 0 root", "het het DET 4 det", "gebrek gebrek NOUN 2 obj", "van van ADP 7 case",
				"de de DET 7 det", "gemeenten gemeente NOUN 4 nmod", ", , PUNCT 12 punct", "die die PRON 12 nsubj", "niet niet ADV 12 advmod",
				"in in ADP 12 case", "staat staan VERB 7 acl", "zijn zijn AUX 2 aux", "geweest zijn AUX 2 cop", "de de DET 16 det",
				"ouderen oudere NOUN 18 obj", "te te ADP 18 mark", "helpen helpen VERB 2 acl", ". . PUNCT 2 punct")
		}, "AID", "de gemeenten", "de ouderen", kroniek.Negated, ""},
		{"nl a te-infinitive hung as acl on a verb keeps it when a comma ends the nearer verb's clause", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 2 det", "raad raad NOUN 3 nsubj", "besloot besluiten VERB 0 root", ", , PUNCT 7 punct", "omdat omdat SCONJ 7 mark",
				"niemand niemand PRON 7 nsubj", "kwam komen VERB 3 advcl", ", , PUNCT 12 punct", "de de DET 10 det",
				"ouderen oudere NOUN 12 obj", "te te ADP 12 mark", "helpen helpen VERB 3 acl", ". . PUNCT 3 punct")
		}, "AID", "De raad", "de ouderen", kroniek.Asserted, ""},
		{"nl a target phrase right after an event noun that the parse hung on the noun's verb is the noun's", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"Het het DET 2 det", "besluit besluit NOUN 3 nsubj", "valt vallen VERB 0 root", "na na ADP 5 case",
				"overleg overleg NOUN 3 obl", "met met ADP 8 case", "de de DET 8 det", "vakbonden vakbond NOUN 3 obl", ". . PUNCT 3 punct")
		}, "CONSULT", "", "de vakbonden", kroniek.Asserted, "overleg"},
		{"nl a subject the parse made the object: the verb's other object is the target", func() *kroniek.Document {
			d := sentence("nl", "2024-01-10",
				"Jansen Jansen PROPN 2 nsubj", "belde bellen VERB 0 root", ". . PUNCT 2 punct",
				"De de DET 2 det", "agent agent NOUN 3 obj", "vroeg vragen VERB 0 root", "hem hem PRON 3 iobj", "om om ADP 8 mark",
				"te te ADP 8 mark", "vertrekken vertrekken VERB 3 ccomp", ". . PUNCT 3 punct")
			split(d, 3)
			entity(d, "e1", "PER", "Piet Jansen", "Jansen")
			return d
		}, "REQUEST", "De agent", "Piet Jansen", kroniek.Asserted, "vroeg"},
		{"nl an event noun as parataxis after a comma is a clause of its own", func() *kroniek.Document {
			return sentence("nl", "2024-01-10",
				"De de DET 2 det", "landen land NOUN 3 nsubj", "zwegen zwijgen VERB 0 root", ", , PUNCT 5 punct",
				"kritiek kritiek NOUN 3 parataxis", "bleef blijven VERB 5 acl", "uit uit ADP 6 compound:prt", ". . PUNCT 3 punct")
		}, "ACCUSE", "", "", kroniek.Asserted, "kritiek"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvent(t, tc.doc(), tc.typ, tc.trigger, tc.actor, tc.target, tc.factua)
		})
	}
}

// TestDutchStrandedParticle: a separable particle at the end of its clause
// completes the verb even where the parse hung it elsewhere, but not a word
// that heads a phrase or one followed by more of the clause.
func TestDutchStrandedParticle(t *testing.T) {
	tests := []struct {
		name  string
		rows  []string
		event bool // an ASSAULT on "brachten"
	}{
		{"particle hung on the full stop", []string{
			"Soldaten soldaat NOUN 2 nsubj", "brachten brengen VERB 0 root", "de de DET 4 det", "gevangenen gevangene NOUN 2 obj",
			"om om ADP 11 mark", ", , PUNCT 5 punct", "kort kort ADJ 9 amod", "na na ADP 9 case", "de de DET 9 det", "val val NOUN 11 obj",
			". . PUNCT 2 punct"}, true},
		{"particle the parse hung on the verb as an adverb", []string{
			"Soldaten soldaat NOUN 2 nsubj", "brachten brengen VERB 0 root", "de de DET 4 det", "gevangenen gevangene NOUN 2 obj",
			"om om ADV 2 advmod", ". . PUNCT 2 punct"}, true},
		{"the clause goes on with a verb", []string{
			"Soldaten soldaat NOUN 2 nsubj", "brachten brengen VERB 0 root", "de de DET 4 det", "gevangenen gevangene NOUN 2 obj",
			"om om ADP 7 mark", "te te ADP 7 mark", "helpen helpen VERB 2 advcl", ". . PUNCT 2 punct"}, false},
		{"the word heads a phrase", []string{
			"Soldaten soldaat NOUN 2 nsubj", "brachten brengen VERB 0 root", "de de DET 4 det", "gevangenen gevangene NOUN 2 obj",
			"om om ADV 2 advmod", "het het DET 7 det", "hoekje hoekje NOUN 5 obl", ". . PUNCT 2 punct"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := sentence("nl", "2024-01-10", tc.rows...)
			if err := (Stage{}).Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, e := range doc.Events {
				if e.Type == "ASSAULT" && e.Trigger.Text == "brachten" {
					got = true
				}
			}
			if got != tc.event {
				t.Errorf("ASSAULT on brachten: %v, want %v (%+v)", got, tc.event, doc.Events)
			}
		})
	}
}
