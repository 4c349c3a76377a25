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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tc.doc()
			if err := (Stage{}).Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var ev *kroniek.Event
			for k := range doc.Events {
				if doc.Events[k].Type == tc.typ && (tc.trigger == "" || doc.Events[k].Trigger.Text == tc.trigger) {
					ev = &doc.Events[k]
				}
			}
			if ev == nil {
				t.Fatalf("no %s event in %+v", tc.typ, doc.Events)
			}
			if string(ev.ActorName) != tc.actor || string(ev.TargetName) != tc.target || ev.Factuality != tc.factua {
				t.Errorf("got actor %q target %q factuality %q, want %q %q %q", ev.ActorName, ev.TargetName, ev.Factuality, tc.actor, tc.target, tc.factua)
			}
		})
	}
}
