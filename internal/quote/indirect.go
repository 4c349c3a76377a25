package quote

import (
	"sort"

	"kroniek"
)

// indirect finds indirect attributions outside the direct quotes: "volgens
// X …", "according to X …", "X zegt dat …", "X said that …".
func (f *finder) indirect(direct []Attribution) []Attribution {
	var out []Attribution
	f.indirectMode = true
	defer func() { f.indirectMode = false }()
	inQuote := func(s, e int) bool {
		k := sort.Search(len(f.cands), func(k int) bool { return f.cands[k].close > s })
		return k < len(f.cands) && f.cands[k].open < e
	}
	for a := 0; a < len(f.ws); {
		b := a
		for b < len(f.ws) && !sentEnd(f.ws[b]) && (b == a || !f.ws[b].first || f.ws[b-1].punct && f.ws[b-1].text == ",") {
			b++
		}
		end := b
		if b < len(f.ws) {
			end = b + 1
		}
		if b > a && !inQuote(f.ws[a].start, f.ws[b-1].end) {
			if q, ok := f.indirectIn(a, b); ok {
				out = append(out, q)
			}
		}
		a = end
	}
	_ = direct
	return out
}

// indirectIn looks for one attribution in the sentence of words [a,b).
func (f *finder) indirectIn(a, b int) (Attribution, bool) {
	for k := a; k < b; k++ {
		// Jump from cue to cue: a sentence is scanned once.
		cu, ok := f.findCue(k, b, false)
		if !ok {
			break
		}
		k = cu.k
		w := f.ws[k]
		var sp speaker
		var cs, ce int // content words
		switch {
		case cu.phrase && cu.lemma != "naar eigen zeggen":
			s, e := f.npBounds(k+cu.n, b, true)
			sp, ok = f.resolve(s, e, true)
			if !ok {
				continue
			}
			if k == a || w.cap {
				cs, ce = e, b
				if sp.src.e > 0 {
					cs = wordAt(f.ws, sp.src.e)
				}
				for cs < ce && f.ws[cs].punct {
					cs++
				}
			} else {
				cs, ce = a, k
				for ce > cs && f.ws[ce-1].punct {
					ce--
				}
			}
		case !cu.phrase && k+1 < b && (f.ws[k+1].lower == "dat" || f.ws[k+1].lower == "that") && k > a:
			s := a
			for j := k - 1; j > a; j-- {
				if f.ws[j].text == "," {
					s = j + 1
					break
				}
			}
			if k-s > 8 {
				continue
			}
			sp, ok = f.resolve(s, k, false)
			if !ok {
				continue
			}
			cs, ce = k+2, b
		default:
			continue
		}
		if ce-cs < 2 {
			continue
		}
		q := Attribution{Quote: kroniek.Quote{
			Start: f.ws[cs].start, End: f.ws[ce-1].end, Kind: kroniek.Indirect,
			Speaker: kroniek.Opt(sp.id), SpeakerName: kroniek.Opt(sp.name),
			Cue: kroniek.Opt(cu.lemma), CueStart: w.start, CueEnd: f.ws[k+cu.n-1].end,
		}, SourceStart: sp.src.s, SourceEnd: sp.src.e}
		q.Text = f.t[q.Start:q.End]
		return q, true
	}
	return Attribution{}, false
}
