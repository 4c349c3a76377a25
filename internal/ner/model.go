package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// linear is a trained first-order sequence model: feature weights per label
// and label transition weights. At run time the weights are int16 (times
// scale) stored beside their key, so a feature costs one cache line.
type linear struct {
	table []entry // open addressing; key 0 = empty
	mask  uint64
	scale float32
	trans [nLabels + 1][nLabels]float32
	w     []float32 // row*nLabels + label, while training
}

type entry struct {
	key uint64
	w   [nLabels]int16
}

func (m *linear) lookup(h uint64) *entry {
	i := h & m.mask
	for {
		e := &m.table[i]
		if e.key == h {
			return e
		}
		if e.key == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// quant returns the int16 scale for weights and transitions.
func (m *linear) quantScale() float32 {
	maxAbs := float32(0)
	for _, x := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	for _, row := range m.trans {
		for _, x := range row {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	}
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / 32767
}

// build makes the lookup table from the training weights (row i has key
// keys[i]), dropping rows that quantise to zero, and returns its entries.
func (m *linear) build(keys []uint64) []entry {
	m.scale = m.quantScale()
	var ents []entry
	for r, h := range keys {
		var e entry
		nz := false
		for l := 0; l < nLabels; l++ {
			e.w[l] = int16(math.Round(float64(m.w[r*nLabels+l] / m.scale)))
			nz = nz || e.w[l] != 0
		}
		if nz {
			e.key = h
			ents = append(ents, e)
		}
	}
	m.fill(ents)
	return ents
}

func (m *linear) fill(ents []entry) {
	size := 16
	for size*3 < len(ents)*4 {
		size <<= 1
	}
	m.table = make([]entry, size)
	m.mask = uint64(size - 1)
	for _, e := range ents {
		i := e.key & m.mask
		for m.table[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = e
	}
}

// score adds the weights of feats to s.
func (m *linear) score(feats []uint64, s *[nLabels]float32) {
	var acc [nLabels]int32
	for _, h := range feats {
		if e := m.lookup(h); e != nil {
			for l := range acc {
				acc[l] += int32(e.w[l])
			}
		}
	}
	for l := range acc {
		s[l] += float32(acc[l]) * m.scale
	}
}

// allowed reports whether label cur may follow label prev (prev == nLabels
// is the sentence start): I-X only continues X.
func allowed(prev, cur int) bool {
	if cur == 0 || cur%2 == 1 {
		return true
	}
	return prev == cur || prev == cur-1
}

// viterbi finds the best label sequence for per-token label scores.
func viterbi(scores [][nLabels]float32, trans *[nLabels + 1][nLabels]float32, back [][nLabels]uint8, out []uint8) {
	n := len(scores)
	if n == 0 {
		return
	}
	var cur, next [nLabels]float32
	neg := float32(math.Inf(-1))
	for l := 0; l < nLabels; l++ {
		if allowed(nLabels, l) {
			cur[l] = scores[0][l] + trans[nLabels][l]
		} else {
			cur[l] = neg
		}
	}
	for i := 1; i < n; i++ {
		// allowed spelled out: O and B-x follow anything, I-x only B-x
		// or I-x; the same sums compared in the same order.
		for l := 0; l < nLabels; l++ {
			best, arg := neg, 0
			if l == 0 || l%2 == 1 {
				for p := 0; p < nLabels; p++ {
					if s := cur[p] + trans[p][l]; s > best {
						best, arg = s, p
					}
				}
			} else {
				if s := cur[l-1] + trans[l-1][l]; s > best {
					best, arg = s, l-1
				}
				if s := cur[l] + trans[l][l]; s > best {
					best, arg = s, l
				}
			}
			next[l] = best + scores[i][l]
			back[i][l] = uint8(arg)
		}
		cur = next
	}
	best, arg := neg, 0
	for l := 0; l < nLabels; l++ {
		if cur[l] > best {
			best, arg = cur[l], l
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i][out[i]]
	}
}

// decoder holds reusable buffers for tagging one sentence.
type decoder struct {
	feats []uint64
	back  [][nLabels]uint8
	sink  uint64 // see joint.touch
}

func (d *decoder) viterbi(scores [][nLabels]float32, trans *[nLabels + 1][nLabels]float32, out []uint8) {
	if cap(d.back) < len(scores) {
		d.back = make([][nLabels]uint8, len(scores), 2*len(scores))
	}
	viterbi(scores, trans, d.back[:len(scores)], out)
}

// Model file layout (gzip): magic, clusters, gazetteer, first-pass and
// second-pass weights. Weights are quantised to int16 with one scale per
// model; feature keys are sorted and delta coded.
const magic = "kroniek-ner-3\n"

func writeUvarint(w *bufio.Writer, x uint64) error {
	var b [binary.MaxVarintLen64]byte
	_, err := w.Write(b[:binary.PutUvarint(b[:], x)])
	return err
}

func writeString(w *bufio.Writer, s string) error {
	if err := writeUvarint(w, uint64(len(s))); err != nil {
		return err
	}
	_, err := w.WriteString(s)
	return err
}

func (m *linear) write(w *bufio.Writer, keys []uint64) error {
	scale := m.quantScale()
	q := func(x float32) uint64 {
		v := int64(math.Round(float64(x / scale)))
		return uint64((v << 1) ^ (v >> 63)) // zigzag
	}
	if err := binary.Write(w, binary.LittleEndian, math.Float32bits(scale)); err != nil {
		return err
	}
	for _, row := range m.trans {
		for _, x := range row {
			if err := writeUvarint(w, q(x)); err != nil {
				return err
			}
		}
	}
	// Keep rows whose quantised weights are not all zero, in key order.
	order := make([]int, 0, len(keys))
	for r := range keys {
		for l := 0; l < nLabels; l++ {
			if q(m.w[r*nLabels+l]) != 0 {
				order = append(order, r)
				break
			}
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		if keys[a] < keys[b] {
			return -1
		}
		if keys[a] > keys[b] {
			return 1
		}
		return 0
	})
	if err := writeUvarint(w, uint64(len(order))); err != nil {
		return err
	}
	prev := uint64(0)
	for _, r := range order {
		if err := writeUvarint(w, keys[r]-prev); err != nil {
			return err
		}
		prev = keys[r]
	}
	// Weights label-major: runs of zeros compress well.
	for l := 0; l < nLabels; l++ {
		for _, r := range order {
			if err := writeUvarint(w, q(m.w[r*nLabels+l])); err != nil {
				return err
			}
		}
	}
	return nil
}

func readLinear(r *bufio.Reader) (*linear, []entry, error) {
	var bits uint32
	if err := binary.Read(r, binary.LittleEndian, &bits); err != nil {
		return nil, nil, err
	}
	scale := math.Float32frombits(bits)
	dq := func() (float32, error) {
		u, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, err
		}
		v := int64(u>>1) ^ -int64(u&1)
		return float32(v) * scale, nil
	}
	m := &linear{}
	for p := range m.trans {
		for l := range m.trans[p] {
			x, err := dq()
			if err != nil {
				return nil, nil, err
			}
			m.trans[p][l] = x
		}
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, nil, err
	}
	if n > 1<<26 {
		return nil, nil, errors.New("too many features")
	}
	keys := make([]uint64, 0, min(n, 1<<16))
	prev := uint64(0)
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, nil, err
		}
		prev += d
		keys = append(keys, prev)
	}
	ents := make([]entry, len(keys))
	for i := range ents {
		ents[i].key = keys[i]
	}
	for l := 0; l < nLabels; l++ {
		for i := range ents {
			u, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, nil, err
			}
			v := int64(u>>1) ^ -int64(u&1)
			if v > math.MaxInt16 || v < math.MinInt16 {
				return nil, nil, errors.New("weight out of range")
			}
			ents[i].w[l] = int16(v)
		}
	}
	m.scale = scale
	return m, ents, nil
}

// Write saves the tagger (resources and both passes) as a gzip stream.
func (t *Tagger) Write(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	if _, err := w.WriteString(magic); err != nil {
		return err
	}
	if err := t.res.write(w); err != nil {
		return fmt.Errorf("write resources: %w", err)
	}
	if err := t.m1.write(w, t.keys); err != nil {
		return fmt.Errorf("write first pass: %w", err)
	}
	has2 := uint64(0)
	if t.m2 != nil {
		has2 = 1
	}
	if err := writeUvarint(w, has2); err != nil {
		return err
	}
	if t.m2 != nil {
		if err := t.m2.write(w, t.keys); err != nil {
			return fmt.Errorf("write second pass: %w", err)
		}
		if err := t.m2doc.write(w, t.keys2); err != nil {
			return fmt.Errorf("write second pass: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a tagger written by Write.
func Read(in io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	r := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("read ner model: not a kroniek NER model")
	}
	res, err := readResources(r)
	if err != nil {
		return nil, fmt.Errorf("read ner resources: %w", err)
	}
	t := &Tagger{res: res}
	m1, e1, err := readLinear(r)
	if err != nil {
		return nil, fmt.Errorf("read ner first pass: %w", err)
	}
	t.m1 = m1
	has2, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	var e2 []entry
	s2 := float32(1)
	if has2 == 1 {
		if t.m2, e2, err = readLinear(r); err != nil {
			return nil, fmt.Errorf("read ner second pass: %w", err)
		}
		s2 = t.m2.scale
		m2doc, ed, err := readLinear(r)
		if err != nil {
			return nil, fmt.Errorf("read ner second pass: %w", err)
		}
		m2doc.fill(ed)
		t.m2doc = m2doc
	}
	t.setJoint(e1, e2, m1.scale, s2)
	return t, nil
}
