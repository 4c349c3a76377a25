package hugepage

import (
	"reflect"
	"testing"
)

type row struct {
	key uint32
	w   [4]int16
}

func TestMake(t *testing.T) {
	for _, n := range []int{0, 1, 1000, 3 << 20, (5 << 20) / 12} {
		s := Make[row](n)
		if len(s) != n {
			t.Fatalf("Make(%d): len %d", n, len(s))
		}
		for i := range s {
			if s[i] != (row{}) {
				t.Fatalf("Make(%d)[%d] not zero", n, i)
			}
			s[i] = row{key: uint32(i), w: [4]int16{1, 2, 3, int16(i)}}
		}
		for i := range s {
			if s[i].key != uint32(i) {
				t.Fatalf("Make(%d)[%d] lost its value", n, i)
			}
		}
	}
	// Types with pointers stay on the Go heap.
	ps := Make[*row](1 << 20)
	if len(ps) != 1<<20 {
		t.Fatal("Make of pointers: wrong length")
	}
}

func TestPointerFree(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want bool
	}{
		{row{}, true}, {int16(0), true}, {[3]float32{}, true}, {"", false}, {[]int{}, false},
		{struct{ p *int }{}, false}, {[2]struct{ s string }{}, false}, {map[int]int{}, false},
	} {
		if got := pointerFree(reflect.TypeOf(tc.v)); got != tc.want {
			t.Errorf("pointerFree(%T) = %v, want %v", tc.v, got, tc.want)
		}
	}
}
