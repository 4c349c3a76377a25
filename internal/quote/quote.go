// Package quote finds direct quotes and indirect attributions in news text
// and attributes each to its speaker: who said what. It works on byte
// offsets inside the pipeline, after tokens, tags, entities and links.
package quote

import (
	"context"
	"errors"
	"sort"
	"strings"

	"kroniek"
	"kroniek/internal/text"
)

// Stage is the pipeline stage that fills doc.Quotes.
type Stage struct{}

// Name returns "quote".
func (Stage) Name() string { return "quote" }

// Annotate finds the quotes of doc, whose offsets must still be bytes.
func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	if doc.Offsets == kroniek.CodePoints {
		return errors.New("quote: document offsets are code points, want bytes")
	}
	doc.Quotes = Find(doc)
	return nil
}

// Attribution is a quote with the span of the words that name its source
// (bytes; zero when the speaker was inherited or not found).
type Attribution struct {
	kroniek.Quote
	SourceStart, SourceEnd int
}

// Find returns the direct quotes and indirect attributions of doc, in text
// order, with byte offsets.
func Find(doc *kroniek.Document) []kroniek.Quote {
	as := Attribute(doc)
	qs := make([]kroniek.Quote, len(as))
	for i, a := range as {
		qs[i] = a.Quote
	}
	return qs
}

// Attribute is Find with the source spans kept, for evaluation.
func Attribute(doc *kroniek.Document) []Attribution {
	toks := doc.Tokens
	if len(toks) == 0 {
		toks, _ = text.Segment(doc.Text, doc.Lang)
	}
	f := newFinder(doc, toks)
	return f.run()
}

type span struct{ s, e int }

// entMention is one entity mention, for looking speakers up by offset.
type entMention struct {
	s, e int
	ent  int // index into doc.Entities
}

type finder struct {
	doc     *kroniek.Document
	t       string
	lx      *lexicon
	ws      []word
	ments   []entMention
	names   [][2]int // name runs in the text: word index ranges
	cands   []cand
	last    speaker // the speaker of the previous quote
	lastEnd int     // where that quote ended
	pms     []pmention
	strict  bool // only a subject next to the cue verb
	cur     cand // the quote being attributed
	toks    []kroniek.Token
	tokAt   map[int]int // token index by start byte, for the parse
	memo    struct {
		coord  map[string]string
		coords map[string]string
		groups map[string]string // first name -> "A en B Surname"
		full   map[[2]int]string
		byLast map[string][][2]int
		desc   map[string]string
		spoke  map[int]int
		main   *speaker
	}
	gender map[string]byte // person name -> 'm' or 'f'
	// indirectMode: sources are reported as written ("Het Witte huis").
	indirectMode bool
}

func newFinder(doc *kroniek.Document, toks []kroniek.Token) *finder {
	f := &finder{doc: doc, t: doc.Text, lx: lexFor(doc.Lang), toks: toks}
	f.ws = buildWords(f.t, toks)
	for i, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(f.t) && m.Start < m.End {
				f.ments = append(f.ments, entMention{m.Start, m.End, i})
			}
		}
	}
	f.memo.coord = map[string]string{}
	f.memo.desc = map[string]string{}
	sort.Slice(f.ments, func(a, b int) bool { return f.ments[a].s < f.ments[b].s })
	f.memo.full = map[[2]int]string{}
	f.names = f.nameRuns(0, len(f.ws))
	return f
}

// speaker is a resolved source.
type speaker struct {
	id   string
	name string
	src  span
}

func (f *finder) run() []Attribution {
	f.cands = findMarks(f.t)
	var out []Attribution
	for ci, c := range f.cands {
		f.cur = c
		att, ok := f.attribute(ci, c)
		if !f.accept(c, ok, att) {
			continue
		}
		q := Attribution{Quote: kroniek.Quote{Start: c.start, End: c.end, Text: f.t[c.start:c.end], Kind: kroniek.Direct}}
		if !ok {
			// The sentence before may attribute it ("De advocaat vult aan.").
			att, ok = f.attributePrev(ci, c)
		}
		sp := att.sp
		if sp.name == "" {
			// A quote without attribution continues the previous speaker,
			// unless someone new was named since.
			// The source words stay those of the previous quote when it is
			// that speaker continuing.
			sp = f.referent(c.open, false)
		}
		if ok && att.lemma != "" {
			q.Cue = kroniek.Opt(att.lemma)
			q.CueStart, q.CueEnd = att.cue.s, att.cue.e
		}
		q.Speaker, q.SpeakerName = kroniek.Opt(sp.id), kroniek.Opt(sp.name)
		q.SourceStart, q.SourceEnd = sp.src.s, sp.src.e
		out = append(out, q)
		if sp.name != "" {
			f.last = sp
			f.lastEnd = c.close
		}
	}
	out = append(out, f.indirect(out)...)
	sortAttr(out)
	return out
}

func sortAttr(as []Attribution) {
	sort.SliceStable(as, func(a, b int) bool { return as[a].Start < as[b].Start })
}

// contentWords counts the words inside a candidate.
func (f *finder) contentWords(c cand) int {
	n := 0
	for k := wordAt(f.ws, c.start); k < len(f.ws) && f.ws[k].end <= c.end; k++ {
		if !f.ws[k].punct {
			n++
		}
	}
	return n
}

// accept tells a real quote from scare quotes, terms and titles.
func (f *finder) accept(c cand, attributed bool, att attr) bool {
	n := f.contentWords(c)
	if n == 0 {
		return false
	}
	inner := f.t[c.start:c.end]
	endsSentence := strings.ContainsAny(lastRune(inner), ".!?…")
	if f.isTitle(c, n) && !att.colon {
		return false
	}
	if attributed {
		// A word or two far from its cue is a term, not a quote ("zegt dat
		// het de prijs 'hoort' te verdienen"), unless the cue names it.
		if n == 1 && c.single && att.gap > 3 && !naming[att.lemma] && f.midClause(c) {
			return false
		}
		return true
	}
	if c.single {
		return n >= 5 && endsSentence || n >= 8
	}
	return n >= 4
}

// midClause reports a quote with the clause going on right after it in
// lower case ("'hoort' te verdienen").
func (f *finder) midClause(c cand) bool {
	k := wordAt(f.ws, c.close)
	return k < len(f.ws) && !f.ws[k].punct && !f.ws[k].cap
}

// naming cues present short quoted words as someone's: "noemde het 'een
// schande'".
var naming = map[string]bool{"noemen": true, "call": true, "describe": true, "bestempelen": true, "beschrijven": true}

func lastRune(s string) string {
	s = strings.TrimRight(s, " ,\"'”’")
	if s == "" {
		return ""
	}
	return s[len(s)-1:]
}

// isTitle: a name-like span (every word capitalised) or one right after a
// word such as "film" or "so-called".
func (f *finder) isTitle(c cand, n int) bool {
	k := wordAt(f.ws, c.open) - 1
	for k >= 0 && f.ws[k].punct && k > 0 && f.ws[k].end > c.open-3 {
		k--
	}
	if k >= 0 && f.lx.titles[f.ws[k].lower] {
		return true
	}
	if n > 6 {
		return false
	}
	caps := 0
	for j := wordAt(f.ws, c.start); j < len(f.ws) && f.ws[j].end <= c.end; j++ {
		w := f.ws[j]
		if w.punct {
			continue
		}
		if w.cap || unicode0IsDigit(w.text) {
			caps++
		} else if !f.lx.particles[w.lower] && !f.lx.common[w.lower] {
			return false
		}
	}
	return caps > 0 && !strings.ContainsAny(lastRune(f.t[c.start:c.end]), ".!?")
}

func unicode0IsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
