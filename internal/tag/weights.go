package tag

import (
	"fmt"
	"math"
	"sort"
)

// weights is a read-only feature table: feature hash → one row of nt
// quantized weights, in an open-addressing hash table whose slots hold the
// key and the row offset together (one cache miss per probe).
type weights struct {
	nt    int
	mask  uint64
	slots []slot
	w     []int16
}

type slot struct {
	key uint64
	row int32 // row index + 1; 0 = empty
}

func newWeights(nt, n int) *weights {
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	return &weights{nt: nt, mask: uint64(size - 1), slots: make([]slot, size), w: make([]int16, 0, n*nt)}
}

// add inserts a row; keys must be distinct.
func (m *weights) add(key uint64, row []int16) {
	i := key & m.mask
	for m.slots[i].row != 0 {
		i = (i + 1) & m.mask
	}
	m.w = append(m.w, row...)
	m.slots[i] = slot{key: key, row: int32(len(m.w) / m.nt)}
}

// score adds the rows of fs into scores (len nt).
func (m *weights) score(fs []uint64, scores []float32) {
	nt := m.nt
	for _, f := range fs {
		i := f & m.mask
		for {
			s := &m.slots[i]
			if s.row == 0 {
				break
			}
			if s.key == f {
				o := int(s.row-1) * nt
				r := m.w[o : o+nt : o+nt]
				for j, v := range r {
					scores[j] += float32(v)
				}
				break
			}
			i = (i + 1) & m.mask
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
