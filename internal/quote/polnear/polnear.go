// Package polnear reads the PolNeAR attribution corpus (brat standoff):
// article texts and their attributions with source, cue and content spans.
package polnear

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Span is a stretch of the article text in Unicode code points, end
// exclusive, as brat writes offsets.
type Span struct{ Start, End int }

// Attribution is one annotated attribution: content, cue and source may each
// be several discontinuous spans; Source or Cue may be empty.
type Attribution struct {
	ID      string
	Source  []Span
	Cue     []Span
	Content []Span
}

// Article is one text with the attributions of one annotator.
type Article struct {
	Name         string
	Text         string
	Attributions []Attribution
}

// Load reads dir (a split folder with text/ and attributions/). An article
// annotated by several annotators is read once, with the first annotation
// file in name order.
func Load(dir string) ([]Article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var out []Article
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if seen[base] {
			continue
		}
		seen[base] = true
		txt, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		as, err := Parse(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", p, err)
		}
		out = append(out, Article{Name: base, Text: string(txt), Attributions: as})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("polnear: no annotations in %s", dir)
	}
	return out, nil
}

// Parse reads one brat .ann file: T lines (label, spans, text) and E lines
// tying Source, Cue and Content to an Attribution.
func Parse(r io.Reader) ([]Attribution, error) {
	type tline struct {
		label string
		spans []Span
	}
	ts := map[string]tline{}
	var es [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			continue
		}
		fields := strings.Split(line, "\t")
		if !annID(fields[0]) {
			// A span text with a line break goes on in lines of its own.
			continue
		}
		switch {
		case strings.HasPrefix(fields[0], "T"):
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: want id, label and spans", n)
			}
			label, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				return nil, fmt.Errorf("line %d: no spans", n)
			}
			var spans []Span
			for _, part := range strings.Split(offs, ";") {
				se := strings.Fields(part)
				if len(se) != 2 {
					return nil, fmt.Errorf("line %d: bad span %q", n, part)
				}
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || s < 0 || e < s {
					return nil, fmt.Errorf("line %d: bad span %q", n, part)
				}
				spans = append(spans, Span{s, e})
			}
			ts[fields[0]] = tline{label, spans}
		case strings.HasPrefix(fields[0], "E"):
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: empty event", n)
			}
			es = append(es, append([]string{fields[0]}, strings.Fields(fields[1])...))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, e := range es {
		a := Attribution{ID: e[0]}
		for _, arg := range e[1:] {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			t, ok := ts[id]
			if !ok {
				return nil, fmt.Errorf("%s: unknown span %s", e[0], id)
			}
			switch role {
			case "Source":
				a.Source = append(a.Source, t.spans...)
			case "Cue":
				a.Cue = append(a.Cue, t.spans...)
			case "Content":
				a.Content = append(a.Content, t.spans...)
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// annID reports a brat annotation id: a letter and digits ("T12", "E3").
func annID(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
