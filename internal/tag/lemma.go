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
// wrong, and rule lists per (UPOS, prefix class, suffix) for the rest. For
// Dutch it also splits unknown compounds and particle verbs.
type lemmatizer struct {
	nl      bool
	rules   []rule
	buckets map[bkey]bucket // (upos, prefix class, suffix) → rules
	// bySuffix holds buckets again, by UPOS, prefix class ("" or "ge") and
	// suffix: guess probes up to sixteen suffixes per word, and a string
	// key hashes much faster than a bkey. nil: guess uses buckets.
	bySuffix map[string]*[2]map[string]bucket
	lex      map[lexKey]string // (form, upos) → lemma
	// sep holds the joined lemmas of Dutch separable verbs ("uit_leggen"),
	// particles their first parts, longest first.
	sep       map[string]bool
	particles []string
	// known maps the lower-case training words to the set of their tags
	// (bit i = tags[i] of uposBits), for splitting Dutch compounds.
	known map[string]uint32
}

// bucket lists the rules seen for one suffix, best first; n counts the
// word types behind it.
type bucket struct {
	ids []uint16
	n   uint32
}

// uposBits numbers the tags for lemmatizer.known.
var uposBits = map[string]uint32{"NOUN": 1, "ADJ": 2, "VERB": 4, "AUX": 8, "ADV": 16, "PROPN": 32, "NUM": 64}

type bkey struct{ upos, pc, suf string }

type lexKey struct{ form, upos string }

func bucketKey(upos, pc, suf string) bkey { return bkey{upos, pc, suf} }

func (k bkey) String() string { return k.upos + "\x00" + k.pc + "\x00" + k.suf }

func parseBkey(s string) bkey {
	u, rest, _ := strings.Cut(s, "\x00")
	pc, suf, _ := strings.Cut(rest, "\x00")
	return bkey{u, pc, suf}
}

// prefixClass separates Dutch participles ("ge…") from other words, whose
// suffixes behave alike but whose rules differ.
func (lz *lemmatizer) prefixClass(l string) string {
	if lz.nl && len(l) > 5 && strings.HasPrefix(l, "ge") {
		return "ge"
	}
	return ""
}

// minSupport is how many word types a suffix bucket needs to be trusted.
const minSupport = 2

// guess lemmatizes a lower-case form with the rules: the longest suffix
// with enough support decides, among the rules that apply.
func (lz *lemmatizer) guess(l, upos string) string {
	n := utf8.RuneCountInString(l)
	pcs := [2]string{lz.prefixClass(l), ""}
	for c, pc := range pcs {
		if c == 1 && pcs[0] == "" {
			break
		}
		var sufs map[string]bucket
		if lz.bySuffix != nil {
			byPC := lz.bySuffix[upos]
			if byPC == nil {
				continue
			}
			if pc == "ge" {
				sufs = byPC[1]
			} else {
				sufs = byPC[0]
			}
		}
		k := min(n-1, maxSuffix)
		for ; k >= 0; k-- {
			var b bucket
			var ok bool
			if lz.bySuffix != nil {
				b, ok = sufs[suffix(l, k)]
			} else {
				b, ok = lz.buckets[bucketKey(upos, pc, suffix(l, k))]
			}
			if !ok || (b.n < minSupport && k > 0) {
				continue
			}
			for _, id := range b.ids {
				if out, ok := lz.rules[id].apply(l); ok && out != "" {
					return out
				}
			}
		}
	}
	return l
}

// lemma returns the lemma of form with tag upos.
func (lz *lemmatizer) lemma(form, l, upos string) string {
	if s, ok := lz.lookup(form, l, upos); ok {
		return s
	}
	// A verb seen only as auxiliary, or the other way round.
	if lz.known[l]&uposBits[upos] == 0 {
		switch upos {
		case "VERB":
			if s, ok := lz.lookup(form, l, "AUX"); ok {
				return s
			}
		case "AUX":
			if s, ok := lz.lookup(form, l, "VERB"); ok {
				return s
			}
		}
	}
	return lz.derive(form, l, upos, 0)
}

func (lz *lemmatizer) lookup(form, l, upos string) (string, bool) {
	if s, ok := lz.lex[lexKey{form, upos}]; ok {
		return s, true
	}
	if l != form {
		if s, ok := lz.lex[lexKey{l, upos}]; ok {
			return s, true
		}
	}
	return "", false
}

// derive lemmatizes a word the lexicon does not list.
func (lz *lemmatizer) derive(form, l, upos string, depth int) string {
	if lz.nl && depth < 3 {
		switch upos {
		case "NOUN", "ADJ", "VERB":
			// Dutch writes hyphenated compounds' lemmas with "_":
			// "24-jarige" → "24_jarig".
			// A capitalized head keeps the hyphen: "Zuid-Amerikaanse" →
			// "Zuid-Amerikaans".
			if i := strings.LastIndexByte(form, '-'); i > 0 && i < len(form)-1 {
				head := form[i+1:]
				hl := lz.lemma(head, lower(head), upos)
				if isCap(head) {
					r, size := utf8.DecodeRuneInString(hl)
					return form[:i+1] + string(unicode.ToUpper(r)) + hl[size:]
				}
				return strings.ReplaceAll(form[:i], "-", "_") + "_" + hl
			}
			if _, ok := lz.known[l]; !ok {
				if s, ok := lz.split(l, upos, depth); ok {
					return s
				}
			}
		}
	}
	return lz.recase(form, l, upos, lz.guess(l, upos))
}

// split lemmatizes an unknown Dutch compound or particle verb by its known
// head: "opleidingsploeg" → "opleiding_ploeg", "afgereisd" → "af_reizen".
func (lz *lemmatizer) split(l, upos string, depth int) (string, bool) {
	if upos == "VERB" {
		for _, p := range lz.particles {
			if !strings.HasPrefix(l, p) {
				continue
			}
			if rest := l[len(p):]; len(rest) >= 4 {
				if _, ok := lz.known[rest]; ok || strings.HasPrefix(rest, "ge") {
					return p + "_" + lz.derive(rest, rest, upos, depth+1), true
				}
			}
		}
		return "", false
	}
	bit := uposBits[upos]
	for i := range l {
		if i < 3 {
			continue
		}
		head := l[i:]
		if len(head) < 4 {
			break
		}
		if lz.known[head]&bit == 0 {
			continue
		}
		mod := l[:i]
		// The modifier's own lemma, without a linking -s-: "vrouwen" →
		// "vrouw", "opleidings" → "opleiding".
		switch {
		case lz.known[mod]&uposBits["NOUN"] != 0:
			mod = lz.lemma(mod, mod, "NOUN")
		case strings.HasSuffix(mod, "s") && lz.known[mod[:len(mod)-1]] != 0:
			mod = mod[:len(mod)-1]
		}
		return mod + "_" + lz.lemma(head, head, upos), true
	}
	return "", false
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

func (b *lemmaBuilder) build(lang string, sep map[string]bool) *lemmatizer {
	lz := &lemmatizer{nl: lang == "nl", buckets: map[bkey]bucket{}, lex: map[lexKey]string{}, sep: sep, known: map[string]uint32{}}
	if lz.nl {
		lz.particles = particlesOf(sep)
		for k := range b.types {
			if bit := uposBits[k[1]]; bit != 0 && utf8.RuneCountInString(k[0]) >= 3 {
				lz.known[lower(k[0])] |= bit
			}
		}
	}
	// Rule statistics over types: unknown words behave like rare types.
	type key struct{ form, upos, lemma string }
	seen := map[key]bool{}
	ruleID := map[string]int{}
	var rules []rule
	counts := map[bkey]map[int]int{}
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
		// Rules that add a prefix of their own (zwom → zwemmen gives
		// "zw…") are irregular: the lexicon keeps those words.
		if !strings.HasPrefix(r.x, r.y) {
			continue
		}
		rs := r.String()
		id, ok := ruleID[rs]
		if !ok {
			id = len(rules)
			ruleID[rs] = id
			rules = append(rules, r)
		}
		n := utf8.RuneCountInString(l)
		for _, pc := range []string{lz.prefixClass(l), ""} {
			for s := 0; s < n && s <= maxSuffix; s++ {
				bk := bucketKey(upos, pc, suffix(l, s))
				if counts[bk] == nil {
					counts[bk] = map[int]int{}
				}
				counts[bk][id]++
			}
			if pc == "" {
				break
			}
		}
	}
	// Keep the rules used by a bucket's top entries; ids renumbered by
	// first use in sorted bucket order.
	bkeys := make([]bkey, 0, len(counts))
	for k := range counts {
		bkeys = append(bkeys, k)
	}
	sort.Slice(bkeys, func(i, j int) bool { return bkeys[i].String() < bkeys[j].String() })
	lists := map[bkey][]int{}
	totals := map[bkey]int{}
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
		for _, id := range ids {
			totals[bk] += m[id]
		}
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
		upos, pc, suf := bk.upos, bk.pc, bk.suf
		if suf != "" {
			pk := bucketKey(upos, pc, suffix(suf, utf8.RuneCountInString(suf)-1))
			if p, ok := lists[pk]; ok && equalInts(p, ids) && (totals[pk] >= minSupport) == (totals[bk] >= minSupport) {
				continue
			}
		}
		out := make([]uint16, 0, len(ids))
		for _, id := range ids {
			n, ok := newID[id]
			if !ok {
				if len(lz.rules) >= 1<<16 {
					continue
				}
				n = uint16(len(lz.rules))
				newID[id] = n
				lz.rules = append(lz.rules, rules[id])
			}
			out = append(out, n)
		}
		lz.buckets[bk] = bucket{ids: out, n: uint32(totals[bk])}
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
	// Two passes, each against a fixed lexicon, since deriving a compound
	// consults the lexicon for its parts: the result must not depend on
	// the order of the checks.
	fks := make([][2]string, 0, len(best))
	for fk := range best {
		fks = append(fks, fk)
	}
	sort.Slice(fks, func(i, j int) bool {
		if fks[i][0] != fks[j][0] {
			return fks[i][0] < fks[j][0]
		}
		return fks[i][1] < fks[j][1]
	})
	for pass := 0; pass < 2; pass++ {
		add := map[lexKey]string{}
		for _, fk := range fks {
			k := lexKey{fk[0], fk[1]}
			if _, ok := lz.lex[k]; ok {
				continue
			}
			if !strings.EqualFold(lz.derive(fk[0], lower(fk[0]), fk[1], 0), best[fk]) {
				add[k] = best[fk]
			}
		}
		for k, v := range add {
			lz.lex[k] = v
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
		bk = append(bk, k.String())
	}
	sort.Strings(bk)
	e.uint(uint64(len(bk)))
	for _, k := range bk {
		e.str(k)
		b := lz.buckets[parseBkey(k)]
		e.uint(uint64(b.n))
		e.uint(uint64(len(b.ids)))
		for _, id := range b.ids {
			e.uint(uint64(id))
		}
	}
	lk := make([]lexKey, 0, len(lz.lex))
	for k := range lz.lex {
		lk = append(lk, k)
	}
	sort.Slice(lk, func(i, j int) bool {
		if lk[i].form != lk[j].form {
			return lk[i].form < lk[j].form
		}
		return lk[i].upos < lk[j].upos
	})
	e.uint(uint64(len(lk)))
	for _, k := range lk {
		e.str(k.form)
		e.str(k.upos)
		e.str(lz.lex[k])
	}
	sp := make([]string, 0, len(lz.sep))
	for k := range lz.sep {
		sp = append(sp, k)
	}
	sort.Strings(sp)
	e.strs(sp)
	kk := sortedKeys(lz.known)
	e.uint(uint64(len(kk)))
	for _, k := range kk {
		e.str(k)
		e.uint(uint64(lz.known[k]))
	}
	if lz.nl {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

// particlesOf returns the first parts of joined verb lemmas, longest first.
func particlesOf(sep map[string]bool) []string {
	set := map[string]bool{}
	for k := range sep {
		if p, _, ok := strings.Cut(k, "_"); ok && len(p) >= 2 {
			set[p] = true
		}
	}
	ps := sortedKeys(set)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	return ps
}

func decodeLemmatizer(d *dec) *lemmatizer {
	lz := &lemmatizer{buckets: map[bkey]bucket{}, lex: map[lexKey]string{}, sep: map[string]bool{}, known: map[string]uint32{}}
	for _, s := range d.strs() {
		lz.rules = append(lz.rules, parseRule(s))
	}
	n := d.count()
	lz.buckets = make(map[bkey]bucket, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		total := d.uint()
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
		lz.buckets[parseBkey(k)] = bucket{ids: ids, n: uint32(total)}
	}
	n = d.count()
	lz.lex = make(map[lexKey]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		f := d.str()
		u := d.str()
		lz.lex[lexKey{f, u}] = d.str()
	}
	for _, s := range d.strs() {
		lz.sep[s] = true
	}
	n = d.count()
	lz.known = make(map[string]uint32, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.str()
		lz.known[k] = uint32(d.uint())
	}
	lz.nl = d.uint() == 1
	lz.particles = particlesOf(lz.sep)
	lz.indexBuckets()
	return lz
}

// indexBuckets fills bySuffix, unless a bucket has a prefix class guess
// would not probe.
func (lz *lemmatizer) indexBuckets() {
	idx := map[string]*[2]map[string]bucket{}
	for k, b := range lz.buckets {
		c := 0
		switch k.pc {
		case "":
		case "ge":
			c = 1
		default:
			return
		}
		byPC := idx[k.upos]
		if byPC == nil {
			byPC = &[2]map[string]bucket{}
			idx[k.upos] = byPC
		}
		if byPC[c] == nil {
			byPC[c] = map[string]bucket{}
		}
		byPC[c][k.suf] = b
	}
	lz.bySuffix = idx
}
