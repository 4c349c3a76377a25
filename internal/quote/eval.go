package quote

import (
	"fmt"
	"kroniek"
	"strings"
	"unicode"

	"kroniek/internal/golddev"
	"kroniek/internal/quote/polnear"
)

// Counts are the tallies of a quote evaluation: detection of direct quotes
// and, over matched gold quotes with a speaker, exact and surname speaker
// matches.
type Counts struct {
	Gold, Pred, TP     int
	SpN, SpOK, SpPart  int
	Docs, NoPrediction int
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.TP += o.TP
	c.SpN += o.SpN
	c.SpOK += o.SpOK
	c.SpPart += o.SpPart
	c.Docs += o.Docs
	c.NoPrediction += o.NoPrediction
}

// PRF returns precision, recall and F1 of quote detection.
func (c Counts) PRF() (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(c.TP) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(c.TP) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Speaker returns exact speaker accuracy; Surname also counts a speaker
// whose last word is right.
func (c Counts) Speaker() float64 {
	if c.SpN == 0 {
		return 0
	}
	return float64(c.SpOK) / float64(c.SpN)
}

// Surname returns the share of speakers right at least by surname.
func (c Counts) Surname() float64 {
	if c.SpN == 0 {
		return 0
	}
	return float64(c.SpOK+c.SpPart) / float64(c.SpN)
}

// String formats c as score.py's quote line.
func (c Counts) String() string {
	p, r, f := c.PRF()
	return fmt.Sprintf("quotes  gold %d pred %d P %.3f R %.3f F1 %.3f; speaker exact %.3f (surname %.3f) of %d",
		c.Gold, c.Pred, p, r, f, c.Speaker(), c.Surname(), c.SpN)
}

// Norm normalises a name as score.py does: lower case, trimmed, inner
// white space collapsed. (score.py also applies NFKC, which changes nothing
// in news names but ligatures and full-width forms.)
func Norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// cspan is a code point span.
type cspan = golddev.Span

func ov(a, b cspan) int { return a.Overlap(b) }

// halfOverlap scores a pair that overlaps by at least half the shorter
// span (as score.py requires for quotes); 0 for any other pair.
func halfOverlap(a, b cspan) int {
	if o := ov(a, b); o > 0 && 2*o >= min(a.End-a.Start, b.End-b.Start) {
		return o
	}
	return 0
}

// Pred is a predicted quote in code point offsets with its speaker name.
type Pred struct {
	Start, End  int
	SpeakerName string
	Source      cspan
}

// PredsOf converts the direct quotes of an Attribute result (byte offsets
// into text) to code point predictions.
func PredsOf(text string, as []Attribution) []Pred {
	m := kroniek.CodePointOffsets(text)
	c := func(i int) int { return m[min(max(i, 0), len(text))] }
	var ps []Pred
	for _, a := range as {
		if a.Kind != "direct" {
			continue
		}
		p := Pred{Start: c(a.Start), End: c(a.End), SpeakerName: string(a.SpeakerName)}
		if a.SourceEnd > a.SourceStart {
			p.Source = cspan{Start: c(a.SourceStart), End: c(a.SourceEnd)}
		}
		ps = append(ps, p)
	}
	return ps
}

// ScoreGoldDev scores predicted direct quotes (code points) against one
// gold-dev article the way gold-dev/score.py does. log, when not nil,
// receives the misses.
func ScoreGoldDev(id, text string, gold []golddev.Quote, pred []Pred, log func(string)) Counts {
	cnt := Counts{Docs: 1, Gold: len(gold), Pred: len(pred)}
	// Locate each gold quote in order of appearance, as score.py does.
	texts := make([]string, len(gold))
	for i, q := range gold {
		texts[i] = q.Text
	}
	gs := golddev.LocateCodePoints(text, texts)
	ps := make([]cspan, len(pred))
	for j, p := range pred {
		ps[j] = cspan{Start: p.Start, End: p.End}
	}
	mt := golddev.Match(gs, ps, halfOverlap)
	cnt.TP = len(mt)
	for i := range gold {
		j, ok := mt[i]
		if !ok {
			if log != nil {
				log(fmt.Sprintf("  missed quote %s: %q", id, clip(gold[i].Text, 70)))
			}
			continue
		}
		gsp := golddev.Str(gold[i].Speaker)
		if gsp == "" {
			continue
		}
		cnt.SpN++
		name := pred[j].SpeakerName
		switch {
		case Norm(name) == Norm(gsp):
			cnt.SpOK++
		case name != "" && lastField(Norm(name)) == lastField(Norm(gsp)):
			cnt.SpPart++
			if log != nil {
				log(fmt.Sprintf("  speaker~ %s: gold %q got %q", id, gsp, name))
			}
		default:
			if log != nil {
				log(fmt.Sprintf("  speaker %s: gold %q got %q for %q", id, gsp, name, clip(gold[i].Text, 50)))
			}
		}
	}
	if log != nil {
		matched := map[int]bool{}
		for _, j := range mt {
			matched[j] = true
		}
		for j, p := range pred {
			if !matched[j] {
				log(fmt.Sprintf("  spurious quote %s: %q", id, clip(string([]rune(text)[p.Start:p.End]), 70)))
			}
		}
	}
	return cnt
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// PolNeARGold derives the direct quotes of a PolNeAR article: every stretch
// between double quotation marks (“…” or "…", inside one paragraph) that
// lies within an attribution's content, with that attribution's source.
// PolNeAR marks attributions, not quotes, so this is the gold of direct
// quotes it implies. Offsets are code points.
func PolNeARGold(a polnear.Article) []PolQuote {
	rs := []rune(a.Text)
	var out []PolQuote
	for i := 0; i < len(rs); i++ {
		var cl rune
		open := 1
		switch {
		case rs[i] == '“':
			cl = '”'
		case rs[i] == '"' || rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == '\'':
			// "…" and ''…'' (plain-text double quotes in some sources).
			if i > 0 && !unicode.IsSpace(rs[i-1]) && !strings.ContainsRune("([—–-", rs[i-1]) {
				continue
			}
			cl = rs[i]
			if rs[i] == '\'' {
				open = 2
			}
		default:
			continue
		}
		j := i + open
		for j < len(rs) && rs[j] != '\n' && !(rs[j] == cl && (open == 1 || j+1 < len(rs) && rs[j+1] == '\'')) {
			j++
		}
		if j >= len(rs) || rs[j] != cl {
			i = j
			continue
		}
		s, e := i+open, j
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		i = j + open - 1
		if e <= s {
			continue
		}
		for _, at := range a.Attributions {
			in := false
			for _, c := range at.Content {
				if c.Start <= s && e <= c.End+1 {
					in = true
				}
			}
			if !in {
				continue
			}
			q := PolQuote{Span: cspan{Start: s, End: e}}
			var src []string
			for _, sp := range at.Source {
				if sp.End <= len(rs) {
					src = append(src, string(rs[sp.Start:sp.End]))
					q.Sources = append(q.Sources, cspan{Start: sp.Start, End: sp.End})
				}
			}
			q.Source = strings.Join(src, " ")
			out = append(out, q)
			break
		}
	}
	return out
}

// nameIn reports whether a name is a whole-word part of a PolNeAR source
// phrase ("Michael Mulgrew" in "Michael Mulgrew, president of the UFT,").
func nameIn(name, source string) bool {
	n := " " + strings.Join(strings.FieldsFunc(Norm(name), isSep), " ") + " "
	src := " " + strings.Join(strings.FieldsFunc(Norm(source), isSep), " ") + " "
	return strings.TrimSpace(n) != "" && strings.Contains(src, n)
}

func isSep(r rune) bool {
	return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '’' || r == '\''
}

// PolQuote is a direct quote derived from PolNeAR, code point offsets.
type PolQuote struct {
	Span    cspan
	Source  string
	Sources []cspan
}

// ScorePolNeAR scores predicted direct quotes against the quotes PolNeAR
// implies. A speaker is exact when the predicted source words overlap the
// annotated source, or the predicted name equals it; surname when the last
// words agree (PolNeAR sources are surface mentions: "he", "Trump").
func ScorePolNeAR(a polnear.Article, gold []PolQuote, pred []Pred, log func(string)) Counts {
	cnt := Counts{Docs: 1, Gold: len(gold), Pred: len(pred)}
	rs := []rune(a.Text)
	gs := make([]*cspan, len(gold))
	for i := range gold {
		gs[i] = &gold[i].Span
	}
	ps := make([]cspan, len(pred))
	for j, p := range pred {
		ps[j] = cspan{Start: p.Start, End: p.End}
	}
	mt := golddev.Match(gs, ps, halfOverlap)
	cnt.TP = len(mt)
	for i, g := range gold {
		j, ok := mt[i]
		if !ok {
			if log != nil {
				log(fmt.Sprintf("  missed quote %s: %q", a.Name, clip(string(rs[g.Span.Start:g.Span.End]), 70)))
			}
			continue
		}
		if g.Source == "" {
			continue
		}
		cnt.SpN++
		p := pred[j]
		hit := Norm(p.SpeakerName) == Norm(g.Source) || nameIn(p.SpeakerName, g.Source)
		for _, s := range g.Sources {
			if ov(s, p.Source) > 0 {
				hit = true
			}
		}
		gl := strings.TrimSuffix(strings.TrimSuffix(lastField(Norm(g.Source)), "’s"), "'s")
		switch {
		case hit:
			cnt.SpOK++
		case p.SpeakerName != "" && lastField(Norm(p.SpeakerName)) == gl:
			cnt.SpPart++
			if log != nil {
				log(fmt.Sprintf("  speaker~ %s: gold %q got %q for %q", a.Name, g.Source, p.SpeakerName, clip(string(rs[g.Span.Start:g.Span.End]), 50)))
			}
		default:
			if log != nil {
				log(fmt.Sprintf("  speaker %s: gold %q got %q for %q", a.Name, g.Source, p.SpeakerName, clip(string(rs[g.Span.Start:g.Span.End]), 50)))
			}
		}
	}
	if log != nil {
		matched := map[int]bool{}
		for _, j := range mt {
			matched[j] = true
		}
		for j, p := range pred {
			if !matched[j] && p.End <= len(rs) {
				log(fmt.Sprintf("  spurious quote %s: %q", a.Name, clip(string(rs[p.Start:p.End]), 70)))
			}
		}
	}
	return cnt
}
