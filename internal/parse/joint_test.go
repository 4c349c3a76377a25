package parse

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// TestJointOracle checks that following zero-cost labelled actions,
// whichever the scores prefer, rebuilds every projective gold tree with its
// relations, with the root at either end.
func TestJointOracle(t *testing.T) {
	labels := []string{"root", "a", "b", "c", "d"}
	js := newJointSpec(labels)
	rng := rand.New(rand.NewSource(2))
	for k := 0; k < 200; k++ {
		h := randomTree(rng)
		n := len(h) - 1
		gl := make([]int32, n+1)
		for i := 1; i <= n; i++ {
			if h[i] != 0 {
				gl[i] = int32(1 + rng.Intn(len(labels)-1))
			}
		}
		for _, end := range []bool{false, true} {
			t.Run(fmt.Sprintf("random%d/end=%v", k, end), func(t *testing.T) {
				gh := h
				if end {
					gh = rootAtEnd(h)
				}
				var c config
				c.reset(n, end)
				cost := make([]int, nActs)
				scores := make([]float32, js.base+2*js.n)
				for !c.done() {
					fillCosts(&c, gh, cost)
					if minC := js.minCost(&c, cost, gh, gl); minC != 0 {
						t.Fatalf("no zero-cost labelled action at b=%d stack=%v", c.b, c.stack)
					}
					for i := range scores {
						scores[i] = rng.Float32()
					}
					// the parser's decoding agrees with bestJoint
					var is [256]int32
					for i := range scores {
						is[i] = int32(rng.Intn(8))
					}
					sh, re, le, ri := c.legal()
					a1, l1 := js.decode(&c, &is, sh, re, le, ri)
					if a2, l2 := bestJoint(&js, &c, is[:], nil, 0, nil, nil); a1 != a2 || l1 != l2 {
						t.Fatalf("decode gives %d %d, bestJoint %d %d", a1, l1, a2, l2)
					}
					c.apply(bestJoint(&js, &c, scores, cost, 0, gh, gl))
				}
				c.finish(0, 1)
				for i := 1; i <= n; i++ {
					if c.head[i] != gh[i] || c.lab[i] != gl[i] {
						t.Errorf("word %d: head %d label %d, want %d %d", i, c.head[i], c.lab[i], gh[i], gl[i])
					}
				}
			})
		}
	}
}

// TestJointScore checks scoreJoint, with rows stored sparsely and densely,
// against the plain sum of the rows' weights, for every pair of legal arc
// directions, and that the rows read back as they were built.
func TestJointScore(t *testing.T) {
	labels := []string{"a", "b", "c", "root", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u"}
	m := &Model{Lang: "nl", Joint: true, Labels: labels}
	js := newJointSpec(labels)
	rng := rand.New(rand.NewSource(3))
	var rs []sparseRow
	for k := 0; k < 300; k++ {
		row := sparseRow{key: uint32(k+1) * 2654435761}
		if row.key == 0 {
			continue
		}
		// every class with a probability: dense rows (many relations),
		// sparse ones, rows of label or verb-form classes
		p := []float64{0.9, 0.3, 0.05}[k%3]
		for c := 0; c < js.base+2*js.n; c++ {
			if c >= nActs && c < js.base && k%5 != 0 {
				continue
			}
			if rng.Float64() < p {
				row.cls = append(row.cls, uint16(c))
				v := float32(1 + rng.Intn(1000)) // never 0: zero weights are not kept
				if rng.Intn(2) == 0 {
					v = -v
				}
				row.vals = append(row.vals, v)
			}
		}
		if len(row.cls) > 0 {
			rs = append(rs, row)
		}
	}
	m.build(rs)
	if len(m.dense) == 0 {
		t.Fatal("no dense row built")
	}
	quant := func(rows []sparseRow) string {
		sort.Slice(rows, func(i, j int) bool { return rows[i].key < rows[j].key })
		var b strings.Builder
		for _, r := range rows {
			fmt.Fprint(&b, r.key, r.cls)
			for _, v := range r.vals {
				fmt.Fprint(&b, " ", math.Round(float64(v/m.scale)))
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	if quant(m.sortedRows()) != quant(append([]sparseRow(nil), rs...)) {
		t.Fatal("rows read back differ from the rows built")
	}
	byKey := map[uint32]sparseRow{}
	for _, r := range rs {
		byKey[r.key] = r
	}
	for trial := 0; trial < 200; trial++ {
		var fs []uint64
		for i := 0; i < 1+rng.Intn(40); i++ {
			// half of them unknown
			fs = append(fs, uint64(rs[rng.Intn(len(rs))].key+uint32(rng.Intn(2)))<<32)
		}
		var want [256]int32
		for _, h := range fs {
			r := byKey[key32(h)]
			for j, c := range r.cls {
				want[c] += int32(math.Round(float64(r.vals[j] / m.scale)))
			}
		}
		for _, lr := range [][2]bool{{true, true}, {true, false}, {false, true}, {false, false}} {
			var scores [256]int32
			var sink uint32
			m.scoreJoint(fs, &scores, &sink, lr[0], lr[1], nil)
			for c := 0; c < nActs; c++ {
				if scores[c] != want[c] {
					t.Fatalf("trial %d %v: action %d scored %d, want %d", trial, lr, c, scores[c], want[c])
				}
			}
			for a, on := range map[int]bool{actLeft: lr[0], actRight: lr[1]} {
				for l := range labels {
					c := js.class(a, l)
					if on && scores[c] != want[c] {
						t.Fatalf("trial %d %v: class %d scored %d, want %d", trial, lr, c, scores[c], want[c])
					}
				}
			}
		}
		var scores [256]int32
		var sink uint32
		m.score(fs, &scores, &sink)
		if scores != want {
			t.Fatalf("trial %d: score differs from the rows' sum", trial)
		}
	}
	data, m2 := writeRead(t, m)
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(data, again.Bytes()) {
		t.Error("a Joint model read back writes different bytes")
	}
}

// TestClauseWords checks the clause attributes behind the Clause
// features: whether a finite verb comes before a word in its stretch
// between punctuation and subordinators, and the punctuation count.
func TestClauseWords(t *testing.T) {
	forms := []string{"Hij", "zegt", "dat", "de", "man", "komt", ",", "en", "hij", "lacht", "."}
	upos := []string{"PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT"}
	sub := []string{"", "Fin", "", "", "", "Fin", "", "", "", "Fin", ""}
	wantFin := []uint64{16, 16, 17, 16, 16, 16, 17, 16, 16, 16, 17}
	wantPC := []int32{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2}
	ws := makeWords(nil, forms, upos, upos, false, sub, nil)
	for i := range forms {
		if w := ws[i+1]; w.fin != wantFin[i] || w.pc != wantPC[i] {
			t.Errorf("%s: fin %d pc %d, want %d %d", forms[i], w.fin, w.pc, wantFin[i], wantPC[i])
		}
	}
	// the option is kept in the model
	m, err := Train(toySents(t), TrainOptions{Lang: "nl", Epochs: 2, Seed: 1, RootEnd: true, Joint: true, VForm: true, Clause: true})
	if err != nil {
		t.Fatal(err)
	}
	_, m2 := writeRead(t, m)
	if !m.Clause || !m2.Clause || !m2.Joint || !m2.VForm {
		t.Errorf("flags lost: Clause %v, read back Clause %v Joint %v VForm %v", m.Clause, m2.Clause, m2.Joint, m2.VForm)
	}
}

// writeRead writes m and reads it back.
func writeRead(t *testing.T, m *Model) ([]byte, *Model) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), m2
}

// TestAttachOption: the Attach option is kept in the model, the next-verb
// attribute stops at punctuation, and a model with an option bit this code
// does not know is refused rather than parsed with the wrong features.
func TestAttachOption(t *testing.T) {
	forms := []string{"Hij", "zag", "de", "man", ",", "die", "lachte", "."}
	upos := []string{"PRON", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"}
	ws := makeWords(nil, forms, upos, upos, false, nil, nil)
	zag, lachte := ws[2].w, ws[7].w
	wantNext := []uint64{zag, hNone, hNone, hNone, lachte, lachte, hNone, hNone}
	for i := range forms {
		if ws[i+1].nvw != wantNext[i] {
			t.Errorf("%s: next verb %x, want %x", forms[i], ws[i+1].nvw, wantNext[i])
		}
	}
	m, err := Train(toySents(t), TrainOptions{Lang: "nl", Epochs: 2, Seed: 1, RootEnd: true, Joint: true, Attach: true})
	if err != nil {
		t.Fatal(err)
	}
	data, m2 := writeRead(t, m)
	if !m2.Attach || !m2.Joint {
		t.Errorf("flags lost: Attach %v Joint %v", m2.Attach, m2.Joint)
	}
	// set an unknown bit in the flags word, which follows the magic and
	// the language
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	at := len(magic) + 1 + len(m.Lang)
	flags, n := binary.Uvarint(raw[at:])
	patched := append(append(append([]byte(nil), raw[:at]...), binary.AppendUvarint(nil, flags|1<<40)...), raw[at+n:]...)
	var z bytes.Buffer
	zw, _ := flate.NewWriter(&z, flate.BestSpeed)
	zw.Write(patched)
	zw.Close()
	if _, err := ReadModel(&z); err == nil {
		t.Error("a model with an unknown option bit was read")
	}
}
