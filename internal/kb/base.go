package kb

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// KB is an immutable knowledge base: the compiled base, whose records are
// parsed only when a lookup reaches them, under an overlay of entries added
// later (users' extra files). Start-up costs a gunzip and two line splits,
// not a parse of every record.
type KB struct {
	base *base  // nil for a KB built with New
	over *mapKB // never nil
}

// base is the compiled knowledge base: record lines in id order and a
// sorted index of folded names.
type base struct {
	lines  []string
	keys   []string // sorted folded names
	vals   []string // "ord,ord..." into lines, per key
	parsed []atomic.Pointer[Entry]

	idOnce sync.Once
	byID   map[string]int32

	ctyOnce sync.Once
	country map[string]int32
}

// New indexes entries. Later entries with an id seen before update it:
// non-empty fields replace, aliases add.
func New(es []Entry) *KB { return &KB{over: newMap(es)} }

func (b *base) entry(ord int) *Entry {
	if e := b.parsed[ord].Load(); e != nil {
		return e
	}
	e, err := parseRecord(b.lines[ord])
	if err != nil {
		// Decode checked every record once; this cannot happen, but a
		// broken entry is better left out than a panic.
		e = Entry{ID: "invalid:" + strconv.Itoa(ord)}
	}
	b.parsed[ord].CompareAndSwap(nil, &e)
	return b.parsed[ord].Load()
}

func (b *base) lookup(key string) []*Entry {
	i := sort.SearchStrings(b.keys, key)
	if i >= len(b.keys) || b.keys[i] != key {
		return nil
	}
	var out []*Entry
	for rest := b.vals[i]; rest != ""; {
		var v string
		v, rest, _ = strings.Cut(rest, ",")
		ord, err := strconv.Atoi(v)
		if err != nil || ord < 0 || ord >= len(b.lines) {
			continue
		}
		out = append(out, b.entry(ord))
	}
	return out
}

func (b *base) ord(id string) (int32, bool) {
	b.idOnce.Do(func() {
		b.byID = make(map[string]int32, len(b.lines))
		for i, l := range b.lines {
			id, _, _ := strings.Cut(l, "\t")
			b.byID[id] = int32(i)
		}
	})
	i, ok := b.byID[id]
	return i, ok
}

func (b *base) countryEntry(iso string) *Entry {
	b.ctyOnce.Do(func() {
		b.country = map[string]int32{}
		for i, l := range b.lines {
			if !strings.Contains(l, "\tPCL") {
				continue
			}
			e := b.entry(i)
			if e.IsCountry() && e.Country != "" {
				if _, dup := b.country[e.Country]; !dup || e.Feature == "PCLI" {
					b.country[e.Country] = int32(i)
				}
			}
		}
	})
	if i, ok := b.country[iso]; ok {
		return b.entry(int(i))
	}
	return nil
}

// Len returns the number of entries.
func (k *KB) Len() int {
	n := len(k.over.entries)
	if k.base != nil {
		n += len(k.base.lines)
		for id := range k.over.byID {
			if _, ok := k.base.ord(id); ok {
				n--
			}
		}
	}
	return n
}

// Lookup returns the entries known by name (compared folded). The entries
// must not be modified.
func (k *KB) Lookup(name string) []*Entry {
	return k.LookupFolded(Fold(name))
}

// LookupFolded is Lookup for a key already folded with Fold.
func (k *KB) LookupFolded(key string) []*Entry {
	var out []*Entry
	if k.base != nil {
		for _, e := range k.base.lookup(key) {
			if len(k.over.byID) > 0 {
				if _, replaced := k.over.byID[e.ID]; replaced {
					continue // the overlay holds the updated entry
				}
			}
			out = append(out, e)
		}
	}
	return append(out, k.over.lookup(key)...)
}

// ByID returns the entry with the id, or nil.
func (k *KB) ByID(id string) *Entry {
	if e := k.over.byIDEntry(id); e != nil {
		return e
	}
	if k.base != nil {
		if i, ok := k.base.ord(id); ok {
			return k.base.entry(int(i))
		}
	}
	return nil
}

// Country returns the country with the ISO alpha-2 code, or nil.
func (k *KB) Country(iso string) *Entry {
	if e := k.over.countryEntry(iso); e != nil {
		return e
	}
	if k.base != nil {
		if e := k.base.countryEntry(iso); e != nil {
			return k.ByID(e.ID) // the overlay's version when it has one
		}
	}
	return nil
}

// Entries returns all entries (parsing the whole base; for tools, not for
// the hot path).
func (k *KB) Entries() []Entry {
	var out []Entry
	if k.base != nil {
		for i := range k.base.lines {
			e := k.base.entry(i)
			if _, replaced := k.over.byID[e.ID]; !replaced {
				out = append(out, *e)
			}
		}
	}
	return append(out, k.over.entries...)
}

// with returns a copy of k with es added on top; k is unchanged.
func (k *KB) with(es []Entry) *KB {
	var add []Entry
	for _, e := range es {
		// An update of a base entry starts from a copy of it.
		if k.base != nil && k.over.byIDEntry(e.ID) == nil {
			if i, ok := k.base.ord(e.ID); ok {
				c := *k.base.entry(int(i))
				c.Aliases = append([]string(nil), c.Aliases...)
				add = append(add, c)
			}
		}
		add = append(add, e)
	}
	return &KB{base: k.base, over: k.over.with(add)}
}

// Decode reads a compiled knowledge base: the gzipped record file and the
// gzipped index written by Encode and EncodeIndex.
func Decode(records, index []byte) (*KB, error) {
	text, err := gunzip(records)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	b := &base{}
	b.lines = make([]string, 0, strings.Count(text, "\n"))
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line != "" && line[0] != '#' {
			b.lines = append(b.lines, line)
		}
	}
	idx, err := gunzip(index)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	n := strings.Count(idx, "\n")
	b.keys, b.vals = make([]string, 0, n), make([]string, 0, n)
	for rest := idx; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		key, val, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if len(b.keys) > 0 && key <= b.keys[len(b.keys)-1] {
			return nil, fmt.Errorf("index: keys out of order at %q", key)
		}
		b.keys = append(b.keys, key)
		b.vals = append(b.vals, val)
	}
	b.parsed = make([]atomic.Pointer[Entry], len(b.lines))
	return &KB{base: b, over: newMap(nil)}, nil
}

func gunzip(gz []byte) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", fmt.Errorf("gunzip: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("gunzip: %w", err)
	}
	return string(raw), nil
}

// sortedByID returns the entries in the order WriteRecords writes them.
func sortedByID(es []Entry) []*Entry {
	sorted := make([]*Entry, len(es))
	for i := range es {
		sorted[i] = &es[i]
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	return sorted
}

// EncodeIndex writes the gzipped name index of the record file Encode
// writes for es: folded name, tab, the entries' line numbers (from 0).
func EncodeIndex(w io.Writer, es []Entry) error {
	idx := map[string][]int{}
	for ord, e := range sortedByID(es) {
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name, e.NameNL}, e.Aliases...) {
			f := Fold(clean(n))
			if f == "" || seen[f] || strings.ContainsAny(f, "\t\n") {
				continue
			}
			seen[f] = true
			idx[f] = append(idx[f], ord)
		}
	}
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, k := range keys {
		bw.WriteString(k)
		for i, o := range idx[k] {
			if i == 0 {
				bw.WriteByte('\t')
			} else {
				bw.WriteByte(',')
			}
			bw.WriteString(strconv.Itoa(o))
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write kb index: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	return nil
}
