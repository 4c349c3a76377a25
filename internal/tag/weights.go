package tag

import (
	"fmt"
	"math"
	"sort"
)

// weights is a read-only feature table: feature hash → one row of nt
// quantized weights, in an open-addressing hash table whose slots hold the
// key (four int16s) and the row together, so that a lookup touches one
// stretch of memory. Key 0 marks an empty slot.
type weights struct {
	nt     int
	stride int // int16s per slot: 4 for the key, then the row
	mask   uint64
	// shift makes a key's top bits its home slot: the model lists keys in
	// ascending order, so loading fills the table front to back instead
	// of at random (start-up time).
	shift uint
	data  []int16
}

func newWeights(nt, n int) *weights {
	// Load factor between 0.375 and 0.75: linear probing stays short.
	size, bits := 2, uint(1)
	for size*3 < 4*n+4 {
		size <<= 1
		bits++
	}
	// Not on huge pages (madvised, tried): with the kernel's defrag set to
	// madvise, faulting them in can stall on compaction, and the tagger's
	// start-up bar (150 ms) is the tighter one; tagging has speed to spare.
	return &weights{nt: nt, stride: 4 + nt, mask: uint64(size - 1), shift: 64 - bits, data: make([]int16, size*(4+nt))}
}

// add inserts a row; keys must be distinct. A zero key (one hash in 2^64)
// is dropped.
func (m *weights) add(key uint64, row []int16) {
	if key == 0 {
		return
	}
	i := key >> m.shift
	for {
		o := int(i) * m.stride
		if m.data[o] == 0 && m.data[o+1] == 0 && m.data[o+2] == 0 && m.data[o+3] == 0 {
			m.data[o], m.data[o+1], m.data[o+2], m.data[o+3] = int16(key), int16(key>>16), int16(key>>32), int16(key>>48)
			copy(m.data[o+4:o+m.stride], row)
			return
		}
		i = (i + 1) & m.mask
	}
}

// row returns the row of key f, or nil.
func (m *weights) row(f uint64) []int16 {
	i := f >> m.shift
	for {
		o := int(i) * m.stride
		s := m.data[o : o+m.stride : o+m.stride]
		k := uint64(uint16(s[0])) | uint64(uint16(s[1]))<<16 | uint64(uint16(s[2]))<<32 | uint64(uint16(s[3]))<<48
		if k == f && k != 0 {
			return s[4:]
		}
		if k == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// score adds the rows of fs into scores (len nt).
func (m *weights) score(fs []uint64, scores []float32) {
	scores = scores[:m.nt]
	for _, f := range fs {
		if r := m.row(f); r != nil {
			r = r[:len(scores)]
			for j, v := range r {
				scores[j] += float32(v)
			}
		}
	}
}

// scoreHalf adds the columns off … off+len(scores)-1 of the rows of fs into
// scores: one direction's half of a bidirectional model's rows.
func (m *weights) scoreHalf(fs []uint64, scores []float32, off int) {
	for _, f := range fs {
		if r := m.row(f); r != nil {
			r = r[off : off+len(scores)]
			for j, v := range r {
				scores[j] += float32(v)
			}
		}
	}
}

// trainer is an averaged perceptron over hashed features.
type trainer struct {
	nt    int
	index map[uint64]int32
	keys  []uint64
	w     []float32
	tot   []float64
	ts    []int32
	t     int32
}

func newTrainer(nt int) *trainer {
	return &trainer{nt: nt, index: map[uint64]int32{}}
}

func (tr *trainer) score(fs []uint64, scores []float32) {
	for _, f := range fs {
		if k, ok := tr.index[f]; ok {
			r := tr.w[int(k)*tr.nt : int(k+1)*tr.nt]
			for j, v := range r {
				scores[j] += v
			}
		}
	}
}

func (tr *trainer) feature(f uint64) int {
	k, ok := tr.index[f]
	if !ok {
		k = int32(len(tr.keys))
		tr.index[f] = k
		tr.keys = append(tr.keys, f)
		for j := 0; j < tr.nt; j++ {
			tr.w = append(tr.w, 0)
			tr.tot = append(tr.tot, 0)
			tr.ts = append(tr.ts, 0)
		}
	}
	return int(k) * tr.nt
}

func (tr *trainer) bump(i int, d float32) {
	tr.tot[i] += float64(tr.t-tr.ts[i]) * float64(tr.w[i])
	tr.ts[i] = tr.t
	tr.w[i] += d
}

// tick counts one training instance (for averaging).
func (tr *trainer) tick() { tr.t++ }

// add adds d to the weights of tag for every feature in fs.
func (tr *trainer) add(fs []uint64, tag int, d float32) {
	for _, f := range fs {
		tr.bump(tr.feature(f)+tag, d)
	}
}

// update moves weights towards gold and away from guess.
func (tr *trainer) update(fs []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range fs {
		o := tr.feature(f)
		tr.bump(o+gold, 1)
		tr.bump(o+guess, -1)
	}
}

// averaged returns the averaged weights, dropping rows whose largest
// absolute weight is below prune, sorted by key (deterministic).
func (tr *trainer) averaged(prune float64) (keys []uint64, rows [][]float32) {
	T := float64(tr.t)
	if T == 0 {
		T = 1
	}
	order := make([]int, len(tr.keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return tr.keys[order[a]] < tr.keys[order[b]] })
	for _, k := range order {
		row := make([]float32, tr.nt)
		maxAbs := 0.0
		for j := 0; j < tr.nt; j++ {
			i := k*tr.nt + j
			tot := tr.tot[i] + float64(tr.t-tr.ts[i])*float64(tr.w[i])
			v := tot / T
			row[j] = float32(v)
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
		if maxAbs < prune {
			continue
		}
		keys = append(keys, tr.keys[k])
		rows = append(rows, row)
	}
	return keys, rows
}

// quantize maps weights to int16 with one scale for the table.
func quantize(rows [][]float32) (scale float32, q [][]int16) {
	maxAbs := float32(0)
	for _, r := range rows {
		for _, v := range r {
			if v < 0 {
				v = -v
			}
			if v > maxAbs {
				maxAbs = v
			}
		}
	}
	scale = maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	q = make([][]int16, len(rows))
	for i, r := range rows {
		q[i] = make([]int16, len(r))
		for j, v := range r {
			q[i][j] = int16(math.Round(float64(v / scale)))
		}
	}
	return scale, q
}

func checkTags(n int) error {
	if n < 1 || n > 250 {
		return fmt.Errorf("bad tag count %d", n)
	}
	return nil
}
