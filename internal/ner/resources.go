package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Resources are the word clusters and gazetteer shared by both passes.
type Resources struct {
	// Clusters maps a lower-cased word to its packed cluster ids (see
	// PackCluster); 0 means unknown.
	Clusters map[string]uint32
	Gaz      *Gazetteer
	// Roles are lower-case role nouns (minister, kenner); a word that is
	// or ends in one is marked.
	Roles map[string]bool
}

// role reports whether low is a role noun or a compound ending in one.
func (r *Resources) role(low string) bool {
	if r.Roles[low] {
		return true
	}
	for k := 3; k+3 <= len(low); k++ {
		if utf8.RuneStart(low[k]) && r.Roles[low[k:]] {
			return true
		}
	}
	return false
}

// PackCluster packs a word's fine (< 4095), middle and coarse cluster ids
// and its capitalisation class (see capClass).
func PackCluster(fine, mid, coarse, caps int) uint32 {
	return uint32(fine+1)&0xfff | uint32(caps&0xf)<<12 | uint32(mid&0xff)<<16 | uint32(coarse&0xff)<<24
}

// clusterLevel returns the fine (0), middle (1) or coarse (2) cluster, or
// the capitalisation class (3).
func clusterLevel(cl uint32, lvl int) uint32 {
	if cl == 0 {
		return 0xffffff
	}
	switch lvl {
	case 0:
		return cl & 0xfff
	case 1:
		return cl >> 16 & 0xff
	case 3:
		return cl >> 12 & 0xf
	}
	return cl >> 24
}

// Gazetteer categories. A match of category c sets bit 2c on its first
// token and bit 2c+1 on the others.
const (
	GazLocGeo = iota
	GazLocCountry
	GazMiscDemonym
	GazOrgParty
	GazPerTrain
	GazOrgTrain
	GazLocTrain
	GazMiscTrain
	GazPerFirst
	GazPerLast
	GazOrgList
	gazCats
)

// GazTrain maps an entity type index to its training-names category.
var gazTrain = [4]int{GazPerTrain, GazOrgTrain, GazLocTrain, GazMiscTrain}

// Gazetteer is a set of names (lower-cased, space-separated words) with
// their categories.
type Gazetteer struct {
	names  map[string]uint16 // name -> category bits, for saving
	m      map[uint64]uint16 // hash of the words -> category bits
	maxLen int
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{names: map[string]uint16{}, m: map[uint64]uint16{}}
}

// Clone returns a copy that can be extended independently.
func (g *Gazetteer) Clone() *Gazetteer {
	return &Gazetteer{names: maps.Clone(g.names), m: maps.Clone(g.m), maxLen: g.maxLen}
}

// Len returns the number of names (0 for a loaded gazetteer).
func (g *Gazetteer) Len() int { return len(g.names) }

const gazMaxWords = 6

// Add adds a name in category cat. Names are split on spaces; names that
// do not start with a capital or digit, or are too long, are ignored.
func (g *Gazetteer) Add(cat int, name string) {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > gazMaxWords {
		return
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return
	}
	for i := range words {
		words[i] = lower(words[i])
	}
	g.addLower(cat, strings.Join(words, " "))
}

// prefixBit marks a hash that begins a longer name, so matching goes on.
const prefixBit = 1 << 15

// mark sets the gazetteer bits of a sentence's tokens. A match must start
// with a capitalised token.
func (g *Gazetteer) mark(toks []tok) {
	for i := range toks {
		if toks[i].flags&(fInitCap|fAllCaps|fHasDigit) == 0 {
			continue
		}
		h := hstart(0x9a2)
		for j := i; j < len(toks) && j-i < g.maxLen; j++ {
			h = hadd(h, toks[j].low)
			bits := g.m[fin(h)]
			cats := bits &^ prefixBit
			for cats != 0 {
				c := bitsTrailing(uint32(cats))
				cats &= cats - 1
				toks[i].gaz |= 1 << (2 * c)
				for k := i + 1; k <= j; k++ {
					toks[k].gaz |= 1 << (2*c + 1)
				}
			}
			if bits&prefixBit == 0 {
				break
			}
		}
	}
}

func (res *Resources) write(w *bufio.Writer) error {
	words := slices.Sorted(maps.Keys(res.Clusters))
	if err := writeUvarint(w, uint64(len(words))); err != nil {
		return err
	}
	for _, word := range words {
		if err := writeString(w, word); err != nil {
			return err
		}
		if err := writeUvarint(w, uint64(res.Clusters[word])); err != nil {
			return err
		}
	}
	g := res.Gaz
	if g == nil {
		g = NewGazetteer()
	}
	if g.names == nil && len(g.m) > 0 {
		return errors.New("a loaded gazetteer cannot be saved again; train the model")
	}
	names := slices.Sorted(maps.Keys(g.names))
	if err := writeUvarint(w, uint64(len(names))); err != nil {
		return err
	}
	for _, n := range names {
		if err := writeString(w, n); err != nil {
			return err
		}
		if err := writeUvarint(w, uint64(g.names[n])); err != nil {
			return err
		}
	}
	roles := slices.Sorted(maps.Keys(res.Roles))
	if err := writeUvarint(w, uint64(len(roles))); err != nil {
		return err
	}
	for _, x := range roles {
		if err := writeString(w, x); err != nil {
			return err
		}
	}
	return nil
}

func readString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	if n > 1<<16 {
		return "", errors.New("string too long")
	}
	b := make([]byte, n)
	if _, err := ioReadFull(r, b); err != nil {
		return "", err
	}
	return string(b), nil
}

func readResources(r *bufio.Reader) (*Resources, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("too many cluster words")
	}
	// Sizes come from the file: cap the preallocation so a corrupt count
	// fails on reading instead of allocating.
	res := &Resources{Clusters: make(map[string]uint32, min(n, 1<<17))}
	for i := uint64(0); i < n; i++ {
		w, err := readString(r)
		if err != nil {
			return nil, err
		}
		c, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		res.Clusters[w] = uint32(c)
	}
	if n, err = binary.ReadUvarint(r); err != nil {
		return nil, err
	}
	if n > 1<<24 {
		return nil, errors.New("too many gazetteer names")
	}
	// A loaded gazetteer only matches; it keeps no name list for saving.
	res.Gaz = &Gazetteer{m: make(map[uint64]uint16, min(n+n/2, 1<<19))}
	for i := uint64(0); i < n; i++ {
		name, err := readString(r)
		if err != nil {
			return nil, err
		}
		bits, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		for c := 0; c < gazCats; c++ {
			if bits&(1<<c) != 0 {
				res.Gaz.addLower(c, name)
			}
		}
	}
	if n, err = binary.ReadUvarint(r); err != nil {
		return nil, err
	}
	if n > 1<<20 {
		return nil, errors.New("too many roles")
	}
	res.Roles = make(map[string]bool, n)
	for i := uint64(0); i < n; i++ {
		x, err := readString(r)
		if err != nil {
			return nil, err
		}
		res.Roles[x] = true
	}
	return res, nil
}

// addLower adds an already lower-cased name.
func (g *Gazetteer) addLower(cat int, key string) {
	if g.names != nil {
		g.names[key] |= 1 << cat
	}
	h := hstart(0x9a2)
	n := 0
	for w := range strings.FieldsSeq(key) {
		if n > 0 {
			g.m[fin(h)] |= prefixBit
		}
		h = hadd(h, w)
		n++
	}
	g.m[fin(h)] |= 1 << cat
	g.maxLen = max(g.maxLen, n)
}

func ioReadFull(r *bufio.Reader, b []byte) (int, error) { return io.ReadFull(r, b) }
