// Package timeml reads TimeML 1.2 documents (TimeBank, AQUAINT, TempEval-3):
// the document text with its TIMEX3 annotations as byte offsets into it, and
// the document creation time.
package timeml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Timex is one TIMEX3 annotation in the document text.
type Timex struct {
	Start, End int // byte offsets into Doc.Text
	Text       string
	TID        string
	Type       string
	Value      string
}

// Doc is one TimeML document.
type Doc struct {
	ID      string
	DCT     string // value of the CREATION_TIME TIMEX3
	Text    string // the content of <TEXT>, tags removed, entities decoded
	Timexes []Timex
}

// ReadFile reads a TimeML file.
func ReadFile(path string) (*Doc, error) { return readPath(path, Read) }

// readPath opens path and parses it with read.
func readPath(path string, read func(io.Reader) (*Doc, error)) (*Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("timeml: %w", err)
	}
	defer f.Close()
	d, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("timeml: %s: %w", path, err)
	}
	return d, nil
}

// Read parses a TimeML document.
func Read(r io.Reader) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	doc := &Doc{}
	var b strings.Builder
	var stack []string
	inText, inDCT, inID := false, false, false
	var open *Timex
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "DOCID":
				inID = true
			case "TIMEX3":
				attr := func(n string) string {
					for _, a := range t.Attr {
						if a.Name.Local == n {
							return a.Value
						}
					}
					return ""
				}
				if inDCT || attr("functionInDocument") == "CREATION_TIME" {
					if doc.DCT == "" {
						doc.DCT = attr("value")
					}
				}
				if inText && open == nil {
					open = &Timex{Start: b.Len(), TID: attr("tid"), Type: attr("type"), Value: attr("value")}
				}
			}
		case xml.EndElement:
			if n := len(stack); n > 0 {
				stack = stack[:n-1]
			}
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "DOCID":
				inID = false
			case "TIMEX3":
				if open != nil && inText {
					open.End = b.Len()
					open.Text = b.String()[open.Start:open.End]
					doc.Timexes = append(doc.Timexes, *open)
					open = nil
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			} else if inID {
				doc.ID += strings.TrimSpace(string(t))
			}
		}
	}
	doc.Text = b.String()
	return doc, nil
}
