package timeml

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// ReadCATFile reads a MEANTIME (NewsReader) CAT XML file.
func ReadCATFile(path string) (*Doc, error) { return readPath(path, ReadCAT) }

// ReadCAT parses a CAT XML document: tokens, and TIMEX3 markables anchored
// to token ids. The text is rebuilt from the tokens (a space between them,
// none before closing punctuation), so offsets refer to that text. The
// creation-time TIMEX3 gives DCT; as its dateline is part of the text it is
// also among Timexes. Only the
// sentences up to the last annotated one are kept (MEANTIME annotates the
// beginning of each article).
func ReadCAT(r io.Reader) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	type tok struct {
		id, text string
		sent     string
	}
	var toks []tok
	type mark struct {
		typ, value, fn string
		ids            []string
	}
	var marks []mark
	doc := &Doc{}
	var cur *tok
	var curMark *mark
	anchored := map[string]bool{} // tokens inside any markable
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			attr := func(n string) string {
				for _, a := range t.Attr {
					if a.Name.Local == n {
						return a.Value
					}
				}
				return ""
			}
			switch t.Name.Local {
			case "Document":
				doc.ID = attr("doc_id")
			case "token":
				toks = append(toks, tok{id: attr("t_id"), sent: attr("sentence")})
				cur = &toks[len(toks)-1]
			case "TIMEX3":
				marks = append(marks, mark{typ: attr("type"), value: attr("value"), fn: attr("functionInDocument")})
				curMark = &marks[len(marks)-1]
			case "token_anchor":
				if curMark != nil {
					curMark.ids = append(curMark.ids, attr("t_id"))
				}
				anchored[attr("t_id")] = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "token":
				cur = nil
			case "TIMEX3":
				curMark = nil
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(t)
			}
		}
	}
	// MEANTIME annotates only the first sentences of each article: the
	// text ends with the last sentence that holds any markable.
	last := -1
	for i, t := range toks {
		if anchored[t.id] {
			last = i
		}
	}
	for last >= 0 && last+1 < len(toks) && toks[last+1].sent == toks[last].sent {
		last++
	}
	toks = toks[:last+1]
	var b strings.Builder
	start := make(map[string]int, len(toks))
	end := make(map[string]int, len(toks))
	prevSent := ""
	for i, t := range toks {
		if i > 0 {
			switch {
			case t.sent != prevSent:
				b.WriteString("\n")
			case noSpaceBefore(t.text) || noSpaceAfter(toks[i-1].text):
			default:
				b.WriteString(" ")
			}
		}
		prevSent = t.sent
		start[t.id] = b.Len()
		b.WriteString(t.text)
		end[t.id] = b.Len()
	}
	doc.Text = b.String()
	for _, m := range marks {
		if m.fn == "CREATION_TIME" {
			// The dateline is in the text and counted like any other.
			doc.DCT = m.value
		}
		if len(m.ids) == 0 {
			continue
		}
		s, okS := start[m.ids[0]]
		e, okE := end[m.ids[len(m.ids)-1]]
		if !okS || !okE || e < s {
			continue
		}
		doc.Timexes = append(doc.Timexes, Timex{Start: s, End: e, Text: doc.Text[s:e], Type: m.typ, Value: m.value})
	}
	return doc, nil
}

func noSpaceBefore(s string) bool {
	switch s {
	case ",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "'", "%", "''":
		return true
	}
	return false
}

func noSpaceAfter(s string) bool {
	switch s {
	case "(", "[", "$", "``":
		return true
	}
	return false
}
