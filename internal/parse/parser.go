package parse

// Parser holds scratch space for parsing; it is not safe for concurrent
// use. Models are shared; parsers are cheap.
type Parser struct {
	m      *Model
	c      config
	ws     []word
	fs     [nFeat]uint64
	scores [256]float32
}

// NewParser returns a parser for m.
func NewParser(m *Model) *Parser {
	return &Parser{m: m}
}

// Parse returns the 1-based head (0 = root) and relation of each word,
// given its form, universal tag and language-specific tag.
func (p *Parser) Parse(forms, upos, xpos []string) (heads []int, deprels []string) {
	n := len(forms)
	heads, deprels = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	m := p.m
	p.ws = makeWords(p.ws, forms, upos, xpos, m.UseXPOS)
	c := &p.c
	c.reset(n)
	nlab := len(m.Labels)
	for c.b <= c.n {
		features(&p.fs, c, p.ws)
		m.score(&p.fs, &p.scores)
		a := bestLegal(c, p.scores[:], nlab, m.rootLab, nil, 0)
		c.apply(a, nlab)
	}
	c.finish(m.rootLab, m.restLab)
	for i := 1; i <= n; i++ {
		heads[i-1] = int(c.head[i])
		if l := c.lab[i]; l >= 0 && int(l) < nlab {
			deprels[i-1] = m.Labels[l]
		} else {
			deprels[i-1] = "dep"
		}
	}
	return
}

// bestLegal returns the highest scoring legal action; with cost != nil, only
// actions whose cost equals minCost are considered.
func bestLegal(c *config, scores []float32, nlab, rootLab int, cost []int, minCost int) int {
	sh, re, le, ri, rootOnly := c.legal()
	best, bestScore := -1, float32(0)
	try := func(a int) {
		if cost != nil && cost[a] != minCost {
			return
		}
		if best < 0 || scores[a] > bestScore {
			best, bestScore = a, scores[a]
		}
	}
	if sh {
		try(actShift)
	}
	if re {
		try(actReduce)
	}
	if le {
		for l := 0; l < nlab; l++ {
			if l != rootLab {
				try(2 + l)
			}
		}
	}
	if ri {
		if rootOnly {
			try(2 + nlab + rootLab)
		} else {
			for l := 0; l < nlab; l++ {
				if l != rootLab {
					try(2 + nlab + l)
				}
			}
		}
	}
	if best < 0 {
		best = actShift
	}
	return best
}
