package event

import (
	"strings"
	"sync"
)

// The lemma candidates of a (form, lemma) pair are asked for several times
// per word and again in every article; the Dutch guesses build some twenty
// strings. They are kept per lexicon, up to maxCands pairs (then the cache
// starts over), as full slices: a caller's append copies.
const maxCands = 1 << 16

type candKey struct{ form, lemma string }

type candCache struct {
	mu sync.RWMutex
	m  map[candKey][]string
}

var candCaches sync.Map // *lexicon -> *candCache

func (lx *lexicon) cachedCandidates(form, lemma string) []string {
	v, ok := candCaches.Load(lx)
	if !ok {
		v, _ = candCaches.LoadOrStore(lx, &candCache{m: map[candKey][]string{}})
	}
	c := v.(*candCache)
	k := candKey{form, lemma}
	c.mu.RLock()
	out, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return out
	}
	out = lx.computeCandidates(form, lemma)
	out = out[:len(out):len(out)]
	c.mu.Lock()
	if len(c.m) >= maxCands {
		clear(c.m)
	}
	// The key is copied: form may be a slice of a whole article.
	c.m[candKey{strings.Clone(form), strings.Clone(lemma)}] = out
	c.mu.Unlock()
	return out
}
