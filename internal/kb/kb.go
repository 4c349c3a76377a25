// Package kb is kroniek's knowledge base of places, countries and their
// adjectives, national leaders and political parties: compiled by
// `kroniek build-kb` from ../shared/data, embedded in the binary, loaded
// once on first use and looked up by folded name in a sorted index.
package kb

import (
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// compiled and compiledIndex are the record blocks and the gzipped name
// index written by `kroniek build-kb`.
var (
	//go:embed kb.blk
	compiled []byte
	//go:embed kb.idx
	compiledIndex []byte
)

// mapKB is a knowledge base indexed in maps: the entries added on top of
// the compiled base (users' extra files), and whole knowledge bases built
// with New.
type mapKB struct {
	entries []Entry
	byID    map[string]int32
	index   map[string][]int32 // folded name -> entries
	country map[string]int32   // ISO alpha-2 -> country entry
}

func newMap(es []Entry) *mapKB {
	k := &mapKB{entries: make([]Entry, 0, len(es)), byID: make(map[string]int32, len(es)),
		index: make(map[string][]int32, len(es)*2), country: map[string]int32{}}
	for _, e := range es {
		k.add(e)
	}
	return k
}

func (k *mapKB) add(e Entry) {
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

func (k *mapKB) indexEntry(i int32) {
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

func (k *mapKB) lookup(key string) []*Entry {
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

func (k *mapKB) byIDEntry(id string) *Entry {
	if i, ok := k.byID[id]; ok {
		return &k.entries[i]
	}
	return nil
}

func (k *mapKB) countryEntry(iso string) *Entry {
	if i, ok := k.country[iso]; ok {
		return &k.entries[i]
	}
	return nil
}

// with returns a copy of k with es added; k is left unchanged so readers of
// the old knowledge base are never disturbed.
func (k *mapKB) with(es []Entry) *mapKB {
	n := &mapKB{entries: make([]Entry, len(k.entries), len(k.entries)+len(es)),
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
		k, err := Decode(compiled, compiledIndex)
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
