package parse

// Joint labelled transitions. A Joint model scores LEFT-l and RIGHT-l with
// the transition features: score(dir, l) = w[dir] + w[class(dir, l)], the
// action's unlabelled weight plus a weight of relation l in that direction,
// and learns them with the dynamic oracle's cost of the labelled action (a
// wrong relation on a gold arc costs one, Goldberg & Nivre 2012), so the
// choice between shifting, reducing and an arc sees which relation the arc
// would have. It needs no separate label classifier. The
// direction-and-relation classes follow the verb forms' classes.
type jointSpec struct {
	base, n, root int // first class, relations, the root's relation
}

func newJointSpec(labels []string) jointSpec {
	s := jointSpec{base: nActs + len(labels) + len(vfClasses), n: len(labels), root: -1}
	for i, l := range labels {
		if l == "root" {
			s.root = i
		}
	}
	return s
}

// class is the class of relation l on an arc of action a (actLeft or
// actRight).
func (s *jointSpec) class(a, l int) int {
	if a == actLeft {
		return s.base + l
	}
	return s.base + s.n + l
}

// allowed reports whether relation l may go on an arc from h: the root's
// arcs are "root" and no other arc is.
func (s *jointSpec) allowed(c *config, h, l int) bool {
	return (h == c.root()) == (l == s.root)
}

// labelCost is one when the arc h -> d is gold but l is not its relation.
func labelCost(h, d, l int, gh, gl []int32) int {
	if int(gh[d]) == h && int(gl[d]) != l {
		return 1
	}
	return 0
}

// bestJoint returns the best legal labelled action (lab -1 for shift and
// reduce); with cost != nil only actions whose cost (plus labelCost on
// gold heads gh and relations gl) equals minCost count.
func bestJoint[S int32 | float32](s *jointSpec, c *config, scores []S, cost []int, minCost int, gh, gl []int32) (act, lab int) {
	sh, re, le, ri := c.legal()
	ok := [nActs]bool{sh, re, le, ri}
	act, lab = -1, -1
	var bestScore S
	for a := 0; a < nActs; a++ {
		if !ok[a] {
			continue
		}
		if a == actShift || a == actReduce {
			if cost != nil && cost[a] != minCost {
				continue
			}
			if act < 0 || scores[a] > bestScore {
				act, lab, bestScore = a, -1, scores[a]
			}
			continue
		}
		h, d := c.arc(a)
		if h == c.root() {
			// the root's arcs are "root"
			if cost != nil && cost[a]+labelCost(h, d, s.root, gh, gl) != minCost {
				continue
			}
			if v := scores[a] + scores[s.class(a, s.root)]; act < 0 || v > bestScore {
				act, lab, bestScore = a, s.root, v
			}
			continue
		}
		rel := scores[s.class(a, 0):][:s.n]
		for l, w := range rel {
			if l == s.root || (cost != nil && cost[a]+labelCost(h, d, l, gh, gl) != minCost) {
				continue
			}
			if v := scores[a] + w; act < 0 || v > bestScore {
				act, lab, bestScore = a, l, v
			}
		}
	}
	if act < 0 {
		act = actShift
	}
	return act, lab
}

// minCost returns the least cost of a legal labelled action, given the
// unlabelled costs.
func (s *jointSpec) minCost(c *config, cost []int, gh, gl []int32) int {
	sh, re, le, ri := c.legal()
	ok := [nActs]bool{sh, re, le, ri}
	minC := 1 << 20
	for a := 0; a < nActs; a++ {
		if !ok[a] {
			continue
		}
		if a == actShift || a == actReduce {
			minC = min(minC, cost[a])
			continue
		}
		h, d := c.arc(a)
		best := 1 << 20
		for l := 0; l < s.n; l++ {
			if s.allowed(c, h, l) {
				best = min(best, labelCost(h, d, l, gh, gl))
			}
		}
		minC = min(minC, cost[a]+best)
	}
	return minC
}

// decode returns the best labelled action for parsing, given the legal
// actions: bestJoint without costs, the relations' scores read as one run
// per direction.
func (s *jointSpec) decode(c *config, scores *[256]int32, sh, re, le, ri bool) (act, lab int) {
	act, lab = -1, -1
	var best int32
	if sh {
		act, best = actShift, scores[actShift]
	}
	if re && (act < 0 || scores[actReduce] > best) {
		act, best = actReduce, scores[actReduce]
	}
	for _, a := range [2]int{actLeft, actRight} {
		if (a == actLeft && !le) || (a == actRight && !ri) {
			continue
		}
		h, _ := c.arc(a)
		if h == c.root() {
			if v := scores[a] + scores[s.class(a, s.root)&0xff]; act < 0 || v > best {
				act, lab, best = a, s.root, v
			}
			continue
		}
		bl, bv := -1, int32(0)
		for l, w := range scores[s.class(a, 0):][:s.n] {
			if l != s.root && (bl < 0 || w > bv) {
				bl, bv = l, w
			}
		}
		if bl >= 0 {
			if v := scores[a] + bv; act < 0 || v > best {
				act, lab, best = a, bl, v
			}
		}
	}
	if act < 0 {
		act = actShift
	}
	return act, lab
}
