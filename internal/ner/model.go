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
// and label transition weights, looked up by feature hash.
type linear struct {
	keys  []uint64 // open addressing; 0 = empty
	rows  []int32
	mask  uint64
	w     []float32 // row*nLabels + label
	trans [nLabels + 1][nLabels]float32
}

func (m *linear) row(h uint64) int32 {
	i := h & m.mask
	for {
		k := m.keys[i]
		if k == h {
			return m.rows[i]
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & m.mask
	}
}

// build makes the lookup table from keys (row i has key keys[i]).
func (m *linear) build(keys []uint64) {
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.rows = make([]int32, size)
	m.mask = uint64(size - 1)
	for r, h := range keys {
		i := h & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = h
		m.rows[i] = int32(r)
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
		for l := 0; l < nLabels; l++ {
			best, arg := neg, 0
			for p := 0; p < nLabels; p++ {
				if !allowed(p, l) {
					continue
				}
				if s := cur[p] + trans[p][l]; s > best {
					best, arg = s, p
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
	feats  []uint64
	scores [][nLabels]float32
	back   [][nLabels]uint8
}

// tag labels toks with model m into out.
func (m *linear) tag(d *decoder, toks []tok, second bool, out []uint8) {
	n := len(toks)
	if cap(d.scores) < n {
		d.scores = make([][nLabels]float32, n, 2*n)
		d.back = make([][nLabels]uint8, n, 2*n)
	}
	scores := d.scores[:n]
	for i := range toks {
		d.feats = features(toks, i, second, d.feats[:0])
		var s [nLabels]float32
		for _, h := range d.feats {
			r := m.row(h)
			if r < 0 {
				continue
			}
			w := m.w[int(r)*nLabels : int(r)*nLabels+nLabels]
			for l := range s {
				s[l] += w[l]
			}
		}
		scores[i] = s
	}
	viterbi(scores, &m.trans, d.back[:n], out)
}

// Model file layout (gzip): magic, clusters, gazetteer, first-pass and
// second-pass weights. Weights are quantised to int16 with one scale per
// model; feature keys are sorted and delta coded.
const magic = "kroniek-ner-1\n"

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
	maxAbs := float32(0)
	for _, x := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	for _, row := range m.trans {
		for _, x := range row {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
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

func readLinear(r *bufio.Reader) (*linear, error) {
	var bits uint32
	if err := binary.Read(r, binary.LittleEndian, &bits); err != nil {
		return nil, err
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
				return nil, err
			}
			m.trans[p][l] = x
		}
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, errors.New("too many features")
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		prev += d
		keys[i] = prev
	}
	m.w = make([]float32, int(n)*nLabels)
	for l := 0; l < nLabels; l++ {
		for i := 0; i < int(n); i++ {
			x, err := dq()
			if err != nil {
				return nil, err
			}
			m.w[i*nLabels+l] = x
		}
	}
	m.build(keys)
	return m, nil
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
	if t.m1, err = readLinear(r); err != nil {
		return nil, fmt.Errorf("read ner first pass: %w", err)
	}
	has2, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	if has2 == 1 {
		if t.m2, err = readLinear(r); err != nil {
			return nil, fmt.Errorf("read ner second pass: %w", err)
		}
	}
	return t, nil
}
