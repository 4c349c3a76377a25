// Package langid identifies the language of a text: nl, en or other. It is
// a character n-gram naive Bayes model (1- to 4-grams of the lower-cased
// text, words padded with spaces), trained by `kroniek train langid` and
// embedded. A text not in Latin script, without letters, or far unlike both
// languages (a mean log-likelihood per gram under Floor) is other. With no
// training text in other Latin-script languages, German or French text is
// mostly taken for Dutch or English: a known limit.
package langid

import (
	"bytes"
	"compress/gzip"
	"context"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"kroniek"
)

// Languages the model knows, in model order.
var Languages = []string{"nl", "en"}

//go:embed langid.model
var embedded []byte

// Model scores texts for each language.
type Model struct {
	grams map[string][2]float32 // log P(gram | nl), log P(gram | en)
	unk   [2]float32            // log P of an unseen gram
	// Floor is the mean log-likelihood per gram below which a text is
	// "other": unlike both languages.
	Floor float32
}

var (
	once     sync.Once
	model    *Model
	modelErr error
)

// Default returns the embedded model, loaded once.
func Default() (*Model, error) {
	once.Do(func() { model, modelErr = Decode(embedded) })
	return model, modelErr
}

// Detect returns "nl", "en" or "other" for text, with the embedded model.
func Detect(text string) string {
	m, err := Default()
	if err != nil {
		return "other"
	}
	return m.Detect(text)
}

// Texts with fewer grams than longText are judged against Floor-shortSlack.
const (
	longText   = 60
	shortSlack = 1.5
)

// maxChars bounds the work on long texts: the first few thousand
// characters decide.
const maxChars = 3000

// Detect returns "nl", "en" or "other".
func (m *Model) Detect(text string) string {
	lang, _ := m.Classify(text)
	return lang
}

// Classify returns the language and the winner's mean log-likelihood per gram.
func (m *Model) Classify(text string) (string, float64) {
	var score [2]float64
	n := 0
	latin, letters := 0, 0
	Grams(text, maxChars, func(g string) {
		p, ok := m.grams[g]
		if !ok {
			p = m.unk
		}
		score[0] += float64(p[0])
		score[1] += float64(p[1])
		n++
	})
	for _, r := range firstChars(text, maxChars) {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	if n == 0 || letters == 0 || latin*2 < letters {
		return "other", 0
	}
	best := 0
	if score[1] > score[0] {
		best = 1
	}
	mean := score[best] / float64(n)
	// A short text's mean varies more (a headline full of names), so its
	// floor is lower.
	floor := float64(m.Floor)
	if n < longText {
		floor -= shortSlack
	}
	// Most longer words of a Dutch or English text are in the model's
	// vocabulary; in German or French most are not.
	if mean < floor {
		return "other", mean
	}
	return Languages[best], mean
}

func firstChars(s string, max int) string {
	n := 0
	for i := range s {
		if n == max {
			return s[:i]
		}
		n++
	}
	return s
}

// Grams calls f with every 1- to 4-gram of the lower-cased letters of the
// first max characters of text, and each whole word longer than three
// letters; words are padded with a space on each side,
// digits and punctuation separate words.
func Grams(text string, max int, f func(string)) {
	var buf [64]byte
	word := buf[:0]
	emit := func() {
		if len(word) == 0 {
			return
		}
		w := make([]byte, 0, len(word)+2)
		w = append(w, ' ')
		w = append(w, word...)
		w = append(w, ' ')
		// Rune boundaries of the padded word.
		var idx [66]int
		k := 0
		for i := 0; i < len(w) && k < len(idx)-1; {
			idx[k] = i
			_, sz := utf8.DecodeRune(w[i:])
			i += sz
			k++
		}
		idx[k] = len(w)
		for i := 0; i < k; i++ {
			for n := 1; n <= 4 && i+n <= k; n++ {
				f(string(w[idx[i]:idx[i+n]]))
			}
		}
		// The whole word too: function words carry most of the signal in
		// a headline.
		if k > 4 {
			f(string(w))
		}
		word = word[:0]
	}
	count := 0
	for _, r := range text {
		if count == max {
			break
		}
		count++
		if unicode.IsLetter(r) || r == '\'' || r == '’' {
			if len(word) < 60 {
				word = utf8.AppendRune(word, unicode.ToLower(r))
			}
			continue
		}
		emit()
	}
	emit()
}

// Stage sets doc.Lang when it is not given.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "langid" }

// Annotate implements pipeline.Stage.
func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	if doc.Lang != "" && doc.Lang != "auto" {
		return nil
	}
	m, err := Default()
	if err != nil {
		return fmt.Errorf("load language model: %w", err)
	}
	doc.Lang = m.Detect(doc.Title + "\n" + doc.Text)
	return nil
}

// Encode writes the model in its compact binary form (gzip of: floor,
// unk[2], count, then per gram: length byte, bytes, two float32 log
// probabilities), grams in sorted order so the output is deterministic.
func (m *Model) Encode(w io.Writer, sorted []string) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	put := func(v any) { binary.Write(&b, binary.LittleEndian, v) } // bytes.Buffer writes never fail
	put(m.Floor)
	put(m.unk)
	put(uint32(len(sorted)))
	for _, g := range sorted {
		b.WriteByte(byte(len(g)))
		b.WriteString(g)
		put(m.grams[g])
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	r := bytes.NewReader(raw)
	m := &Model{}
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &m.Floor); err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &m.unk); err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("langid model: %w", err)
	}
	m.grams = make(map[string][2]float32, n)
	for i := uint32(0); i < n; i++ {
		l, err := r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("langid model: gram %d: %w", i, err)
		}
		g := make([]byte, l)
		if _, err := io.ReadFull(r, g); err != nil {
			return nil, fmt.Errorf("langid model: gram %d: %w", i, err)
		}
		var p [2]float32
		if err := binary.Read(r, binary.LittleEndian, &p); err != nil {
			return nil, fmt.Errorf("langid model: gram %d: %w", i, err)
		}
		m.grams[string(g)] = p
	}
	return m, nil
}

// Train builds a model from training sentences per language (nl, en).
// minCount prunes rare grams; floor is the "other" threshold.
func Train(texts [2][]string, minCount int, floor float32) (*Model, []string) {
	var counts [2]map[string]int
	var total [2]float64
	for l := 0; l < 2; l++ {
		counts[l] = map[string]int{}
		for _, t := range texts[l] {
			Grams(t, 1<<30, func(g string) { counts[l][g]++; total[l]++ })
		}
	}
	keep := map[string]bool{}
	for l := 0; l < 2; l++ {
		for g, c := range counts[l] {
			if c >= minCount && len(g) < 256 {
				keep[g] = true
			}
		}
	}
	sorted := make([]string, 0, len(keep))
	for g := range keep {
		sorted = append(sorted, g)
	}
	sort.Strings(sorted)
	m := &Model{grams: make(map[string][2]float32, len(sorted)), Floor: floor}
	v := float64(len(sorted)) + 1
	for l := 0; l < 2; l++ {
		m.unk[l] = float32(math.Log(0.5 / (total[l] + v)))
	}
	for _, g := range sorted {
		var p [2]float32
		for l := 0; l < 2; l++ {
			p[l] = float32(math.Log((float64(counts[l][g]) + 0.5) / (total[l] + v)))
		}
		m.grams[g] = p
	}

	return m, sorted
}
