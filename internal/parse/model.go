package parse

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"kroniek/internal/tag"
)

// Model is a trained parser: averaged perceptron weights over hashed
// features, stored sparsely (each feature keeps only the actions it has
// weight for).
type Model struct {
	Lang    string
	UseXPOS bool // features use XPOS (else UPOS twice)
	// Extended models use the extended transition features too.
	Extended bool
	// Clusters models use the tagger's word clusters (clus) in features.
	Clusters bool
	// RootEnd models put the root at the end of the buffer.
	RootEnd bool
	// VForm models refine verbs' tags with their predicted verb form.
	VForm  bool
	Labels []string // dependency relations; index = label id
	clus   func(string) int

	// Open-addressing table from 32-bit feature key to a row of ent.
	slots []slot
	mask  uint32
	ents  []ent
	nrows int
	scale float32 // weight = ent.w * scale

	rootLab, restLab int
	// nscore is how many classes score clears: actions, labels and verb
	// forms; the readers of the scores look at no others.
	nscore int
}

func key32(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// slot holds a row next to its key, so that most lookups touch one cache
// line: a row of transition classes only (all but label rows) keeps its
// weights in w, indexed by action; any other row is n = offn&0xff entries
// of ents from offn>>8.
type slot struct {
	key, offn uint32
	w         [nActs]int16
}

// ent is one weight, quantized to 16 bits (as stored on disk), with its
// class.
type ent struct {
	w int16
	c uint8
}

// score adds the weights of the features' rows. Classes are uint8 and scores
// an array of 256, so the inner loop needs no bounds checks.
//
// sink receives a value computed from the touched slots, so that the
// compiler keeps those loads; the parser owns it.
func (m *Model) score(fs []uint64, scores *[256]int32, sink *uint32) {
	clear(scores[:m.nscore])
	slots, mask := m.slots, m.mask
	// Touch every feature's home slot first: these loads do not depend on
	// each other, so the CPU overlaps their cache misses, and the loop
	// below finds the slots cached instead of waiting for one at a time.
	var touch uint32
	for _, h := range fs {
		touch += slots[key32(h)&mask].offn
	}
	*sink = touch
	for _, h := range fs {
		k := key32(h)
		i := k & mask
		for {
			sl := &slots[i]
			if sl.key == k {
				if sl.offn == 0 {
					for a, w := range sl.w {
						scores[a] += int32(w)
					}
					break
				}
				off, n := sl.offn>>8, sl.offn&0xff
				for _, e := range m.ents[off : off+n] {
					scores[e.c] += int32(e.w)
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
}

type sparseRow struct {
	key  uint32
	cls  []uint16
	vals []float32
}

// build fills the lookup structures from rows.
func (m *Model) build(rs []sparseRow) {
	// Load factor between 0.375 and 0.75: linear probing stays short.
	size := 1
	for size*3 < 4*len(rs)+4 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint32(size - 1)
	m.nrows = len(rs)
	n := 0
	for _, row := range rs {
		n += len(row.cls)
	}
	m.ents = make([]ent, 0, n)
	var maxW float64
	for _, row := range rs {
		for _, v := range row.vals {
			maxW = math.Max(maxW, math.Abs(float64(v)))
		}
	}
	m.scale = float32(maxW / 32767)
	if m.scale == 0 {
		m.scale = 1
	}
	quant := func(v float32) int16 {
		return int16(math.Max(-32767, math.Min(32767, math.Round(float64(v/m.scale)))))
	}
	for _, row := range rs {
		if row.key == 0 || len(row.cls) == 0 || len(row.cls) > 255 || len(m.ents) >= 1<<24 {
			continue
		}
		sl := slot{key: row.key}
		inline := true
		for _, c := range row.cls {
			inline = inline && c < nActs
		}
		if inline {
			for j, c := range row.cls {
				sl.w[c] = quant(row.vals[j])
			}
		} else {
			// offn is never 0 here: the row has at least one entry.
			sl.offn = uint32(len(m.ents))<<8 | uint32(len(row.cls))
			for j, c := range row.cls {
				m.ents = append(m.ents, ent{w: quant(row.vals[j]), c: uint8(c)})
			}
		}
		i := row.key & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = sl
	}
	m.nscore = min(256, nActs+len(m.Labels)+len(vfClasses))
	m.rootLab, m.restLab = m.labelID("root"), m.labelID("parataxis")
	if m.restLab < 0 {
		m.restLab = m.labelID("dep")
	}
	if m.restLab < 0 {
		m.restLab = 0
	}
}

func (m *Model) labelID(l string) int {
	for i, x := range m.Labels {
		if x == l {
			return i
		}
	}
	return -1
}

const magic = "KPARSE2\n"

// WriteTo writes the model compactly: a header, then rows sorted by key
// with delta-coded keys and weights quantized to 16 bits, all deflated.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	putStr := func(s string) {
		buf.Write(binary.AppendUvarint(nil, uint64(len(s))))
		buf.WriteString(s)
	}
	putU := func(v uint64) { buf.Write(binary.AppendUvarint(nil, v)) }
	putStr(m.Lang)
	// flags: 1 = XPOS features, 2 = extended transition features, 4 =
	// clusters, 8 = root at the end
	flags := uint64(0)
	if m.UseXPOS {
		flags |= 1
	}
	if m.Extended {
		flags |= 2
	}
	if m.Clusters {
		flags |= 4
	}
	if m.RootEnd {
		flags |= 8
	}
	if m.VForm {
		flags |= 16
	}
	putU(flags)
	putU(uint64(len(m.Labels)))
	for _, l := range m.Labels {
		putStr(l)
	}
	rs := m.sortedRows()
	scale := m.scale
	putU(uint64(math.Float32bits(scale)))
	putU(uint64(len(rs)))
	prev := uint32(0)
	for _, r := range rs {
		putU(uint64(r.key - prev))
		prev = r.key
		putU(uint64(len(r.cls)))
		for j, c := range r.cls {
			putU(uint64(c))
			q := int64(math.Round(float64(r.vals[j] / scale)))
			buf.Write(binary.AppendVarint(nil, q))
		}
	}
	cw := &countWriter{w: w}
	zw, err := flate.NewWriter(cw, flate.BestCompression)
	if err != nil {
		return cw.n, fmt.Errorf("write parse model: %w", err)
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return cw.n, fmt.Errorf("write parse model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write parse model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (m *Model) sortedRows() []sparseRow {
	rs := make([]sparseRow, 0, m.nrows)
	for _, sl := range m.slots {
		if sl.key == 0 {
			continue
		}
		row := sparseRow{key: sl.key}
		if sl.offn == 0 {
			for a, w := range sl.w {
				if w != 0 {
					row.cls = append(row.cls, uint16(a))
					row.vals = append(row.vals, float32(w)*m.scale)
				}
			}
		} else {
			off, n := sl.offn>>8, sl.offn&0xff
			for _, e := range m.ents[off : off+n] {
				row.cls = append(row.cls, uint16(e.c))
				row.vals = append(row.vals, float32(e.w)*m.scale)
			}
		}
		if len(row.cls) > 0 {
			rs = append(rs, row)
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	return rs
}

// ReadModel reads a model written by WriteTo. The model is inflated whole
// and decoded from memory, its rows' classes and weights in two shared
// arrays: reading byte by byte and two small allocations per row made
// loading the Dutch model a fifth of a second.
func ReadModel(r io.Reader) (*Model, error) {
	raw, err := io.ReadAll(flate.NewReader(r))
	if err != nil && !(errors.Is(err, io.ErrUnexpectedEOF) && len(raw) > 0) {
		return nil, fmt.Errorf("read parse model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("read parse model: not a parse model")
	}
	buf := raw[len(magic):]
	var rerr error
	// take consumes the n bytes of a varint just decoded; n <= 0 means
	// the model is cut short, and every later read then gives 0.
	take := func(n int) bool {
		if n <= 0 {
			if rerr == nil {
				rerr = io.ErrUnexpectedEOF
			}
			buf = nil
			return false
		}
		buf = buf[n:]
		return true
	}
	getU := func() uint64 {
		v, n := binary.Uvarint(buf)
		if !take(n) {
			return 0
		}
		return v
	}
	getI := func() int64 {
		v, n := binary.Varint(buf)
		if !take(n) {
			return 0
		}
		return v
	}
	getStr := func() string {
		n := getU()
		if n > 1<<16 {
			if rerr == nil {
				rerr = errors.New("string too long")
			}
			return ""
		}
		if n > uint64(len(buf)) {
			if rerr == nil {
				rerr = io.ErrUnexpectedEOF
			}
			buf = nil
			return ""
		}
		s := string(buf[:n])
		buf = buf[n:]
		return s
	}
	m := &Model{}
	m.Lang = getStr()
	flags := getU()
	m.UseXPOS, m.Extended, m.Clusters, m.RootEnd = flags&1 != 0, flags&2 != 0, flags&4 != 0, flags&8 != 0
	m.VForm = flags&16 != 0
	if m.Clusters {
		tg, err := tag.For(m.Lang)
		if err != nil {
			return nil, fmt.Errorf("read parse model: clusters: %w", err)
		}
		m.clus = tg.Cluster
	}
	nl := getU()
	if nl > 1<<12 {
		return nil, errors.New("read parse model: too many labels")
	}
	for i := uint64(0); i < nl && rerr == nil; i++ {
		m.Labels = append(m.Labels, getStr())
	}
	scale := math.Float32frombits(uint32(getU()))
	nr := getU()
	if rerr != nil {
		return nil, fmt.Errorf("read parse model: %w", rerr)
	}
	// Every row takes at least two bytes: this bounds what a bad count
	// can make us allocate.
	if nr > 1<<26 || nr > uint64(len(buf)) {
		return nil, errors.New("read parse model: too many rows")
	}
	ncls := uint64(nActs + len(m.Labels))
	if m.VForm {
		ncls += uint64(len(vfClasses))
	}
	if ncls > 256 {
		return nil, errors.New("read parse model: too many labels")
	}
	// Every weight takes at least two bytes (class and value).
	cls := make([]uint16, 0, len(buf)/2)
	vals := make([]float32, 0, len(buf)/2)
	rs := make([]sparseRow, 0, nr)
	key := uint32(0)
	for i := uint64(0); i < nr && rerr == nil; i++ {
		key += uint32(getU())
		n := getU()
		if n > ncls {
			return nil, errors.New("read parse model: bad row")
		}
		if len(cls)+int(n) > cap(cls) {
			return nil, errors.New("read parse model: bad row")
		}
		start := len(cls)
		for j := uint64(0); j < n; j++ {
			c := getU()
			if c >= ncls {
				return nil, errors.New("read parse model: bad class")
			}
			cls = append(cls, uint16(c))
			vals = append(vals, float32(getI())*scale)
		}
		rs = append(rs, sparseRow{key: key, cls: cls[start:len(cls):len(cls)], vals: vals[start:len(vals):len(vals)]})
	}
	if rerr != nil {
		return nil, fmt.Errorf("read parse model: %w", rerr)
	}
	m.build(rs)
	return m, nil
}
