// Package ingest reads articles from files, directories and standard input:
// JSON Lines / JSON, and plain text with an optional date header. Bad input
// never stops a run: it becomes a diagnostic with its path and line, and
// every good article around it is still read.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"kroniek"
)

// DefaultMaxBytes is the default size limit of one article (and of one
// plain-text file).
const DefaultMaxBytes = 10 << 20

// Options configure reading.
type Options struct {
	MaxBytes int64     // per article (and per plain-text file); 0 = DefaultMaxBytes
	Lang     string    // "nl", "en": set on every article; "" or "auto": keep or detect later
	Stdin    io.Reader // used for "-" or no paths
}

// Emit receives each article or diagnostic in input order. Exactly one of
// a and d is non-nil. Returning an error stops the walk.
type Emit func(a *kroniek.Article, d *kroniek.Diagnostic) error

// Walk reads every article under paths (files, directories recursively in
// sorted order, "-" for standard input; no paths = standard input) and
// passes them to emit in order. Bad input becomes diagnostics; only a
// failure of emit or a cancelled context is returned as an error.
func Walk(ctx context.Context, paths []string, opts Options, emit Emit) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	r := &reader{ctx: ctx, opts: opts, emit: emit}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	ctx  context.Context
	opts Options
	emit Emit
}

func (r *reader) diag(path string, line int, format string, args ...any) error {
	return r.emit(nil, &kroniek.Diagnostic{Severity: kroniek.Warning, Message: fmt.Sprintf(format, args...), Path: path, Line: line})
}

func (r *reader) path(p string) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if p == "-" {
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream("-", "", in)
	}
	st, err := os.Stat(p)
	if err != nil {
		return r.diag(p, 0, "cannot read: %v", unwrapPath(err))
	}
	if !st.IsDir() {
		return r.file(p, st.Size())
	}
	var files []string
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if derr := r.diag(path, 0, "cannot read: %v", unwrapPath(err)); derr != nil {
				return derr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		files = append(files, path)
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	sort.Strings(files) // WalkDir is lexical per folder; make the whole order explicit
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			if derr := r.diag(f, 0, "cannot read: %v", unwrapPath(err)); derr != nil {
				return derr
			}
			continue
		}
		if err := r.file(f, st.Size()); err != nil {
			return err
		}
	}
	return nil
}

// unwrapPath drops the *PathError wrapper: the path is reported separately.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) file(path string, size int64) error {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".txt", ".text":
		if size > r.opts.MaxBytes {
			return r.diag(path, 0, "refused: %d bytes is over the limit of %d bytes per article", size, r.opts.MaxBytes)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return r.diag(path, 0, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	return r.stream(path, ext, f)
}

// stream reads one input whose format is given by ext or sniffed.
func (r *reader) stream(path, ext string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return r.diag(path, 0, "cannot read: %v", err)
	}
	if looksBinary(head) {
		return r.diag(path, 0, "skipped: binary content, not an article")
	}
	switch ext {
	case ".jsonl", ".ndjson", ".json":
		return r.jsonStream(path, br)
	case ".txt", ".text":
		return r.text(path, br)
	}
	if c := firstNonSpace(head); c == '{' || c == '[' {
		return r.jsonStream(path, br)
	}
	return r.text(path, br)
}

func firstNonSpace(b []byte) byte {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// looksBinary: NUL bytes or many control characters in the first block.
func looksBinary(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(b)
}

// readLimited reads all of in, up to max bytes; over the limit it reports
// tooBig and discards the rest.
func readLimited(in io.Reader, max int64) (data []byte, tooBig bool, err error) {
	data, err = io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		return nil, false, err
	}
	if int64(len(data)) > max {
		_, err = io.Copy(io.Discard, in)
		return nil, true, err
	}
	return data, false, nil
}

var dateHeader = regexp.MustCompile(`^\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|[ \t]*\r?\n\s*|$)`)

// text reads a plain-text article: the whole input is one article; an
// optional "date YYYY-MM[-DD]" header at the very start sets Published.
func (r *reader) text(path string, in io.Reader) error {
	data, tooBig, err := readLimited(in, r.opts.MaxBytes)
	if err != nil {
		return r.diag(path, 0, "cannot read: %v", err)
	}
	if tooBig {
		return r.diag(path, 0, "refused: over the limit of %d bytes per article", r.opts.MaxBytes)
	}
	a := &kroniek.Article{Origin: path}
	if path != "-" {
		base := filepath.Base(path)
		a.ID = strings.TrimSuffix(base, filepath.Ext(base))
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	s := r.repair(a, path, 0, data)
	if m := dateHeader.FindStringSubmatchIndex(s); m != nil {
		a.Published = s[m[2]:m[3]]
		s = s[m[1]:]
	}
	a.Text = s
	if a.ID == "" {
		a.ID = contentID(a)
	}
	r.checkEmpty(a, path, 0)
	r.forceLang(a)
	return r.emit(a, nil)
}

func (r *reader) forceLang(a *kroniek.Article) {
	if r.opts.Lang != "" && r.opts.Lang != "auto" {
		a.Lang = r.opts.Lang
	}
}

// repair returns data as a string, replacing invalid UTF-8 with U+FFFD and
// noting it on the article.
func (r *reader) repair(a *kroniek.Article, path string, line int, data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	a.Notes = append(a.Notes, kroniek.Diagnostic{Severity: kroniek.Warning, Path: path, Line: line,
		Message: "invalid UTF-8 repaired (bad bytes replaced by U+FFFD)"})
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

func (r *reader) checkEmpty(a *kroniek.Article, path string, line int) {
	if strings.TrimSpace(a.Text) == "" {
		a.Notes = append(a.Notes, kroniek.Diagnostic{Severity: kroniek.Warning, Path: path, Line: line,
			Message: "empty article body"})
	}
}

// contentID is a stable id from the article's content.
func contentID(a *kroniek.Article) string {
	h := sha256.New()
	io.WriteString(h, a.Title)
	h.Write([]byte{0})
	io.WriteString(h, a.Published)
	h.Write([]byte{0})
	io.WriteString(h, a.Text)
	return "h" + hex.EncodeToString(h.Sum(nil))[:16]
}

// ContentHash is the hash that tells a changed article from a stored one:
// every field that extraction depends on.
func ContentHash(a *kroniek.Article) string {
	h := sha256.New()
	for _, s := range []string{a.ID, a.Lang, a.Published, a.Title, a.Text, a.URL} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	if len(a.Meta) > 0 {
		b, _ := json.Marshal(a.Meta) // map keys are sorted: deterministic
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// jsonStream reads JSON Lines, a JSON array of articles, or one object.
func (r *reader) jsonStream(path string, br *bufio.Reader) error {
	head, _ := br.Peek(4 << 10)
	if firstNonSpace(head) == '[' {
		return r.jsonArray(path, br)
	}
	line := 0
	var pending []byte // a multi-line (pretty-printed) object being collected
	pendingLine := 0
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		b, tooBig, err := readLine(br, r.opts.MaxBytes)
		if len(b) > 0 || tooBig {
			line++
		} else if err == nil {
			line++
		}
		if tooBig {
			if derr := r.diag(path, line, "refused: line over the limit of %d bytes per article", r.opts.MaxBytes); derr != nil {
				return derr
			}
		} else if t := bytes.TrimSpace(b); len(t) > 0 || pending != nil {
			if pending != nil && len(t) > 0 && t[0] == '{' && json.Valid(t) {
				// A complete object on its own line: what was pending was
				// a malformed line, not the start of a pretty-printed object.
				if derr := r.diag(path, pendingLine, "malformed JSON: unexpected end of line"); derr != nil {
					return derr
				}
				pending = nil
				if err := r.object(path, line, t); err != nil {
					return err
				}
			} else if pending != nil {
				pending = append(pending, b...)
				pending = append(pending, '\n')
				if json.Valid(pending) {
					if err := r.object(path, pendingLine, pending); err != nil {
						return err
					}
					pending = nil
				} else if int64(len(pending)) > r.opts.MaxBytes {
					if derr := r.diag(path, pendingLine, "malformed JSON: object not closed"); derr != nil {
						return derr
					}
					pending = nil
				}
			} else if t[0] == '{' && !json.Valid(t) && prettyStart(t) && validPrefix(t) {
				pending = append(append([]byte{}, b...), '\n')
				pendingLine = line
			} else if err := r.object(path, line, t); err != nil {
				return err
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return r.diag(path, line, "cannot read: %v", err)
		}
	}
	if pending != nil {
		return r.diag(path, pendingLine, "malformed JSON: object not closed at end of input")
	}
	return nil
}

// prettyStart: pretty-printed JSON breaks lines after structural characters.
func prettyStart(t []byte) bool {
	switch t[len(t)-1] {
	case '{', '[', ',', ':':
		return true
	}
	return false
}

// validPrefix reports whether b could start a pretty-printed JSON object,
// that is the decoder only complains about the end of input.
func validPrefix(b []byte) bool {
	var v any
	err := json.Unmarshal(b, &v)
	return err != nil && strings.Contains(err.Error(), "unexpected end of JSON input")
}

// readLine reads one line without its newline; a line longer than max is
// discarded and reported as tooBig.
func readLine(br *bufio.Reader, max int64) (line []byte, tooBig bool, err error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		if !tooBig {
			if int64(len(buf)+len(frag)) > max+1 {
				tooBig = true
				buf = nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if tooBig {
			return nil, true, err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, false, err
	}
}

func (r *reader) jsonArray(path string, br *bufio.Reader) error {
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil {
		return r.diag(path, 1, "malformed JSON: %v", err)
	}
	for dec.More() {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return r.diag(path, 0, "malformed JSON at byte %d: %v; rest of file skipped", dec.InputOffset(), err)
		}
		if int64(len(raw)) > r.opts.MaxBytes {
			if err := r.diag(path, 0, "refused: article over the limit of %d bytes", r.opts.MaxBytes); err != nil {
				return err
			}
			continue
		}
		if err := r.object(path, 0, raw); err != nil {
			return err
		}
	}
	return nil
}

// object decodes one article object; a malformed one becomes a diagnostic.
func (r *reader) object(path string, line int, b []byte) error {
	a := &kroniek.Article{Origin: fmt.Sprintf("%s:%d", path, line)}
	if !utf8.Valid(b) {
		b = []byte(r.repair(a, path, line, b))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return r.diag(path, line, "malformed JSON: %v", err)
	}
	for k, v := range m {
		switch k {
		case "id":
			a.ID = scalar(v)
		case "lang", "language":
			a.Lang = strings.ToLower(scalar(v))
		case "published", "date":
			if a.Published == "" || k == "published" {
				a.Published = scalar(v)
			}
		case "title":
			a.Title = scalar(v)
		case "text":
			a.Text = scalar(v)
		case "url":
			a.URL = scalar(v)
		default:
			var x any
			if err := json.Unmarshal(v, &x); err == nil {
				if a.Meta == nil {
					a.Meta = map[string]any{}
				}
				a.Meta[k] = x
			}
		}
	}
	if _, ok := m["text"]; !ok {
		for _, k := range []string{"body", "content"} {
			if s, ok := a.Meta[k].(string); ok {
				a.Text = s
				break
			}
		}
	}
	if a.ID == "" {
		a.ID = contentID(a)
	}
	r.checkEmpty(a, path, line)
	r.forceLang(a)
	return r.emit(a, nil)
}

// scalar renders a JSON string, number or bool as a string; null is "".
func scalar(v json.RawMessage) string {
	var s string
	if err := json.Unmarshal(v, &s); err == nil {
		return s
	}
	var f json.Number
	if err := json.Unmarshal(v, &f); err == nil {
		return f.String()
	}
	var b bool
	if err := json.Unmarshal(v, &b); err == nil {
		return strconv.FormatBool(b)
	}
	return ""
}
