package link

import (
	"context"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/kb"
	"kroniek/internal/text"
)

// Scores are the place and entity measures of gold-dev/score.py.
type Scores struct {
	Articles                         int
	PlaceGold, PlacePred, PlaceFound int // found: spans overlapping a gold place
	PlaceOK                          int // found and within 161 km
	Entities, Mentions, MentionsHit  int
	Multi, Merged, Named             int
	Misses                           []string // with verbose
}

// P, R, F1 of places found and placed within 161 km.
func (s Scores) GeoPRF() (p, r, f float64) { return prf(s.PlaceOK, s.PlacePred, s.PlaceGold) }

// SpanF1 of places found.
func (s Scores) SpanF1() float64 { _, _, f := prf(s.PlaceFound, s.PlacePred, s.PlaceGold); return f }

// MergeRate is the share of gold entities with several names whose names
// all land in one predicted entity.
func (s Scores) MergeRate() float64 {
	if s.Multi == 0 {
		return 0
	}
	return float64(s.Merged) / float64(s.Multi)
}

func prf(tp, npred, ngold int) (p, r, f float64) {
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Print writes the scores like score.py does.
func (s Scores) Print(w io.Writer) {
	gp, gr, gf := s.GeoPRF()
	fmt.Fprintf(w, "articles %d\n", s.Articles)
	fmt.Fprintf(w, "places  gold %d pred %d span F1 %.3f; within 161 km: P %.3f R %.3f F1 %.3f\n",
		s.PlaceGold, s.PlacePred, s.SpanF1(), gp, gr, gf)
	fmt.Fprintf(w, "entities gold %d: mention recall %.3f; aliases merged %.3f of %d; canonical name/kb right %.3f\n",
		s.Entities, float64(s.MentionsHit)/math.Max(1, float64(s.Mentions)), s.MergeRate(), s.Multi,
		float64(s.Named)/math.Max(1, float64(s.Entities)))
	fmt.Fprintf(w, "geoF1 %.3f aliasMerge %.3f\n", gf, s.MergeRate())
}

var spaces = regexp.MustCompile(`\s+`)

// norm is score.py's norm without NFKC (gold-dev names are NFC text).
func norm(s string) string {
	return spaces.ReplaceAllString(strings.ToLower(strings.TrimSpace(s)), " ")
}

// Score measures documents (code point offsets) against gold-dev items, as
// score.py does for places and entities.
func Score(items []golddev.Item, docs map[string]*kroniek.Document, verbose bool) Scores {
	var s Scores
	for _, it := range items {
		s.Articles++
		doc := docs[it.Article.ID]
		if doc == nil {
			doc = &kroniek.Document{}
		}
		text := []rune(it.Article.Text)
		g := it.Gold
		// places
		var gtexts []string
		for _, p := range g.Places {
			gtexts = append(gtexts, p.Text)
		}
		gs := golddev.LocateCodePoints(it.Article.Text, gtexts)
		ps := make([]golddev.Span, len(doc.Places))
		for i, p := range doc.Places {
			ps[i] = golddev.Span{Start: p.Start, End: p.End}
		}
		m := golddev.Match(gs, ps, golddev.Overlap)
		s.PlaceFound += len(m)
		s.PlacePred += len(doc.Places)
		s.PlaceGold += len(g.Places)
		for i, j := range m {
			gp, pp := g.Places[i], doc.Places[j]
			d := km(gp.Lat, gp.Lon, pp.Lat, pp.Lon)
			if d <= 161 {
				s.PlaceOK++
			} else if verbose {
				s.Misses = append(s.Misses, fmt.Sprintf("place %s: %q gold %s got %s %s (%.0f km)", it.Article.ID, gp.Text, gp.Name, pp.Name, pp.Country, d))
			}
		}
		if verbose {
			for i := range g.Places {
				if _, ok := m[i]; !ok {
					s.Misses = append(s.Misses, fmt.Sprintf("missed place %s: %q", it.Article.ID, g.Places[i].Text))
				}
			}
		}
		// entities
		ents := map[string]*kroniek.Entity{}
		where := map[string]map[string]bool{}
		for i := range doc.Entities {
			e := &doc.Entities[i]
			ents[e.ID] = e
			for _, mn := range e.Mentions {
				if mn.Start < 0 || mn.End > len(text) || mn.Start > mn.End {
					continue
				}
				t := string(text[mn.Start:mn.End])
				if where[t] == nil {
					where[t] = map[string]bool{}
				}
				where[t][e.ID] = true
			}
		}
		for _, ge := range g.Entities {
			s.Entities++
			s.Mentions += len(ge.Mentions)
			all := true
			ids := map[string]int{}
			for _, mn := range ge.Mentions {
				h := where[mn]
				if len(h) > 0 {
					s.MentionsHit++
				} else {
					all = false
				}
				for id := range h {
					ids[id]++
				}
			}
			if len(ge.Mentions) > 1 {
				s.Multi++
				common := false
				for _, n := range ids {
					if n == len(ge.Mentions) {
						common = true
					}
				}
				if all && common {
					s.Merged++
				} else if verbose {
					s.Misses = append(s.Misses, fmt.Sprintf("not merged %s: %q", it.Article.ID, ge.Mentions))
				}
			}
			for id := range ids {
				e := ents[id]
				if norm(e.Name) == norm(ge.Name) || (ge.Wikidata != nil && string(e.KB) == *ge.Wikidata) {
					s.Named++
					break
				}
			}
		}
	}
	return s
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	la1, la2 := lat1*r, lat2*r
	h := math.Pow(math.Sin((la2-la1)/2), 2) + math.Cos(la1)*math.Cos(la2)*math.Pow(math.Sin((lon2-lon1)*r/2), 2)
	return 2 * 6371 * math.Asin(math.Min(1, math.Sqrt(h)))
}

// OracleEntities builds the entities a perfect NER stage would give for a
// gold annotation: every occurrence (at word boundaries) of every gold name,
// one entity per type and text, byte offsets. Evaluating the link stage on
// them measures linking apart from recognition.
func OracleEntities(text string, gold []golddev.Entity) []kroniek.Entity {
	type name struct{ typ, text string }
	var names []name
	seen := map[name]bool{}
	for _, e := range gold {
		for _, m := range e.Mentions {
			n := name{e.Type, m}
			if !seen[n] && m != "" {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	sort.SliceStable(names, func(i, j int) bool {
		return utf8.RuneCountInString(names[i].text) > utf8.RuneCountInString(names[j].text)
	})
	occupied := &spans{}
	byName := map[name]*kroniek.Entity{}
	var order []name
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n.text)
			off = e
			if !wordBoundary(text, s, e) || occupied.overlaps(s, e) {
				continue
			}
			occupied.add(s, e)
			ent := byName[n]
			if ent == nil {
				ent = &kroniek.Entity{Type: n.typ, Name: n.text}
				byName[n] = ent
				order = append(order, n)
			}
			ent.Mentions = append(ent.Mentions, kroniek.Mention{Start: s, End: e, Text: n.text})
		}
	}
	var out []kroniek.Entity
	for _, n := range order {
		e := byName[n]
		sort.Slice(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
		out = append(out, *e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	for i := range out {
		out[i].ID = fmt.Sprintf("e%d", i+1)
	}
	return out
}

// Extractor annotates an article into a document with code point offsets
// (the full pipeline).
type Extractor func(ctx context.Context, a kroniek.Article) (*kroniek.Document, error)

// EvalGoldDev scores the gold-dev folder dir. With extract nil, the link
// stage runs on oracle entities (the gold names) after segmentation, which
// measures geocoding and merging apart from NER.
func EvalGoldDev(ctx context.Context, dir string, extract Extractor, verbose bool) (Scores, error) {
	items, err := golddev.Load(dir)
	if err != nil {
		return Scores{}, fmt.Errorf("eval places: %w", err)
	}
	var k *kb.KB
	if extract == nil {
		if k, err = kb.Default(); err != nil {
			return Scores{}, fmt.Errorf("eval places: %w", err)
		}
	}
	docs := map[string]*kroniek.Document{}
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return Scores{}, err
		}
		var doc *kroniek.Document
		if extract != nil {
			if doc, err = extract(ctx, it.Article); err != nil {
				return Scores{}, fmt.Errorf("eval places: %s: %w", it.Article.ID, err)
			}
		} else {
			doc = &kroniek.Document{Article: it.Article}
			doc.Tokens, doc.Sentences = text.Segment(doc.Text, doc.Lang)
			doc.Entities = OracleEntities(doc.Text, it.Gold.Entities)
			Link(k, doc)
			doc.ToCodePoints()
		}
		docs[it.Article.ID] = doc
	}
	return Score(items, docs, verbose), nil
}
