// Package apitest builds a small annotated collection in a temporary
// SQLite store for tests of the API and the web UI. The articles are
// written for these tests; annotations are made by finding the annotated
// words in the text, so offsets are right by construction (code points).
package apitest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/store/sqlite"
)

// Evil is text that must come out escaped everywhere.
const (
	EvilScript = `<script>alert("xss")</script>`
	EvilSQL    = `Robert'); DROP TABLE articles;--`
	EvilImg    = `<img src=x onerror=alert(1)>`
)

// IDs of the fixture articles.
const (
	ArticleNL   = "test-nl-1"
	ArticleEN   = "test-en-1"
	ArticleEN2  = "test-en-2"
	ArticleEvil = "test-evil-1"
)

// cp returns the code point span of the n-th (0-based) occurrence of sub in text.
func cp(t testing.TB, text, sub string, n int) (int, int) {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		k := strings.Index(text[from:], sub)
		if k < 0 {
			t.Fatalf("apitest: %q not found %d times in %q", sub, n+1, text)
		}
		if i == n {
			s := utf8.RuneCountInString(text[:from+k])
			return s, s + utf8.RuneCountInString(sub)
		}
		from += k + len(sub)
	}
}

type builder struct {
	t   testing.TB
	doc *kroniek.Document
}

func newDoc(t testing.TB, id, lang, published, title, text string) *builder {
	return &builder{t: t, doc: &kroniek.Document{
		Article: kroniek.Article{ID: id, Lang: lang, Published: published, Title: title, Text: text},
		Offsets: kroniek.CodePoints,
	}}
}

func (b *builder) entity(id, typ, name, kb string, mentions ...string) *builder {
	e := kroniek.Entity{ID: id, Type: typ, Name: name, KB: kroniek.Opt(kb)}
	seen := map[string]int{}
	for _, m := range mentions {
		s, end := cp(b.t, b.doc.Text, m, seen[m])
		seen[m]++
		e.Mentions = append(e.Mentions, kroniek.Mention{Start: s, End: end, Text: m})
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return b
}

func (b *builder) quote(text, speaker, speakerName, cue string) *builder {
	s, e := cp(b.t, b.doc.Text, text, 0)
	q := kroniek.Quote{Start: s, End: e, Text: text, Kind: kroniek.Direct, Speaker: kroniek.Opt(speaker), SpeakerName: kroniek.Opt(speakerName), Cue: kroniek.Opt(cue)}
	b.doc.Quotes = append(b.doc.Quotes, q)
	return b
}

func (b *builder) time(text, typ, value string) *builder {
	s, e := cp(b.t, b.doc.Text, text, 0)
	b.doc.Times = append(b.doc.Times, kroniek.Time{Start: s, End: e, Text: text, Type: typ, Value: value})
	return b
}

func (b *builder) place(text, entity, name, country string, lat, lon float64) *builder {
	s, e := cp(b.t, b.doc.Text, text, 0)
	b.doc.Places = append(b.doc.Places, kroniek.Place{Start: s, End: e, Text: text, Entity: entity, Name: name, Country: country, Lat: lat, Lon: lon})
	return b
}

func (b *builder) event(typ, trigger, actor, actorName, target, targetName string) *builder {
	s, e := cp(b.t, b.doc.Text, trigger, 0)
	b.doc.Events = append(b.doc.Events, kroniek.Event{Type: typ, Trigger: kroniek.Mention{Start: s, End: e, Text: trigger},
		Actor: kroniek.Opt(actor), ActorName: kroniek.Opt(actorName), Target: kroniek.Opt(target), TargetName: kroniek.Opt(targetName),
		Factuality: kroniek.Asserted})
	return b
}

// Docs returns the fixture documents.
func Docs(t testing.TB) []*kroniek.Document {
	nl := newDoc(t, ArticleNL, "nl", "2025-09-03", "Kering in Zeeland dicht na storm",
		"VLISSINGEN - Rijkswaterstaat heeft dinsdag de Oosterscheldekering gesloten. ,,We namen geen enkel risico\", zei woordvoerder Marloes Verhage in Vlissingen. Ook in Genève werd het overleg over de dijken gevolgd.").
		entity("e1", kroniek.ORG, "Rijkswaterstaat", "Q1586683", "Rijkswaterstaat").
		entity("e2", kroniek.PER, "Marloes Verhage", "", "Marloes Verhage").
		entity("e3", kroniek.LOC, "Vlissingen", "Q10000", "VLISSINGEN", "Vlissingen").
		entity("e4", kroniek.LOC, "Genève", "Q71", "Genève").
		quote("We namen geen enkel risico", "e2", "Marloes Verhage", "zeggen").
		time("dinsdag", kroniek.DATE, "2025-09-02").
		place("Vlissingen", "e3", "Vlissingen", "NL", 51.44, 3.57).
		place("Genève", "e4", "Geneva", "CH", 46.20, 6.14).
		event("RETREAT", "gesloten", "e1", "Rijkswaterstaat", "", "")
	en := newDoc(t, ArticleEN, "en", "2025-10-06", "Climate talks open in Nairobi",
		"NAIROBI - Delegates met in Nairobi on Monday. “Every dollar we spend before a flood saves six after it,” said minister Grace Wanjiru. Marloes Verhage of Rijkswaterstaat spoke about dikes.").
		entity("e1", kroniek.LOC, "Nairobi", "Q3870", "NAIROBI", "Nairobi").
		entity("e2", kroniek.PER, "Grace Wanjiru", "", "Grace Wanjiru").
		entity("e3", kroniek.PER, "Marloes Verhage", "", "Marloes Verhage").
		entity("e4", kroniek.ORG, "Rijkswaterstaat", "Q1586683", "Rijkswaterstaat").
		quote("Every dollar we spend before a flood saves six after it,", "e2", "Grace Wanjiru", "say").
		time("Monday", kroniek.DATE, "2025-10-06").
		place("Nairobi", "e1", "Nairobi", "KE", -1.29, 36.82).
		event("CONSULT", "met", "e2", "Grace Wanjiru", "e3", "Marloes Verhage")
	en2 := newDoc(t, ArticleEN2, "en", "2025-11-12", "Wreck found near Terschelling",
		"LEIDEN - Archaeologists found a ship near Terschelling, said Lotte Bakker on Wednesday. The bell from Gdańsk carries the year 1641.").
		entity("e1", kroniek.PER, "Lotte Bakker", "", "Lotte Bakker").
		entity("e2", kroniek.LOC, "Gdańsk", "Q1792", "Gdańsk").
		time("Wednesday", kroniek.DATE, "2025-11-12").
		place("Gdańsk", "e2", "Gdansk", "PL", 54.35, 18.65)
	evilText := "AMSTERDAM - " + EvilScript + " and " + EvilSQL + " were typed by " + EvilImg + ". “" + EvilScript + " is no quote,” said " + EvilImg + " on 1 May 2025."
	evil := newDoc(t, ArticleEvil, "en", "2025-05-01", EvilScript+EvilSQL, evilText).
		entity("e1", kroniek.PER, EvilImg, "", EvilImg, EvilImg).
		entity("e2", kroniek.ORG, EvilSQL, "", EvilSQL).
		quote(EvilScript+" is no quote,", "e1", EvilImg, "say").
		time("1 May 2025", kroniek.DATE, "2025-05-01").
		place("AMSTERDAM", "", EvilScript, "NL", 52.37, 4.9)
	return []*kroniek.Document{nl.doc, en.doc, en2.doc, evil.doc}
}

// Store returns a fresh SQLite store holding Docs, closed when t ends.
func Store(t testing.TB) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatalf("apitest: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range Docs(t) {
		if d.Diagnostics == nil {
			d.Diagnostics = []kroniek.Diagnostic{}
		}
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatalf("apitest: put %s: %v", d.ID, err)
		}
	}
	return st
}
