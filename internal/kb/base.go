package kb

import (
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

// base is the compiled knowledge base: record blocks in id order and a
// sorted index of folded names.
type base struct {
	recs   *blocks // record lines in id order
	index  *blocks // "folded name\tord,ord..." lines in name order
	parsed []atomic.Pointer[Entry]
	// seen holds the lookups done before, folded name -> entries, in
	// shards by a hash of the name: a map under a read lock is faster than
	// a sync.Map here, and shards keep the workers off each other's locks.
	seen [64]seenShard
}

type seenShard struct {
	mu sync.RWMutex
	m  map[string][]*Entry
}

func (b *base) seenShard(key string) *seenShard {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= 16777619
	}
	return &b.seen[h%uint32(len(b.seen))]
}

// New indexes entries. Later entries with an id seen before update it:
// non-empty fields replace, aliases add.
func New(es []Entry) *KB { return &KB{over: newMap(es)} }

func (b *base) entry(ord int) *Entry {
	if e := b.parsed[ord].Load(); e != nil {
		return e
	}
	line, err := b.recs.line(ord)
	var e Entry
	if err == nil {
		e, err = parseRecord(line)
	}
	if err != nil {
		// The build checked every record; a broken one is left out
		// rather than a panic.
		e = Entry{ID: "invalid:" + strconv.Itoa(ord)}
	}
	b.parsed[ord].CompareAndSwap(nil, &e)
	return b.parsed[ord].Load()
}

func (b *base) findOrds(key string) []int {
	i := b.index.find(key)
	if i < 0 {
		return nil
	}
	line, err := b.index.line(i)
	if err != nil {
		return nil
	}
	_, vals, _ := strings.Cut(line, "\t")
	var out []int
	for rest := vals; rest != ""; {
		var v string
		v, rest, _ = strings.Cut(rest, ",")
		ord, err := strconv.Atoi(v)
		if err == nil && ord >= 0 && ord < b.recs.n {
			out = append(out, ord)
		}
	}
	return out
}

// lookup returns the entries of key, parsed on the first lookup of the key
// and kept: a run looks the same names up again and again. The slice is
// full (len = cap), so a caller's append copies it.
func (b *base) lookup(key string) []*Entry {
	sh := b.seenShard(key)
	sh.mu.RLock()
	out, ok := sh.m[key]
	sh.mu.RUnlock()
	if ok {
		return out
	}
	if ords := b.findOrds(key); len(ords) > 0 {
		out = make([]*Entry, 0, len(ords))
		for _, ord := range ords {
			out = append(out, b.entry(ord))
		}
	}
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = map[string][]*Entry{}
	}
	sh.m[key] = out
	sh.mu.Unlock()
	return out
}

func (b *base) ord(id string) (int32, bool) {
	i := b.recs.find(id)
	return int32(i), i >= 0
}

// countryKey is the index key of a country by ISO code; no folded name
// starts with NUL.
func countryKey(iso string) string { return "\x00iso:" + iso }

func (b *base) countryEntry(iso string) *Entry {
	if es := b.lookup(countryKey(iso)); len(es) > 0 {
		return es[0]
	}
	return nil
}

// Len returns the number of entries.
func (k *KB) Len() int {
	n := len(k.over.entries)
	if k.base != nil {
		n += k.base.recs.n
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
	if k.base != nil && len(k.over.entries) == 0 {
		return k.base.lookup(key) // nothing on top: no second copy
	}
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
		for i := 0; i < k.base.recs.n; i++ {
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

// Decode reads a compiled knowledge base: the record blocks written by
// EncodeBlocks and the index blocks written by EncodeIndex. Nothing is
// decompressed until a lookup needs it.
func Decode(records, index []byte) (*KB, error) {
	recs, err := readBlocks(records)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	idx, err := readBlocks(index)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	b := &base{recs: recs, index: idx, parsed: make([]atomic.Pointer[Entry], recs.n)}
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

// EncodeIndex writes the name index of the records EncodeBlocks writes for
// es, as blocks: folded name, tab, the entries' line numbers (from 0), in
// name order.
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
	for ord, e := range sortedByID(es) {
		if e.IsCountry() && e.Country != "" {
			k := countryKey(e.Country)
			if len(idx[k]) == 0 || e.Feature == "PCLI" {
				idx[k] = []int{ord}
			}
		}
	}
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	lines := make([]string, 0, len(keys))
	for _, k := range keys {
		var sb strings.Builder
		sb.WriteString(k)
		for i, o := range idx[k] {
			if i == 0 {
				sb.WriteByte('\t')
			} else {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(o))
		}
		lines = append(lines, sb.String())
	}
	return writeBlocks(w, lines)
}
