package parse

// The transition system: arc-eager (Nivre 2003) with an artificial root at
// the bottom of the stack, at most one dependent of the root, and the
// dynamic oracle of Goldberg & Nivre (2012) for training. Token 0 is the
// root; words are 1..n.

// Actions are scored by one classifier and arc labels by another (classes
// nActs+l), which keeps the rows of the transition features short.
const (
	actShift = iota
	actReduce
	actLeft
	actRight
	nActs
)

type config struct {
	n      int
	stack  []int32
	b      int // front of the buffer; n+1 when empty
	head   []int32
	lab    []int32
	l1, l2 []int32 // leftmost and second leftmost dependent, -1 if none
	r1, r2 []int32 // rightmost and second rightmost dependent
	nl, nr []int32 // number of left and right dependents
	ls, rs []uint64
}

func (c *config) reset(n int) {
	c.n = n
	c.stack = append(c.stack[:0], 0)
	c.b = 1
	grow := func(s []int32) []int32 {
		if cap(s) < n+1 {
			s = make([]int32, n+1)
		}
		return s[:n+1]
	}
	c.head, c.lab = grow(c.head), grow(c.lab)
	c.l1, c.l2, c.r1, c.r2 = grow(c.l1), grow(c.l2), grow(c.r1), grow(c.r2)
	c.nl, c.nr = grow(c.nl), grow(c.nr)
	if cap(c.ls) < n+1 {
		c.ls, c.rs = make([]uint64, n+1), make([]uint64, n+1)
	}
	c.ls, c.rs = c.ls[:n+1], c.rs[:n+1]
	for i := 0; i <= n; i++ {
		c.head[i], c.lab[i] = -1, -1
		c.l1[i], c.l2[i], c.r1[i], c.r2[i] = -1, -1, -1, -1
		c.nl[i], c.nr[i] = 0, 0
		c.ls[i], c.rs[i] = 0, 0
	}
}

func (c *config) s0() int { return int(c.stack[len(c.stack)-1]) }

func (c *config) addArc(h, d, l int) {
	c.head[d], c.lab[d] = int32(h), int32(l)
	if d < h {
		c.nl[h]++
		c.ls[h] |= 1 << uint(l&63)
		// Dependents to the left arrive right to left in arc-eager, but keep
		// the general update for safety.
		if c.l1[h] < 0 || int32(d) < c.l1[h] {
			c.l2[h], c.l1[h] = c.l1[h], int32(d)
		} else if c.l2[h] < 0 || int32(d) < c.l2[h] {
			c.l2[h] = int32(d)
		}
	} else {
		c.nr[h]++
		c.rs[h] |= 1 << uint(l&63)
		if c.r1[h] < 0 || int32(d) > c.r1[h] {
			c.r2[h], c.r1[h] = c.r1[h], int32(d)
		} else if c.r2[h] < 0 || int32(d) > c.r2[h] {
			c.r2[h] = int32(d)
		}
	}
}

// legal reports which of the four action kinds are allowed: shift, reduce,
// left, right; rootOnly says a right arc must carry the root label.
func (c *config) legal() (shift, reduce, left, right, rootOnly bool) {
	if c.b > c.n {
		return
	}
	s := c.s0()
	shift = true
	if s != 0 {
		reduce = c.head[s] >= 0
		left = c.head[s] < 0
		right = true
	} else {
		right = c.nr[0] == 0
		rootOnly = true
	}
	return
}

// arc returns the head and dependent an arc action would link.
func (c *config) arc(a int) (h, d int) {
	if a == actLeft {
		return c.b, c.s0()
	}
	return c.s0(), c.b
}

func (c *config) apply(a, lab int) {
	switch a {
	case actShift:
		c.stack = append(c.stack, int32(c.b))
		c.b++
	case actReduce:
		c.stack = c.stack[:len(c.stack)-1]
	case actLeft:
		s := c.s0()
		c.addArc(c.b, s, lab)
		c.stack = c.stack[:len(c.stack)-1]
	default:
		c.addArc(c.s0(), c.b, lab)
		c.stack = append(c.stack, int32(c.b))
		c.b++
	}
}

// finish attaches words left without a head: the first to the root when
// the root has no dependent, the rest to the root's dependent.
func (c *config) finish(rootLab, restLab int) {
	r := int(c.r1[0])
	for i := 1; i <= c.n; i++ {
		if c.head[i] >= 0 {
			continue
		}
		if r < 0 {
			c.addArc(0, i, rootLab)
			r = i
			continue
		}
		c.addArc(r, i, restLab)
	}
}

// costs fills the dynamic-oracle cost of the four action kinds given gold
// heads gh (gh[0] unused). Label costs are added by the caller.
func (c *config) costs(gh []int32) (shift, reduce, left, right int) {
	s := c.s0()
	b := c.b
	n := c.n
	// left: s gets head b and is popped.
	if s != 0 {
		for k := b; k <= n; k++ {
			if int(gh[k]) == s {
				left++
			}
			if k != b && int(gh[s]) == k {
				left++
			}
		}
	}
	// right: b gets head s and is pushed.
	if gb := int(gh[b]); gb != s {
		if gb > b {
			right++
		} else {
			for _, k := range c.stack {
				if int(k) == gb {
					right++
					break
				}
			}
		}
	}
	for _, k := range c.stack {
		if k != 0 && c.head[k] < 0 && int(gh[k]) == b {
			right++
		}
	}
	// reduce: s is popped.
	for k := b; k <= n; k++ {
		if int(gh[k]) == s {
			reduce++
		}
	}
	// shift: b is pushed.
	gb := int(gh[b])
	for _, k := range c.stack {
		if int(k) == gb && (k != 0 || c.nr[0] == 0) {
			shift++
		}
		if k != 0 && c.head[k] < 0 && int(gh[k]) == b {
			shift++
		}
	}
	return
}

// projectivize lifts non-projective arcs (shortest first) to the head's
// head until the tree is projective, so the oracle is exact.
func projectivize(heads []int32) []int32 {
	h := append([]int32(nil), heads...)
	n := len(h) - 1
	for iter := 0; iter < 4*n; iter++ {
		best, bestLen := -1, 1<<30
		for d := 1; d <= n; d++ {
			if !projectiveArc(h, int(h[d]), d) {
				l := int(h[d]) - d
				if l < 0 {
					l = -l
				}
				if l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return h
		}
		h[best] = h[h[best]]
	}
	return h
}

// projectiveArc reports whether every word between h and d descends from h.
func projectiveArc(h []int32, hd, d int) bool {
	lo, hi := hd, d
	if lo > hi {
		lo, hi = hi, lo
	}
	for k := lo + 1; k < hi; k++ {
		a := k
		for steps := 0; a != hd && a != 0 && steps < len(h); steps++ {
			a = int(h[a])
		}
		if a != hd {
			return false
		}
	}
	return true
}
