// Package cluster learns word classes from unlabelled text with the
// exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998): each
// word moves to the class that most improves the likelihood of a class
// bigram model, until no move helps. Coarser levels cluster the classes
// themselves, which gives a small hierarchy like Brown clusters.
package cluster

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
)

// Options configure Exchange.
type Options struct {
	Classes    int // number of classes
	Iterations int // maximum passes over the vocabulary
	Log        io.Writer
}

// Corpus is a sequence of word ids; sentence boundaries are a word too.
type Corpus struct {
	Seq  []int32
	Size int // number of distinct ids
}

// bigrams is a sparse word bigram table in both directions.
type bigrams struct {
	succ, pred  [][]pair
	self        []int64 // count of (w, w)
	left, right []int64 // times w is the left / right word of a bigram
}

type pair struct {
	w int32
	n int64
}

func count(c Corpus) *bigrams {
	m := map[uint64]int64{}
	for i := 1; i < len(c.Seq); i++ {
		m[uint64(c.Seq[i-1])<<32|uint64(c.Seq[i])]++
	}
	b := &bigrams{
		succ: make([][]pair, c.Size), pred: make([][]pair, c.Size),
		self: make([]int64, c.Size), left: make([]int64, c.Size), right: make([]int64, c.Size),
	}
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] }) // determinism
	for _, k := range keys {
		u, v, n := int32(k>>32), int32(k&0xffffffff), m[k]
		b.left[u] += n
		b.right[v] += n
		if u == v {
			b.self[u] += n
			continue
		}
		b.succ[u] = append(b.succ[u], pair{v, n})
		b.pred[v] = append(b.pred[v], pair{u, n})
	}
	return b
}

// flogf is x*log(x) with a table for small counts.
type flog struct{ tab []float64 }

func newFlog(n int) flog {
	t := make([]float64, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return flog{t}
}

func (f flog) of(x int64) float64 {
	if x < int64(len(f.tab)) {
		if x <= 0 {
			return 0
		}
		return f.tab[x]
	}
	return float64(x) * math.Log(float64(x))
}

// Exchange assigns each id of c to one of o.Classes classes. Ids are
// expected in decreasing frequency order; the initial assignment is id mod
// Classes, so the result is deterministic.
func Exchange(ctx context.Context, c Corpus, o Options) ([]int32, error) {
	C := o.Classes
	if C < 2 {
		return nil, fmt.Errorf("cluster: need at least 2 classes, have %d", C)
	}
	if o.Iterations == 0 {
		o.Iterations = 10
	}
	b := count(c)
	V := c.Size
	cls := make([]int32, V)
	for w := range cls {
		cls[w] = int32(w % C)
	}
	N := make([]int64, C*C)
	Nl := make([]int64, C)
	Nr := make([]int64, C)
	for w := 0; w < V; w++ {
		a := int(cls[w])
		Nl[a] += b.left[w]
		Nr[a] += b.right[w]
		N[a*C+a] += b.self[w]
		for _, p := range b.succ[w] {
			N[a*C+int(cls[p.w])] += p.n
		}
	}
	f := newFlog(1 << 20)
	R := make([]int64, C)
	L := make([]int64, C)
	var rs, ls []int32 // touched classes
	for it := 0; it < o.Iterations; it++ {
		moved := 0
		for w := 0; w < V; w++ {
			if w&1023 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			if b.left[w] == 0 && b.right[w] == 0 {
				continue
			}
			rs, ls = rs[:0], ls[:0]
			for _, p := range b.succ[w] {
				d := cls[p.w]
				if R[d] == 0 {
					rs = append(rs, d)
				}
				R[d] += p.n
			}
			for _, p := range b.pred[w] {
				d := cls[p.w]
				if L[d] == 0 {
					ls = append(ls, d)
				}
				L[d] += p.n
			}
			self := b.self[w]
			a := int(cls[w])
			// Take w out of its class.
			for _, d := range rs {
				N[a*C+int(d)] -= R[d]
			}
			for _, d := range ls {
				N[int(d)*C+a] -= L[d]
			}
			N[a*C+a] -= self
			Nl[a] -= b.left[w]
			Nr[a] -= b.right[w]
			best, arg := math.Inf(-1), a
			for k := 0; k < C; k++ {
				g := 0.0
				row := N[k*C : k*C+C]
				for _, d := range rs {
					if int(d) != k {
						x := row[d]
						g += f.of(x+R[d]) - f.of(x)
					}
				}
				for _, d := range ls {
					if int(d) != k {
						x := N[int(d)*C+k]
						g += f.of(x+L[d]) - f.of(x)
					}
				}
				x := row[k]
				g += f.of(x+R[k]+L[k]+self) - f.of(x)
				g -= f.of(Nl[k]+b.left[w]) - f.of(Nl[k])
				g -= f.of(Nr[k]+b.right[w]) - f.of(Nr[k])
				if g > best+1e-9 || (k == a && g >= best-1e-9) {
					best, arg = g, k
				}
			}
			// Put it in the best class.
			for _, d := range rs {
				N[arg*C+int(d)] += R[d]
			}
			for _, d := range ls {
				N[int(d)*C+arg] += L[d]
			}
			N[arg*C+arg] += self
			Nl[arg] += b.left[w]
			Nr[arg] += b.right[w]
			if arg != a {
				moved++
				cls[w] = int32(arg)
			}
			for _, d := range rs {
				R[d] = 0
			}
			for _, d := range ls {
				L[d] = 0
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "cluster: %d classes, iteration %d: %d of %d words moved\n", C, it+1, moved, V)
		}
		if moved == 0 {
			break
		}
	}
	return cls, nil
}

// Vocabulary maps words to ids in decreasing frequency order (ties broken
// alphabetically); words seen fewer than minCount times share id unk.
type Vocabulary struct {
	IDs   map[string]int32
	Words []string
}

// NewVocabulary counts the words of sents.
func NewVocabulary(sents [][]string, minCount int) *Vocabulary {
	n := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			n[w]++
		}
	}
	var words []string
	for w, k := range n {
		if k >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if n[words[i]] != n[words[j]] {
			return n[words[i]] > n[words[j]]
		}
		return words[i] < words[j]
	})
	v := &Vocabulary{IDs: map[string]int32{}, Words: words}
	for i, w := range words {
		v.IDs[w] = int32(i)
	}
	return v
}

// Corpus maps sents to ids: unknown words get id len(Words), sentence
// boundaries id len(Words)+1.
func (v *Vocabulary) Corpus(sents [][]string) Corpus {
	unk, bnd := int32(len(v.Words)), int32(len(v.Words)+1)
	c := Corpus{Size: len(v.Words) + 2}
	c.Seq = append(c.Seq, bnd)
	for _, s := range sents {
		for _, w := range s {
			id, ok := v.IDs[w]
			if !ok {
				id = unk
			}
			c.Seq = append(c.Seq, id)
		}
		c.Seq = append(c.Seq, bnd)
	}
	return c
}

// Hierarchy learns classes at several granularities, finest first: level 0
// clusters words into sizes[0] classes, each further level clusters the
// classes of the level before.
func Hierarchy(ctx context.Context, c Corpus, sizes []int, iterations int, log io.Writer) ([][]int32, error) {
	var levels [][]int32
	cur := c
	for i, k := range sizes {
		cls, err := Exchange(ctx, cur, Options{Classes: k, Iterations: iterations, Log: log})
		if err != nil {
			return nil, err
		}
		if i == 0 {
			levels = append(levels, cls)
		} else {
			// Compose: word -> previous class -> this class.
			prev := levels[i-1]
			lv := make([]int32, len(prev))
			for w, p := range prev {
				lv[w] = cls[p]
			}
			levels = append(levels, lv)
		}
		next := Corpus{Size: k, Seq: make([]int32, len(cur.Seq))}
		for j, id := range cur.Seq {
			next.Seq[j] = cls[id]
		}
		cur = next
	}
	return levels, nil
}
