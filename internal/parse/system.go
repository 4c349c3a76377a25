package parse

// The transition system: arc-eager (Nivre 2003) with at most one dependent
// of the root and the dynamic oracle of Goldberg & Nivre (2012) for
// training. Words are 1..n. The root is either token 0 at the bottom of the
// stack, or (config.end) token n+1 at the end of the buffer (Ballesteros &
// Nivre 2013), so that no word is made the root before the parser has seen
// the rest of the sentence; token 0 then only marks the bottom of the stack.

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
	end    bool // the root is n+1, at the end of the buffer
}

func (c *config) reset(n int, end bool) {
	c.n, c.end = n, end
	c.stack = append(c.stack[:0], 0)
	c.b = 1
	n++ // room for the root at the end
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

// root is the root's index: 0, or n+1 at the end of the buffer.
func (c *config) root() int {
	if c.end {
		return c.n + 1
	}
	return 0
}

// done reports whether the parse is over: the buffer is empty, or with the
// root at the end, only the root is left and the stack is empty.
func (c *config) done() bool { return c.b > c.n && (!c.end || len(c.stack) == 1) }

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
// left, right. The root is never a dependent; at the bottom of the stack it
// takes one right dependent; at the end of the buffer it is never shifted,
// and when it is at the front a word without a head is either its one
// dependent or popped (finish attaches it).
func (c *config) legal() (shift, reduce, left, right bool) {
	if c.done() {
		return
	}
	s := c.s0()
	switch {
	case s == 0 && c.end:
		return true, false, false, false
	case s == 0:
		return true, false, false, c.nr[0] == 0
	case c.b > c.n:
		return false, true, c.head[s] < 0 && c.nl[c.root()] == 0, false
	}
	return true, c.head[s] >= 0, c.head[s] < 0, true
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
	root := c.root()
	r := int(c.r1[root])
	if c.end {
		r = int(c.l1[root])
	}
	for i := 1; i <= c.n; i++ {
		if c.head[i] >= 0 {
			continue
		}
		if r < 0 {
			c.addArc(root, i, rootLab)
			r = i
			continue
		}
		c.addArc(r, i, restLab)
	}
}

// costs fills the dynamic-oracle cost of the four action kinds given gold
// heads gh (gh[0] unused; with the root at the end, gh[n+1] = -1). Label
// costs are added by the caller.
func (c *config) costs(gh []int32) (shift, reduce, left, right int) {
	s := c.s0()
	b := c.b
	root := c.root()
	last := c.n // the last token that can take a dependent from the stack
	if c.end {
		last = root
	}
	// left: s gets head b and is popped.
	if s != 0 {
		for k := b; k <= c.n; k++ {
			if int(gh[k]) == s {
				left++
			}
		}
		for k := b + 1; k <= last; k++ {
			if int(gh[s]) == k {
				left++
			}
		}
		// The root at the front takes s as its one dependent: a word below
		// s that still could be the root no longer can.
		if b == root && int(gh[s]) != root && c.nl[root] == 0 {
			for _, k := range c.stack[:len(c.stack)-1] {
				if k != 0 && c.head[k] < 0 && int(gh[k]) == root {
					left++
					break
				}
			}
		}
	}
	// reduce: s is popped; without a head (only with the root at the
	// front) it loses the root if that is its gold head.
	for k := b; k <= c.n; k++ {
		if int(gh[k]) == s {
			reduce++
		}
	}
	if c.end && s != 0 && c.head[s] < 0 && int(gh[s]) == root && c.nl[root] == 0 {
		reduce++
	}
	if b > c.n {
		return
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

// rootAtEnd maps gold heads with 0 for the root to the system's: the root
// is n+1, and has head -1.
func rootAtEnd(h []int32) []int32 {
	n := len(h) - 1
	out := make([]int32, n+2)
	for i := 1; i <= n; i++ {
		out[i] = h[i]
		if h[i] == 0 {
			out[i] = int32(n + 1)
		}
	}
	out[n+1] = -1
	return out
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
