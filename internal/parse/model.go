package parse

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
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
	VForm bool
	// Joint models score labelled arc actions with the transition
	// features (joint.go).
	Joint bool
	// Clause models have the Dutch clause features.
	Clause bool
	// Attach models have the attachment features (TrainOptions.Attach).
	Attach bool
	Labels []string // dependency relations; index = label id
	clus   func(string) int

	// Open-addressing table from 32-bit feature key to a row of ent.
	slots []slot
	mask  uint32
	ents  []ent
	nrows int
	// dense rows of a Joint model (see scoreJoint): per direction dW words
	// of two relations' weights, biased by denseBias, in 32-bit lanes
	dense []uint64
	hw    int
	scale float32 // weight = ent.w * scale

	rootLab, restLab int
	caseLab          int32 // the Attach features' preposition relation, -1 if none
	js               jointSpec
	// bias holds a Joint model's scores of the constant transition
	// feature: the parser starts from them instead of looking it up.
	bias [256]int32
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
	if m.Joint {
		m.scoreJoint(fs, scores, sink, true, true, nil)
		return
	}
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

// scoreJoint is score for Joint models, whose rows keep the action weights
// in the slot and the other classes in ents: a row's entries are fetched
// while the other features' slots are probed and summed in a second pass,
// so their cache misses overlap too. Without left (or right) the LEFT-l
// (RIGHT-l) classes are skipped: an illegal action's relations are not
// needed, and they are most of the work.
//
// With init, the scores start from init instead of zero.
func (m *Model) scoreJoint(fs []uint64, scores *[256]int32, sink *uint32, left, right bool, init *[256]int32) {
	if init != nil {
		copy(scores[:m.nscore], init[:m.nscore])
	} else {
		clear(scores[:m.nscore])
	}
	slots, mask, ents := m.slots, m.mask, m.ents
	var touch uint32
	for _, h := range fs {
		touch += slots[key32(h)&mask].offn
	}
	var offs [nFeat]uint32
	no := 0
	for _, h := range fs {
		k := key32(h)
		i := k & mask
		for {
			sl := &slots[i]
			if sl.key == k {
				scores[0] += int32(sl.w[0])
				scores[1] += int32(sl.w[1])
				scores[2] += int32(sl.w[2])
				scores[3] += int32(sl.w[3])
				if sl.offn != 0 && no < len(offs) {
					offs[no] = sl.offn
					no++
					touch += uint32(ents[sl.offn>>8].w)
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	*sink = touch
	if !left && !right {
		return
	}
	var acc [2 * dW]uint64
	nd := uint64(0)
	for _, on := range offs[:no] {
		off, n := int(on>>8), int(on&0xff)
		if n == denseMark {
			d := (*[2 * dW]uint64)(m.dense[off*2*dW:])
			// four words a step: the loop's own instructions were as
			// many as the additions
			if left {
				for j := 0; j < dW; j += 4 {
					acc[j] += d[j]
					acc[j+1] += d[j+1]
					acc[j+2] += d[j+2]
					acc[j+3] += d[j+3]
				}
			}
			if right {
				for j := dW; j < 2*dW; j += 4 {
					acc[j] += d[j]
					acc[j+1] += d[j+1]
					acc[j+2] += d[j+2]
					acc[j+3] += d[j+3]
				}
			}
			nd++
			continue
		}
		row := ents[off+1 : off+1+n]
		if k := int(uint16(ents[off].w)); k <= n {
			switch {
			case !right:
				row = row[:k]
			case !left:
				row = row[k:]
			}
		}
		for _, e := range row {
			scores[e.c] += int32(e.w)
		}
	}
	if nd == 0 {
		return
	}
	// Each dense row added denseBias to every lane.
	bias := int64(nd * denseBias)
	js := &m.js
	for h, on := range [2]bool{left, right} {
		if !on {
			continue
		}
		c := js.base + h*js.n
		for j, v := range acc[h*dW : h*dW+(js.n+1)/2] {
			scores[(c+2*j)&0xff] += int32(int64(v&0xffffffff) - bias)
			if 2*j+1 < js.n {
				scores[(c+2*j+1)&0xff] += int32(int64(v>>32) - bias)
			}
		}
	}
}

// A Joint model keeps a row with at least denseMin relation weights, and
// no classes but actions and relations, dense: summing 32-bit lanes two at
// a time is faster than adding the entries one by one, and such rows (of
// frequent tags and labels) are most of the work.
const (
	denseMin  = 24
	denseBias = 1 << 15
	denseMark = 0xff // offn&0xff of a dense row; sparse rows have fewer entries
	// dW words hold a direction's relations: models with more than 2*dW
	// relations have no dense rows.
	dW = 24
)

// denseRow stores row's relation weights densely and sets sl to them,
// unless the row is not worth it or has other classes.
func (m *Model) denseRow(sl *slot, row sparseRow, quant func(float32) int16) bool {
	js := newJointSpec(m.Labels)
	nj := 0
	for _, c := range row.cls {
		switch {
		case c < nActs:
		case int(c) >= js.base && int(c) < js.base+2*js.n:
			nj++
		default:
			return false
		}
	}
	if nj < denseMin || m.hw == 0 || len(m.dense)/(2*dW) >= 1<<24 {
		return false
	}
	idx := len(m.dense) / (2 * dW)
	d := make([]uint64, 2*dW)
	for i := range d {
		d[i] = denseBias | denseBias<<32
	}
	for j, c := range row.cls {
		if c < nActs {
			sl.w[c] = quant(row.vals[j])
			continue
		}
		k := int(c) - js.base // LEFT relations, then RIGHT ones from js.n
		w := k / 2
		if k >= js.n {
			w = dW + (k-js.n)/2
			k -= js.n
		}
		shift := 32 * uint(k%2)
		d[w] = d[w]&^(0xffffffff<<shift) | uint64(int64(quant(row.vals[j]))+denseBias)<<shift
	}
	m.dense = append(m.dense, d...)
	sl.offn = uint32(idx)<<8 | denseMark
	return true
}

// actionMask has bit a set for each action class a in cls.
func actionMask(cls []uint16) uint8 {
	var m uint8
	for _, c := range cls {
		if c < nActs {
			m |= 1 << c
		}
	}
	return m
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
	// Rows of a Joint model's transition features have labelled classes
	// besides the actions; scoreJoint reads them in a second pass.
	split := m.Joint
	var jright int
	m.dense, m.hw = nil, 0
	if split {
		js := newJointSpec(m.Labels)
		jright = js.class(actRight, 0)
		if js.n <= 2*dW {
			m.hw = dW
		}
	}
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
		if split && !inline && len(row.cls)-bits.OnesCount8(actionMask(row.cls)) >= denseMark {
			continue // more classes than a model has: a corrupt row
		}
		if split && !inline && m.denseRow(&sl, row, quant) {
			// stored dense
		} else if split && !inline {
			// The action weights sit in the slot, the others in ents
			// after a header whose w counts those before the RIGHT-l
			// classes (rows are sorted by class).
			off := len(m.ents)
			m.ents = append(m.ents, ent{})
			sl.offn = uint32(off) << 8
			for j, c := range row.cls {
				if c < nActs {
					sl.w[c] = quant(row.vals[j])
					continue
				}
				if int(c) < jright {
					m.ents[off].w++
				}
				m.ents = append(m.ents, ent{w: quant(row.vals[j]), c: uint8(c)})
				sl.offn++
			}
		} else if inline {
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
	m.nscore = nActs + len(m.Labels) + len(vfClasses)
	if m.Joint {
		m.js = newJointSpec(m.Labels)
		m.nscore += 2 * m.js.n
	}
	m.nscore = min(256, m.nscore)
	if m.Joint {
		var sink uint32
		m.scoreJoint([]uint64{biasFeature}, &m.bias, &sink, true, true, nil)
	}
	m.rootLab, m.restLab = m.labelID("root"), m.labelID("parataxis")
	m.caseLab = int32(m.labelID("case"))
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
	flags := uint64(0)
	for _, f := range m.flagFields() {
		if *f.on {
			flags |= f.bit
		}
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
		} else if m.Joint && sl.offn&0xff == denseMark {
			for a, w := range sl.w {
				if w != 0 {
					row.cls = append(row.cls, uint16(a))
					row.vals = append(row.vals, float32(w)*m.scale)
				}
			}
			js := newJointSpec(m.Labels)
			d := m.dense[int(sl.offn>>8)*2*dW:][:2*dW]
			for k := 0; k < 2*js.n; k++ {
				w, kk := k/2, k
				if k >= js.n {
					w, kk = dW+(k-js.n)/2, k-js.n
				}
				v := int64(d[w]>>(32*uint(kk%2))&0xffffffff) - denseBias
				if v != 0 {
					row.cls = append(row.cls, uint16(js.base+k))
					row.vals = append(row.vals, float32(v)*m.scale)
				}
			}
		} else {
			off, n := sl.offn>>8, sl.offn&0xff
			if m.Joint {
				for a, w := range sl.w {
					if w != 0 {
						row.cls = append(row.cls, uint16(a))
						row.vals = append(row.vals, float32(w)*m.scale)
					}
				}
				off++ // the header
			}
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
	known := uint64(0)
	for _, f := range m.flagFields() {
		*f.on = flags&f.bit != 0
		known |= f.bit
	}
	if flags&^known != 0 {
		// features this code does not compute: parsing would be wrong
		return nil, fmt.Errorf("read parse model: unknown options %#x (a newer kroniek wrote it)", flags&^known)
	}
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
	if m.VForm || m.Joint {
		ncls += uint64(len(vfClasses))
	}
	if m.Joint {
		ncls += 2 * uint64(len(m.Labels))
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

// flagFields pairs the model's options with their bits in the file's flags
// word, so that writing and reading cannot disagree. Bit 64 is not used.
func (m *Model) flagFields() []struct {
	bit uint64
	on  *bool
} {
	return []struct {
		bit uint64
		on  *bool
	}{
		{1, &m.UseXPOS},  // XPOS features
		{2, &m.Extended}, // extended transition features
		{4, &m.Clusters}, // word-cluster features
		{8, &m.RootEnd},  // the root at the end of the buffer
		{16, &m.VForm},   // verb forms in the tag features
		{32, &m.Joint},   // joint labelled transitions
		{128, &m.Clause}, // clause features
		{256, &m.Attach}, // attachment features
	}
}
