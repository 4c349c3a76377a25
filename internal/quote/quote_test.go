package quote

import (
	"context"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/quote/polnear"
)

func doc(lang, text string, ents ...kroniek.Entity) *kroniek.Document {
	return &kroniek.Document{Article: kroniek.Article{ID: "t", Lang: lang, Text: text}, Entities: ents}
}

// Articles written for these tests.
func TestDirect(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string // "text|speaker|cue" of direct quotes
	}{
		{"curly after", "nl", "“Dit is meer dan een grap”, zegt onderzoeker Anna de Vries van de Universiteit Utrecht. Ze lacht.",
			[]string{"Dit is meer dan een grap|Anna de Vries|zeggen"}},
		{"dutch commas", "nl", "Jan Bakker woont in Delft. ,,We gaan morgen weer open,'' zegt Bakker.",
			[]string{"We gaan morgen weer open,|Jan Bakker|zeggen"}},
		{"separable", "nl", "Els Mol is bioloog. 'Mieren werken altijd samen in grote groepen', legt Mol uit.",
			[]string{"Mieren werken altijd samen in grote groepen|Els Mol|uitleggen"}},
		{"interrupted", "nl", "Piet Smit sprak de raad toe. \"Dit is\", zegt hij, \"meer dan dat.\"",
			[]string{"Dit is|Piet Smit|zeggen", "meer dan dat.|Piet Smit|zeggen"}},
		{"colon intro", "nl", "Kees Jansen is boos. Jansen: „Niemand heeft ons iets gevraagd.”",
			[]string{"Niemand heeft ons iets gevraagd.|Kees Jansen|"}},
		{"continuation", "en", "\"We will rebuild the bridge,\" said mayor Laura Stone. \"It will take two years and a lot of money.\"",
			[]string{"We will rebuild the bridge,|Laura Stone|say", "It will take two years and a lot of money.|Laura Stone|"}},
		{"pronoun", "en", "Tom Reed runs the bakery. \"Bread prices will go up again next month,\" he said.",
			[]string{"Bread prices will go up again next month,|Tom Reed|say"}},
		{"description", "nl", "\"De weg blijft de hele week dicht voor verkeer\", zegt een woordvoerder van de politie.",
			[]string{"De weg blijft de hele week dicht voor verkeer|een woordvoerder van de politie|zeggen"}},
		{"scare quotes and titles", "nl", "Het bedrijf zegt dat het de prijs 'hoort' te verdienen. Ze keken naar de film 'Titanic'.",
			nil},
		{"guillemets", "nl", "«Wij blijven gewoon open tot de zomer», aldus eigenaar Mark Veld.",
			[]string{"Wij blijven gewoon open tot de zomer|Mark Veld|aldus"}},
		{"two apostrophes", "en", "''We will not sell the farm,'' said Tom Hardy, a farmer.",
			[]string{"We will not sell the farm,|Tom Hardy|say"}},
		{"parenthesis and apposition", "en", "\"The vote is close,\" Rep. Ann Lee (D-Ore.), a member of the panel, said Friday.",
			[]string{"The vote is close,|Ann Lee|say"}},
		{"colon across a paragraph", "en", "Mayor Dan Cole spoke last.\n\nHe said:\n\n\"We open the bridge on Monday.\"",
			[]string{"We open the bridge on Monday.|Dan Cole|say"}},
		{"aldus in the next sentence", "nl", "Op de borden staat 'Wonen in het mooiste deel van de stad'. Aldus een projectontwikkelaar.",
			[]string{"Wonen in het mooiste deel van de stad|een projectontwikkelaar|aldus"}},
		{"a quote about the person named", "nl", "Els Mol is advocaat. ,,Ik verdedig hem graag,'' zegt Mol. Piet Vos zat stil. ,,Hij weet niet wat hem overkomt.''",
			[]string{"Ik verdedig hem graag,|Els Mol|zeggen", "Hij weet niet wat hem overkomt.|Els Mol|"}},
		{"pronoun for an indefinite description", "nl", "Kim de Wit schrijft deze column. Ik sprak gisteren een leraar van groep 5. Zij zei: ,,Buiten leren de kinderen meer dan binnen.''",
			[]string{"Buiten leren de kinderen meer dan binnen.|een leraar van groep 5|zeggen"}},
		{"conjunction after a quote", "en", "Ann Ray runs the shop. She said \"prices must rise,\" though her son noted otherwise.",
			[]string{"prices must rise,|Ann Ray|say"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Find(doc(tt.lang, tt.text)) {
				if q.Kind == kroniek.Direct {
					got = append(got, q.Text+"|"+string(q.SpeakerName)+"|"+string(q.Cue))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestEntityLink(t *testing.T) {
	text := "Remco Breuker is hoogleraar. “Dit is meer dan een beleefdheidsvisite”, zegt Breuker."
	d := doc("nl", text, kroniek.Entity{ID: "e1", Type: kroniek.PER, Name: "Remco Breuker",
		Mentions: []kroniek.Mention{{Start: 0, End: 13, Text: "Remco Breuker"}, {Start: strings.LastIndex(text, "Breuker"), End: len(text) - 1, Text: "Breuker"}}})
	qs := Find(d)
	if len(qs) != 1 || qs[0].Speaker != "e1" || qs[0].SpeakerName != "Remco Breuker" {
		t.Fatalf("got %+v", qs)
	}
}

// A quote continuing after a pair as subject goes to the pair, by the
// fullest form the article gives.
func TestGroupSpeaker(t *testing.T) {
	text := "De hond is terug bij Sanne en Joris Mulder. ,,We zochten overal,'' zegt Sanne. Joris en Sanne wachtten jaren. ,,We gaven de hoop bijna op.''"
	men := func(name string, from int) kroniek.Mention {
		i := from + strings.Index(text[from:], name)
		return kroniek.Mention{Start: i, End: i + len(name), Text: name}
	}
	mid := strings.Index(text, "Joris en")
	d := doc("nl", text,
		kroniek.Entity{ID: "e1", Type: kroniek.PER, Name: "Sanne", Mentions: []kroniek.Mention{men("Sanne", 0), men("Sanne", mid+10), men("Sanne", mid)}},
		kroniek.Entity{ID: "e2", Type: kroniek.PER, Name: "Joris Mulder", Mentions: []kroniek.Mention{men("Joris Mulder", 0), men("Joris", mid)}})
	qs := Find(d)
	var got []string
	for _, q := range qs {
		got = append(got, string(q.SpeakerName))
	}
	if want := []string{"Sanne Mulder", "Sanne en Joris Mulder"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("speakers %q, want %q", got, want)
	}
}

func TestIndirect(t *testing.T) {
	tests := []struct{ lang, text, source, cue string }{
		{"nl", "Volgens de brandweer was het vuur snel onder controle.", "de brandweer", "volgens"},
		{"nl", "De gemeente bevestigt dat de markt volgend jaar verhuist.", "De gemeente", "bevestigen"},
		{"en", "According to the police, the driver was not hurt.", "the police", "according to"},
		{"en", "Anna Berg said that the school would reopen on Monday.", "Anna Berg", "say"},
	}
	for _, tt := range tests {
		qs := Find(doc(tt.lang, tt.text))
		if len(qs) != 1 || qs[0].Kind != kroniek.Indirect || string(qs[0].SpeakerName) != tt.source || string(qs[0].Cue) != tt.cue {
			t.Errorf("%q: got %+v", tt.text, qs)
		}
	}
}

func TestStageRejectsCodePoints(t *testing.T) {
	d := doc("nl", "tekst")
	d.Offsets = kroniek.CodePoints
	if err := (Stage{}).Annotate(context.Background(), d); err == nil {
		t.Fatal("want an error for code point offsets")
	}
}

// FuzzFind checks that any text yields quotes with valid byte offsets whose
// text is the slice they name.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“Dit is”, zegt hij, “meer dan dat.”", ",,Ja'', aldus Kim.", "'s avonds 't 'n '90 'hoort'", "\"open",
		"He said: \"no\n\nmore\"", "„x“ «y» ‚z‘ ‘w’", "Volgens X, y.", "", "\"\"\"''',,,",
	} {
		f.Add(s, "nl")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, q := range Find(doc(lang, s)) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote %+v in %q", q, s)
			}
			if q.CueEnd != 0 && (q.CueStart < 0 || q.CueEnd > len(s) || q.CueStart > q.CueEnd) {
				t.Fatalf("bad cue %+v in %q", q, s)
			}
		}
	})
}

// FuzzParsePolNeAR feeds arbitrary brat standoff to the reader.
func FuzzParsePolNeAR(f *testing.F) {
	f.Add("T1\tSource 0 3\tBob\nT2\tCue 4 8\tsaid\nT3\tContent 9 20;21 25\tx\nE1\tAttribution:T2 Source:T1 Content:T3\n")
	f.Add("E1\tSource:T9\n")
	f.Add("T1\tCue x y\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		as, err := polnear.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, a := range as {
			for _, sp := range append(append(a.Source, a.Cue...), a.Content...) {
				if sp.Start < 0 || sp.End < sp.Start {
					t.Fatalf("bad span %+v", sp)
				}
			}
		}
	})
}

// largeArticle builds a long article of its own: many people, quotes of
// every style, attributions before, after and missing.
func largeArticle(n int) string {
	var b strings.Builder
	first := []string{"Anna", "Piet", "Joris", "Maria", "Kees", "Sanne", "Ruud", "Eva"}
	last := []string{"de Vries", "Bakker", "Jansen", "van Dijk", "Smit", "Mulder", "de Boer", "Visser"}
	for i := 0; i < n; i++ {
		f, l := first[i%len(first)], last[(i/3)%len(last)]
		b.WriteString(f + " " + l + " werkt bij de gemeente Utrecht. ")
		b.WriteString("„We gaan de weg in het voorjaar opnieuw aanleggen”, zegt " + l + ". ")
		b.WriteString(",,Het duurt zeker drie maanden en het kost veel geld.'' Volgens de wethouder is dat nodig. ")
		b.WriteString("Hij noemde het 'een flinke klus'. \"Niemand wil dit\", zegt een woordvoerder van de politie, \"maar het moet.\"\n\n")
	}
	return b.String()
}

func BenchmarkFindLarge(b *testing.B) {
	text := largeArticle(1000) // about 300 KB
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(doc("nl", text))
	}
}

func BenchmarkFindArticle(b *testing.B) {
	text := largeArticle(8) // about 2.5 KB, a news article
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(doc("nl", text))
	}
}
