package timex

import (
	"fmt"
	"io"
	"strings"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/text"
	"kroniek/internal/timex/timeml"
)

// Counts are the tallies of a time expression evaluation.
type Counts struct {
	Gold, Pred int
	Strict     int // exact span matches
	Relaxed    int // overlapping matches (one to one)
	Value      int // relaxed matches with the gold value
	Type       int // relaxed matches with the gold type
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
}

// F1 returns precision, recall and F1 of tp correct items.
func (c Counts) F1(tp int) (p, r, f float64) {
	if c.Pred > 0 {
		p = float64(tp) / float64(c.Pred)
	}
	if c.Gold > 0 {
		r = float64(tp) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Report writes the scores the way TempEval-3 prints them: strict and
// relaxed span P/R/F1, then value and type F1 over relaxed matches.
func (c Counts) Report(w io.Writer, label string) {
	sp, sr, sf := c.F1(c.Strict)
	rp, rr, rf := c.F1(c.Relaxed)
	vp, vr, vf := c.F1(c.Value)
	_, _, tf := c.F1(c.Type)
	fmt.Fprintf(w, "%s: gold %d pred %d\n", label, c.Gold, c.Pred)
	fmt.Fprintf(w, "  strict  span P %.3f R %.3f F1 %.3f\n", sp, sr, sf)
	fmt.Fprintf(w, "  relaxed span P %.3f R %.3f F1 %.3f\n", rp, rr, rf)
	fmt.Fprintf(w, "  value        P %.3f R %.3f F1 %.3f\n", vp, vr, vf)
	fmt.Fprintf(w, "  type                       F1 %.3f\n", tf)
}

// Span is a gold or predicted expression for scoring.
type Span struct {
	Start, End  int
	Text        string
	Type, Value string
}

// Miss describes one scoring error, for tuning.
type Miss struct {
	Doc, Kind  string // Kind: missed, spurious, value
	Gold, Pred Span
}

func (m Miss) String() string {
	switch m.Kind {
	case "missed":
		return fmt.Sprintf("%s missed   %q %s %s", m.Doc, m.Gold.Text, m.Gold.Type, m.Gold.Value)
	case "spurious":
		return fmt.Sprintf("%s spurious %q %s %s", m.Doc, m.Pred.Text, m.Pred.Type, m.Pred.Value)
	}
	return fmt.Sprintf("%s value    %q gold %s %s; got %q %s %s", m.Doc, m.Gold.Text, m.Gold.Type, m.Gold.Value, m.Pred.Text, m.Pred.Type, m.Pred.Value)
}

// Score matches predictions to gold one to one, largest overlap first (as
// gold-dev/score.py and the TempEval-3 relaxed match do).
func Score(doc string, gold, pred []Span) (Counts, []Miss) {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	gs := make([]*golddev.Span, len(gold))
	for i, g := range gold {
		if g.End > g.Start {
			gs[i] = &golddev.Span{Start: g.Start, End: g.End}
		}
	}
	ps := make([]golddev.Span, len(pred))
	for i, p := range pred {
		ps[i] = golddev.Span{Start: p.Start, End: p.End}
	}
	gm := golddev.Match(gs, ps, golddev.Overlap)
	pm := make(map[int]bool, len(gm))
	for _, pi := range gm {
		pm[pi] = true
	}
	var misses []Miss
	for gi, g := range gold {
		pi, ok := gm[gi]
		if !ok {
			misses = append(misses, Miss{Doc: doc, Kind: "missed", Gold: g})
			continue
		}
		p := pred[pi]
		c.Relaxed++
		if p.Start == g.Start && p.End == g.End {
			c.Strict++
		}
		if strings.TrimSpace(p.Value) == strings.TrimSpace(g.Value) {
			c.Value++
		} else {
			misses = append(misses, Miss{Doc: doc, Kind: "value", Gold: g, Pred: p})
		}
		if p.Type == g.Type {
			c.Type++
		}
	}
	for pi, p := range pred {
		if !pm[pi] {
			misses = append(misses, Miss{Doc: doc, Kind: "spurious", Pred: p})
		}
	}
	return c, misses
}

func spans(ts []kroniek.Time) []Span {
	out := make([]Span, len(ts))
	for i, t := range ts {
		out[i] = Span{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value}
	}
	return out
}

// Annotator returns an article's times with byte offsets into its text.
// The evaluations use it so that `kroniek eval times` can score the whole
// pipeline (tagger included) while tests score this stage on its own.
type Annotator func(a kroniek.Article) ([]kroniek.Time, error)

// StageOnly is the Annotator of the tokenizer and this stage alone.
func StageOnly(a kroniek.Article) ([]kroniek.Time, error) {
	toks, _ := text.Segment(a.Text, a.Lang)
	return Extract(a.Text, toks, a.Lang, a.Published), nil
}

// EvalTimeML scores English TimeML files (.tml; .xml files are read as
// MEANTIME CAT) against their TIMEX3 annotations,
// resolving against each file's document creation time. A nil annotate is
// StageOnly.
func EvalTimeML(paths []string, annotate Annotator) (Counts, []Miss, error) {
	if annotate == nil {
		annotate = StageOnly
	}
	var total Counts
	var misses []Miss
	for _, p := range paths {
		read := timeml.ReadFile
		if strings.HasSuffix(p, ".xml") {
			read = timeml.ReadCATFile // MEANTIME
		}
		d, err := read(p)
		if err != nil {
			return total, misses, err
		}
		gold := make([]Span, len(d.Timexes))
		for i, t := range d.Timexes {
			gold[i] = Span{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value}
		}
		id := d.ID
		if id == "" {
			id = p
		}
		pred, err := annotate(kroniek.Article{ID: id, Lang: "en", Published: d.DCT, Text: d.Text})
		if err != nil {
			return total, misses, fmt.Errorf("eval times: %s: %w", p, err)
		}
		c, m := Score(id, gold, spans(pred))
		total.Add(c)
		misses = append(misses, m...)
	}
	return total, misses, nil
}

// EvalGoldDev scores the gold-dev articles per language ("nl", "en"). Gold
// strings are located in the text in order of appearance, as score.py does.
func EvalGoldDev(dir string, annotate Annotator) (map[string]Counts, []Miss, error) {
	if annotate == nil {
		annotate = StageOnly
	}
	items, err := golddev.Load(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("eval times: %w", err)
	}
	out := map[string]Counts{}
	var misses []Miss
	for _, it := range items {
		a := it.Article
		gold := locate(a.Text, it.Gold.Times)
		pred, err := annotate(a)
		if err != nil {
			return nil, nil, fmt.Errorf("eval times: %s: %w", a.ID, err)
		}
		c, m := Score(a.ID, gold, spans(pred))
		t := out[a.Lang]
		t.Add(c)
		out[a.Lang] = t
		misses = append(misses, m...)
	}
	return out, misses, nil
}

// locate gives gold times byte spans by finding their text in order, as
// score.py does; unlocatable items get Start -1 and stay unmatched.
func locate(txt string, ts []golddev.Time) []Span {
	texts := make([]string, len(ts))
	for i, t := range ts {
		texts[i] = t.Text
	}
	found := golddev.Locate(txt, texts)
	out := make([]Span, len(ts))
	for i, t := range ts {
		out[i] = Span{Text: t.Text, Type: t.Type, Value: t.Value, Start: -1, End: -1}
		if f := found[i]; f != nil && t.Text != "" {
			out[i].Start, out[i].End = f.Start, f.End
		}
	}
	return out
}
