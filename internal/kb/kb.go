// Package kb is kroniek's knowledge base of places, countries and their
// adjectives, national leaders and political parties: compiled by
// `kroniek build-kb` from ../shared/data, embedded in the binary, loaded
// once on first use and looked up by folded name in a map.
package kb

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// Compiled is the gzipped record file written by `kroniek build-kb`.
//
//go:embed kb.tsv.gz
var compiled []byte

// KB is an immutable knowledge base with a name index.
type KB struct {
	entries []Entry
	byID    map[string]int32
	index   map[string][]int32 // folded name -> entries
	country map[string]int32   // ISO alpha-2 -> country entry
}

// New indexes entries. Later entries with an id seen before update it:
// non-empty fields replace, aliases add.
func New(es []Entry) *KB {
	k := &KB{entries: make([]Entry, 0, len(es)), byID: make(map[string]int32, len(es)),
		index: make(map[string][]int32, len(es)*2), country: map[string]int32{}}
	for _, e := range es {
		k.add(e)
	}
	return k
}

func (k *KB) add(e Entry) {
	if i, ok := k.byID[e.ID]; ok {
		old := &k.entries[i]
		merge(old, e)
		k.indexEntry(i)
		return
	}
	i := int32(len(k.entries))
	k.entries = append(k.entries, e)
	k.byID[e.ID] = i
	k.indexEntry(i)
}

func merge(old *Entry, e Entry) {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&old.Type, e.Type)
	set(&old.Name, e.Name)
	set(&old.NameNL, e.NameNL)
	set(&old.Country, e.Country)
	set(&old.Feature, e.Feature)
	set(&old.Note, e.Note)
	if e.Lat != 0 || e.Lon != 0 {
		old.Lat, old.Lon = e.Lat, e.Lon
	}
	if e.Pop != 0 {
		old.Pop = e.Pop
	}
	old.Aliases = append(old.Aliases, e.Aliases...)
}

func (k *KB) indexEntry(i int32) {
	e := &k.entries[i]
	if e.Type == "LOC" && isCountryFeature(e.Feature) && e.Country != "" {
		if _, dup := k.country[e.Country]; !dup || e.Feature == "PCLI" {
			k.country[e.Country] = i
		}
	}
	for j := -2; j < len(e.Aliases); j++ {
		var n string
		switch j {
		case -2:
			n = e.Name
		case -1:
			n = e.NameNL
		default:
			n = e.Aliases[j]
		}
		f := Fold(n)
		if f == "" {
			continue
		}
		ids := k.index[f]
		if len(ids) > 0 && ids[len(ids)-1] == i {
			continue
		}
		dup := false
		for _, j := range ids {
			if j == i {
				dup = true
				break
			}
		}
		if !dup {
			k.index[f] = append(ids, i)
		}
	}
}

func isCountryFeature(f string) bool { return strings.HasPrefix(f, "PCL") }

// IsCountry reports whether e is a country.
func (e *Entry) IsCountry() bool { return e.Type == "LOC" && isCountryFeature(e.Feature) }

// Len returns the number of entries.
func (k *KB) Len() int { return len(k.entries) }

// Lookup returns the entries known by name (compared folded), in KB order.
// The entries must not be modified.
func (k *KB) Lookup(name string) []*Entry {
	return k.LookupFolded(Fold(name))
}

// LookupFolded is Lookup for a key already folded with Fold.
func (k *KB) LookupFolded(key string) []*Entry {
	ids := k.index[key]
	if len(ids) == 0 {
		return nil
	}
	out := make([]*Entry, len(ids))
	for i, j := range ids {
		out[i] = &k.entries[j]
	}
	return out
}

// ByID returns the entry with the id, or nil.
func (k *KB) ByID(id string) *Entry {
	if i, ok := k.byID[id]; ok {
		return &k.entries[i]
	}
	return nil
}

// Country returns the country with the ISO alpha-2 code, or nil.
func (k *KB) Country(iso string) *Entry {
	if i, ok := k.country[iso]; ok {
		return &k.entries[i]
	}
	return nil
}

// Entries returns all entries (read only).
func (k *KB) Entries() []Entry { return k.entries }

// with returns a copy of k with es added; k is left unchanged so readers of
// the old knowledge base are never disturbed.
func (k *KB) with(es []Entry) *KB {
	n := &KB{entries: make([]Entry, len(k.entries), len(k.entries)+len(es)),
		byID: make(map[string]int32, len(k.byID)+len(es)), index: make(map[string][]int32, len(k.index)),
		country: make(map[string]int32, len(k.country))}
	copy(n.entries, k.entries)
	for i := range n.entries {
		n.entries[i].Aliases = append([]string(nil), n.entries[i].Aliases...)
	}
	for id, i := range k.byID {
		n.byID[id] = i
	}
	for key, ids := range k.index {
		n.index[key] = append([]int32(nil), ids...)
	}
	for c, i := range k.country {
		n.country[c] = i
	}
	for _, e := range es {
		n.add(e)
	}
	return n
}

var (
	once    sync.Once
	loadErr error
	current atomic.Pointer[KB]
	extraMu sync.Mutex
)

// EnvExtra names an environment variable holding the path of an extra
// record file loaded on top of the embedded knowledge base.
const EnvExtra = "KRONIEK_KB_EXTRA"

// Default returns the embedded knowledge base (plus KRONIEK_KB_EXTRA and
// anything added with LoadExtra), loading it on first use.
func Default() (*KB, error) {
	once.Do(func() {
		k, err := Decode(compiled)
		if err != nil {
			loadErr = fmt.Errorf("load embedded kb: %w", err)
			return
		}
		if p := os.Getenv(EnvExtra); p != "" {
			f, err := os.Open(p)
			if err != nil {
				loadErr = fmt.Errorf("load kb extra %s: %w", EnvExtra, err)
				return
			}
			defer f.Close()
			es, err := ReadRecords(f)
			if err != nil {
				loadErr = fmt.Errorf("load kb extra %s: %w", p, err)
				return
			}
			k = k.with(es)
		}
		current.Store(k)
	})
	if loadErr != nil {
		return nil, loadErr
	}
	return current.Load(), nil
}

// LoadExtra adds the entries of a record file (docs/kb.md) to the default
// knowledge base: new ids are added, known ids gain aliases and have their
// non-empty fields replaced.
func LoadExtra(r io.Reader) error {
	es, err := ReadRecords(r)
	if err != nil {
		return fmt.Errorf("kb extra: %w", err)
	}
	if _, err := Default(); err != nil {
		return err
	}
	extraMu.Lock()
	defer extraMu.Unlock()
	current.Store(current.Load().with(es))
	return nil
}

// Decode reads a gzipped record file.
func Decode(gz []byte) (*KB, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	// One string for the whole file: the entries' fields are slices of it
	// rather than a copy per line.
	text := string(raw)
	es := make([]Entry, 0, strings.Count(text, "\n"))
	for line, rest, n := "", text, 0; rest != ""; {
		line, rest, _ = strings.Cut(rest, "\n")
		n++
		if line == "" || line[0] == '#' {
			continue
		}
		e, err := parseRecord(line)
		if err != nil {
			return nil, &ParseError{Line: n, Msg: err.Error()}
		}
		es = append(es, e)
	}
	return New(es), nil
}

// Encode writes entries as a gzipped record file; equal entries give equal
// bytes.
func Encode(w io.Writer, es []Entry) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if err := WriteRecords(zw, es); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	return nil
}
