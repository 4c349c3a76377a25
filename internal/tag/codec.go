package tag

import (
	"encoding/binary"
	"errors"
	"math"
)

// enc builds the compact binary model: unsigned varints, length-prefixed
// strings, zig-zag varints for weights.
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) f32(v float32) { e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(v)) }
func (e *enc) strs(s []string) {
	e.uint(uint64(len(s)))
	for _, x := range s {
		e.str(x)
	}
}

var errCorrupt = errors.New("corrupt model data")

// dec reads what enc wrote; the first error sticks and zero values follow.
type dec struct {
	b   []byte
	s   string // the same bytes as a string, so that str need not allocate
	err error
}

func newDec(b []byte) *dec { return &dec{b: b, s: string(b)} }

func (d *dec) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length and checks it against the bytes left (each item
// takes at least one byte), so corrupt data cannot ask for huge allocations.
func (d *dec) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.err = errCorrupt
		return 0
	}
	return int(n)
}

func (d *dec) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	if d.s == "" {
		s := string(d.b[:n])
		d.b = d.b[n:]
		return s
	}
	start := len(d.s) - len(d.b)
	d.b = d.b[n:]
	return d.s[start : start+n]
}

func (d *dec) f32() float32 {
	if d.err != nil || len(d.b) < 4 {
		d.err = errCorrupt
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return v
}

func (d *dec) strs() []string {
	n := d.count()
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}
