package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of a CoNLL file: its words, their gold IOB2 tags
// (empty when the file has no tag column) and the raw input lines.
type Sentence struct {
	Words []string
	Tags  []string
	Lines []string
}

// Doc is a run of sentences between -DOCSTART- lines.
type Doc struct {
	Sents []Sentence
}

// Tokens returns the number of words in the documents.
func Tokens(docs []Doc) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sents {
			n += len(s.Words)
		}
	}
	return n
}

// CoNLLFormat says which columns of a CoNLL-style file hold the word and
// the tag. TagCol < 0 counts from the end; NoTag means the file has no tags.
type CoNLLFormat struct {
	WordCol int
	TagCol  int
	NoTag   bool
	// Tab splits columns on tabs only (words may contain spaces).
	Tab bool
}

// CoNLL is the usual "word ... tag" layout of CoNLL-2002/2003.
var CoNLL = CoNLLFormat{WordCol: 0, TagCol: -1}

// ReadCoNLL reads sentences grouped into documents. Tags are converted to
// IOB2 (CoNLL-2003 uses IOB1). A file without -DOCSTART- is one document.
func ReadCoNLL(r io.Reader, f CoNLLFormat) ([]Doc, error) {
	var docs []Doc
	var cur Doc
	var s Sentence
	flushSent := func() {
		if len(s.Words) > 0 {
			if !f.NoTag {
				s.Tags = ToIOB2(s.Tags)
			}
			cur.Sents = append(cur.Sents, s)
		}
		s = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sents) > 0 {
			docs = append(docs, cur)
		}
		cur = Doc{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flushSent()
			continue
		}
		if f.Tab && strings.HasPrefix(text, "#") {
			continue // comment lines of CoNLL-U-like files
		}
		var cols []string
		if f.Tab {
			cols = strings.Split(text, "\t")
		} else {
			cols = strings.Fields(text)
		}
		if f.WordCol < len(cols) && cols[f.WordCol] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		if f.WordCol >= len(cols) {
			return nil, fmt.Errorf("line %d: no column %d", line, f.WordCol+1)
		}
		s.Words = append(s.Words, cols[f.WordCol])
		s.Lines = append(s.Lines, text)
		if !f.NoTag {
			tc := f.TagCol
			if tc < 0 {
				tc += len(cols)
			}
			if tc < 0 || tc >= len(cols) || tc == f.WordCol {
				return nil, fmt.Errorf("line %d: no tag column", line)
			}
			s.Tags = append(s.Tags, cols[tc])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flushDoc()
	return docs, nil
}

// ToIOB2 rewrites IOB1 or IOB2 tags as IOB2 in place: an I-X that does not
// continue an X chunk becomes B-X. Unknown tags become O.
func ToIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if t != "O" && (len(t) < 3 || t[1] != '-' || (t[0] != 'B' && t[0] != 'I')) {
			t = "O"
		}
		if t != "O" && t[0] == 'I' {
			if prev == "O" || prev[2:] != t[2:] {
				t = "B" + t[1:]
			}
		}
		tags[i] = t
		prev = t
	}
	return tags
}

// Chunk is an entity span over words [Start, End).
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entity chunks of an IOB2 (or IOB1) tag sequence, as
// conlleval reads them.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i, t := range tags {
		begin := false
		if t == "O" || len(t) < 3 {
			if start >= 0 {
				out = append(out, Chunk{start, i, typ})
				start = -1
			}
			continue
		}
		ty := t[2:]
		if t[0] == 'B' || start < 0 || ty != typ {
			begin = true
		}
		if begin {
			if start >= 0 {
				out = append(out, Chunk{start, i, typ})
			}
			start, typ = i, ty
		}
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(tags), typ})
	}
	return out
}
