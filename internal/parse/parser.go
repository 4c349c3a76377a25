package parse

// Parser holds scratch space for parsing; it is not safe for concurrent
// use. Models are shared; parsers are cheap.
type Parser struct {
	m      *Model
	c      config
	ws     []word
	sub    []string
	lw     []string
	vf     [nVFFeat]uint64
	fs     [nFeat]uint64
	lf     [nLabFeat]uint64
	scores [256]int32
	sink   uint32 // see Model.score
}

// NewParser returns a parser for m.
func NewParser(m *Model) *Parser {
	return &Parser{m: m}
}

// Parse returns the 1-based head (0 = root) and relation of each word,
// given its form, universal tag and language-specific tag.
func (p *Parser) Parse(forms, upos, xpos []string) (heads []int, deprels []string) {
	return p.parse(forms, upos, xpos, nil)
}

// parse is Parse with the tag refinements sub; nil predicts them when the
// model uses them.
func (p *Parser) parse(forms, upos, xpos, sub []string) (heads []int, deprels []string) {
	n := len(forms)
	heads, deprels = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	m := p.m
	if m.VForm && sub == nil {
		sub = p.verbForms(forms, upos)
	}
	p.ws = makeWords(p.ws, forms, upos, xpos, m.UseXPOS, sub, m.clus)
	c := &p.c
	c.reset(n, m.RootEnd)
	nlab := len(m.Labels)
	for !c.done() {
		sh, re, le, ri := c.legal()
		if sh != re && !le && !ri {
			// Shifting (an empty stack) or reducing (the buffer at its
			// end) is the only choice: about a tenth of the steps need no
			// scores.
			if sh {
				c.apply(actShift, -1)
			} else {
				c.apply(actReduce, -1)
			}
			continue
		}
		nf := features(&p.fs, c, p.ws, m.feats())
		if m.Joint {
			// the constant feature's scores are the starting point
			p.fs[nBase-1] = p.fs[nf-1]
			m.scoreJoint(p.fs[:nf-1], &p.scores, &p.sink, le, ri, &m.bias)
			c.apply(m.js.decode(c, &p.scores, sh, re, le, ri))
			continue
		}
		m.score(p.fs[:nf], &p.scores, &p.sink)
		a := bestAction(c, p.scores[:], nil, 0)
		lab := -1
		if a == actLeft || a == actRight {
			h, d := c.arc(a)
			lab = p.label(c, h, d)
		}
		c.apply(a, lab)
	}
	c.finish(m.rootLab, m.restLab)
	for i := 1; i <= n; i++ {
		heads[i-1] = int(c.head[i])
		if c.end && heads[i-1] == c.root() {
			heads[i-1] = 0
		}
		if l := c.lab[i]; l >= 0 && int(l) < nlab {
			deprels[i-1] = m.Labels[l]
		} else {
			deprels[i-1] = "dep"
		}
	}
	if m.Lang == "nl" {
		// The converter's punctuation rule, which hangs each mark on the
		// phrase it belongs to, beats the Dutch model's own choices
		// (alpino-dev LAS +0.16); on English it loses (-0.14).
		fixParsedPunct(heads, deprels, forms)
	}
	return
}

// label picks the relation of a new arc h -> d; arcs from the root are
// "root" and no other arc is.
func (p *Parser) label(c *config, h, d int) int {
	m := p.m
	if h == c.root() {
		return m.rootLab
	}
	nf := labelFeatures(&p.lf, c, p.ws, h, d, m.Clusters)
	m.score(p.lf[:nf], &p.scores, &p.sink)
	return bestLabel(p.scores[:], len(m.Labels), m.rootLab)
}

func bestLabel[S int32 | float32](scores []S, nlab, rootLab int) int {
	best, bestScore := -1, S(0)
	for l := 0; l < nlab; l++ {
		if l == rootLab {
			continue
		}
		if s := scores[nActs+l]; best < 0 || s > bestScore {
			best, bestScore = l, s
		}
	}
	if best < 0 {
		best = rootLab
	}
	return best
}

// bestAction returns the highest scoring legal action; with cost != nil,
// only actions whose cost equals minCost are considered.
func bestAction[S int32 | float32](c *config, scores []S, cost []int, minCost int) int {
	sh, re, le, ri := c.legal()
	ok := [nActs]bool{sh, re, le, ri}
	best, bestScore := -1, S(0)
	for a := 0; a < nActs; a++ {
		if !ok[a] || (cost != nil && cost[a] != minCost) {
			continue
		}
		if best < 0 || scores[a] > bestScore {
			best, bestScore = a, scores[a]
		}
	}
	if best < 0 {
		best = actShift
	}
	return best
}
