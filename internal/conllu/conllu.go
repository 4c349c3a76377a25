// Package conllu reads and writes CoNLL-U (universaldependencies.org/format):
// sentences of comment lines and ten-column token lines, separated by blank
// lines. Multiword token ranges ("3-4") and empty nodes ("5.1") are kept as
// lines of the sentence so that writing reproduces them.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Column indexes of a token line.
const (
	ID = iota
	FORM
	LEMMA
	UPOS
	XPOS
	FEATS
	HEAD
	DEPREL
	DEPS
	MISC
)

// Token is one token line: a word ("7"), a multiword range ("3-4") or an
// empty node ("5.1").
type Token struct {
	ID     string
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   string
	Deprel string
	Deps   string
	Misc   string
	Line   int // 1-based line number in the input, 0 when built in code
}

// IsWord reports whether the token is a syntactic word (integer id), not a
// multiword range or an empty node.
func (t *Token) IsWord() bool {
	return !strings.ContainsAny(t.ID, "-.")
}

// Sentence is one sentence: its comment lines (without "# ") and its token
// lines in order.
type Sentence struct {
	Comments []string // full comment lines including the leading '#'
	Tokens   []Token
	Line     int // line number of the sentence's first line
}

// Words returns the indexes in s.Tokens of the syntactic words.
func (s *Sentence) Words() []int {
	idx := make([]int, 0, len(s.Tokens))
	for i := range s.Tokens {
		if s.Tokens[i].IsWord() {
			idx = append(idx, i)
		}
	}
	return idx
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		c = strings.TrimSpace(strings.TrimPrefix(c, "#"))
		if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SyntaxError is a malformed line.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg) }

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF after the last one. A syntax
// error is a *SyntaxError with the line number.
func (r *Reader) Read() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if r.line == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			if s != nil {
				if len(s.Tokens) == 0 {
					return nil, r.fail(&SyntaxError{r.line - 1, "sentence has comments but no tokens"})
				}
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if strings.HasPrefix(line, "#") {
			if len(s.Tokens) > 0 {
				return nil, r.fail(&SyntaxError{r.line, "comment line inside a sentence's tokens"})
			}
			s.Comments = append(s.Comments, line)
			continue
		}
		t, err := parseToken(line, r.line)
		if err != nil {
			return nil, r.fail(err)
		}
		s.Tokens = append(s.Tokens, t)
	}
	if err := r.sc.Err(); err != nil {
		return nil, r.fail(fmt.Errorf("conllu: after line %d: %w", r.line, err))
	}
	if s != nil {
		if len(s.Tokens) == 0 {
			return nil, r.fail(&SyntaxError{r.line, "sentence has comments but no tokens"})
		}
		r.err = io.EOF
		return s, nil
	}
	r.err = io.EOF
	return nil, io.EOF
}

func (r *Reader) fail(err error) error {
	r.err = err
	return err
}

func parseToken(line string, n int) (Token, error) {
	if strings.ContainsRune(line, '\r') {
		return Token{}, &SyntaxError{n, "carriage return inside a line"}
	}
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return Token{}, &SyntaxError{n, fmt.Sprintf("want 10 tab-separated columns, got %d", len(f))}
	}
	for i, c := range f {
		if c == "" {
			return Token{}, &SyntaxError{n, fmt.Sprintf("column %d is empty (use _)", i+1)}
		}
	}
	if err := checkID(f[ID]); err != nil {
		return Token{}, &SyntaxError{n, err.Error()}
	}
	return Token{
		ID: f[ID], Form: f[FORM], Lemma: f[LEMMA], UPOS: f[UPOS], XPOS: f[XPOS],
		Feats: f[FEATS], Head: f[HEAD], Deprel: f[DEPREL], Deps: f[DEPS], Misc: f[MISC],
		Line: n,
	}, nil
}

// checkID accepts "N", "N-M" and "N.M" with N ≥ 1 (N ≥ 0 for empty nodes).
func checkID(id string) error {
	num := func(s string) (int, bool) {
		if s == "" || len(s) > 9 {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		v, err := strconv.Atoi(s)
		return v, err == nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		x, ok1 := num(a)
		y, ok2 := num(b)
		if !ok1 || !ok2 || x < 1 || y <= x {
			return fmt.Errorf("bad multiword token range %q", id)
		}
		return nil
	}
	if a, b, ok := strings.Cut(id, "."); ok {
		_, ok1 := num(a)
		y, ok2 := num(b)
		if !ok1 || !ok2 || y < 1 {
			return fmt.Errorf("bad empty node id %q", id)
		}
		return nil
	}
	if x, ok := num(id); !ok || x < 1 {
		return fmt.Errorf("bad token id %q", id)
	}
	return nil
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes one sentence followed by a blank line. Empty fields are
// written as "_" so the output stays valid.
func Write(w io.Writer, s *Sentence) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		for j, f := range [10]string{t.ID, t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.Deprel, t.Deps, t.Misc} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			if f == "" {
				f = "_"
			}
			// A tab or newline inside a field would break the line.
			if strings.ContainsAny(f, "\t\n\r") {
				f = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f)
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	if !ok {
		return bw.Flush()
	}
	return nil
}
