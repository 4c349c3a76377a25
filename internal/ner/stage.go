package ner

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// Word is what the tagger labels: one text token, or several adjacent
// tokens the tokenizer split but CoNLL keeps whole (Noord-Korea, Kim's).
type Word struct {
	Start, End  int // byte offsets
	Sent        int
	Text        string
	First, Last int // token indices, inclusive
}

func isAlnum(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// possessive returns the length of w before a final 's, or 0.
func possessive(w string) int {
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) && isAlnum(w[:len(w)-len(suf)], true) {
			return len(w) - len(suf)
		}
	}
	return 0
}

func isApos(s string) bool { return s == "'" || s == "’" }

// Words groups tokens into words: hyphenated compounds are one word, and
// so is a possessive 's in Dutch ("Kim's"); in English 's is its own word
// as in CoNLL-2003.
func Words(s string, toks []kroniek.Token, lang string) []Word {
	out := make([]Word, 0, len(toks))
	adj := func(i, j int) bool {
		return j < len(toks) && toks[i].End == toks[j].Start && toks[i].Sent == toks[j].Sent
	}
	for i := 0; i < len(toks); {
		j := i // last token of the word
		for {
			if adj(j, j+1) && adj(j+1, j+2) && (toks[j+1].Text == "-" || toks[j+1].Text == "‐") &&
				isAlnum(toks[j].Text, true) && isAlnum(toks[j+2].Text, false) {
				j += 2
				continue
			}
			if lang == "nl" && adj(j, j+1) && adj(j+1, j+2) && isApos(toks[j+1].Text) && toks[j+2].Text == "s" &&
				isAlnum(toks[j].Text, true) && !adj(j+2, j+3) {
				j += 2
				continue
			}
			break
		}
		if lang == "en" && j == i && isApos(toks[i].Text) && adj(i, i+1) && toks[i+1].Text == "s" && i > 0 && adj(i-1, i) {
			j = i + 1
		}
		a, b := toks[i].Start, toks[j].End
		if lang == "en" && j == i {
			// CoNLL-2003 splits the possessive: Kim 's.
			if k := possessive(toks[i].Text); k > 0 {
				out = append(out, Word{Start: a, End: a + k, Sent: toks[i].Sent, Text: s[a : a+k], First: i, Last: i})
				a += k
			}
		}
		out = append(out, Word{Start: a, End: b, Sent: toks[i].Sent, Text: s[a:b], First: i, Last: j})
		i = j + 1
	}
	return out
}

// Stage fills doc.Entities (and Token.NER) for Dutch and English.
type Stage struct{}

// Name returns "ner".
func (Stage) Name() string { return "ner" }

var statePool = sync.Pool{New: func() any { return newCachingDocState() }}

// Annotate recognises the named entities of doc.
func (Stage) Annotate(ctx context.Context, doc *kroniek.Document) error {
	if doc.Lang != "nl" && doc.Lang != "en" || len(doc.Tokens) == 0 {
		return nil
	}
	t, err := For(doc.Lang)
	if err != nil {
		return err
	}
	words := Words(doc.Text, doc.Tokens, doc.Lang)
	var sents [][]string
	var buf []string
	start := 0
	for i := range words {
		buf = append(buf, words[i].Text)
		if i == len(words)-1 || words[i+1].Sent != words[i].Sent {
			sents = append(sents, buf[start:i+1:i+1])
			start = i + 1
		}
	}
	st := statePool.Get().(*docState)
	defer statePool.Put(st)
	t.prepare(st, sents)
	t.run(st)
	for i, w := range words {
		l := Labels[st.lab[i]]
		for k := w.First; k <= w.Last; k++ {
			if doc.Tokens[k].Start < w.Start {
				continue // the tail of a split token (Kim|'s): the head's tag stands
			}
			if k > w.First && l != "O" {
				doc.Tokens[k].NER = "I-" + l[2:]
			} else {
				doc.Tokens[k].NER = l
			}
		}
	}
	doc.Entities = append(doc.Entities, entities(doc.Text, words, st.lab)...)
	return nil
}

// entities groups the labelled chunks into entities: one per type and
// text (case and spacing aside), ids in order of first mention.
func entities(text string, words []Word, lab []uint8) []kroniek.Entity {
	tags := make([]string, len(lab))
	for i, l := range lab {
		tags[i] = Labels[l]
	}
	var out []kroniek.Entity
	byKey := map[string]int{}
	for _, c := range Chunks(tags) {
		if words[c.Start].Sent != words[c.End-1].Sent {
			continue
		}
		m := kroniek.Mention{Start: words[c.Start].Start, End: words[c.End-1].End}
		m.Text = text[m.Start:m.End]
		key := c.Type + "\x00" + strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
		i, ok := byKey[key]
		if !ok {
			i = len(out)
			byKey[key] = i
			out = append(out, kroniek.Entity{ID: "e" + strconv.Itoa(i+1), Type: c.Type, Name: strings.Join(strings.Fields(m.Text), " ")})
		}
		e := &out[i]
		e.Mentions = append(e.Mentions, m)
		// The fullest form: more capitals wins ("Witte Huis" over "Witte huis").
		if n := strings.Join(strings.Fields(m.Text), " "); upperCount(n) > upperCount(e.Name) {
			e.Name = n
		}
	}
	return out
}

func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// loaded holds the embedded taggers, each read once on first use.
var loaded = map[string]*loadOnce{"nl": {model: nl.NERModel}, "en": {model: en.NERModel}}

type loadOnce struct {
	model []byte
	once  sync.Once
	t     *Tagger
	err   error
}

// For returns the embedded tagger of a language, loading it once.
func For(lang string) (*Tagger, error) {
	l, ok := loaded[lang]
	if !ok {
		return nil, fmt.Errorf("ner: no model for language %q", lang)
	}
	l.once.Do(func() {
		l.t, l.err = Read(bytes.NewReader(l.model))
		if l.err != nil {
			l.err = fmt.Errorf("load %s ner model: %w", lang, l.err)
		}
	})
	return l.t, l.err
}
