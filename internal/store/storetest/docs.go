// Package storetest is the conformance suite every store.Store backend
// runs: call Run from the backend's tests with a function that opens a
// fresh, empty store.
package storetest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

// builder makes small documents by hand, with code point offsets found by
// searching the text, so that tests read like the facts they state. The
// articles are written for these tests.
type builder struct {
	doc *kroniek.Document
}

func newDoc(id, lang, published, title, text string) *builder {
	d := &kroniek.Document{Article: kroniek.Article{ID: id, Lang: lang, Published: published, Title: title, Text: text},
		Sentences: []kroniek.Sentence{}, Entities: []kroniek.Entity{}, Quotes: []kroniek.Quote{}, Times: []kroniek.Time{},
		Places: []kroniek.Place{}, Events: []kroniek.Event{}, Diagnostics: []kroniek.Diagnostic{}, Offsets: kroniek.CodePoints}
	b := &builder{doc: d}
	b.tokens()
	return b
}

// cp returns the code point span of the nth (0-based) occurrence of sub.
func (b *builder) cp(sub string, nth int) kroniek.Span {
	text := b.doc.Text
	off := 0
	for ; nth >= 0; nth-- {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic("storetest: " + sub + " not in " + b.doc.ID) // test data error
		}
		off += i
		if nth > 0 {
			off += len(sub)
		}
	}
	s := utf8.RuneCountInString(text[:off])
	return kroniek.Span{Start: s, End: s + utf8.RuneCountInString(sub)}
}

// tokens splits the text into words and punctuation with code point
// offsets, one sentence per full stop.
func (b *builder) tokens() {
	d := b.doc
	start, cp, sent, sentStart := -1, 0, 0, 0
	flush := func(end int) {
		if start >= 0 {
			d.Tokens = append(d.Tokens, kroniek.Token{Start: start, End: end, Sent: sent})
			start = -1
		}
	}
	for _, r := range d.Text {
		switch {
		case unicode.IsSpace(r):
			flush(cp)
		case unicode.IsPunct(r) && r != '-':
			flush(cp)
			d.Tokens = append(d.Tokens, kroniek.Token{Start: cp, End: cp + 1, Sent: sent})
			if r == '.' {
				d.Sentences = append(d.Sentences, kroniek.Sentence{Start: sentStart, End: cp + 1})
				sent++
				sentStart = cp + 2
			}
		default:
			if start < 0 {
				start = cp
			}
		}
		cp++
	}
	flush(cp)
}

// lemma sets the lemma of every token whose form is form.
func (b *builder) lemma(form, lemma string) *builder {
	runes := []rune(b.doc.Text)
	for i := range b.doc.Tokens {
		t := &b.doc.Tokens[i]
		if string(runes[t.Start:t.End]) == form {
			t.Lemma = lemma
		}
	}
	return b
}

// entity adds an entity with a mention at every occurrence of each surface
// form.
func (b *builder) entity(id, typ, name, kb string, surfaces ...string) *builder {
	e := kroniek.Entity{ID: id, Type: typ, Name: name, KB: kroniek.Opt(kb)}
	for _, s := range surfaces {
		for nth := 0; nth < strings.Count(b.doc.Text, s); nth++ {
			sp := b.cp(s, nth)
			overlaps := false
			for _, m := range e.Mentions {
				overlaps = overlaps || (kroniek.Span{Start: m.Start, End: m.End}).Overlaps(sp)
			}
			if !overlaps {
				e.Mentions = append(e.Mentions, kroniek.Mention{Start: sp.Start, End: sp.End, Text: s})
			}
		}
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return b
}

func (b *builder) quote(text, speaker, speakerName, cue string) *builder {
	sp := b.cp(text, 0)
	q := kroniek.Quote{Start: sp.Start, End: sp.End, Text: text, Kind: kroniek.Direct, Speaker: kroniek.Opt(speaker),
		SpeakerName: kroniek.Opt(speakerName), Cue: kroniek.Opt(cue)}
	if cue != "" && strings.Contains(b.doc.Text, cue) {
		c := b.cp(cue, 0)
		q.CueStart, q.CueEnd = c.Start, c.End
	}
	b.doc.Quotes = append(b.doc.Quotes, q)
	return b
}

func (b *builder) time(text, typ, value string) *builder {
	sp := b.cp(text, 0)
	b.doc.Times = append(b.doc.Times, kroniek.Time{Start: sp.Start, End: sp.End, Text: text, Type: typ, Value: value})
	return b
}

func (b *builder) place(text, entity, name, country string, lat, lon float64, geonames int) *builder {
	sp := b.cp(text, 0)
	b.doc.Places = append(b.doc.Places, kroniek.Place{Start: sp.Start, End: sp.End, Text: text, Entity: entity, Name: name,
		Country: country, Lat: lat, Lon: lon, GeoNames: geonames})
	return b
}

func (b *builder) event(typ, trigger, actor, actorName, target, targetName, factuality string, place, tm *int) *builder {
	sp := b.cp(trigger, 0)
	b.doc.Events = append(b.doc.Events, kroniek.Event{Type: typ, Trigger: kroniek.Mention{Start: sp.Start, End: sp.End, Text: trigger},
		Actor: kroniek.Opt(actor), ActorName: kroniek.Opt(actorName), Target: kroniek.Opt(target), TargetName: kroniek.Opt(targetName),
		Place: place, Time: tm, Factuality: factuality})
	return b
}

func ptr(i int) *int { return &i }

// Corpus returns the suite's articles: three in Dutch, two in English, one
// with markup and SQL metacharacters in every field.
func Corpus() []*kroniek.Document {
	return []*kroniek.Document{
		newDoc("nl-1", "nl", "2023-09-05", "Kim reist naar Vladivostok",
			"Kim Jong-un ontmoette Poetin in Vladivostok. Volgens Remco Breuker is dit ,,meer dan een beleefdheidsvisite”, zei hij dinsdag.").
			lemma("ontmoette", "ontmoeten").lemma("zei", "zeggen").lemma("reist", "reizen").
			entity("e1", kroniek.PER, "Kim Jong-un", "Q56226", "Kim Jong-un").
			entity("e2", kroniek.PER, "Vladimir Poetin", "Q7747", "Poetin").
			entity("e3", kroniek.LOC, "Vladivostok", "Q959", "Vladivostok").
			entity("e4", kroniek.PER, "Remco Breuker", "", "Remco Breuker").
			quote("meer dan een beleefdheidsvisite", "e4", "Remco Breuker", "zei").
			time("dinsdag", kroniek.DATE, "2023-09-05").
			place("Vladivostok", "e3", "Vladivostok", "RU", 43.12, 131.89, 2013348).
			event("CONSULT", "ontmoette", "e1", "Kim Jong-un", "e2", "Vladimir Poetin", kroniek.Asserted, ptr(0), ptr(0)).doc,
		newDoc("nl-2", "nl", "2023-09-13", "Poetin en Kim in Rusland",
			"Poetin zal Kim Jong Un ontmoeten in Rusland, meldt het Kremlin. Breuker: ,,Dit is uitzonderlijk.”").
			lemma("meldt", "melden").
			entity("e1", kroniek.PER, "Poetin", "Q7747", "Poetin").
			entity("e2", kroniek.PER, "Kim Jong Un", "Q56226", "Kim Jong Un").
			entity("e3", kroniek.LOC, "Rusland", "Q159", "Rusland").
			entity("e4", kroniek.ORG, "Kremlin", "", "Kremlin").
			entity("e5", kroniek.PER, "Breuker", "", "Breuker").
			quote("Dit is uitzonderlijk.", "", "Breuker", "").
			place("Rusland", "e3", "Russia", "RU", 61.5, 105.3, 2017370).
			event("CONSULT", "ontmoeten", "e1", "Poetin", "e2", "Kim Jong Un", kroniek.Planned, ptr(0), nil).doc,
		newDoc("nl-3", "nl", "2023-10-02", "Remco Breuker over Noord-Korea",
			"De Leidse hoogleraar Remco Breuker zegt dat Noord-Korea de grens opent. Het Kremlin zwijgt.").
			lemma("zegt", "zeggen").lemma("opent", "openen").
			entity("e1", kroniek.PER, "Remco Breuker", "", "Remco Breuker").
			entity("e2", kroniek.LOC, "Noord-Korea", "Q423", "Noord-Korea").
			entity("e3", kroniek.ORG, "Kremlin", "", "Kremlin").
			place("Noord-Korea", "e2", "North Korea", "KP", 40.0, 127.0, 1873107).doc,
		newDoc("en-1", "en", "2023-09-14", "Putin meets Kim",
			"Vladimir Putin met Kim Jong-un at a spaceport in Russia on Wednesday. \"We will help\", Putin said.").
			lemma("met", "meet").lemma("said", "say").
			entity("e1", kroniek.PER, "Vladimir Putin", "Q7747", "Vladimir Putin", "Putin").
			entity("e2", kroniek.PER, "Kim Jong-un", "Q56226", "Kim Jong-un").
			entity("e3", kroniek.LOC, "Russia", "Q159", "Russia").
			quote("We will help", "e1", "Vladimir Putin", "said").
			time("Wednesday", kroniek.DATE, "2023-09-13").
			place("Russia", "e3", "Russia", "RU", 61.5, 105.3, 2017370).
			event("CONSULT", "met", "e1", "Vladimir Putin", "e2", "Kim Jong-un", kroniek.Asserted, ptr(0), ptr(0)).doc,
		newDoc("en-2", "en", "2022-01", "Markets",
			"The Kremlin said little about the markets in January.").
			entity("e1", kroniek.ORG, "Kremlin", "", "Kremlin").
			time("January", kroniek.DATE, "2022-01").doc,
		newDoc(`x-3'; DROP TABLE articles; --`, "en", "2021-05-01", `<script>alert("x")</script> O'Brien's "quote" 100% _done_`,
			`<script>alert('x')</script> Robert'); DROP TABLE articles;-- met O'Brien at 100% of "capacity" with a_b and \ backslash.`).
			entity("e1", kroniek.PER, `O'Brien`, "", `O'Brien`).
			entity("e2", kroniek.PER, `Robert'); DROP TABLE articles;--`, "", `Robert'); DROP TABLE articles;--`).
			quote(`capacity`, "e1", `O'Brien`, "").doc,
	}
}
