package tag

import (
	"math"
	"math/rand/v2"
	"sort"
)

// Word clusters give unknown words a class learned from raw text: each
// frequent word is described by the frequent words seen just left and right
// of it, and spherical k-means groups words with similar neighbours
// ("gisteren" with "vandaag"). Deterministic for a seed.

type sparseVec struct {
	idx []int32
	val []float32
}

// buildClusters clusters the lower-cased words of sents seen at least
// minCount times into k clusters.
func buildClusters(sents [][]string, k, iters, minCount int, seed uint64) map[string]uint16 {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[lower(w)]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) < k {
		return nil
	}
	const nctx = 400
	ctxID := map[string]int32{}
	for i := 0; i < nctx && i < len(words); i++ {
		ctxID[words[i]] = int32(i)
	}
	wordID := make(map[string]int, len(words))
	for i, w := range words {
		wordID[w] = i
	}
	counts := make([]map[int32]float32, len(words))
	for _, s := range sents {
		for i, w := range s {
			id, ok := wordID[lower(w)]
			if !ok {
				continue
			}
			m := counts[id]
			if m == nil {
				m = map[int32]float32{}
				counts[id] = m
			}
			left, right := int32(nctx), int32(2*nctx) // sentence edges
			if i > 0 {
				if c, ok := ctxID[lower(s[i-1])]; ok {
					left = c
				} else {
					left = -1
				}
			}
			if i+1 < len(s) {
				if c, ok := ctxID[lower(s[i+1])]; ok {
					right = nctx + 1 + c
				} else {
					right = -1
				}
			}
			if left >= 0 {
				m[left]++
			}
			if right >= 0 {
				m[right]++
			}
		}
	}
	dim := 2*nctx + 2
	vecs := make([]sparseVec, len(words))
	for i, m := range counts {
		keys := make([]int32, 0, len(m))
		for c := range m {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		v := sparseVec{idx: keys, val: make([]float32, len(keys))}
		norm := 0.0
		for j, c := range keys {
			x := math.Sqrt(float64(m[c]))
			v.val[j] = float32(x)
			norm += x * x
		}
		if norm > 0 {
			for j := range v.val {
				v.val[j] /= float32(math.Sqrt(norm))
			}
		}
		vecs[i] = v
	}
	dot := func(v sparseVec, c []float32) float32 {
		s := float32(0)
		for j, ix := range v.idx {
			s += v.val[j] * c[ix]
		}
		return s
	}
	// k-means++ seeding.
	rng := rand.New(rand.NewPCG(seed, 0x636c7573746572))
	cents := make([][]float32, 0, k)
	addCent := func(v sparseVec) {
		c := make([]float32, dim)
		for j, ix := range v.idx {
			c[ix] = v.val[j]
		}
		cents = append(cents, c)
	}
	addCent(vecs[0])
	best := make([]float32, len(vecs)) // best similarity so far
	for i := range best {
		best[i] = dot(vecs[i], cents[0])
	}
	for len(cents) < k {
		total := 0.0
		for _, b := range best {
			d := float64(1 - b)
			total += d * d
		}
		r := rng.Float64() * total
		pick := len(vecs) - 1
		for i, b := range best {
			d := float64(1 - b)
			r -= d * d
			if r <= 0 {
				pick = i
				break
			}
		}
		addCent(vecs[pick])
		c := cents[len(cents)-1]
		for i := range best {
			if s := dot(vecs[i], c); s > best[i] {
				best[i] = s
			}
		}
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		for i, v := range vecs {
			bi, bs := 0, float32(-1)
			for c := range cents {
				if s := dot(v, cents[c]); s > bs {
					bi, bs = c, s
				}
			}
			assign[i] = bi
		}
		for c := range cents {
			for j := range cents[c] {
				cents[c][j] = 0
			}
		}
		for i, v := range vecs {
			c := cents[assign[i]]
			for j, ix := range v.idx {
				c[ix] += v.val[j]
			}
		}
		for c := range cents {
			norm := float32(0)
			for _, x := range cents[c] {
				norm += x * x
			}
			if norm > 0 {
				n := float32(math.Sqrt(float64(norm)))
				for j := range cents[c] {
					cents[c][j] /= n
				}
			}
		}
	}
	out := make(map[string]uint16, len(words))
	for i, w := range words {
		out[w] = uint16(assign[i])
	}
	return out
}
