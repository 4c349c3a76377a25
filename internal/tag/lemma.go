package tag

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rule rewrites a lower-case form into its lemma: strip prefix X and add
// Y, strip suffix U and add V (the edit scripts of UDPipe and Stanza). It
// applies only to forms that start with X and end with U.
type rule struct{ x, y, u, v string }

func (r rule) String() string { return r.x + "\x01" + r.y + "\x01" + r.u + "\x01" + r.v }

func parseRule(s string) rule {
	p := strings.SplitN(s, "\x01", 4)
	for len(p) < 4 {
		p = append(p, "")
	}
	return rule{p[0], p[1], p[2], p[3]}
}

func (r rule) apply(form string) (string, bool) {
	if len(form) < len(r.x)+len(r.u) || !strings.HasPrefix(form, r.x) || !strings.HasSuffix(form, r.u) {
		return "", false
	}
	return r.y + form[len(r.x):len(form)-len(r.u)] + r.v, true
}

// makeRule finds the rule from form to lemma around their longest common
// substring (in runes).
func makeRule(form, lemma string) rule {
	f, l := []rune(form), []rune(lemma)
	best, bi, bj := 0, 0, 0
	prev := make([]int, len(l)+1)
	cur := make([]int, len(l)+1)
	for i := 1; i <= len(f); i++ {
		for j := 1; j <= len(l); j++ {
			if f[i-1] == l[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, bi, bj = cur[j], i-cur[j], j-cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	if best == 0 {
		return rule{x: form, y: lemma}
	}
	return rule{
		x: string(f[:bi]), y: string(l[:bj]),
		u: string(f[bi+best:]), v: string(l[bj+best:]),
	}
}

const maxSuffix = 7

// lemmatizer: a lexicon of (form, UPOS) → lemma for the words the rules get
// wrong, and rule lists per (UPOS, suffix) for the rest.
type lemmatizer struct {
	rules   []rule
	buckets map[string][]uint16 // upos \x00 suffix → rule ids, best first
	lex     map[string]string   // form \x00 upos → lemma
	// sep holds the joined lemmas of Dutch separable verbs ("uit_leggen").
	sep map[string]bool
}

func bucketKey(upos, suf string) string { return upos + "\x00" + suf }

// guess lemmatizes a lower-case form with the rules.
func (lz *lemmatizer) guess(l, upos string) string {
	n := utf8.RuneCountInString(l)
	k := n - 1
	if k > maxSuffix {
		k = maxSuffix
	}
	for ; k >= 0; k-- {
		for _, id := range lz.buckets[bucketKey(upos, suffix(l, k))] {
			if out, ok := lz.rules[id].apply(l); ok && out != "" {
				return out
			}
		}
	}
	return l
}

// lemma returns the lemma of form with tag upos.
func (lz *lemmatizer) lemma(form, l, upos string) string {
	if s, ok := lz.lex[form+"\x00"+upos]; ok {
		return s
	}
	if l != form {
		if s, ok := lz.lex[l+"\x00"+upos]; ok {
			return s
		}
	}
	return lz.recase(form, l, upos, lz.guess(l, upos))
}

// recase gives a guessed lemma the case UD gives it: names keep theirs.
func (lz *lemmatizer) recase(form, l, upos, g string) string {
	if upos == "PROPN" || upos == "X" {
		if g == l {
			return form
		}
		if isCap(form) {
			r, size := utf8.DecodeRuneInString(g)
			return string(unicode.ToUpper(r)) + g[size:]
		}
	}
	return g
}

// lemmaBuilder collects training pairs.
type lemmaBuilder struct {
	types map[[3]string]int // form, upos, lemma → count
}

func newLemmaBuilder() *lemmaBuilder { return &lemmaBuilder{types: map[[3]string]int{}} }

func (b *lemmaBuilder) add(form, upos, lemma string, weight int) {
	if lemma == "" || lemma == "_" && form != "_" {
		return
	}
	b.types[[3]string{form, upos, lemma}] += weight
}

// ruleLemma is the lemma the rules learn from: lower-case, no "_".
func ruleLemma(lemma string) string { return strings.ReplaceAll(lower(lemma), "_", "") }

func (b *lemmaBuilder) build(sep map[string]bool) *lemmatizer {
	// Rule statistics over types: unknown words behave like rare types.
	type key struct{ form, upos, lemma string }
	seen := map[key]bool{}
	ruleID := map[string]int{}
	var rules []rule
	counts := map[string]map[int]int{}
	keys := make([][3]string, 0, len(b.types))
	for k := range b.types {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, c := keys[i], keys[j]
		if a[0] != c[0] {
			return a[0] < c[0]
		}
		if a[1] != c[1] {
			return a[1] < c[1]
		}
		return a[2] < c[2]
	})
	for _, k := range keys {
		l, upos, lem := lower(k[0]), k[1], ruleLemma(k[2])
		if seen[key{l, upos, lem}] {
			continue
		}
		seen[key{l, upos, lem}] = true
		r := makeRule(l, lem)
		rs := r.String()
		id, ok := ruleID[rs]
		if !ok {
			id = len(rules)
			ruleID[rs] = id
			rules = append(rules, r)
		}
		n := utf8.RuneCountInString(l)
		for s := 0; s < n && s <= maxSuffix; s++ {
			bk := bucketKey(upos, suffix(l, s))
			if counts[bk] == nil {
				counts[bk] = map[int]int{}
			}
			counts[bk][id]++
		}
	}
	lz := &lemmatizer{buckets: map[string][]uint16{}, lex: map[string]string{}, sep: sep}
	// Keep the rules used by a bucket's top entries; ids renumbered by
	// first use in sorted bucket order.
	bkeys := make([]string, 0, len(counts))
	for k := range counts {
		bkeys = append(bkeys, k)
	}
	sort.Strings(bkeys)
	lists := map[string][]int{}
	for _, bk := range bkeys {
		m := counts[bk]
		ids := make([]int, 0, len(m))
		for id := range m {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool {
			if m[ids[i]] != m[ids[j]] {
				return m[ids[i]] > m[ids[j]]
			}
			return rules[ids[i]].String() < rules[ids[j]].String()
		})
		if len(ids) > 6 {
			ids = ids[:6]
		}
		lists[bk] = ids
	}
	newID := map[int]uint16{}
	for _, bk := range bkeys {
		ids := lists[bk]
		// A bucket that says what its parent (one suffix letter less)
		// says is redundant: lookup falls through to the parent.
		upos, suf, _ := strings.Cut(bk, "\x00")
		if suf != "" {
			if p, ok := lists[bucketKey(upos, suffix(suf, utf8.RuneCountInString(suf)-1))]; ok && equalInts(p, ids) {
				continue
			}
		}
		out := make([]uint16, len(ids))
		for i, id := range ids {
			n, ok := newID[id]
			if !ok {
				n = uint16(len(lz.rules))
				newID[id] = n
				lz.rules = append(lz.rules, rules[id])
			}
			out[i] = n
		}
		lz.buckets[bk] = out
	}
	// Lexicon: the most frequent lemma of each (form, UPOS), kept only when
	// the rules would not produce it.
	best := map[[2]string]string{}
	bestN := map[[2]string]int{}
	for _, k := range keys {
		fk := [2]string{k[0], k[1]}
		if n := b.types[k]; n > bestN[fk] {
			best[fk], bestN[fk] = k[2], n
		}
	}
	for fk, lem := range best {
		l := lower(fk[0])
		if !strings.EqualFold(lz.recase(fk[0], l, fk[1], lz.guess(l, fk[1])), lem) {
			lz.lex[fk[0]+"\x00"+fk[1]] = lem
		}
	}
	return lz
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (lz *lemmatizer) encode(e *enc) {
	rs := make([]string, len(lz.rules))
	for i, r := range lz.rules {
		rs[i] = r.String()
	}
	e.strs(rs)
	bk := make([]string, 0, len(lz.buckets))
	for k := range lz.buckets {
		bk = append(bk, k)
	}
	sort.Strings(bk)
	e.uint(uint64(len(bk)))
	for _, k := range bk {
		e.str(k)
		ids := lz.buckets[k]
		e.uint(uint64(len(ids)))
		for _, id := range ids {
			e.uint(uint64(id))
		}
	}
	lk := make([]string, 0, len(lz.lex))
	for k := range lz.lex {
		lk = append(lk, k)
	}
	sort.Strings(lk)
	e.uint(uint64(len(lk)))
	for _, k := range lk {
		e.str(k)
		e.str(lz.lex[k])
	}
	sp := make([]string, 0, len(lz.sep))
	for k := range lz.sep {
		sp = append(sp, k)
	}
	sort.Strings(sp)
	e.strs(sp)
}

func decodeLemmatizer(d *dec) *lemmatizer {
	lz := &lemmatizer{buckets: map[string][]uint16{}, lex: map[string]string{}, sep: map[string]bool{}}
	for _, s := range d.strs() {
		lz.rules = append(lz.rules, parseRule(s))
	}
	n := d.count()
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		m := d.count()
		ids := make([]uint16, 0, m)
		for j := 0; j < m && d.err == nil; j++ {
			id := d.uint()
			if id >= uint64(len(lz.rules)) {
				d.err = errCorrupt
				break
			}
			ids = append(ids, uint16(id))
		}
		lz.buckets[k] = ids
	}
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		lz.lex[k] = d.str()
	}
	for _, s := range d.strs() {
		lz.sep[s] = true
	}
	return lz
}
